import type { ImportField } from '../../../shared/import/fields';
import type { RejectedRow } from '../../../shared/import/schema';
import { decimal, parseDecimal, QUANTITY_SCALE, type DecimalValue } from '../../../shared/model/decimal';
import { emptyPackingList, PackingLineSchema, type PackingContainer, type PackingLine, type PackingList } from '../../../shared/model/packing-list';
import { agrees, asText, divide, type BuilderFactory, type DocumentLineBuilder } from './line-builder';
import { reject, type ReadRow, type RowContext } from './read-row';
import { requireDescription } from './priced';

type Figure = 'pieces' | 'net' | 'gross';
const figures: Record<Figure, { per: ImportField; total: ImportField; line: 'piecesPerCarton' | 'netPerCarton' | 'grossPerCarton'; zh: string; en: string }> = {
  pieces: { per: 'piecesPerCarton', total: 'piecesTotal', line: 'piecesPerCarton', zh: '件数', en: 'pieces' },
  net: { per: 'netPerCarton', total: 'netTotal', line: 'netPerCarton', zh: '净重', en: 'net weight' },
  gross: { per: 'grossPerCarton', total: 'grossTotal', line: 'grossPerCarton', zh: '毛重', en: 'gross weight' },
};

/**
 * Packing list lines. The model keeps per-carton figures (the totals are computed), while
 * exporters print either per-carton figures, line totals, or both: totals are divided by the
 * cartons, and when both are printed they must agree.
 */
