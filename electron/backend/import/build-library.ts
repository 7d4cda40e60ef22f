import type { LibraryTarget } from '../../../shared/import/fields';
import type { RejectedRow } from '../../../shared/import/schema';
import { libraryKey } from '../../../shared/model/library-key';
import type { LibraryBody } from '../../../shared/model/library';
import { partyLabels, productLabels } from '../../../shared/model/library-labels';
import { creditTiers, PartySchema, ProductSchema, type CreditTier, type Party, type Product } from '../../../shared/model/parties';
import type { ImportField } from '../../../shared/import/fields';
import type { Label } from '../../../shared/model/field-labels';
import { asText, type BuilderFactory, type LibraryLineBuilder } from './line-builder';
import { reject, type ReadRow, type RowContext } from './read-row';

const HAN = /\p{Script=Han}/u;

/** Order 282 replaces Order 251 on this day (clearance-and-fees.md §5). */
export const ORDER_282_FROM = '2026-04-01';

const tierNames: Record<CreditTier, Label> = {
  'advanced-certified': { zh: '高级认证企业', en: 'advanced certified' },
  certified: { zh: '认证企业', en: 'certified' },
  regular: { zh: '常规管理企业', en: 'regular' },
  dishonest: { zh: '失信企业', en: 'dishonest' },
  'seriously-dishonest': { zh: '严重失信企业', en: 'seriously dishonest' },
};

/** A name (or address) column whose script says which language it is in, unless a column says so. */
function byScript(text: string | undefined, zh: string | undefined, en: string | undefined): { zh?: string; en?: string } {
  const out: { zh?: string; en?: string } = {};
  if (zh !== undefined) out.zh = zh;
  if (en !== undefined) out.en = en;
  if (text === undefined) return out;
  if (HAN.test(text)) out.zh ??= text;
  else if (out.en === undefined) out.en = text;
  else out.zh ??= text;
  return out;
}

/**
 * Party (企业库) and product (商品库) records, one per row. Codes were checked cell by cell when
 * read; here the row is checked as a record: a name, a credit tier with the date it took effect
 * (which decides the order it belongs to), legal units as the tariff has them, field lengths,
 * and no two rows for the same party or product.
 */
