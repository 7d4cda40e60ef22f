import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import { noCodeNames } from '../../shared/metrics/breakdown-labels';
import { chainColumnsOf } from '../../shared/metrics/chain-columns';
import { computeDashboard } from '../../shared/metrics/dashboard';
import { histogramOf } from '../../shared/metrics/histogram';
import { percentileInc } from '../../shared/metrics/interval-stats';
import { nationalFigures } from '../../shared/metrics/national-figures';
import { releaseCurveOf } from '../../shared/metrics/release-curve';
import { DashboardQuery, DashboardSchema, type ChainRow, type Dashboard, type DashboardQueryInput, type IntervalStats, type TrsInterval } from '../../shared/metrics/schema';

const HOUR = 3_600_000;
/** 10 Nov 2026 00:00 China time. */
const T0 = Date.parse('2026-11-10T00:00:00+08:00');
const at = (hours: number | null) => (hours === null ? null : T0 + hours * HOUR);

/** A chain with step times in hours after T0 (null = not happened); the anchor follows the schema's rule. */
function chain(id: string, h: { arrival?: number | null; declared?: number | null; accepted?: number | null; released?: number | null; gateOut?: number | null }, extra: Partial<ChainRow> = {}): ChainRow {
  const arrivalMs = at(h.arrival ?? null);
  const declaredMs = at(h.declared ?? null);
  return {
    documentId: id,
    direction: 'I',
    customsDistrict: '2248',
    port: '2248',
    tradeMode: '0110',
    transportMode: '2',
    consigneeCode: '3122240002',
    consigneeTier: null,
    inspected: false,
    anchorMs: declaredMs ?? arrivalMs,
    arrivalMs,
    declaredMs,
    acceptedMs: at(h.accepted ?? null),
    releasedMs: at(h.released ?? null),
    gateOutMs: at(h.gateOut ?? null),
    ...extra,
  };
}

function dashboard(rows: ChainRow[], input: Partial<DashboardQueryInput> = {}, baselineRows?: ChainRow[]): Dashboard {
  const query = DashboardQuery.parse({ from: '2026-11-01', to: '2026-11-30', ...input });
  const result = computeDashboard({
    query,
    chains: chainColumnsOf(rows, query),
    baselineChains: baselineRows ? chainColumnsOf(baselineRows, query) : null,
    names: noCodeNames,
    now: new Date('2026-11-26T12:00:00Z'),
  });
  return DashboardSchema.parse(result);
}

const statsOf = (d: { intervals: IntervalStats[] }, interval: TrsInterval): IntervalStats => {
  const found = d.intervals.find((s) => s.interval === interval);
  if (!found) throw new Error(`no ${interval}`);
  return found;
};

/**
 * Five import chains, hand-computed below:
 * c1 a 0, d 2, acc 3, rel 10, out 20        c2 declared 5 h BEFORE arrival, inspected
 * c3 released exactly 24 h after arrival    c4 still waiting for release
 * c5 arrival never recorded
 */
const five = [
  chain('c1', { arrival: 0, declared: 2, accepted: 3, released: 10, gateOut: 20 }),
  chain('c2', { arrival: 0, declared: -5, accepted: -4, released: 6, gateOut: 30 }, { inspected: true }),
  chain('c3', { arrival: 0, declared: 1, accepted: 2, released: 24 }),
  chain('c4', { arrival: 0, declared: 10, accepted: 12 }),
  chain('c5', { declared: 0, accepted: 1, released: 50, gateOut: 60 }),
];

