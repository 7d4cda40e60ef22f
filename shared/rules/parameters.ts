/**
 * Numbers the rules rely on, in one place, with how sure we are of each (spec markers).
 * Change a value here, not in a rule.
 */
export const ruleParameters = {
  /** Items per declaration; above it, split the declaration. [M] "the 50 could not be found in any source". */
  maxItems: { value: 50, confidence: 'M' },
  /** |DeclTotal - DeclPrice x GQty| allowed, in currency units. [M] "believed to accept about 1". */
  totalTolerance: { value: '1', confidence: 'M' },
  /** GModel byte budget (GBK). [C:S16] "x/255字节". */
  gModelBytes: { value: 255, confidence: 'C' },
} as const;
