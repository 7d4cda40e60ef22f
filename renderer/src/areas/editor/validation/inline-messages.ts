import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../../shared/rules/engine';

/**
 * A field's inline message given its path ("head.billNo", "items.0.gUnit") and what it holds:
 * the first finding on that path, but only once the field holds text (a new draft is not painted
 * red for every field still to be filled; the panel lists those).
 */
export type InlineMessages = (path: string, value: unknown) => string | null;

export function inlineMessages(findings: readonly Finding[], zh: boolean): InlineMessages {
  const first = new Map<string, Finding>();
  for (const finding of findings) if (!first.has(finding.path)) first.set(finding.path, finding);
  return (path, value) => {
    const finding = first.get(path);
    if (!finding || typeof value !== 'string' || value.trim() === '') return null;
    return zh ? finding.messageZh : finding.messageEn;
  };
}

/**
 * The same function for as long as the findings and the language stay the same: memoised fields
 * take it as a prop, so typing repaints the field typed in, not every field of the form.
 */
export function useInlineMessages(findings: readonly Finding[]): InlineMessages {
  const { i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return useMemo(() => inlineMessages(findings, zh), [findings, zh]);
}
