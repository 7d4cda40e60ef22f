import type { PackingLine, PackingList } from '../model/packing-list';
import { parseDecimal } from '../model/decimal';
import { lineTotals, packingListTotals } from '../model/packing-totals';
import { containerNumberProblem, isCompactDate } from './identifiers';
import { present, type Rule, type RuleHit } from './engine';

const lineHit = (index: number, field: keyof PackingLine, zh: string, en: string): RuleHit => ({
  path: `lines.${index}.${field}`,
  messageZh: `装箱单第 ${index + 1} 行${zh}`,
  messageEn: `Packing list line ${index + 1}: ${en}`,
});

export const plHeaderRule: Rule<PackingList> = {
  id: 'PL-001',
  severity: 'error',
  titleZh: '装箱单号必填，日期为 yyyyMMdd',
  titleEn: 'Packing list number required; date as yyyyMMdd',
  *check(list, ctx) {
    if (ctx.phase === 'declare' && !present(list.header.plNo)) {
      yield { path: 'header.plNo', messageZh: '请填写装箱单号。', messageEn: 'Enter the packing list number.' };
    }
    const date = list.header.plDate;
    if (present(date) && !isCompactDate(date.trim())) {
      yield { path: 'header.plDate', messageZh: `装箱单日期「${date}」应为 yyyyMMdd。`, messageEn: `Packing list date "${date}" must be yyyyMMdd.` };
    }
  },
};

export const plLinesRule: Rule<PackingList> = {
  id: 'PL-002',
  severity: 'error',
  titleZh: '每行须有品名、箱数（或箱号范围）及每箱数量和重量',
  titleEn: 'Each line needs a description, cartons (or a carton range), and per-carton pieces and weights',
  *check(list, ctx) {
    const lines = list.lines ?? [];
    if (lines.length === 0 && ctx.phase === 'declare') {
      yield { path: 'lines', messageZh: '装箱单至少需要一行。', messageEn: 'A packing list needs at least one line.' };
    }
    for (const [i, line] of lines.entries()) {
      if (!present(line.description)) yield lineHit(i, 'description', '缺少品名。', 'the description is missing.');
      const t = lineTotals(line);
      if (!t.cartons) yield lineHit(i, 'cartons', '缺少箱数或箱号范围。', 'cartons or a carton range is missing.');
      for (const field of ['piecesPerCarton', 'netPerCarton', 'grossPerCarton'] as const) {
        const raw = line[field];
        if (!present(raw)) {
          if (ctx.phase === 'declare') yield lineHit(i, field, `缺少${field === 'piecesPerCarton' ? '每箱件数' : field === 'netPerCarton' ? '每箱净重' : '每箱毛重'}。`, `${field} is missing.`);
          continue;
        }
        const d = parseDecimal(raw);
        if (!d || d.lte(0)) yield lineHit(i, field, `「${raw}」应为大于 0 的数字。`, `"${raw}" must be a number above 0.`);
      }
    }
  },
};

export const plCartonRangeRule: Rule<PackingList> = {
  id: 'PL-003',
  severity: 'error',
  titleZh: '箱号范围与箱数一致，且各行箱号不重叠',
  titleEn: 'Carton ranges agree with carton counts and do not overlap',
  *check(list) {
    const ranges: { from: number; to: number; prefix: string; index: number }[] = [];
    for (const [i, line] of (list.lines ?? []).entries()) {
      const [from, to, cartons] = [parseDecimal(line.cartonFrom), parseDecimal(line.cartonTo), parseDecimal(line.cartons)];
      if (!from || !to) continue;
      if (to.lt(from)) {
        yield lineHit(i, 'cartonTo', `箱号范围 ${line.cartonFrom}–${line.cartonTo} 的终止号小于起始号。`, `carton range ${line.cartonFrom}-${line.cartonTo} ends before it starts.`);
        continue;
      }
      const count = to.minus(from).plus(1);
      if (cartons && !cartons.eq(count)) {
        yield lineHit(i, 'cartons', `箱数 ${line.cartons} 与箱号范围 ${line.cartonFrom}–${line.cartonTo}（${count.toFixed()} 箱）不符。`, `cartons ${line.cartons} disagree with range ${line.cartonFrom}-${line.cartonTo} (${count.toFixed()} cartons).`);
      }
      ranges.push({ from: from.toNumber(), to: to.toNumber(), prefix: line.cartonPrefix ?? '', index: i });
    }
    // Overlaps: sorted by prefix and start, each range only needs the furthest-reaching one before
    // it (n log n; a 10,000-carton list has hundreds of lines).
    ranges.sort((a, b) => (a.prefix === b.prefix ? a.from - b.from || a.index - b.index : a.prefix < b.prefix ? -1 : 1));
    const overlapping: { index: number; other: number }[] = [];
    let reach: (typeof ranges)[number] | null = null;
    for (const r of ranges) {
      if (reach && reach.prefix === r.prefix && r.from <= reach.to) {
        overlapping.push({ index: Math.max(r.index, reach.index), other: Math.min(r.index, reach.index) });
      }
      if (!reach || reach.prefix !== r.prefix || r.to > reach.to) reach = r;
    }
    overlapping.sort((a, b) => a.index - b.index);
    for (const { index, other } of overlapping) {
      yield lineHit(index, 'cartonFrom', `箱号范围与第 ${other + 1} 行重叠。`, `its carton range overlaps line ${other + 1}.`);
    }
  },
};

