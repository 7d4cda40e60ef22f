import { squash } from '../../../shared/import/header-match';
import type { ContainerSize, ContainerType, FeeConditions, FeeUnit, PricingRegime } from '../../../shared/model/fees';
import { containerNumberProblem, type ContainerProblem } from '../../../shared/rules/identifiers';

/**
 * Cell text of fee lists and fee invoices, as terminals, lines and brokers write it. Each reader
 * returns the value or null; the caller names the sheet, row and column. Words are compared
 * squashed (lower case, no spaces or punctuation), so "40'GP", "40 GP" and "40GP" read alike.
 */

type Words<T> = readonly (readonly [T, readonly string[]])[];

function lookup<T>(words: Words<T>): (text: string) => T | null {
  const map = new Map<string, T>();
  for (const [value, list] of words) for (const w of list) map.set(squash(w), value);
  return (text) => map.get(squash(text)) ?? null;
}

/** 政府定价 is fixed by the state; 政府指导价 is a ceiling (capped); 市场调节价 is the party's own published price. */
export const readRegime = lookup<PricingRegime>([
  ['government-fixed', ['政府定价', '政府定价管理', '国家定价', '固定价', 'government-fixed', 'governmentfixed', 'government price', 'fixed']],
  ['capped', ['政府指导价', '指导价', '政府指导价管理', '上限价', '最高限价', 'capped', 'guide price', 'government guided', 'ceiling']],
  ['market-published', ['市场调节价', '市场调节', '市场价', '自主定价', '市场定价', 'market-published', 'market', 'market price', 'market-regulated']],
]);

/** "箱", "元/箱", "每票", "票/报关单", "吨", "箱·天" ... -> the unit; the currency word in front is dropped. */
export function readFeeUnit(text: string): FeeUnit | null {
  const t = squash(text.replace(/^\s*(?:元|人民币|rmb|cny|usd|美元)\s*[/／]?/iu, '').replace(/^\s*(?:每|per)\s*/iu, ''));
  return feeUnit(t);
}
const feeUnit = lookup<FeeUnit>([
  ['container', ['箱', '自然箱', '个箱', '标箱', '每箱', 'container', 'containers', 'ctnr', 'cntr', 'box', 'teu']],
  ['bl', ['票', '提单', '每票', '票提单', '提单票', '份提单', 'bl', 'b/l', 'billoflading', 'shipment', 'set', 'doc']],
  ['ton', ['吨', '计费吨', '重量吨', '货物吨', 't', 'ton', 'tons', 'tonne', 'mt', 'rt', 'freight ton']],
  ['day', ['天', '日', '箱天', '箱·天', '箱日', '天箱', 'day', 'days', 'boxday', 'container day', 'per day']],
  ['declaration', ['票报关单', '报关单', '份报关单', '票/报关单', '单', '份', 'declaration', 'entry', 'customs entry']],
  ['item', ['项', '次', '件', '批', 'item', 'items', 'time', 'times', 'job', 'lot']],
]);

/** 进口 / 出口; "进出口" and "不限" mean both sides, which a list writes by leaving the condition out. */
export function readDirection(text: string): FeeConditions['direction'] | 'both' | null {
  return direction(text);
}
const direction = lookup<FeeConditions['direction'] | 'both'>([
  ['import', ['进口', '进', '进港', '卸船', 'import', 'imp', 'i', 'in', 'inbound']],
  ['export', ['出口', '出', '出港', '装船', 'export', 'exp', 'e', 'out', 'outbound']],
  ['both', ['进出口', '进/出口', '进口/出口', '不限', '全部', '通用', 'both', 'all', 'any', 'import/export', 'i/e']],
]);

export function readLoad(text: string): FeeConditions['load'] | 'both' | null {
  return load(text);
}
const load = lookup<FeeConditions['load'] | 'both'>([
  ['full', ['重箱', '重', '重柜', '满箱', 'full', 'laden', 'f', 'fcl']],
  ['empty', ['空箱', '空', '空柜', 'empty', 'mty', 'mt box', 'e']],
  ['both', ['重/空', '空/重', '不限', '通用', 'both', 'all', 'any']],
]);

export function readTrade(text: string): FeeConditions['trade'] | 'both' | null {
  return trade(text);
}
const trade = lookup<FeeConditions['trade'] | 'both'>([
  ['foreign', ['外贸', '国际', '外贸箱', '外贸货', 'foreign', 'foreign trade', 'international', 'intl']],
  ['domestic', ['内贸', '国内', '内贸箱', '内贸货', 'domestic', 'domestic trade', 'coastal']],
  ['both', ['内外贸', '内/外贸', '不限', '通用', 'both', 'all', 'any']],
]);

export const readBoxType = lookup<ContainerType>([
  ['general', ['普通', '普通箱', '普箱', '干货', '干货箱', '干箱', '高箱', '高柜', '普柜', 'gp', 'dc', 'dv', 'hc', 'hq', 'gh', 'sd', 'general', 'dry', 'standard', 'highcube']],
  ['reefer', ['冷藏', '冷藏箱', '冷箱', '冻柜', '冷柜', 'rf', 'rh', 're', 'rq', 'reefer', 'refrigerated']],
  ['dangerous', ['危险品', '危险品箱', '危品', '危险货物', '危险', 'dg', 'dgr', 'imo', 'haz', 'hazardous', 'dangerous']],
]);

const SIZE_LETTER: Record<string, ContainerSize> = { '2': '20', '4': '40', l: '45' };
const ISO_TYPE: Record<string, ContainerType> = { g: 'general', v: 'general', r: 'reefer' };

/**
 * Size and type written together: "40GP", "20'RF", "40HQ", "45", "40尺", "40'冷箱", "20英尺危险品箱",
 * and ISO 6346 size-type codes (22G1, 45G1, 42R1, L5G1). A type only when the cell says one.
 */
export function readBox(text: string): { size: ContainerSize; type?: ContainerType } | null {
  const t = squash(text.replace(/[’'"＇″′]/g, ''));
  const iso = /^([24l])[0-9a-z]([gvr])[0-9]$/u.exec(t);
  if (iso) {
    const size = SIZE_LETTER[iso[1] ?? ''];
    const type = ISO_TYPE[iso[2] ?? ''];
    return size && type ? { size, type } : null;
  }
  const m = /^(20|40|45)(?:英尺|尺|呎|ft|feet|foot)?(.*)$/u.exec(t);
  if (!m) return null;
  const size = m[1] as ContainerSize;
  const rest = m[2] ?? '';
  if (!rest) return { size };
  const type = readBoxType(rest);
  return type ? { size, type } : null;
}

/** "msku 123456-5" -> "MSKU1234565" when its ISO 6346 check digit is right; else what is wrong. */
export function readCheckedContainer(text: string): { value: string } | { problem: ContainerProblem } {
  const value = text.normalize('NFKC').toUpperCase().replace(/[\s\-/]/g, '');
  const problem = containerNumberProblem(value);
  return problem ? { problem } : { value };
}
