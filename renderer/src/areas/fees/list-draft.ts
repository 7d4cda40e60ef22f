import type { FeeConditions, FeeItem, FeeList } from '../../../../shared/model/fees';

/** The includes of an item as typed: codes separated by commas (、 ， ; and spaces work too). */
export const includesText = (item: FeeItem): string => item.includes.map((i) => i.code).join(', ');

/** Codes typed back into includes; an inclusion kept keeps its own dates. */
export function includesFrom(text: string, before: FeeItem['includes']): FeeItem['includes'] {
  const codes = text
    .split(/[,，、;；\s]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  return [...new Set(codes)].map((code) => before.find((i) => i.code === code) ?? { code });
}

/** A condition set to '' means "either": the key goes, as the schema wants. */
export function withCondition<K extends keyof FeeConditions>(conditions: FeeConditions, key: K, value: FeeConditions[K] | undefined): FeeConditions {
  const rest = Object.fromEntries(Object.entries(conditions).filter(([k]) => k !== key)) as FeeConditions;
  return value === undefined ? rest : { ...rest, [key]: value };
}

/** An optional date typed empty is no date at all. */
export function withDate<T extends { validFrom?: string; validTo?: string }>(value: T, key: 'validFrom' | 'validTo', date: string): T {
  const { [key]: _dropped, ...rest } = value;
  return (date ? { ...rest, [key]: date } : rest) as T;
}

export function newItem(list: FeeList): FeeItem {
  const currency = list.items[0]?.currency ?? 'CNY';
  return { code: '', nameZh: '', nameEn: '', synonyms: [], regime: 'market-published', unit: 'container', conditions: {}, rate: '', currency, includes: [], sources: [], unverified: false };
}
