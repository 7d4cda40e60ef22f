import { create } from 'zustand';
import type { BreakdownDimension, DashboardQueryInput } from '../../../../shared/metrics/schema';
import type { Direction } from '../../../../shared/model/declaration';
import { presetPeriod, yearBefore, type PeriodPreset } from './period-presets';

export interface BaselineFilter {
  enabled: boolean;
  from: string;
  to: string;
  /** A fraction (1/3 = a third shorter than the baseline); kept exact until the broker types another. */
  reduction: number;
}

export interface TrackingFilters {
  from: string;
  to: string;
  /** The preset the period came from; null once a date was typed. */
  preset: PeriodPreset | null;
  direction: Direction | null;
  /** A consignee's code (USCC or customs code); '' for all. */
  party: string;
  breakdown: BreakdownDimension;
  baseline: BaselineFilter;
}

interface TrackingFilterStore extends TrackingFilters {
  choosePreset(preset: PeriodPreset): void;
  setPeriod(change: { from?: string; to?: string }): void;
  setDirection(direction: Direction | null): void;
  setParty(party: string): void;
  setBreakdown(breakdown: BreakdownDimension): void;
  setBaseline(change: Partial<BaselineFilter>): void;
}

/** The Shanghai plan's goal: a third shorter than the baseline period. */
export const DEFAULT_REDUCTION = 1 / 3;

function initialFilters(): TrackingFilters {
  const period = presetPeriod('thisMonth');
  return {
    ...period,
    preset: 'thisMonth',
    direction: null,
    party: '',
    breakdown: 'port',
    baseline: { enabled: false, ...yearBefore(period), reduction: DEFAULT_REDUCTION },
  };
}

/** A new period; until the broker turns the baseline on, it follows as the same dates a year earlier. */
function withPeriod(s: TrackingFilters, period: Pick<TrackingFilters, 'from' | 'to' | 'preset'>): Partial<TrackingFilters> {
  if (s.baseline.enabled || !period.from || !period.to) return period;
  return { ...period, baseline: { ...s.baseline, ...yearBefore(period) } };
}

/** The dashboard's filters outlive the area: opening a declaration from a list and coming back keeps them. */
export const useTrackingFilters = create<TrackingFilterStore>((set) => ({
  ...initialFilters(),
  choosePreset: (preset) => set((s) => withPeriod(s, { ...presetPeriod(preset), preset })),
  setPeriod: (change) => set((s) => withPeriod(s, { from: change.from ?? s.from, to: change.to ?? s.to, preset: null })),
  setDirection: (direction) => set({ direction }),
  setParty: (party) => set({ party }),
  setBreakdown: (breakdown) => set({ breakdown }),
  setBaseline: (change) => set((s) => ({ baseline: { ...s.baseline, ...change } })),
}));

/** The contract's query for these filters; an unfinished period or baseline is left out rather than sent half-typed. */
export function dashboardQuery(filters: TrackingFilters): DashboardQueryInput {
  const { from, to, direction, party, breakdown, baseline } = filters;
  const query: DashboardQueryInput = { from, to, breakdown };
  if (direction) query.direction = direction;
  const code = party.trim();
  if (code) query.party = code;
  if (baseline.enabled && baseline.from && baseline.to) {
    query.baseline = { from: baseline.from, to: baseline.to, reduction: baseline.reduction };
  }
  return query;
}