describe('interval statistics on hand-computed chains', () => {
  const d = dashboard(five);

  it('counts declarations, waiting (not released) and inspected', () => {
    expect(d.declarations).toBe(5);
    expect(d.waiting).toBe(1);
    expect(d.inspected).toBe(1);
  });

  it('arrival -> release: odd count, incomplete chains counted, 24 h exactly is within 24 h', () => {
    const s = statsOf(d, 'arrival-released'); // 6, 10, 24
    expect(s).toMatchObject({ count: 3, incomplete: 2, medianH: 10, minH: 6, maxH: 24, within24: 1, within48: 1, within72: 1 });
    expect(s.meanH).toBeCloseTo(40 / 3, 12);
    expect(s.p90H).toBeCloseTo(10 + 0.8 * 14, 12); // rank 0.9 x 2 = 1.8
  });

  it('arrival -> declaration keeps the negative interval (declared before arrival); even count median', () => {
    const s = statsOf(d, 'arrival-declared'); // -5, 1, 2, 10
    expect(s).toMatchObject({ count: 4, incomplete: 1, meanH: 2, medianH: 1.5, minH: -5, maxH: 10, within24: 1 });
    expect(s.p90H).toBeCloseTo(2 + 0.7 * 8, 12); // rank 2.7
  });

  it('declaration -> acceptance with ties', () => {
    const s = statsOf(d, 'declared-accepted'); // 1, 1, 1, 1, 2
    expect(s).toMatchObject({ count: 5, incomplete: 0, medianH: 1, minH: 1, maxH: 2 });
    expect(s.meanH).toBeCloseTo(1.2, 12);
    expect(s.p90H).toBeCloseTo(1.6, 12); // rank 3.6 between 1 and 2
  });

  it('acceptance -> release: the within-24/48/72 shares', () => {
    const s = statsOf(d, 'accepted-released'); // 7, 10, 22, 49
    expect(s).toMatchObject({ count: 4, incomplete: 1, meanH: 22, medianH: 16, within24: 0.75, within48: 0.75, within72: 1 });
    expect(s.p90H).toBeCloseTo(22 + 0.7 * 27, 12);
  });

  it('release -> gate-out', () => {
    const s = statsOf(d, 'released-gate-out'); // 10, 10, 24
    expect(s).toMatchObject({ count: 3, incomplete: 2, medianH: 10, minH: 10, maxH: 24 });
    expect(s.meanH).toBeCloseTo(44 / 3, 12);
  });

  it('a single chain: every statistic is its value', () => {
    const s = statsOf(dashboard([chain('one', { arrival: 0, declared: 1, accepted: 2, released: 30.5 })]), 'arrival-released');
    expect(s).toMatchObject({ count: 1, incomplete: 0, meanH: 30.5, medianH: 30.5, p90H: 30.5, minH: 30.5, maxH: 30.5, within24: 0, within48: 1 });
  });

  it('no chain: counts are zero and every figure is null', () => {
    const empty = dashboard([]);
    expect(empty.declarations).toBe(0);
    expect(statsOf(empty, 'arrival-released')).toMatchObject({ count: 0, incomplete: 0, meanH: null, medianH: null, p90H: null, within24: null });
    expect(empty.releaseCurve).toEqual([]);
    expect(empty.distribution.every((x) => x.bins.length === 0)).toBe(true);
  });

  it('one millisecond over 24 h is not within 24 h', () => {
    const rows = [chain('a', { arrival: 0, released: 24 }), chain('b', { arrival: 0, released: 24 + 1 / HOUR })];
    expect(statsOf(dashboard(rows), 'arrival-released')).toMatchObject({ within24: 0.5, within48: 1 });
  });
});

