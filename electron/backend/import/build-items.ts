import type { RejectedRow } from '../../../shared/import/schema';
import { DeclarationItemSchema, emptyDeclaration, type DeclarationDraft, type DeclarationItem } from '../../../shared/model/declaration';
import { asText, type BuilderFactory, type DocumentLineBuilder } from './line-builder';
import { reject, type RowContext } from './read-row';
import { priced, requireDescription } from './priced';

/** Declaration goods items (DecList). Units, currencies and countries arrive as codes. */
export function itemsBuilder(currency?: string): BuilderFactory {
  return (ctx: RowContext): DocumentLineBuilder => {
    const items: { row: number; item: DeclarationItem }[] = [];
    return {
      output: 'document',
      add(r) {
        const out: RejectedRow[] = [...r.rejected];
        const v = r.values;
        requireDescription(r, ctx, out);
        const p = priced(r, ctx, out);
        const item: DeclarationItem = { gNo: v.gNo ? Number(v.gNo) : items.length + 1 };
        if (item.gNo < 1) out.push(reject(ctx, r.row, r.columns.gNo ?? null, 'gNo', '项号应从 1 开始。', 'Item numbers start at 1.', v.gNo));
        if (v.hsCode) item.codeTs = v.hsCode;
        if (v.description) item.gName = v.description;
        if (v.gModel) item.gModel = v.gModel;
        if (p.quantity) item.gQty = p.quantity;
        if (v.unit) item.gUnit = v.unit;
        if (p.unitPrice) item.declPrice = p.unitPrice;
        if (p.amount) item.declTotal = p.amount;
        const cur = v.currency ?? currency;
        if (cur) item.tradeCurr = cur;
        if (v.originCountry) item.originCountry = v.originCountry;
        const checked = DeclarationItemSchema.safeParse(item);
        if (!checked.success && out.length === 0) {
          const key = String(checked.error.issues[0]?.path[0] ?? '');
          out.push(reject(ctx, r.row, null, null, `字段 ${key} 过长。`, `Field ${key} is too long.`));
        }
        if (out.length === 0) items.push({ row: r.row, item });
        return out;
      },
      totals() {
        // A declaration has no declared totals of its own items; the sums are computed.
      },
      get count() {
        return items.length;
      },
      sample: (limit) => items.slice(0, limit).map(({ row, item }) => ({ row, values: asText(item) })),
      body(existing) {
        const base: DeclarationDraft = existing?.kind === 'declaration' ? existing.data : emptyDeclaration();
        return { kind: 'declaration', data: { ...base, items: items.map((i) => i.item) } };
      },
    };
  };
}
