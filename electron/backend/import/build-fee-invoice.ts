import { decimal, parseDecimal } from '../../../shared/model/decimal';
import type { ImportField } from '../../../shared/import/fields';
import type { RejectedRow } from '../../../shared/import/schema';
import { normalizeFeeName } from '../../../shared/fees/match';
import { FeeInvoiceLineSchema, type ChargingPartyKind, type FeeInvoiceLine, type FeeUnit } from '../../../shared/model/fees';
import { conditionsOf } from './build-fee-list';
import { asText, divide, type BuilderFactory, type FeeInvoiceLineBuilder, type ImportedFeeInvoice } from './line-builder';
import { reject, type ReadRow, type RowContext } from './read-row';

/** What kind of party a name is, from the words Chinese company names carry; null when it does not say. */
export function guessPartyKind(name: string): ChargingPartyKind | null {
  const n = name.toLowerCase();
  if (/码头|港务|集装箱港|terminal|port\b/u.test(n)) return 'terminal';
  if (/理货|tally/u.test(n)) return 'tally';
  if (/堆场|场站|仓储|yard|depot|cfs/u.test(n)) return 'yard';
  if (/报关|customs broker|brokerage/u.test(n)) return 'broker';
  if (/船务|航运|海运|船公司|轮船|shipping|line\b|lines\b|container line/u.test(n)) return 'shipping-line';
  if (/货代|货运代理|国际货运|物流|forward|logistics/u.test(n)) return 'forwarder';
  return null;
}

interface Group {
  party: string;
  partyKind: ChargingPartyKind;
  invoiceNo: string;
  invoiceDate: string;
  dateRow: number;
  currency: string;
  lines: { row: number; line: FeeInvoiceLine; entryId?: string }[];
  /** Line no. -> the row that has it: a month's statement may hold thousands of lines of one invoice. */
  lineRows: Map<number, number>;
}

/**
 * Fee invoice lines, one per row, grouped into invoices by (charging party, invoice no.). The
 * party, number, date and currency come from their columns, else from the dialog's defaults; a
 * row that has neither is refused naming the column to add. Quantity defaults to 1, the unit
 * price to amount ÷ quantity, the amount to quantity × unit price; the line no. is the row's
 * order in its invoice unless a column gives it. `headerCurrency`: a currency the amount or price
 * header names ("Amount (USD)"), after a currency column and the dialog's default.
 */