describe('percentiles as Excel PERCENTILE.INC', () => {
  it('interpolates between closest ranks', () => {
    const v = Float64Array.from([15, 20, 35, 40, 50]);
    // Excel: PERCENTILE.INC({15,20,35,40,50}, 0.4) = 29, 0.9 = 46, 0.5 = 35
    expect(percentileInc(v, 0.4)).toBeCloseTo(29, 12);
    expect(percentileInc(v, 0.9)).toBeCloseTo(46, 12);
    expect(percentileInc(v, 0.5)).toBe(35);
    expect(percentileInc(v, 1)).toBe(50);
    expect(percentileInc(v, 0)).toBe(15);
    expect(percentileInc(new Float64Array(0), 0.5)).toBeNull();
    expect(percentileInc(Float64Array.from([50, 15, 40, 20, 35]), 0.9)).toBeCloseTo(46, 12); // any order
  });

  it('selection gives what sorting gives, with ties, negatives and any order (seeded random sets)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const sortedPercentile = (xs: number[], p: number) => {
      const s = [...xs].sort((a, b) => a - b);
      const rank = p * (s.length - 1);
      const lo = Math.floor(rank);
      return (s[lo] as number) + (rank - lo) * ((s[Math.min(lo + 1, s.length - 1)] as number) - (s[lo] as number));
    };
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * 60);
      const xs = Array.from({ length: n }, () => Math.round((random() - 0.2) * 40) / 4); // many ties
      for (const p of [0, 0.1, 0.5, 0.9, 1]) expect(percentileInc(Float64Array.from(xs), p)).toBeCloseTo(sortedPercentile(xs, p), 12);
    }
  });
});

