import type { CodeTableId } from '../../../../shared/codes/schema';
import type { DeclarationHead } from '../../../../shared/model/declaration';

/**
 * The header as the official form prints it: blocks in the form's order, fields in reading
 * order within each block. Enter and Tab follow this order. Fields customs assigns (统一编号,
 * 海关编号) are shown read-only; the technical flags every ordinary declaration carries with
 * their defaults (entry type, EDI flag …) are not shown at all, but kept in the draft.
 */
export type HeadFieldKind =
  | { kind: 'text'; mono?: boolean }
  | { kind: 'multiline' }
  | { kind: 'code'; table: CodeTableId }
  | { kind: 'date' }
  | { kind: 'decimal' }
  | { kind: 'readonly' }
  | { kind: 'direction' };

export type HeadFieldName = keyof DeclarationHead;

export interface HeadFieldSpec {
  field: HeadFieldName;
  /** Columns of the 12-column grid. */
  span: number;
  input: HeadFieldKind;
}

export interface HeadBlock {
  id: 'declaration' | 'parties' | 'transport' | 'trade' | 'charges' | 'packages' | 'other';
  fields: HeadFieldSpec[];
}

const text = (field: HeadFieldName, span: number, mono = false): HeadFieldSpec => ({ field, span, input: { kind: 'text', mono } });
const code = (field: HeadFieldName, table: CodeTableId, span = 2): HeadFieldSpec => ({ field, span, input: { kind: 'code', table } });
const date = (field: HeadFieldName): HeadFieldSpec => ({ field, span: 2, input: { kind: 'date' } });
const num = (field: HeadFieldName, span = 2): HeadFieldSpec => ({ field, span, input: { kind: 'decimal' } });
const fixed = (field: HeadFieldName, span = 2): HeadFieldSpec => ({ field, span, input: { kind: 'readonly' } });

export const headBlocks: readonly HeadBlock[] = [
  {
    id: 'declaration',
    fields: [
      { field: 'ieFlag', span: 2, input: { kind: 'direction' } },
      code('customMaster', 'customs-district', 3),
      code('iePort', 'customs-district', 3),
      date('ieDate'),
      date('dDate'),
      text('manualNo', 2, true),
      fixed('seqNo', 3),
      fixed('entryId', 3),
      text('licenseNo', 2, true),
      text('apprNo', 2, true),
    ],
  },
  {
    id: 'parties',
    fields: [
      text('tradeName', 5),
      text('tradeCoScc', 3, true),
      text('tradeCode', 2, true),
      text('tradeCiqCode', 2, true),
      text('overseasNameEn', 5),
      text('overseasNameZh', 3),
      text('overseasCode', 2, true),
      text('overseasAddr', 2),
      text('ownerName', 5),
      text('ownerCodeScc', 3, true),
      text('ownerCode', 2, true),
      text('ownerCiqCode', 2, true),
      text('agentName', 5),
      text('agentCodeScc', 3, true),
      text('agentCode', 2, true),
      text('declCiqCode', 2, true),
      text('copName', 5),
      text('copCodeScc', 3, true),
      text('copCode', 2, true),
      text('declareName', 2),
      text('inputerName', 3),
      text('typistNo', 3, true),
    ],
  },
  {
    id: 'transport',
    fields: [
      code('trafMode', 'transport-mode', 3),
      text('trafName', 3, true),
      text('billNo', 3, true),
      date('despDate'),
      text('goodsPlace', 4),
      code('despPortCode', 'port', 3),
      code('distinatePort', 'port', 3),
      code('entyPortCode', 'domestic-port', 2),
    ],
  },
  {
    id: 'trade',
    fields: [
      code('tradeMode', 'trade-mode', 3),
      code('cutMode', 'levy-nature', 3),
      code('tradeAreaCode', 'country', 3),
      code('tradeCountry', 'country', 3),
      code('transMode', 'transaction-term', 3),
      text('contrNo', 3, true),
      code('purpOrgCode', 'customs-district', 3),
    ],
  },
  {
    id: 'charges',
    fields: [
      code('feeMark', 'fee-mark'),
      num('feeRate'),
      code('feeCurr', 'currency'),
      code('insurMark', 'fee-mark'),
      num('insurRate'),
      code('insurCurr', 'currency'),
      code('otherMark', 'fee-mark'),
      num('otherRate'),
      code('otherCurr', 'currency'),
    ],
  },
  {
    id: 'packages',
    fields: [code('wrapType', 'package-type', 3), num('packNo'), num('grossWet'), num('netWt'), text('promiseItmes', 3, true)],
  },
  {
    id: 'other',
    fields: [
      text('markNo', 6),
      text('specDeclFlag', 3, true),
      text('correlationNo', 3, true),
      { field: 'noteS', span: 12, input: { kind: 'multiline' } },
    ],
  },
];

export const headFieldSpecs: readonly HeadFieldSpec[] = headBlocks.flatMap((b) => b.fields);

export function headSpec(field: string): HeadFieldSpec | undefined {
  return headFieldSpecs.find((s) => s.field === field);
}

/** The code tables the header needs, fetched when the editor opens. */
export const headTables: CodeTableId[] = [
  ...new Set(headFieldSpecs.flatMap((s) => (s.input.kind === 'code' ? [s.input.table] : []))),
];
