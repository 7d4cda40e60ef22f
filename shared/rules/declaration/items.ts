import type { DeclarationDraft, DeclarationItem } from '../../model/declaration';
import { DeclarationItemSchema } from '../../model/declaration';
import { itemLabels } from '../../model/field-labels';
import { parseDecimal, scaleOf, PRICE_SCALE, QUANTITY_SCALE, TOTAL_SCALE } from '../../model/decimal';
import { gbkLength } from '../identifiers';
import { ruleParameters } from '../parameters';
import { present, type Rule, type RuleHit } from '../engine';

const label = (field: keyof DeclarationItem) => itemLabels[field] ?? { zh: String(field), en: String(field) };
const at = (index: number, field: keyof DeclarationItem) => `items.${index}.${field}`;

function hit(index: number, field: keyof DeclarationItem, zh: string, en: string): RuleHit {
  const l = label(field);
  return { path: at(index, field), messageZh: `第 ${index + 1} 项${l.zh}${zh}`, messageEn: `Item ${index + 1}: ${l.en} ${en}` };
}

export const itemCountRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-003',
  severity: 'error',
  unconfirmed: true,
  titleZh: `至少 1 项、最多 ${ruleParameters.maxItems.value} 项商品（上限未经官方确认）`,
  titleEn: `At least 1 and at most ${ruleParameters.maxItems.value} items (the limit is not officially confirmed)`,
  *check(doc, ctx) {
    const count = doc.items?.length ?? 0;
    const max = ruleParameters.maxItems.value;
    if (count > max) {
      yield {
        path: 'items',
        messageZh: `共有 ${count} 项商品，超过 ${max} 项，请拆分为多份报关单（上限未经官方确认）。`,
        messageEn: `${count} items exceed ${max}; split into several declarations (the limit is not officially confirmed).`,
      };
    }
    if (count === 0 && ctx.phase === 'declare') {
      yield { path: 'items', messageZh: '申报至少需要 1 项商品。', messageEn: 'A declaration needs at least one item.' };
    }
  },
};

export const itemNumberingRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-001',
  severity: 'error',
  titleZh: '项号从 1 起连续',
  titleEn: 'Item numbers run 1, 2, 3 … without gaps',
  *check(doc) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      if (item.gNo !== index + 1) {
        yield hit(index, 'gNo', `为 ${item.gNo}，应为 ${index + 1}（项号须连续）。`, `is ${item.gNo}; it should be ${index + 1} (numbers must be consecutive).`);
      }
    }
  },
};

const stageRequired: (keyof DeclarationItem)[] = ['codeTs', 'destinationCountry'];
const declareRequired: (keyof DeclarationItem)[] = [
  'gName',
  'gQty',
  'gUnit',
  'firstQty',
  'firstUnit',
  'declPrice',
  'declTotal',
  'tradeCurr',
  'originCountry',
  'districtCode',
  'dutyMode',
];

export const itemRequiredRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-002',
  severity: 'error',
  titleZh: '表体必填项（商品编号、最终目的国暂存即须填写）',
  titleEn: 'Required item fields (commodity code and final destination even to stage)',
  *check(doc, ctx) {
    const fields = ctx.phase === 'stage' ? stageRequired : [...stageRequired, ...declareRequired];
    for (const [index, item] of (doc.items ?? []).entries()) {
      for (const field of fields) {
        const value = item[field];
        if (typeof value === 'string' && present(value)) continue;
        yield hit(index, field, '必须填写。', 'is required.');
      }
    }
  },
};

export const itemLengthRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-100',
  severity: 'error',
  titleZh: '表体字段长度（中文字符按 2 计）',
  titleEn: 'Item field length (a Chinese character counts 2)',
  *check(doc) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      for (const [field, value] of Object.entries(item) as [keyof DeclarationItem, unknown][]) {
        if (typeof value !== 'string' || field === 'gModel') continue;
        const schema = DeclarationItemSchema.shape[field];
        const inner = 'unwrap' in schema ? schema.unwrap() : schema;
        const max = (inner as { maxLength?: number | null }).maxLength;
        const length = gbkLength(value);
        if (max && length > max) yield hit(index, field, `长度为 ${length}（中文按 2 计），不能超过 ${max}。`, `is ${length} long (Chinese counts 2); the limit is ${max}.`);
      }
    }
  },
};

function* numberHits(index: number, item: DeclarationItem, field: keyof DeclarationItem, scale: number, mustBePositive: boolean): Generator<RuleHit> {
  const raw = item[field];
  if (typeof raw !== 'string' || !present(raw)) return;
  const value = parseDecimal(raw);
  if (!value) {
    yield hit(index, field, `「${raw}」不是数字。`, `"${raw}" is not a number.`);
    return;
  }
  if (mustBePositive && value.lte(0)) yield hit(index, field, '必须大于 0。', 'must be above 0.');
  if (scaleOf(raw.trim()) > scale) yield hit(index, field, `最多 ${scale} 位小数。`, `has at most ${scale} decimals.`);
}

export const itemNumbersRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-020',
  severity: 'error',
  titleZh: '数量大于 0 且最多 5 位小数；单价最多 4 位、总价最多 2 位小数',
  titleEn: 'Quantities above 0 with at most 5 decimals; unit price 4, total 2 decimals',
  *check(doc) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      yield* numberHits(index, item, 'gQty', QUANTITY_SCALE, true);
      yield* numberHits(index, item, 'firstQty', QUANTITY_SCALE, true);
      yield* numberHits(index, item, 'secondQty', QUANTITY_SCALE, true);
      yield* numberHits(index, item, 'declPrice', PRICE_SCALE, true);
      yield* numberHits(index, item, 'declTotal', TOTAL_SCALE, true);
    }
  },
};

export const itemTotalRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-021',
  severity: 'error',
  unconfirmed: true,
  titleZh: `总价 = 单价 × 成交数量（允许差 ${ruleParameters.totalTolerance.value} 个货币单位，容差未经官方确认）`,
  titleEn: `Total = unit price × quantity (within ${ruleParameters.totalTolerance.value} currency unit; the tolerance is not officially confirmed)`,
  *check(doc) {
    const tolerance = parseDecimal(ruleParameters.totalTolerance.value);
    for (const [index, item] of (doc.items ?? []).entries()) {
      const [price, qty, total] = [parseDecimal(item.declPrice), parseDecimal(item.gQty), parseDecimal(item.declTotal)];
      if (!price || !qty || !total || !tolerance) continue;
      const expected = price.times(qty);
      if (expected.minus(total).abs().gt(tolerance)) {
        yield hit(
          index,
          'declTotal',
          `${item.declTotal} 与 单价 ${item.declPrice} × 数量 ${item.gQty} = ${expected.toFixed(2)} 不符。`,
          `${item.declTotal} differs from unit price ${item.declPrice} × quantity ${item.gQty} = ${expected.toFixed(2)}.`,
        );
      }
    }
  },
};

export const sameUnitRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-022',
  severity: 'warning',
  unconfirmed: true,
  titleZh: '成交单位与法定单位相同时数量应一致（规则未经官方确认）',
  titleEn: 'Same declared and legal unit: same quantity (rule not officially confirmed)',
  *check(doc) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      if (!item.gUnit || item.gUnit !== item.firstUnit) continue;
      const [g, f] = [parseDecimal(item.gQty), parseDecimal(item.firstQty)];
      if (g && f && !g.eq(f)) {
        yield hit(index, 'firstQty', `${item.firstQty} 与成交数量 ${item.gQty} 不同，但两者单位相同。`, `${item.firstQty} differs from the quantity ${item.gQty} although the units are the same.`);
      }
    }
  },
};