describe('release curve and histograms', () => {
  it('the curve runs hour by hour from floor(min) to the hour all are released', () => {
    const curve = releaseCurveOf(Float64Array.from([6, 10, 24]));
    expect(curve.map((p) => p.hour)).toEqual(Array.from({ length: 19 }, (_, i) => 6 + i));
    expect(curve.find((p) => p.hour === 9)?.share).toBeCloseTo(1 / 3, 12);
    expect(curve.find((p) => p.hour === 10)?.share).toBeCloseTo(2 / 3, 12);
    expect(curve.find((p) => p.hour === 23)?.share).toBeCloseTo(2 / 3, 12);
    expect(curve.at(-1)).toEqual({ hour: 24, share: 1 });
  });

  it('the curve starts below zero for a release before arrival and stops at 240 h', () => {
    const curve = releaseCurveOf(Float64Array.from([-2.5, 1, 500]));
    expect(curve[0]).toEqual({ hour: -3, share: 0 });
    expect(curve.find((p) => p.hour === -2)?.share).toBeCloseTo(1 / 3, 12);
    expect(curve.at(-1)?.hour).toBe(240);
    expect(curve.at(-1)?.share).toBeCloseTo(2 / 3, 12);
  });

  it('a release a year before arrival (a mistyped date) does not stretch the curve past -240 h', () => {
    const curve = releaseCurveOf(Float64Array.from([-8760, 5]));
    expect(curve[0]).toEqual({ hour: -240, share: 0.5 });
    expect(curve.at(-1)).toEqual({ hour: 5, share: 1 });
    expect(curve).toHaveLength(246);
  });

  it('bins are equal and nice, at most 24, and every value lands in one', () => {
    const bins = histogramOf(Float64Array.from([-5, 1, 2, 10]));
    expect(bins).toHaveLength(16); // 1 h bins from -5 to 10 inclusive
    expect(bins[0]).toEqual({ fromH: -5, toH: -4, count: 1 });
    expect(bins.at(-1)).toEqual({ fromH: 10, toH: 11, count: 1 });
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(4);

    const wide = histogramOf(Float64Array.from([0, 3, 47.9, 100]));
    expect(wide.map((b) => b.toH - b.fromH).every((w) => w === 6)).toBe(true); // 100 h in 17 bins of 6 h
    expect(wide).toHaveLength(17);
    expect(wide.map((b) => b.count).filter(Boolean)).toEqual([2, 1, 1]);

    const year = histogramOf(Float64Array.from([0, 9000]));
    expect(year.length).toBeLessThanOrEqual(24);
    expect(year.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it('the dashboard draws the curve from arrival -> release', () => {
    const d = dashboard(five);
    expect(d.releaseCurve[0]).toEqual({ hour: 6, share: 1 / 3 });
    expect(d.distribution.map((x) => x.interval)).toEqual(['arrival-declared', 'declared-accepted', 'accepted-released', 'released-gate-out', 'arrival-released']);
  });
});

describe('periods, months and the baseline in China time', () => {
  const anchored = (id: string, iso: string, releasedAfterH = 10): ChainRow => {
    const ms = Date.parse(iso);
    return { ...chain(id, {}), anchorMs: ms, arrivalMs: ms, declaredMs: ms, releasedMs: ms + releasedAfterH * HOUR };
  };

  it('the period runs from 00:00 on the first day to 24:00 on the last, China time', () => {
    const rows = [
      anchored('before', '2026-10-31T15:59:59.999Z'), // 31 Oct 23:59:59.999 in Shanghai
      anchored('first', '2026-10-31T16:00:00.000Z'), // 1 Nov 00:00
      anchored('last', '2026-11-30T15:59:59.999Z'), // 30 Nov 23:59:59.999
      anchored('after', '2026-11-30T16:00:00.000Z'), // 1 Dec 00:00
    ];
    expect(dashboard(rows).declarations).toBe(2);
  });

  it('months are China months, every month of the period is a point, empty ones with nulls', () => {
    const rows = [anchored('oct', '2026-10-15T00:00:00Z', 20), anchored('nov-in-shanghai', '2026-10-31T16:30:00Z', 30), anchored('nov', '2026-11-20T00:00:00Z', 50)];
    const d = dashboard(rows, { from: '2026-09-01', to: '2026-11-30' });
    expect(d.monthly.map((m) => [m.month, m.declarations, m.overall.meanH])).toEqual([
      ['2026-09', 0, null],
      ['2026-10', 1, 20],
      ['2026-11', 2, 40],
    ]);
    expect(d.breakdown.rows.map((r) => [r.key, r.labelZh, r.labelEn, r.declarations])).toEqual([
      ['2026-10', '2026年10月', 'Oct 2026', 1],
      ['2026-11', '2026年11月', 'Nov 2026', 2],
    ]);
  });

  it('declaration -> release mean per month', () => {
    const d = dashboard(five);
    // c1 8, c2 11, c3 23, c5 50; c4 not released
    expect(d.monthly[0]?.declaredReleasedMeanH).toBeCloseTo(92 / 4, 12);
  });

  it('goal = baseline mean x (1 - reduction); gap = month mean - goal', () => {
    const base = [anchored('b1', '2025-11-05T00:00:00Z', 30), anchored('b2', '2025-11-06T00:00:00Z', 60), anchored('b-out', '2025-12-06T00:00:00Z', 600)];
    const third = dashboard(five, { baseline: { from: '2025-11-01', to: '2025-11-30' } }, base);
    expect(third.baseline).toMatchObject({ from: '2025-11-01', to: '2025-11-30', declarations: 2, overallMeanH: 45 });
    expect(third.baseline?.goalH).toBeCloseTo(30, 12);
    expect(third.baseline?.reduction).toBeCloseTo(1 / 3, 15);
    expect(third.monthly[0]?.goalH).toBeCloseTo(30, 12);
    expect(third.monthly[0]?.gapToGoalH).toBeCloseTo(40 / 3 - 30, 12);

    const half = dashboard(five, { baseline: { from: '2025-11-01', to: '2025-11-30', reduction: 0.5 } }, base);
    expect(half.baseline?.goalH).toBe(22.5);
    expect(half.monthly[0]?.gapToGoalH).toBeCloseTo(40 / 3 - 22.5, 12);

    const none = dashboard(five);
    expect(none.baseline).toBeNull();
    expect(none.monthly[0]).toMatchObject({ goalH: null, gapToGoalH: null });
  });

  it('a period or baseline that ends before it starts is refused naming the field, in Chinese and English', () => {
    const refusal = (input: Partial<DashboardQueryInput>): AppError => {
      try {
        dashboard(five, input);
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
      throw new Error('accepted');
    };
    const period = refusal({ from: '2026-12-01', to: '2026-11-01' });
    expect(period).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
    expect(period.messageZh).toContain('统计期');
    expect(period.messageEn).toContain('2026-12-01');
    const baseline = refusal({ baseline: { from: '2025-12-01', to: '2025-11-01' } });
    expect(baseline).toMatchObject({ code: 'INVALID_INPUT', field: 'baseline.from' });
    expect(baseline.messageZh).toContain('基准期');
    expect(baseline.messageEn).toContain('baseline');
  });
});

describe('breakdowns and filters', () => {
  const mixed = [
    chain('i1', { arrival: 0, released: 10 }, { inspected: true, consigneeTier: 'advanced-certified' }),
    chain('i2', { arrival: 0, released: 20 }, { consigneeTier: 'regular', consigneeCode: '91310000MA1FLB001X' }),
    chain('e1', { arrival: 0, released: 2 }, { direction: 'E', consigneeTier: null, port: null }),
    chain('e2', { arrival: 0, released: 4 }, { direction: 'E', port: '2225' }),
  ];

  it('direction rows: import first, with their own statistics', () => {
    const rows = dashboard(mixed, { breakdown: 'direction' }).breakdown.rows;
    expect(rows.map((r) => [r.key, r.labelZh, r.labelEn, r.declarations])).toEqual([
      ['I', '进口', 'Import', 2],
      ['E', '出口', 'Export', 2],
    ]);
    expect(rows[1]?.intervals.find((s) => s.interval === 'arrival-released')?.meanH).toBe(3);
  });

  it('tier, inspection and unknown values have their names; unknown last', () => {
    const tiers = dashboard(mixed, { breakdown: 'tier' }).breakdown.rows.map((r) => [r.key, r.labelZh, r.labelEn]);
    expect(tiers).toEqual([
      ['advanced-certified', '高级认证企业', 'Advanced certified (AEO)'],
      ['regular', '常规管理企业', 'Regular'],
      ['', '未知', 'Unknown'],
    ]);
    const inspected = dashboard(mixed, { breakdown: 'inspected' }).breakdown.rows.map((r) => [r.key, r.labelZh, r.declarations]);
    expect(inspected).toEqual([
      ['yes', '查验', 1],
      ['no', '未查验', 3],
    ]);
    const ports = dashboard(mixed, { breakdown: 'port' }).breakdown.rows.map((r) => [r.key, r.declarations]);
    expect(ports).toEqual([
      ['2248', 2],
      ['2225', 1],
      ['', 1],
    ]);
  });

  it('direction and party filters, and national figures of the direction only', () => {
    const exports = dashboard(mixed, { direction: 'E' });
    expect(exports.declarations).toBe(2);
    expect(exports.national.every((f) => f.direction === 'E')).toBe(true);
    expect(exports.query.direction).toBe('E');
    const party = dashboard(mixed, { party: '91310000MA1FLB001X' });
    expect(party.declarations).toBe(1);
    expect(statsOf(party, 'arrival-released').meanH).toBe(20);
  });
});

describe('national reference figures', () => {
  it('carry the note\'s source tags; [G] figures are marked unverified', () => {
    for (const f of nationalFigures) expect(f.verified).toBe(!f.source.startsWith('[G]'));
    const find = (period: string, direction: 'I' | 'E') => nationalFigures.find((f) => f.period === period && f.direction === direction);
    expect(find('2017', 'I')).toMatchObject({ hours: 97, kind: 'baseline', verified: true });
    expect(find('2021', 'I')).toMatchObject({ hours: 48, kind: 'target' });
    expect(find('2021', 'E')).toMatchObject({ hours: 6.15, kind: 'target' });
    expect(find('2019-12', 'I')?.source).toContain('[S7]');
    expect(find('2022', 'E')).toMatchObject({ hours: 1.03, verified: true });
  });
});