export const plWeightsRule: Rule<PackingList> = {
  id: 'PL-004',
  severity: 'error',
  titleZh: '每箱净重不大于每箱毛重',
  titleEn: 'Net weight per carton not above gross weight per carton',
  *check(list) {
    for (const [i, line] of (list.lines ?? []).entries()) {
      const [net, gross] = [parseDecimal(line.netPerCarton), parseDecimal(line.grossPerCarton)];
      if (net && gross && net.gt(gross)) {
        yield lineHit(i, 'netPerCarton', `每箱净重 ${line.netPerCarton} 千克大于每箱毛重 ${line.grossPerCarton} 千克。`, `net ${line.netPerCarton} kg per carton is above gross ${line.grossPerCarton} kg.`);
      }
    }
  },
};

export const plDeclaredTotalsRule: Rule<PackingList> = {
  id: 'PL-005',
  severity: 'error',
  titleZh: '装箱单合计与各行之和一致',
  titleEn: 'Packing list totals equal the sum of its lines',
  *check(list) {
    const declared = list.declaredTotals;
    if (!declared) return;
    const computed = packingListTotals(list);
    const pairs = [
      ['cartons', computed.cartons, '总箱数', 'total cartons', 0],
      ['pieces', computed.pieces, '总件数', 'total pieces', 0],
      ['netKg', computed.netKg, '总净重', 'total net weight', 3],
      ['grossKg', computed.grossKg, '总毛重', 'total gross weight', 3],
      ['cbm', computed.cbm, '总体积', 'total volume', 3],
    ] as const;
    for (const [field, sum, zh, en, places] of pairs) {
      const value = parseDecimal(declared[field]);
      if (!value) continue;
      if (!value.toDecimalPlaces(places).eq(sum.toDecimalPlaces(places))) {
        yield {
          path: `declaredTotals.${field}`,
          messageZh: `${zh} ${declared[field]} 与各行之和 ${sum.toFixed(places)} 不符。`,
          messageEn: `The ${en} ${declared[field]} differs from the sum of the lines, ${sum.toFixed(places)}.`,
        };
      }
    }
  },
};

export const plContainersRule: Rule<PackingList> = {
  id: 'PL-006',
  severity: 'error',
  titleZh: '集装箱号符合 ISO 6346 且有封志号；行内集装箱须在集装箱清单中',
  titleEn: 'Containers follow ISO 6346 and have a seal; containers named on lines are listed',
  *check(list) {
    const listed = new Set<string>();
    for (const [i, c] of (list.containers ?? []).entries()) {
      const id = c.containerId?.trim().toUpperCase();
      if (!id) continue;
      listed.add(id);
      const problem = containerNumberProblem(id);
      if (problem) {
        yield {
          path: `containers.${i}.containerId`,
          messageZh: problem === 'shape' ? `集装箱号「${id}」格式不正确。` : `集装箱号「${id}」校验位不正确。`,
          messageEn: problem === 'shape' ? `Container number "${id}" is malformed.` : `Container number "${id}" has a wrong check digit.`,
        };
      }
      if (!present(c.sealNo)) {
        yield { path: `containers.${i}.sealNo`, severity: 'warning', messageZh: `集装箱「${id}」缺少封志号。`, messageEn: `Container "${id}" has no seal number.` };
      }
    }
    for (const [i, line] of (list.lines ?? []).entries()) {
      const id = line.containerId?.trim().toUpperCase();
      if (id && !listed.has(id)) yield lineHit(i, 'containerId', `的集装箱「${id}」不在集装箱清单中。`, `container "${id}" is not in the container list.`);
    }
  },
};

export const packingListRules: Rule<PackingList>[] = [
  plHeaderRule,
  plLinesRule,
  plCartonRangeRule,
  plWeightsRule,
  plDeclaredTotalsRule,
  plContainersRule,
];
