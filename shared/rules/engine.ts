import type { CodeTableId, TariffLine } from '../codes/schema';

/**
 * The rule engine: the same code runs in the renderer (live, as the broker types) and in the
 * backend (before print and submit). A rule is data plus a pure check; it never reaches for
 * storage itself: reference data comes through `ReferenceData`, which the renderer backs with
 * tables it holds in memory and the backend with SQLite.
 */
export type Severity = 'error' | 'warning';

/** 暂存 (stage: save to the single window as a draft) or 申报 (declare). Required fields differ. */
export type Phase = 'stage' | 'declare';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Dotted path into the document, e.g. "head.billNo" or "items.2.gQty" (0-based index). */
  path: string;
  messageZh: string;
  messageEn: string;
}

export interface RuleHit {
  path: string;
  messageZh: string;
  messageEn: string;
  /** A rule may lower a hit to a warning, e.g. when the table it relies on is unconfirmed. */
  severity?: Severity;
}

export interface ReferenceData {
  /** Whether the code is in the table; undefined when the table is not available at all. */
  hasCode(table: CodeTableId, code: string): boolean | undefined;
  /** The table's confidence (C/I/M): rules relying on an unconfirmed table only warn. */
  tableConfidence(table: CodeTableId): 'C' | 'I' | 'M' | undefined;
  /** The 10-digit line of the Chinese tariff, or null when the local tariff does not hold it. */
  tariffLine(code: string): TariffLine | null;
  /** Whether the first six digits are an HS 2022 subheading (the full nomenclature is shipped). */
  isHsSubheading(code6: string): boolean | undefined;
}

export interface RuleContext {
  phase: Phase;
  refs: ReferenceData;
}

export interface Rule<T> {
  id: string;
  severity: Severity;
  titleZh: string;
  titleEn: string;
  /** Set when the rule rests on an unconfirmed fact [M]; the text says so. */
  unconfirmed?: boolean;
  check(doc: T, ctx: RuleContext): Iterable<RuleHit>;
}

export function runRules<T>(rules: readonly Rule<T>[], doc: T, ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check(doc, ctx)) {
      findings.push({
        ruleId: rule.id,
        severity: hit.severity ?? rule.severity,
        path: hit.path,
        messageZh: hit.messageZh,
        messageEn: hit.messageEn,
      });
    }
  }
  return findings;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/** Reference data with no tables: every membership check is skipped, nothing is invented. */
export const noReferenceData: ReferenceData = {
  hasCode: () => undefined,
  tableConfidence: () => undefined,
  tariffLine: () => null,
  isHsSubheading: () => undefined,
};

export const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
