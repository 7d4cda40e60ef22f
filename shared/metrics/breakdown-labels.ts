import { CreditTier, creditTierNames } from '../model/parties';
import type { BreakdownDimension } from './schema';

export interface Name {
  zh: string;
  en: string;
}

/** Code -> name, from the profile's code tables (关区 for both CustomMaster and IEPort). */
export interface CodeNames {
  customsDistricts: ReadonlyMap<string, Name>;
  tradeModes: ReadonlyMap<string, Name>;
  transportModes: ReadonlyMap<string, Name>;
}

export const noCodeNames: CodeNames = { customsDistricts: new Map(), tradeModes: new Map(), transportModes: new Map() };

const unknown: Name = { zh: '未知', en: 'Unknown' };
const directionNames: Record<string, Name> = { I: { zh: '进口', en: 'Import' }, E: { zh: '出口', en: 'Export' } };
const inspectedNames: Record<string, Name> = { yes: { zh: '查验', en: 'Inspected' }, no: { zh: '未查验', en: 'Not inspected' } };
const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function fromTable(table: ReadonlyMap<string, Name>, code: string): Name {
  // A code missing from the table is still shown: as itself, so it can be looked up.
  return table.get(code) ?? { zh: code, en: code };
}

/** What a breakdown row is called; '' is always 未知 / Unknown. */
export function breakdownLabel(dimension: BreakdownDimension, key: string, names: CodeNames): Name {
  if (key === '') return unknown;
  switch (dimension) {
    case 'direction':
      return directionNames[key] ?? { zh: key, en: key };
    case 'inspected':
      return inspectedNames[key] ?? { zh: key, en: key };
    case 'tier': {
      const tier = CreditTier.safeParse(key);
      return tier.success ? creditTierNames[tier.data] : { zh: key, en: key };
    }
    case 'month': {
      const [y, m] = key.split('-');
      return { zh: `${y}年${Number(m)}月`, en: `${monthsEn[Number(m) - 1] ?? m} ${y}` };
    }
    case 'customs-district':
    case 'port':
      return fromTable(names.customsDistricts, key);
    case 'trade-mode':
      return fromTable(names.tradeModes, key);
    case 'transport-mode':
      return fromTable(names.transportModes, key);
  }
}

/**
 * Row order: months in time; direction, tier and inspection in their natural order; codes by
 * how many declarations they carry (the busiest port first). Unknown always last.
 */
export function compareBreakdownKeys(dimension: BreakdownDimension, a: { key: string; declarations: number }, b: { key: string; declarations: number }): number {
  if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
  const natural: Partial<Record<BreakdownDimension, readonly string[]>> = { direction: ['I', 'E'], inspected: ['yes', 'no'], tier: CreditTier.options };
  const order = natural[dimension];
  if (order) return rank(order, a.key) - rank(order, b.key);
  if (dimension === 'month') return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  return b.declarations - a.declarations || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}