export const feeInvoiceBuilder = (headerCurrency?: string): BuilderFactory => (ctx: RowContext): FeeInvoiceLineBuilder => {
  const groups = new Map<string, Group>();
  const defaults = ctx.fees?.defaults ?? {};
  let count = 0;
  const sample: { row: number; values: Record<string, string> }[] = [];
  const column = (r: ReadRow, field: ImportField): number | null => r.columns[field] ?? [...ctx.mapping].find(([, f]) => f === field)?.[0] ?? null;
  const cellOf = (r: ReadRow, field: ImportField, zh: string, en: string, value?: string) => reject(ctx, r.row, column(r, field), field, zh, en, value);
  const failed = (r: ReadRow, field: ImportField) => r.rejected.some((x) => x.field === field);

  function header(r: ReadRow, out: RejectedRow[]): { party: string; invoiceNo: string; invoiceDate: string; currency: string } | null {
    const v = r.values;
    const party = v.chargingParty ?? defaults.partyName;
    const invoiceNo = v.invoiceNo ?? defaults.invoiceNo;
    const invoiceDate = v.invoiceDate ?? defaults.invoiceDate;
    const missing = (field: ImportField, zh: string, en: string) =>
      out.push(cellOf(r, field, `没有${zh}：请在表格中增加“${zh}”列，或在导入时填写${zh}。`, `No ${en}: add a ${zh} / ${en} column to the sheet, or give the ${en} when importing.`));
    if (!party && !failed(r, 'chargingParty')) missing('chargingParty', '收费单位', 'charging party');
    if (!invoiceNo && !failed(r, 'invoiceNo')) missing('invoiceNo', '发票号', 'invoice no.');
    if (!invoiceDate && !failed(r, 'invoiceDate')) missing('invoiceDate', '开票日期', 'invoice date');
    if (!party || !invoiceNo || !invoiceDate) return null;
    return { party, invoiceNo: invoiceNo.trim(), invoiceDate, currency: v.currency ?? defaults.currency ?? headerCurrency ?? 'CNY' };
  }

  function money(r: ReadRow, out: RejectedRow[]): { quantity: string; unitPrice: string; amount: string } | null {
    const v = r.values;
    if (failed(r, 'quantity') || failed(r, 'unitPrice') || failed(r, 'amount')) return null;
    const quantity = v.quantity ?? '1';
    const q = parseDecimal(quantity);
    if (!q || q.isZero()) {
      out.push(cellOf(r, 'quantity', `数量「${quantity}」应大于 0。`, `Quantity "${quantity}" must be more than 0.`, quantity));
      return null;
    }
    if (!v.amount && !v.unitPrice) {
      out.push(cellOf(r, 'amount', '缺少金额（或单价）。', 'The amount (or unit price) is missing.'));
      return null;
    }
    const amount = v.amount ?? decimal(v.unitPrice ?? '0').times(q).toDecimalPlaces(2).toFixed();
    const unitPrice = v.unitPrice ?? divide(amount, q, 4);
    return { quantity, unitPrice, amount };
  }

  return {
    output: 'fee-invoice',
    add(r) {
      const out: RejectedRow[] = [...r.rejected];
      const v = r.values;
      if (!v.itemName && !failed(r, 'itemName')) out.push(cellOf(r, 'itemName', '缺少收费项目名称。', 'The charge item name is missing.'));
      const head = header(r, out);
      const figures = money(r, out);
      if (!head || !figures || !v.itemName || out.length > 0) return out;

      const key = `${normalizeFeeName(head.party)}\u0000${head.invoiceNo}`;
      let group = groups.get(key);
      if (!group) {
        const partyKind = (v.chargingParty ? guessPartyKind(head.party) : null) ?? defaults.partyKind ?? guessPartyKind(head.party) ?? 'forwarder';
        group = { party: head.party, partyKind, invoiceNo: head.invoiceNo, invoiceDate: head.invoiceDate, dateRow: r.row, currency: head.currency, lines: [], lineRows: new Map() };
      } else if (group.invoiceDate !== head.invoiceDate) {
        return [cellOf(r, 'invoiceDate', `发票 ${head.invoiceNo} 在第 ${group.dateRow} 行的开票日期是 ${group.invoiceDate}，本行是 ${head.invoiceDate}。`, `Invoice ${head.invoiceNo} is dated ${group.invoiceDate} in row ${group.dateRow} but ${head.invoiceDate} here.`, head.invoiceDate)];
      } else if (group.currency !== head.currency) {
        return [cellOf(r, 'currency', `发票 ${head.invoiceNo} 的币制是 ${group.currency}，本行是 ${head.currency}；一张发票只能有一种币制。`, `Invoice ${head.invoiceNo} is in ${group.currency} but this row is in ${head.currency}; an invoice has one currency.`, head.currency)];
      }
      const lineNo = v.lineNo ? Number(v.lineNo) : group.lines.length + 1;
      const taken = group.lineRows.get(lineNo);
      if (taken !== undefined) return [cellOf(r, 'lineNo', `发票 ${head.invoiceNo} 的行号 ${lineNo} 已在第 ${taken} 行使用。`, `Line no. ${lineNo} of invoice ${head.invoiceNo} is already used in row ${taken}.`, String(lineNo))];
      if (lineNo < 1) return [cellOf(r, 'lineNo', '行号应从 1 开始。', 'Line numbers start at 1.', String(lineNo))];

      const conditions = conditionsOf(r);
      const candidate: FeeInvoiceLine = {
        lineNo,
        itemName: v.itemName,
        ...figures,
        ...(v.itemCode ? { itemCode: v.itemCode.trim().toUpperCase() } : {}),
        ...(v.unit ? { unit: v.unit as FeeUnit } : {}),
        ...(v.blNo ? { blNo: v.blNo.normalize('NFKC').replace(/\s+/g, '').toUpperCase() } : {}),
        ...(v.containerId ? { containerNo: v.containerId } : {}),
        ...conditions,
        ...(v.serviceDate ? { serviceDate: v.serviceDate } : {}),
      };
      const checked = FeeInvoiceLineSchema.safeParse(candidate);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        const path = String(issue?.path[0] ?? '');
        const field: ImportField = path === 'blNo' ? 'blNo' : path === 'itemCode' ? 'itemCode' : path === 'containerNo' ? 'containerId' : 'itemName';
        return [cellOf(r, field, `该行不是有效的发票行：${issue?.message ?? ''}`, `The row is not a valid invoice line: ${issue?.message ?? ''}`)];
      }
      groups.set(key, group);
      const entryId = v.entryId?.replace(/\s+/g, '');
      group.lines.push({ row: r.row, line: checked.data, ...(entryId ? { entryId } : {}) });
      group.lineRows.set(lineNo, r.row);
      count++;
      if (sample.length < 100) {
        sample.push({ row: r.row, values: { chargingParty: group.party, invoiceNo: group.invoiceNo, invoiceDate: group.invoiceDate, currency: group.currency, ...asText(checked.data), ...(entryId ? { entryId } : {}) } });
      }
      return [];
    },
    totals() {
      // A statement's 合计 row is the sum of its lines; the stored invoice totals its own lines.
    },
    get count() {
      return count;
    },
    sample: (limit) => sample.slice(0, limit),
    invoices: (): ImportedFeeInvoice[] =>
      [...groups.values()].map((g) => ({
        invoice: {
          party: { kind: g.partyKind, name: g.party, ...(defaults.uscc && g.party === defaults.partyName ? { uscc: defaults.uscc } : {}) },
          invoiceNo: g.invoiceNo,
          invoiceDate: g.invoiceDate,
          currency: g.currency,
          lines: g.lines.map((l) => l.line),
        },
        entryIds: new Map(g.lines.flatMap((l) => (l.entryId ? [[l.line.lineNo, l.entryId] as [number, string]] : []))),
        rows: g.lines.map((l) => l.row),
      })),
  };
};
