import type { DeclarationDraft } from '../../shared/model/declaration';
import { TrackingEventKind } from '../../shared/model/tracking';
import type { HostProcess } from './host-fixture';
import { seedDeclaration } from './outbox-helpers';
import { hostCall } from './packing-helpers';

/** "2026-10-03 14:00" China time as an ISO instant with its offset, as a broker reads a receipt. */
export function chinaTime(wallClock: string): string {
  return `${wallClock.replace(' ', 'T')}:00+08:00`;
}

export interface SeedEvent {
  kind: TrackingEventKind;
  /** China wall-clock time, "2026-10-03 14:00". */
  at: string;
  containerNo?: string;
}

/** Events written one a line, "gate-out 2026-10-04 20:00 CSQU3054383": kind, China time, container if any. */
export function seedEvents(...lines: string[]): SeedEvent[] {
  return lines.map((line) => {
    const [kind, date, time, containerNo] = line.split(' ');
    return { kind: TrackingEventKind.parse(kind), at: `${date} ${time}`, ...(containerNo ? { containerNo } : {}) };
  });
}

/** A declaration (told apart by its bill of lading) and its events, entered through the host as a person would by hand. */
export async function seedTracked(host: HostProcess, billNo: string, events: SeedEvent[], change?: (d: DeclarationDraft) => DeclarationDraft): Promise<string> {
  const id = await seedDeclaration(host, billNo, change);
  for (const e of events) {
    await hostCall(host, 'tracking.addEvent', { documentId: id, kind: e.kind, at: chinaTime(e.at), ...(e.containerNo ? { containerNo: e.containerNo } : {}) });
  }
  return id;
}

// ── The test's own statistics, computed from the seeded events, not from the app ──

const ms = (wallClock: string) => Date.parse(chinaTime(wallClock));

/** A chain by the TRS rules: earliest arrival / declared / accepted / released; the latest gate-out. */
export function chainOf(events: SeedEvent[]) {
  const times = (kind: TrackingEventKind) => events.filter((e) => e.kind === kind).map((e) => ms(e.at));
  const first = (kind: TrackingEventKind) => (times(kind).length ? Math.min(...times(kind)) : null);
  const gateOuts = times('gate-out');
  return {
    arrival: first('vessel-arrival'),
    declared: first('declared'),
    accepted: first('accepted'),
    released: first('released'),
    gateOut: gateOuts.length ? Math.max(...gateOuts) : null,
  };
}
export type Chain = ReturnType<typeof chainOf>;

export const intervalEnds = {
  'arrival-declared': ['arrival', 'declared'],
  'declared-accepted': ['declared', 'accepted'],
  'accepted-released': ['accepted', 'released'],
  'released-gate-out': ['released', 'gateOut'],
  'arrival-released': ['arrival', 'released'],
} as const satisfies Record<string, readonly [keyof Chain, keyof Chain]>;
export type Interval = keyof typeof intervalEnds;

/** The interval's hours in each chain that has both ends. */
export function intervalHours(chains: Chain[], interval: Interval): number[] {
  const [start, end] = intervalEnds[interval];
  return chains.flatMap((c) => {
    const a = c[start];
    const b = c[end];
    return a !== null && b !== null ? [(b - a) / 3_600_000] : [];
  });
}

export function meanOf(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Linear interpolation between closest ranks (Excel PERCENTILE.INC). */
function percentile(sorted: number[], p: number): number {
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (rank - low);
}

export type Stat = 'count' | 'incomplete' | 'meanH' | 'medianH' | 'p90H' | 'maxH' | 'within24' | 'within48' | 'within72';

/** The TRS table's cells for one interval, written as the dashboard must write them. */
export function expectedCells(chains: Chain[], interval: Interval): Record<Stat, string> {
  const sorted = intervalHours(chains, interval).sort((x, y) => x - y);
  const h = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  const share = (limit: number) => (sorted.length ? `${((sorted.filter((v) => v <= limit).length / sorted.length) * 100).toFixed(1)}%` : '—');
  const n = sorted.length;
  return {
    count: String(n),
    incomplete: String(chains.length - n),
    meanH: h(n ? meanOf(sorted) : null),
    medianH: h(n ? percentile(sorted, 0.5) : null),
    p90H: h(n ? percentile(sorted, 0.9) : null),
    maxH: h(n ? (sorted[n - 1] ?? null) : null),
    within24: share(24),
    within48: share(48),
    within72: share(72),
  };
}
