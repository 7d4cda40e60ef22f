import { AppError } from '../ipc/errors';
import { chinaPeriodMs } from './china-time';
import type { DashboardQuery } from './schema';

export interface QueryPeriods {
  period: { startMs: number; endMs: number };
  baseline: { startMs: number; endMs: number } | null;
}

const periodNames = { from: { zh: '统计期', en: 'period' }, 'baseline.from': { zh: '基准期', en: 'baseline period' } };

function backwards(field: keyof typeof periodNames, from: string, to: string): AppError {
  const name = periodNames[field];
  return new AppError({
    code: 'INVALID_INPUT',
    field,
    messageZh: `${name.zh}的起始日期 ${from} 晚于结束日期 ${to}（${field}）。`,
    messageEn: `The ${name.en} starts on ${from}, after its end date ${to} (${field}).`,
  });
}

/** The query's periods in epoch ms (China time); a period that ends before it starts is refused, naming its field. */
export function queryPeriods(query: Pick<DashboardQuery, 'from' | 'to' | 'baseline'>): QueryPeriods {
  // ISO dates compare correctly as strings.
  if (query.from > query.to) throw backwards('from', query.from, query.to);
  if (query.baseline && query.baseline.from > query.baseline.to) throw backwards('baseline.from', query.baseline.from, query.baseline.to);
  return {
    period: chinaPeriodMs(query.from, query.to),
    baseline: query.baseline ? chinaPeriodMs(query.baseline.from, query.baseline.to) : null,
  };
}
