// The dashboard as plain tables in the chosen language: the one source the CSV and XLSX writers
// share. Cells keep their numbers (the XLSX needs real numbers); each column says what kind of
// figure it holds, and the writer decides how to show it (CSV text, XLSX number format).
import type { Dashboard, IntervalStats } from '../../../shared/metrics/schema';
import type { Label } from '../../../shared/model/field-labels';
import {
  chinaTime,
  dimensionName,
  directionName,
  exportWords as w,
  figureKindName,
  intervalName,
  queryItems,
  say,
  type ExportLanguage,
} from './export-text.node';

/** text; count (integer); hours (2 decimals); share (0..1, shown as a percentage). */
export type CellKind = 'text' | 'count' | 'hours' | 'share';
export type Cell = string | number | null;

export interface ExportColumn {
  header: string;
  kind: CellKind;
}

export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: Cell[][];
}

/** One item of the query block (period, filters, baseline, headline counts). */
export interface QueryRow {
  label: string;
  value: Cell;
  kind: CellKind;
}

export interface ExportTables {
  queryTitle: string;
  query: QueryRow[];
  intervals: ExportTable;
  breakdown: ExportTable;
  monthly: ExportTable;
  distribution: ExportTable;
  releaseCurve: ExportTable;
  reference: ExportTable;
}

type ColumnSpec = readonly [Label, CellKind];

function columns(language: ExportLanguage, specs: readonly ColumnSpec[]): ExportColumn[] {
  return specs.map(([label, kind]) => ({ header: say(label, language), kind }));
}

/** The statistic columns of one interval, in the order every table shows them. */
const statSpecs: readonly ColumnSpec[] = [
  [w.count, 'count'],
  [w.incomplete, 'count'],
  [w.mean, 'hours'],
  [w.median, 'hours'],
  [w.p90, 'hours'],
  [w.min, 'hours'],
  [w.max, 'hours'],
  [w.within24, 'share'],
  [w.within48, 'share'],
  [w.within72, 'share'],
];

function statCells(s: IntervalStats): Cell[] {
  return [s.count, s.incomplete, s.meanH, s.medianH, s.p90H, s.minH, s.maxH, s.within24, s.within48, s.within72];
}

function queryRows(dashboard: Dashboard, language: ExportLanguage): QueryRow[] {
  const rows: QueryRow[] = queryItems(dashboard, language).map((item) => ({ label: item.label, value: item.value, kind: 'text' }));
  const baseline = dashboard.baseline;
  const figures: [Label, number | null, CellKind][] = [
    [w.baselineMean, baseline?.overallMeanH ?? null, 'hours'],
    [w.goal, baseline?.goalH ?? null, 'hours'],
    [w.declarations, dashboard.declarations, 'count'],
    [w.waiting, dashboard.waiting, 'count'],
    [w.inspected, dashboard.inspected, 'count'],
  ];
  for (const [label, value, kind] of figures) rows.push({ label: say(label, language), value, kind });
  rows.push({ label: say(w.generatedAt, language), value: chinaTime(dashboard.generatedAt), kind: 'text' });
  return rows;
}

export function buildExportTables(dashboard: Dashboard, language: ExportLanguage): ExportTables {
  const name = (interval: IntervalStats['interval']) => intervalName(interval, language);
  return {
    queryTitle: say(w.query, language),
    query: queryRows(dashboard, language),
    intervals: {
      title: say(w.intervalsTable, language),
      columns: columns(language, [[w.interval, 'text'], ...statSpecs]),
      rows: dashboard.intervals.map((s) => [name(s.interval), ...statCells(s)]),
    },
    breakdown: {
      title: `${say(w.breakdownTable, language)}${language === 'en' ? ': ' : '：'}${dimensionName(dashboard.breakdown.dimension, language)}`,
      columns: columns(language, [[w.key, 'text'], [w.name, 'text'], [w.declarations, 'count'], [w.interval, 'text'], ...statSpecs]),
      rows: dashboard.breakdown.rows.flatMap((row) =>
        row.intervals.map((s) => [row.key, language === 'en' ? row.labelEn : row.labelZh, row.declarations, name(s.interval), ...statCells(s)]),
      ),
    },
    monthly: {
      title: say(w.monthlyTable, language),
      columns: columns(language, [
        [w.month, 'text'],
        [w.declarations, 'count'],
        ...statSpecs,
        [w.declaredReleased, 'hours'],
        [w.goal, 'hours'],
        [w.gapToGoal, 'hours'],
      ]),
      rows: dashboard.monthly.map((m) => [m.month, m.declarations, ...statCells(m.overall), m.declaredReleasedMeanH, m.goalH, m.gapToGoalH]),
    },
    distribution: {
      title: say(w.distributionTable, language),
      columns: columns(language, [
        [w.interval, 'text'],
        [w.fromH, 'hours'],
        [w.toH, 'hours'],
        [w.declarations, 'count'],
      ]),
      rows: dashboard.distribution.flatMap((d) => d.bins.map((bin) => [name(d.interval), bin.fromH, bin.toH, bin.count])),
    },
    releaseCurve: {
      title: say(w.releaseCurveTable, language),
      columns: columns(language, [
        [w.hour, 'count'],
        [w.releasedShare, 'share'],
      ]),
      rows: dashboard.releaseCurve.map((p) => [p.hour, p.share]),
    },
    reference: {
      title: say(w.referenceTable, language),
      columns: columns(language, [
        [w.period, 'text'],
        [w.direction, 'text'],
        [w.figure, 'hours'],
        [w.kind, 'text'],
        [w.source, 'text'],
        [w.verified, 'text'],
      ]),
      rows: dashboard.national.map((f) => [
        f.period,
        directionName(f.direction, language),
        f.hours,
        figureKindName(f.kind, language),
        f.source,
        say(f.verified ? w.yes : w.no, language),
      ]),
    },
  };
}