export const packingBuilder: BuilderFactory = (ctx: RowContext): DocumentLineBuilder => {
  const lines: { row: number; line: PackingLine }[] = [];
  const containers = new Map<string, { seal?: string; row: number }>();
  let declared: PackingList['declaredTotals'];

  function cartonsOf(r: ReadRow, out: RejectedRow[]): DecimalValue | null {
    const range = r.range;
    const count = parseDecimal(r.values.cartons);
    if (range) {
      const n = decimal(range.to).minus(range.from).plus(1);
      if (count && !count.eq(n)) {
        out.push(reject(ctx, r.row, r.columns.cartons ?? null, 'cartons', `箱数 ${count.toFixed()} 与箱号 ${r.values.cartonRange ?? ''}（${n.toFixed()} 箱）不符。`, `Cartons ${count.toFixed()} disagree with carton range ${r.values.cartonRange ?? ''} (${n.toFixed()} cartons).`));
      }
      return n;
    }
    if (count && count.gt(0)) return count;
    if (!r.rejected.some((x) => x.field === 'cartons' || x.field === 'cartonRange')) {
      out.push(reject(ctx, r.row, r.columns.cartons ?? null, 'cartons', '缺少箱号或箱数。', 'The carton number (or range) and the cartons are missing.'));
    }
    return null;
  }

  function perCarton(r: ReadRow, f: Figure, cartons: DecimalValue, out: RejectedRow[]): string | undefined {
    const spec = figures[f];
    const per = r.values[spec.per];
    const total = r.values[spec.total];
    if (per !== undefined && total !== undefined) {
      if (!agrees(per, cartons, total)) {
        out.push(reject(ctx, r.row, r.columns[spec.total] ?? null, spec.total, `${spec.zh}合计 ${total} 与每箱${spec.zh} ${per} × ${cartons.toFixed()} 箱不符。`, `Total ${spec.en} ${total} disagrees with ${per} per carton × ${cartons.toFixed()} cartons.`, total));
      }
      return per;
    }
    if (total === undefined) return per;
    if (f === 'pieces' && !decimal(total).mod(cartons).isZero()) {
      out.push(reject(ctx, r.row, r.columns[spec.total] ?? null, spec.total, `${total} 件不能平均装入 ${cartons.toFixed()} 箱，请把尾箱拆成单独一行。`, `${total} pieces do not divide evenly into ${cartons.toFixed()} cartons; put the odd carton on a line of its own.`, total));
      return undefined;
    }
    return divide(total, cartons, QUANTITY_SCALE);
  }

  return {
    output: 'document',
    add(r) {
      const out: RejectedRow[] = [...r.rejected];
      const v = r.values;
      requireDescription(r, ctx, out);
      const cartons = cartonsOf(r, out);
      const line: PackingLine = { lineNo: lines.length + 1 };
      if (r.range) {
        if (r.range.prefix) line.cartonPrefix = r.range.prefix;
        line.cartonFrom = r.range.from;
        line.cartonTo = r.range.to;
      }
      if (cartons) line.cartons = cartons.toFixed();
      if (v.description) line.description = v.description;
      if (v.hsCode) line.hsCode = v.hsCode;
      if (cartons) {
        for (const f of ['pieces', 'net', 'gross'] as const) {
          const value = perCarton(r, f, cartons, out);
          if (value !== undefined) line[figures[f].line] = value;
        }
      }
      const [net, gross] = [parseDecimal(line.netPerCarton), parseDecimal(line.grossPerCarton)];
      if (net && gross && net.gt(gross)) {
        const field: ImportField = r.columns.netPerCarton !== undefined ? 'netPerCarton' : 'netTotal';
        out.push(reject(ctx, r.row, r.columns[field] ?? null, field, `净重（每箱 ${line.netPerCarton} 千克）大于毛重（每箱 ${line.grossPerCarton} 千克）。`, `Net weight (${line.netPerCarton} kg per carton) is above gross weight (${line.grossPerCarton} kg per carton).`));
      }
      const size = r.dimensions ?? { lengthCm: v.lengthCm, widthCm: v.widthCm, heightCm: v.heightCm };
      for (const k of ['lengthCm', 'widthCm', 'heightCm'] as const) if (size[k]) line[k] = size[k];
      if (v.containerId) line.containerId = v.containerId;
      const held = v.containerId ? containers.get(v.containerId) : undefined;
      if (held?.seal && v.sealNo && held.seal !== v.sealNo) {
        out.push(reject(ctx, r.row, r.columns.sealNo ?? null, 'sealNo', `集装箱 ${v.containerId ?? ''} 的封号 ${v.sealNo} 与第 ${held.row} 行的 ${held.seal} 不同。`, `Container ${v.containerId ?? ''} has seal ${v.sealNo} here but ${held.seal} on row ${held.row}.`, v.sealNo));
      }
      const checked = PackingLineSchema.safeParse(line);
      if (!checked.success && out.length === 0) {
        const key = String(checked.error.issues[0]?.path[0] ?? '');
        out.push(reject(ctx, r.row, null, null, `字段 ${key} 过长。`, `Field ${key} is too long.`));
      }
      if (out.length > 0) return out;
      lines.push({ row: r.row, line });
      if (v.containerId) {
        if (!held) containers.set(v.containerId, v.sealNo ? { seal: v.sealNo, row: r.row } : { row: r.row });
        else if (v.sealNo) held.seal ??= v.sealNo;
      }
      return out;
    },
    totals(r) {
      const t: NonNullable<PackingList['declaredTotals']> = {};
      if (r.values.cartons) t.cartons = r.values.cartons;
      if (r.values.piecesTotal) t.pieces = r.values.piecesTotal;
      if (r.values.netTotal) t.netKg = r.values.netTotal;
      if (r.values.grossTotal) t.grossKg = r.values.grossTotal;
      if (r.values.cbmTotal) t.cbm = r.values.cbmTotal;
      if (Object.keys(t).length) declared = t;
    },
    get count() {
      return lines.length;
    },
    sample: (limit) => lines.slice(0, limit).map(({ row, line }) => ({ row, values: asText(line) })),
    body(existing) {
      const base: PackingList = existing?.kind === 'packing-list' ? existing.data : emptyPackingList();
      const data: PackingList = { ...base, lines: lines.map((l) => l.line) };
      if (containers.size) {
        data.containers = [...containers].map(([containerId, c]): PackingContainer => (c.seal ? { containerId, sealNo: c.seal } : { containerId }));
      }
      if (declared) data.declaredTotals = declared;
      return { kind: 'packing-list', data };
    },
  };
};
