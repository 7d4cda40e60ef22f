import { useEffect, useState } from 'react';
import type { CodeTableId } from '../../../../../shared/codes/schema';
import type { DeclarationDraft } from '../../../../../shared/model/declaration';
import { declarationRules } from '../../../../../shared/rules';
import { runRules, type Finding } from '../../../../../shared/rules/engine';
import { keepIfSame } from './same-findings';
import { ensureTables, ensureTariffLine, liveReferenceData, useReferenceStore } from '../codes/reference-store';

export const LIVE_DEBOUNCE_MS = 150;

/** Every table a declaration rule may ask about: fetched once, when the first editor opens. */
const ruleTables: CodeTableId[] = [
  'customs-district',
  'trade-mode',
  'levy-nature',
  'transport-mode',
  'transaction-term',
  'package-type',
  'country',
  'port',
  'domestic-port',
  'fee-mark',
  'currency',
  'unit',
  'domestic-district',
  'duty-mode',
  'container-type',
  'brand-type',
  'export-preference',
];

/**
 * The declaration rules, run here as the broker types (phase 申报), LIVE_DEBOUNCE_MS after the
 * last change; again whenever reference data arrives (a table, a tariff line).
 */
export function useLiveFindings(draft: DeclarationDraft): Finding[] {
  const version = useReferenceStore((s) => s.version);
  const [findings, setFindings] = useState<Finding[]>([]);

  useEffect(() => ensureTables(ruleTables), []);

  useEffect(() => {
    for (const item of draft.items ?? []) if (item.codeTs) ensureTariffLine(item.codeTs.replace(/[.\s]/g, ''));
    const timer = window.setTimeout(() => {
      const refs = liveReferenceData(useReferenceStore.getState());
      const next = runRules(declarationRules, draft, { phase: 'declare', refs });
      setFindings((previous) => keepIfSame(previous, next));
    }, LIVE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, version]);

  return findings;
}
