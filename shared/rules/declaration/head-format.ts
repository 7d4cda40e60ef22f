import type { DeclarationDraft, DeclarationHead } from '../../model/declaration';
import { DeclarationHeadSchema } from '../../model/declaration';
import { headLabel } from '../../model/field-labels';
import { parseDecimal, scaleOf, QUANTITY_SCALE } from '../../model/decimal';
import { billNumberProblem, gbkLength, isCompactDate, isCustomsCode, usccProblem } from '../identifiers';
import { present, type Rule, type RuleHit } from '../engine';

/** The S-length of every header field, read from the model so the two never disagree. */
function maxLength(field: keyof DeclarationHead): number | undefined {
  const schema = DeclarationHeadSchema.shape[field];
  const inner = 'unwrap' in schema ? schema.unwrap() : schema;
  return (inner as { maxLength?: number | null }).maxLength ?? undefined;
}

export const headLengthRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-100',
  severity: 'error',
  titleZh: '字段长度（中文字符按 2 计）',
  titleEn: 'Field length (a Chinese character counts 2)',
  *check(doc) {
    for (const [field, value] of Object.entries(doc.head) as [keyof DeclarationHead, string | undefined][]) {
      if (typeof value !== 'string') continue;
      const max = maxLength(field);
      const length = gbkLength(value);
      if (max !== undefined && length > max) {
        const l = headLabel(field, doc.head.ieFlag);
        yield {
          path: `head.${field}`,
          messageZh: `${l.zh}长度为 ${length}（中文按 2 计），不能超过 ${max}。`,
          messageEn: `${l.en} is ${length} long (Chinese characters count 2); the limit is ${max}.`,
        };
      }
    }
  },
};

const usccFields: (keyof DeclarationHead)[] = ['tradeCoScc', 'ownerCodeScc', 'agentCodeScc', 'copCodeScc'];
const customsCodeFields: (keyof DeclarationHead)[] = ['tradeCode', 'agentCode'];
const dateFields: (keyof DeclarationHead)[] = ['ieDate', 'dDate', 'despDate', 'cmplDschrgDt'];

const usccReason = {
  length: { zh: '应为 18 位', en: 'must have 18 characters' },
  characters: { zh: '含有不允许的字符（不含 I、O、S、V、Z）', en: 'contains a character that is not allowed (I, O, S, V, Z are not used)' },
  check: { zh: '校验码不正确', en: 'has a wrong check character' },
};

export const usccRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-040',
  severity: 'error',
  titleZh: '统一社会信用代码校验（GB 32100-2015）',
  titleEn: 'Unified social credit code check (GB 32100-2015)',
  *check(doc) {
    for (const field of usccFields) {
      const value = doc.head[field];
      if (!present(value)) continue;
      const problem = usccProblem(value.trim().toUpperCase());
      if (!problem) continue;
      const l = headLabel(field, doc.head.ieFlag);
      yield {
        path: `head.${field}`,
        messageZh: `${l.zh}「${value}」${usccReason[problem].zh}。`,
        messageEn: `${l.en} "${value}" ${usccReason[problem].en}.`,
      };
    }
  },
};

/**
 * A header format check over several fields: each filled field that `valid` rejects gets one
 * finding whose message names the field (direction-aware) and quotes the value.
 */
function formatRule(
  id: string,
  title: { zh: string; en: string },
  fields: readonly (keyof DeclarationHead)[],
  valid: (value: string) => boolean,
  expected: { zh: string; en: string },
): Rule<DeclarationDraft> {
  return {
    id,
    severity: 'error',
    titleZh: title.zh,
    titleEn: title.en,
    *check(doc) {
      for (const field of fields) {
        const value = doc.head[field];
        if (!present(value) || valid(value.trim())) continue;
        const l = headLabel(field, doc.head.ieFlag);
        yield { path: `head.${field}`, messageZh: `${l.zh}「${value}」${expected.zh}。`, messageEn: `${l.en} "${value}" ${expected.en}.` };
      }
    },
  };
}

export const customsCodeRule = formatRule(
  'DEC-H-041',
  { zh: '海关编码为 10 位数字或大写字母', en: 'Customs code: 10 digits or capital letters' },
  customsCodeFields,
  isCustomsCode,
  { zh: '应为 10 位海关编码（数字或大写字母）', en: 'must be a 10-character customs code (digits or capital letters)' },
);

