import type { ImportField } from '../../../shared/import/fields';
import type { RejectedRow } from '../../../shared/import/schema';
import { FeeItemSchema, type FeeConditions, type FeeItem, type FeeUnit, type PricingRegime } from '../../../shared/model/fees';
import { feeCodeIndex, stableCode } from './fee-codes';
import { asText, type BuilderFactory, type FeeListLineBuilder } from './line-builder';
import { reject, type ReadRow, type RowContext } from './read-row';

/** "港口设施保安费（2022-04-01起）", "Port security (from 2022-04-01)": an included item with its own start. */
const DATED = /[（(]\s*(?:自|from\s*)?(\d{4}-\d{2}-\d{2})\s*(?:起|以后|开始|onwards?)?\s*[)）]\s*$/iu;
const INCLUDE_SPLIT = /[、,，;；\n]+/u;

/** A list's row conditions from the cells; "进出口" / "不限" leave a condition out (it applies to both). */
export function conditionsOf(r: ReadRow): FeeConditions {
  const v = r.values;
  const c: FeeConditions = {};
  if (v.direction === 'import' || v.direction === 'export') c.direction = v.direction;
  if (v.load === 'full' || v.load === 'empty') c.load = v.load;
  if (v.trade === 'foreign' || v.trade === 'domestic') c.trade = v.trade;
  if (r.box) c.containerSize = r.box.size;
  const type = v.boxType ?? r.box?.type;
  if (type === 'general' || type === 'reefer' || type === 'dangerous') c.containerType = type;
  return c;
}

/**
 * A party's published list, one row per item: the code from a code column, else from the
 * catalogue's names, else made from the name; what it is conditional on; the rate; what a lump
 * sum includes, each named item resolved to a code (an unknown one is refused, since the audit
 * could not tell it was included). Rows repeating an item with the same conditions are refused.
 * `headerCurrency`: a currency the rate header names ("Rate (USD)"), used when no column gives one.
 */
export const feeListBuilder = (headerCurrency?: string): BuilderFactory => (ctx: RowContext): FeeListLineBuilder => {
  const items: { row: number; item: FeeItem }[] = [];
  const index = feeCodeIndex(ctx.fees?.names ?? []);
  const seen = new Map<string, number>();
  const column = (r: ReadRow, field: ImportField): number | null => r.columns[field] ?? [...ctx.mapping].find(([, f]) => f === field)?.[0] ?? null;
  const cellOf = (r: ReadRow, field: ImportField, zh: string, en: string, value?: string) => reject(ctx, r.row, column(r, field), field, zh, en, value);

  function includes(r: ReadRow, out: RejectedRow[]): FeeItem['includes'] {
    const text = r.values.includes;
    if (!text) return [];
    const result: FeeItem['includes'] = [];
    for (const raw of text.split(INCLUDE_SPLIT).map((p) => p.trim()).filter(Boolean)) {
      const dated = DATED.exec(raw);
      const name = dated ? raw.slice(0, dated.index).trim() : raw;
      const resolve = (n: string) => index.code(n) ?? index.name(n);
      // "/" separates items too ("绑扎/移箱费"), but some names hold one ("D/O FEE"): the whole name first.
      const whole = resolve(name);
      const parts = whole ? [whole] : name.split(/[/／]/u).map((p) => p.trim()).filter(Boolean).map(resolve);
      if (parts.length === 0 || parts.some((c) => c === null)) {
        out.push(cellOf(r, 'includes', `包含项目「${name}」不是已知的收费项目，请写收费代码或清单中的项目名称。`, `Included item "${name}" is not a known charge item; write its code or its name as the list has it.`, raw));
        continue;
      }
      for (const code of parts) if (code) result.push(dated?.[1] ? { code, from: dated[1] } : { code });
    }
    return result;
  }

  return {
    output: 'fee-list',
    add(r) {
      const out: RejectedRow[] = [...r.rejected];
      const v = r.values;
      const name = v.itemName;
      if (!name && !r.rejected.some((x) => x.field === 'itemName')) out.push(cellOf(r, 'itemName', '缺少收费项目名称。', 'The charge item name is missing.'));
      if (!v.rate && !r.rejected.some((x) => x.field === 'rate')) out.push(cellOf(r, 'rate', '缺少收费标准。', 'The rate is missing.'));
      if (!v.unit && !r.rejected.some((x) => x.field === 'unit')) {
        out.push(cellOf(r, 'unit', '缺少计费单位（箱、票、吨、天、票报关单、项）。请填写或增加“计费单位”列。', 'The charging unit is missing (container, B/L, ton, day, declaration, item); fill it or add a 计费单位 / Unit column.'));
      }
      if (v.validFrom && v.validTo && v.validTo < v.validFrom) out.push(cellOf(r, 'validTo', `失效日期 ${v.validTo} 早于生效日期 ${v.validFrom}。`, `Valid to ${v.validTo} is before valid from ${v.validFrom}.`, v.validTo));
      const includeCodes = includes(r, out);
      if (!name || !v.rate || !v.unit) return out;
      const code = v.itemCode ? (index.code(v.itemCode) ?? v.itemCode.trim().toUpperCase()) : (index.name(name) ?? stableCode(name));
      const candidate = {
        code,
        nameZh: name,
        nameEn: v.nameEn ?? index.nameEn(code) ?? name,
        regime: (v.regime ?? 'market-published') as PricingRegime,
        unit: v.unit as FeeUnit,
        conditions: conditionsOf(r),
        rate: v.rate,
        currency: v.currency ?? headerCurrency ?? 'CNY',
        includes: includeCodes,
        ...(v.serviceContent ? { serviceContent: v.serviceContent } : {}),
        ...(v.legalBasis ? { legalBasis: v.legalBasis } : {}),
        ...(v.validFrom ? { validFrom: v.validFrom } : {}),
        ...(v.validTo ? { validTo: v.validTo } : {}),
      };
      const checked = FeeItemSchema.safeParse(candidate);
      if (!checked.success) {
        if (out.length === 0) {
          const issue = checked.error.issues[0];
          const field: ImportField = issue?.path[0] === 'code' ? 'itemCode' : issue?.path[0] === 'rate' ? 'rate' : 'itemName';
          out.push(cellOf(r, field, `该行不是有效的收费项目：${issue?.message ?? ''}`, `The row is not a valid charge item: ${issue?.message ?? ''}`));
        }
        return out;
      }
      const key = JSON.stringify([checked.data.code, checked.data.conditions, checked.data.unit, checked.data.validFrom ?? '', checked.data.validTo ?? '']);
      const earlier = seen.get(key);
      if (earlier !== undefined && out.length === 0) {
        out.push(cellOf(r, 'itemName', `与第 ${earlier} 行是同一收费项目、同一条件，同一清单中只能出现一次。`, `Same charge item with the same conditions as row ${earlier}; a list may carry it only once.`, name));
      }
      if (out.length === 0) {
        items.push({ row: r.row, item: checked.data });
        index.add(checked.data.code, checked.data.nameZh, v.nameEn);
        seen.set(key, r.row);
      }
      return out;
    },
    totals() {
      // A published list has no totals.
    },
    get count() {
      return items.length;
    },
    sample: (limit) =>
      items.slice(0, limit).map(({ row, item }) => ({
        row,
        values: { ...asText(item), ...asText(item.conditions), includes: item.includes.map((i) => (i.from ? `${i.code}(${i.from})` : i.code)).join('、') },
      })),
    items: () => items.map((i) => i.item),
  };
};
