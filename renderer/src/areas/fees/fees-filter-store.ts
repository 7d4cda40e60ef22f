import { create } from 'zustand';
import type { FeeAuditQuery, FeePeriod } from '../../../../shared/fees/schema';
import { presetPeriod } from '../tracking/period-presets';

export const feeTabs = ['audit', 'invoices', 'lists'] as const;
export type FeeTab = (typeof feeTabs)[number];

/** 上月 first: a trader audits last month's invoices once the month is closed. */
export const feePresets = ['lastMonth', 'thisMonth'] as const;
export type FeePreset = (typeof feePresets)[number];

interface FeeFilters {
  tab: FeeTab;
  from: string;
  to: string;
  /** The preset the period came from; null once a month or a date was chosen. */
  preset: FeePreset | null;
  /** A charging party's key (shared/fees/match.ts partyKey); '' for all. */
  partyKey: string;
  /** The invoice whose findings are shown alone; null for all. */
  invoiceId: string | null;
}

interface FeeFilterStore extends FeeFilters {
  setTab(tab: FeeTab): void;
  choosePreset(preset: FeePreset): void;
  /** A whole month, yyyy-MM. */
  chooseMonth(month: string): void;
  setPeriod(change: { from?: string; to?: string }): void;
  setParty(partyKey: string): void;
  pickInvoice(invoiceId: string | null): void;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** The month the period covers exactly (yyyy-MM), or '' when it is not one whole month. */
export function wholeMonth(from: string, to: string): string {
  const month = from.slice(0, 7);
  return from.endsWith('-01') && to === `${month}-${String(lastDay(month)).padStart(2, '0')}` ? month : '';
}

/** The filters outlive the area, so opening a declaration and coming back keeps the period. */
export const useFeeFilters = create<FeeFilterStore>((set) => ({
  tab: 'audit',
  ...presetPeriod('lastMonth'),
  preset: 'lastMonth',
  partyKey: '',
  invoiceId: null,
  setTab: (tab) => set({ tab }),
  choosePreset: (preset) => set({ ...presetPeriod(preset), preset, invoiceId: null }),
  chooseMonth: (month) => {
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    set({ from: `${month}-01`, to: `${month}-${String(lastDay(month)).padStart(2, '0')}`, preset: null, invoiceId: null });
  },
  setPeriod: (change) => set((s) => ({ from: change.from ?? s.from, to: change.to ?? s.to, preset: null, invoiceId: null })),
  setParty: (partyKey) => set({ partyKey, invoiceId: null }),
  pickInvoice: (invoiceId) => set({ invoiceId }),
}));

/** The period as the contract takes it, or null when it ends before it starts. */
export function feePeriod(from: string, to: string): FeePeriod | null {
  if (from && to && from > to) return null;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function auditQuery(from: string, to: string, partyKey: string): FeeAuditQuery | null {
  const period = feePeriod(from, to);
  return period ? { period, ...(partyKey ? { partyKey } : {}) } : null;
}
