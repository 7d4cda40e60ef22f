import { columnLetter, fieldDef, type ImportField, type ImportTarget } from '../../../shared/import/fields';
import type { RejectedRow } from '../../../shared/import/schema';
import {
  currencyAlias,
  readCartonRange,
  readContainerId,
  readDimensions,
  readHsCode,
  readInteger,
  readNumber,
  type CartonRange,
  type Dimensions,
} from './values';
import { readCreditTier, readCustomsCode, readDate, readTariffCode, readUscc, usccReasons } from './library-values';
import type { ContainerSize, ContainerType, FeeItemName } from '../../../shared/model/fees';
import type { FeeInvoiceDefaults } from '../../../shared/fees/schema';
import { readBox, readBoxType, readCheckedContainer, readDirection, readFeeUnit, readLoad, readRegime, readTrade } from './fee-values';

/** Code tables a cell may be resolved against ("PCS" -> 007, "美元" -> USD, "中国" -> CHN). */
export type CodeTable = 'unit' | 'currency' | 'country';
export interface CodeResolver {
  resolve(table: CodeTable, text: string): string | null;
  /** What the profile's tariff knows of a 10-digit code; `hsSubheading` is undefined when HS 2022 is not loaded. */
  tariff(code: string): TariffFacts;
}

export interface TariffFacts {
  hsSubheading: boolean | undefined;
  /** The Chinese tariff line, when the local tariff has it. */
  line: { firstUnit: string; secondUnit: string | null } | null;
}

export interface RowContext {
  sheet: string;
  target: ImportTarget;
  /** column index -> field */
  mapping: ReadonlyMap<number, ImportField>;
  resolver: CodeResolver;
  /** Fee targets: the shared catalogue's item names, and what an invoice sheet may leave out. */
  fees?: FeeRowContext;
}

export interface FeeRowContext {
  names: readonly FeeItemName[];
  defaults?: FeeInvoiceDefaults;
}

/** One spreadsheet row read field by field; cells that could not be read are in `rejected`. */
export interface ReadRow {
  row: number;
  values: Partial<Record<ImportField, string>>;
  range?: CartonRange;
  dimensions?: Dimensions;
  /** A fee row's box: "40GP" gives both, "45" the size only. */
  box?: { size: ContainerSize; type?: ContainerType };
  /** Where each field came from, so a later check can name the cell. */
  columns: Partial<Record<ImportField, number>>;
  rejected: RejectedRow[];
}

// A label alone, or followed by a colon or a figure: "TOTAL:", "合计 TOTAL", "合计 352箱" (not "Total station").
const LABEL = '(?:合\\s*计|总\\s*计|共\\s*计|小\\s*计|grand\\s*total|sub-?\\s*totals?|totals?|ttl)';
const TOTAL_CELL = new RegExp(`^${LABEL}(?:\\s*${LABEL})?\\s*(?:$|[:：.(（]|\\d)`, 'iu');
const SUBTOTAL = /小\s*计|sub-?\s*total/iu;

export type RowKind = 'blank' | 'total' | 'subtotal' | 'data';

/** Blank rows and total rows (合计 / TOTAL, 小计 / SUBTOTAL) are not lines. */
export function classifyRow(cells: readonly string[], mapping: ReadonlyMap<number, ImportField>): RowKind {
  const texts = cells.map((c) => c.normalize('NFKC').trim());
  const label = texts.find((t) => TOTAL_CELL.test(t));
  if (label !== undefined) return SUBTOTAL.test(label) ? 'subtotal' : 'total';
  return [...mapping.keys()].some((c) => texts[c]) ? 'data' : 'blank';
}

export function reject(ctx: RowContext, row: number, column: number | null, field: ImportField | null, zh: string, en: string, value?: string): RejectedRow {
  const r: RejectedRow = { sheet: ctx.sheet, row, column: column === null ? null : columnLetter(column), field, reasonZh: zh, reasonEn: en };
  if (value !== undefined) r.value = value;
  return r;
}

const TABLE_NAMES: Record<CodeTable, { zh: string; en: string }> = {
  unit: { zh: '计量单位', en: 'unit' },
  currency: { zh: '币制', en: 'currency' },
  country: { zh: '国别（地区）', en: 'country' },
};

