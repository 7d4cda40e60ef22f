import type { Finding } from '../../../../../shared/rules/engine';

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.severity === b.severity && a.path === b.path && a.messageZh === b.messageZh && a.messageEn === b.messageEn;
}

/**
 * The previous findings when a new run found exactly the same: most keystrokes change no
 * finding, and keeping the array lets the panel and every memoised field skip repainting.
 */
export function keepIfSame(previous: Finding[], next: Finding[]): Finding[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (!sameFinding(previous[i] as Finding, next[i] as Finding)) return next;
  return previous;
}