export const billNumberRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-042',
  severity: 'warning',
  titleZh: '提运单号格式',
  titleEn: 'B/L number shape',
  *check(doc) {
    const value = doc.head.billNo;
    if (!present(value)) return;
    const problem = billNumberProblem(value);
    if (problem === 'shape') {
      yield {
        path: 'head.billNo',
        messageZh: `提运单号「${value}」格式不像提单号（4–32 位字母、数字或“-”，至少含一位数字）。`,
        messageEn: `B/L No. "${value}" does not look like a bill number (4–32 letters, digits or "-", with at least one digit).`,
      };
    } else if (problem === 'awb-check') {
      yield {
        path: 'head.billNo',
        messageZh: `提运单号「${value}」是空运单号格式，但校验位（模 7）不正确。`,
        messageEn: `B/L No. "${value}" is an air waybill whose check digit (mod 7) is wrong.`,
      };
    }
  },
};

export const dateRule = formatRule(
  'DEC-H-043',
  { zh: '日期格式 yyyyMMdd', en: 'Dates as yyyyMMdd' },
  dateFields,
  isCompactDate,
  { zh: '应为有效日期，格式 yyyyMMdd（如 20261126）', en: 'must be a real date written yyyyMMdd (e.g. 20261126)' },
);

function* weightHits(doc: DeclarationDraft): Generator<RuleHit> {
  for (const field of ['grossWet', 'netWt'] as const) {
    const value = doc.head[field];
    if (!present(value)) continue;
    const l = headLabel(field);
    const d = parseDecimal(value);
    if (!d) {
      yield { path: `head.${field}`, messageZh: `${l.zh}「${value}」不是数字。`, messageEn: `${l.en} "${value}" is not a number.` };
    } else if (d.lte(0)) {
      yield { path: `head.${field}`, messageZh: `${l.zh}必须大于 0（不足 1 千克按 1 申报）。`, messageEn: `${l.en} must be above 0 (declare 1 when under 1 kg).` };
    } else if (d.lt(1)) {
      yield { path: `head.${field}`, messageZh: `${l.zh}不足 1 千克时按 1 申报。`, messageEn: `${l.en} under 1 kg is declared as 1.` };
    } else if (scaleOf(value.trim()) > QUANTITY_SCALE) {
      yield { path: `head.${field}`, messageZh: `${l.zh}最多 ${QUANTITY_SCALE} 位小数。`, messageEn: `${l.en} has at most ${QUANTITY_SCALE} decimals.` };
    }
  }
}

export const weightRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-050',
  severity: 'error',
  titleZh: '毛重、净重为正数（不足 1 千克按 1），最多 5 位小数',
  titleEn: 'Gross and net weight positive (1 when under 1 kg), at most 5 decimals',
  check: weightHits,
};

export const netNotAboveGrossRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-051',
  severity: 'error',
  titleZh: '净重不大于毛重',
  titleEn: 'Net weight not above gross weight',
  *check(doc) {
    const gross = parseDecimal(doc.head.grossWet);
    const net = parseDecimal(doc.head.netWt);
    if (gross && net && net.gt(gross)) {
      yield {
        path: 'head.netWt',
        messageZh: `净重 ${doc.head.netWt} 千克大于毛重 ${doc.head.grossWet} 千克。`,
        messageEn: `Net weight ${doc.head.netWt} kg is above gross weight ${doc.head.grossWet} kg.`,
      };
    }
  },
};

export const packagesRule: Rule<DeclarationDraft> = {
  id: 'DEC-H-052',
  severity: 'error',
  titleZh: '件数为不小于 1 的整数（散装为 1）',
  titleEn: 'Packages: a whole number of at least 1 (bulk cargo is 1)',
  *check(doc) {
    const value = doc.head.packNo;
    if (!present(value)) return;
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
      yield {
        path: 'head.packNo',
        messageZh: `件数「${value}」应为不小于 1 的整数（散装货物填 1）。`,
        messageEn: `Packages "${value}" must be a whole number of at least 1 (1 for bulk cargo).`,
      };
    }
  },
};