/** Reads the mapped cells of one row. Empty cells stay absent; whether they may be is the builder's call. */
export function readRow(cells: readonly string[], row: number, ctx: RowContext): ReadRow {
  const out: ReadRow = { row, values: {}, columns: {}, rejected: [] };
  for (const [column, field] of ctx.mapping) {
    const text = (cells[column] ?? '').trim();
    if (!text) continue;
    const def = fieldDef(ctx.target, field);
    if (!def) continue;
    out.columns[field] = column;
    const label = { zh: def.zh, en: def.en };
    const bad = (zh: string, en: string) => out.rejected.push(reject(ctx, row, column, field, `${label.zh}「${text}」${zh}`, `${label.en} "${text}" ${en}`, text));
    switch (def.kind) {
      case 'text':
        out.values[field] = text;
        break;
      case 'decimal': {
        const n = readNumber(text);
        if (n === null) bad('不是有效的数字。', 'is not a number.');
        else if (n.startsWith('-')) bad('不能为负数。', 'must not be negative.');
        else out.values[field] = n;
        break;
      }
      case 'integer': {
        const n = readInteger(text);
        if (n === null) bad('应为整数。', 'must be a whole number.');
        else out.values[field] = n;
        break;
      }
      case 'range': {
        const r = readCartonRange(text);
        if (r === null) bad('不是有效的箱号或箱号范围（如 C001-C352、1-20）。', 'is not a carton number or range (e.g. C001-C352, 1-20).');
        else if (Number(r.to) < Number(r.from)) bad('的终止号小于起始号。', 'ends before it starts.');
        else {
          out.range = r;
          out.values[field] = text;
        }
        break;
      }
      case 'dimensions': {
        const d = readDimensions(text);
        if (d === null) bad('不是有效的尺寸，应为 长*宽*高（厘米），如 60*40*35。', 'is not a size; write length*width*height in cm, e.g. 60*40*35.');
        else {
          out.dimensions = d;
          out.values[field] = text;
        }
        break;
      }
      case 'hs': {
        const hs = readHsCode(text);
        if (hs === null) bad('不是有效的商品编码（4 至 10 位数字）。', 'is not a commodity code (4 to 10 digits).');
        else out.values[field] = hs;
        break;
      }
      case 'container': {
        const id = readContainerId(text);
        if (id === null) bad('不是有效的集装箱号。', 'is not a container number.');
        else out.values[field] = id;
        break;
      }
      case 'uscc': {
        const read = readUscc(text);
        if ('problem' in read) bad(`${usccReasons[read.problem].zh}。`, `${usccReasons[read.problem].en}.`);
        else out.values[field] = read.value;
        break;
      }
      case 'customs-code': {
        const code = readCustomsCode(text);
        if (code === null) bad('应为 10 位海关编码（数字或大写字母）。', 'must be a 10-character customs code (digits or capital letters).');
        else out.values[field] = code;
        break;
      }
      case 'tariff-code': {
        const code = readTariffCode(text);
        const facts = code === null ? null : ctx.resolver.tariff(code);
        if (code === null || facts === null) bad('应为 10 位数字的商品编号。', 'must be a 10-digit commodity code.');
        else if (facts.hsSubheading === false) bad(`的前 6 位 ${code.slice(0, 6)} 不是 HS 2022 子目，税则中没有这个编号。`, `is not in the tariff: its first six digits ${code.slice(0, 6)} are not an HS 2022 subheading.`);
        else out.values[field] = code;
        break;
      }
      case 'credit-tier': {
        const tier = readCreditTier(text);
        if (tier === null) bad('不是海关信用等级（高级认证企业、认证企业、常规管理企业、失信企业、严重失信企业）。', 'is not a customs credit tier (advanced certified, certified, regular, dishonest, seriously dishonest).');
        else out.values[field] = tier;
        break;
      }
      case 'date': {
        const date = readDate(text);
        if (date === null) bad('不是有效日期（如 2024-03-15）。', 'is not a date (e.g. 2024-03-15).');
        else out.values[field] = date;
        break;
      }
      case 'container-checked': {
        const read = readCheckedContainer(text);
        if ('problem' in read && read.problem === 'shape') bad('不是集装箱号（4 个字母 + 7 位数字，如 MSKU1234565）。', 'is not a container number (4 letters + 7 digits, e.g. MSKU1234565).');
        else if ('problem' in read) bad('的校验位（第 11 位）不对（ISO 6346），请核对箱号。', 'has a wrong check digit (the 11th, ISO 6346); check the number.');
        else out.values[field] = read.value;
        break;
      }
      case 'fee-regime': {
        const regime = readRegime(text);
        if (regime === null) bad('不是定价方式（政府定价、政府指导价、市场调节价）。', 'is not a pricing regime (government-fixed 政府定价, guide price 政府指导价, market 市场调节价).');
        else out.values[field] = regime;
        break;
      }
      case 'fee-unit': {
        const unit = readFeeUnit(text);
        if (unit === null) bad('不是计费单位（箱、票、吨、天、票报关单、项）。', 'is not a charging unit (container 箱, B/L 票, ton 吨, day 天, declaration 票报关单, item 项).');
        else out.values[field] = unit;
        break;
      }
      case 'fee-direction':
      case 'fee-load':
      case 'fee-trade': {
        const words = {
          'fee-direction': { read: readDirection, zh: '进口、出口或进出口', en: 'import 进口, export 出口 or both 进出口' },
          'fee-load': { read: readLoad, zh: '重箱或空箱', en: 'full 重箱 or empty 空箱' },
          'fee-trade': { read: readTrade, zh: '外贸或内贸', en: 'foreign 外贸 or domestic 内贸' },
        }[def.kind];
        const value = words.read(text);
        if (value === null) bad(`应为${words.zh}。`, `must be ${words.en}.`);
        else out.values[field] = value;
        break;
      }
      case 'box': {
        const box = readBox(text);
        if (box === null) bad('不是箱型尺寸（如 20GP、40HQ、40RF、45、40\'冷箱）。', "is not a box size/type (e.g. 20GP, 40HQ, 40RF, 45, 40'冷箱).");
        else {
          out.box = box;
          out.values[field] = box.size;
        }
        break;
      }
      case 'box-type': {
        const type = readBoxType(text);
        if (type === null) bad('不是箱类（普通箱、冷藏箱、危险品箱）。', 'is not a box type (general 普通箱, reefer 冷藏箱, dangerous 危险品箱).');
        else out.values[field] = type;
        break;
      }
      case 'unit':
      case 'currency':
      case 'country': {
        const code = ctx.resolver.resolve(def.kind, def.kind === 'currency' ? currencyAlias(text) : text);
        const table = TABLE_NAMES[def.kind];
        if (code === null) bad(`不在${table.zh}代码表中。`, `is not in the ${table.en} code table.`);
        else out.values[field] = code;
        break;
      }
    }
  }
  return out;
}