export function libraryBuilder(target: LibraryTarget): BuilderFactory {
  return (ctx: RowContext): LibraryLineBuilder => {
    const records: { row: number; body: LibraryBody; tier?: string }[] = [];
    const seen = new Map<string, number>();
    const mapped = (field: ImportField) => [...ctx.mapping].find(([, f]) => f === field)?.[0];
    // A Chinese or English name read from a generic name column is that column's.
    const column = (r: ReadRow, field: ImportField): number | null =>
      r.columns[field] ?? mapped(field) ?? (field === 'nameZh' || field === 'nameEn' ? (r.columns.name ?? mapped('name') ?? null) : null);
    const nameField = (): ImportField => (['name', 'nameZh', 'nameEn'] as const).find((f) => mapped(f) !== undefined) ?? 'name';
    const nameRejected = (r: ReadRow) => r.rejected.some((x) => x.field === 'name' || x.field === 'nameZh' || x.field === 'nameEn');

    function party(r: ReadRow, out: RejectedRow[]): Party {
      const v = r.values;
      const name = byScript(v.name, v.nameZh, v.nameEn);
      // A bare "地址 / Address" column is read as Chinese; an address without Chinese characters is the English one.
      const address = byScript(v.addressZh, undefined, v.addressEn);
      const p: Party = {};
      if (name.zh) p.nameZh = name.zh;
      if (name.en) p.nameEn = name.en;
      if (!p.nameZh && !p.nameEn && !nameRejected(r)) out.push(reject(ctx, r.row, column(r, nameField()), nameField(), '缺少企业名称。', 'The company name is missing.'));
      for (const k of ['uscc', 'customsCode', 'ciqCode', 'country', 'overseasCode', 'contact', 'phone', 'note'] as const) if (v[k]) p[k] = v[k];
      if (address.zh) p.addressZh = address.zh;
      if (address.en) p.addressEn = address.en;
      const tier = v.creditTier as CreditTier | undefined;
      if (tier && !v.creditFrom) {
        out.push(reject(ctx, r.row, column(r, 'creditTier'), 'creditTier', `信用等级「${tierNames[tier].zh}」缺少生效日期：日期决定适用第 251 号令还是第 282 号令。`, `Credit tier "${tierNames[tier].en}" has no effective date; the date decides whether Order 251 or Order 282 applies.`, v.creditTier));
      } else if (!tier && v.creditFrom && !r.rejected.some((x) => x.field === 'creditTier')) {
        out.push(reject(ctx, r.row, column(r, 'creditTier'), 'creditTier', `有信用等级生效日期 ${v.creditFrom}，但没有信用等级。`, `There is a credit tier date ${v.creditFrom} but no credit tier.`));
      } else if (tier && v.creditFrom) {
        const regime = v.creditFrom >= ORDER_282_FROM ? 'order-282' : 'order-251';
        if (!(creditTiers[regime] as readonly string[]).includes(tier)) {
          out.push(
            reject(ctx, r.row, column(r, 'creditTier'), 'creditTier', `「${tierNames[tier].zh}」是第 282 号令（${ORDER_282_FROM} 起）的等级，${v.creditFrom} 适用第 251 号令（高级认证企业、常规管理企业、失信企业）。`, `"${tierNames[tier].en}" is a tier of Order 282 (from ${ORDER_282_FROM}); on ${v.creditFrom} Order 251 applies (advanced certified, regular, dishonest).`, v.creditTier),
          );
        } else p.creditTiers = [{ regime, tier, from: v.creditFrom }];
      }
      return p;
    }

    function product(r: ReadRow, out: RejectedRow[]): Product {
      const v = r.values;
      const name = byScript(v.name, v.nameZh, v.nameEn);
      const p: Product = {};
      if (v.partNo) p.partNo = v.partNo;
      if (name.zh) p.nameZh = name.zh;
      if (name.en) p.nameEn = name.en;
      if (!p.nameZh && !p.nameEn && !nameRejected(r)) out.push(reject(ctx, r.row, column(r, nameField()), nameField(), '缺少商品名称。', 'The goods name is missing.'));
      if (v.hsCode) p.codeTs = v.hsCode;
      if (v.ciqCode) p.ciqCode = v.ciqCode;
      if (v.gModel) p.gModel = v.gModel;
      if (v.unit) p.gUnit = v.unit;
      if (v.firstUnit) p.firstUnit = v.firstUnit;
      if (v.secondUnit) p.secondUnit = v.secondUnit;
      if (v.originCountry) p.originCountry = v.originCountry;
      if (v.unitPrice) p.declPrice = v.unitPrice;
      if (v.currency) p.tradeCurr = v.currency;
      if (v.note) p.note = v.note;
      const line = v.hsCode ? ctx.resolver.tariff(v.hsCode).line : null;
      if (line) {
        // The legal units are the tariff's: filled in when the sheet leaves them out, refused when it disagrees.
        if (!p.firstUnit) p.firstUnit = line.firstUnit;
        else if (p.firstUnit !== line.firstUnit) {
          out.push(reject(ctx, r.row, column(r, 'firstUnit'), 'firstUnit', `法定第一计量单位 ${p.firstUnit} 与税则 ${v.hsCode} 的 ${line.firstUnit} 不同。`, `First legal unit ${p.firstUnit} differs from ${line.firstUnit} of tariff line ${v.hsCode}.`, p.firstUnit));
        }
        if (!p.secondUnit && line.secondUnit) p.secondUnit = line.secondUnit;
        else if (p.secondUnit && p.secondUnit !== line.secondUnit) {
          out.push(
            reject(ctx, r.row, column(r, 'secondUnit'), 'secondUnit', line.secondUnit ? `法定第二计量单位 ${p.secondUnit} 与税则 ${v.hsCode} 的 ${line.secondUnit} 不同。` : `税则 ${v.hsCode} 没有法定第二计量单位，请留空。`, line.secondUnit ? `Second legal unit ${p.secondUnit} differs from ${line.secondUnit} of tariff line ${v.hsCode}.` : `Tariff line ${v.hsCode} has no second legal unit; leave it empty.`, p.secondUnit),
          );
        }
      }
      return p;
    }

    /** Field lengths, named as the library form names them. */
    function lengths(r: ReadRow, body: LibraryBody, out: RejectedRow[]): void {
      const checked = body.kind === 'party' ? PartySchema.safeParse(body.data) : ProductSchema.safeParse(body.data);
      if (checked.success) return;
      for (const issue of checked.error.issues) {
        const key = String(issue.path[0] ?? '');
        const labels: Record<string, Label> = body.kind === 'party' ? partyLabels : productLabels;
        const label = labels[key] ?? { zh: key, en: key };
        const max = 'maximum' in issue ? String(issue.maximum) : '';
        const field = importFieldOf(key);
        out.push(reject(ctx, r.row, field ? column(r, field) : null, field, `${label.zh}超过 ${max} 个字符。`, `${label.en} is longer than ${max} characters.`));
      }
    }

    return {
      output: 'library',
      add(r) {
        const out: RejectedRow[] = [...r.rejected];
        const body: LibraryBody = target === 'parties' ? { kind: 'party', data: party(r, out) } : { kind: 'product', data: product(r, out) };
        lengths(r, body, out);
        const key = libraryKey(body);
        const earlier = key ? seen.get(key) : undefined;
        if (out.length === 0 && earlier !== undefined) {
          const [field, zh, en]: [ImportField, string, string] =
            body.kind === 'party'
              ? body.data.uscc
                ? ['uscc', '统一社会信用代码', 'unified social credit code']
                : body.data.customsCode
                  ? ['customsCode', '海关编码', 'customs code']
                  : ['name', '企业名称', 'company name']
              : body.data.partNo
                ? ['partNo', '料号', 'part no.']
                : ['name', '商品名称和商品编号', 'goods name and HS code'];
          out.push(reject(ctx, r.row, column(r, field), field, `与第 ${earlier} 行的${zh}相同，同一记录只能出现一次。`, `Same ${en} as row ${earlier}; a record may appear only once.`));
        }
        if (out.length === 0) {
          records.push({ row: r.row, body, ...(r.values.creditTier ? { tier: r.values.creditTier } : {}) });
          if (key) seen.set(key, r.row);
        }
        return out;
      },
      totals() {
        // Lists of parties and products have no totals.
      },
      get count() {
        return records.length;
      },
      sample: (limit) => records.slice(0, limit).map(({ row, body, tier }) => ({ row, values: { ...asText(body.data), ...(tier ? { creditTier: tier } : {}) } })),
      records: () => records.map((r) => r.body),
    };
  };
}

const importFields: Partial<Record<string, ImportField>> = {
  nameZh: 'nameZh',
  nameEn: 'nameEn',
  uscc: 'uscc',
  customsCode: 'customsCode',
  ciqCode: 'ciqCode',
  country: 'country',
  overseasCode: 'overseasCode',
  addressZh: 'addressZh',
  addressEn: 'addressEn',
  contact: 'contact',
  phone: 'phone',
  note: 'note',
  partNo: 'partNo',
  codeTs: 'hsCode',
  gModel: 'gModel',
  gUnit: 'unit',
  firstUnit: 'firstUnit',
  secondUnit: 'secondUnit',
  originCountry: 'originCountry',
  declPrice: 'unitPrice',
  tradeCurr: 'currency',
};

/** The import field a record field came from, to name its column. */
function importFieldOf(recordField: string): ImportField | null {
  return importFields[recordField] ?? null;
}
