/**
 * The declaration elements (申报要素) travel as one |-joined string, GModel, in the order the
 * tariff defines for the code (spec §2). These two functions are the only place that knows the
 * joining, so the editor's small form and the rules read it the same way.
 */
export function splitGModel(gModel: string | undefined): string[] {
  if (!gModel) return [];
  return gModel.split('|');
}

/** Joins element values (index 0 = element 1), dropping trailing empty positions only. */
export function composeGModel(values: readonly string[]): string {
  const cleaned = values.map((v) => v.replace(/\|/g, '/').trim());
  let end = cleaned.length;
  while (end > 0 && cleaned[end - 1] === '') end--;
  return cleaned.slice(0, end).join('|');
}
