import type { BreakdownDimension, ChainRow, ChainTime, DashboardQuery } from './schema';

/**
 * Chains as columns: one typed array per step time (epoch ms, NaN when unknown) plus the
 * breakdown key of each chain as an index into `keys`. A year holds ~100,000 chains; typed
 * arrays keep the statistics to a few passes over flat memory instead of an object per row.
 */
export interface ChainColumns {
  readonly length: number;
  readonly anchorMs: Float64Array;
  readonly times: Readonly<Record<ChainTime, Float64Array>>;
  readonly inspected: Uint8Array;
  /** Index into `keys` of each chain's value on the breakdown dimension (unused for 'month'). */
  readonly keyIndex: Int32Array;
  readonly keys: readonly string[];
}

const chainTimes: readonly ChainTime[] = ['arrivalMs', 'declaredMs', 'acceptedMs', 'releasedMs', 'gateOutMs'];

/** Fills ChainColumns one chain at a time (the store streams raw rows into it). */
export class ChainColumnsBuilder {
  private size = 0;
  private anchorMs: Float64Array;
  private times: Record<ChainTime, Float64Array>;
  private inspected: Uint8Array;
  private keyIndex: Int32Array;
  private readonly keys: string[] = [];
  private readonly keyIds = new Map<string, number>();

  constructor(private capacity = 1024) {
    this.anchorMs = new Float64Array(capacity);
    this.times = { arrivalMs: new Float64Array(capacity), declaredMs: new Float64Array(capacity), acceptedMs: new Float64Array(capacity), releasedMs: new Float64Array(capacity), gateOutMs: new Float64Array(capacity) };
    this.inspected = new Uint8Array(capacity);
    this.keyIndex = new Int32Array(capacity);
  }

  /** Times in epoch ms, null when unknown; key null = unknown (''). */
  push(anchorMs: number | null, arrivalMs: number | null, declaredMs: number | null, acceptedMs: number | null, releasedMs: number | null, gateOutMs: number | null, inspected: boolean | number, key: string | null): void {
    if (this.size === this.capacity) this.grow();
    const i = this.size++;
    this.anchorMs[i] = anchorMs ?? NaN;
    this.times.arrivalMs[i] = arrivalMs ?? NaN;
    this.times.declaredMs[i] = declaredMs ?? NaN;
    this.times.acceptedMs[i] = acceptedMs ?? NaN;
    this.times.releasedMs[i] = releasedMs ?? NaN;
    this.times.gateOutMs[i] = gateOutMs ?? NaN;
    this.inspected[i] = inspected ? 1 : 0;
    const k = key ?? '';
    let id = this.keyIds.get(k);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(k);
      this.keyIds.set(k, id);
    }
    this.keyIndex[i] = id;
  }

  build(): ChainColumns {
    const n = this.size;
    const times = Object.fromEntries(chainTimes.map((t) => [t, this.times[t].subarray(0, n)])) as Record<ChainTime, Float64Array>;
    return { length: n, anchorMs: this.anchorMs.subarray(0, n), times, inspected: this.inspected.subarray(0, n), keyIndex: this.keyIndex.subarray(0, n), keys: this.keys };
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <T extends Float64Array | Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.capacity);
      b.set(a);
      return b;
    };
    this.anchorMs = widen(this.anchorMs, (n) => new Float64Array(n));
    for (const t of chainTimes) this.times[t] = widen(this.times[t], (n) => new Float64Array(n));
    this.inspected = widen(this.inspected, (n) => new Uint8Array(n));
    this.keyIndex = widen(this.keyIndex, (n) => new Int32Array(n));
  }
}

/** A chain's value on a dimension ('' when unknown; months are derived from the anchor later). */
export function chainKey(row: ChainRow, dimension: BreakdownDimension): string {
  switch (dimension) {
    case 'direction':
      return row.direction;
    case 'customs-district':
      return row.customsDistrict ?? '';
    case 'port':
      return row.port ?? '';
    case 'trade-mode':
      return row.tradeMode ?? '';
    case 'transport-mode':
      return row.transportMode ?? '';
    case 'tier':
      return row.consigneeTier ?? '';
    case 'inspected':
      return row.inspected ? 'yes' : 'no';
    case 'month':
      return '';
  }
}

/** Columns of the rows that pass the query's direction and party filters (the period is applied by the dashboard). */
export function chainColumnsOf(rows: readonly ChainRow[], query: Pick<DashboardQuery, 'direction' | 'party' | 'breakdown'>): ChainColumns {
  const builder = new ChainColumnsBuilder(Math.max(16, rows.length));
  for (const r of rows) {
    if (query.direction && r.direction !== query.direction) continue;
    if (query.party && r.consigneeCode !== query.party) continue;
    builder.push(r.anchorMs, r.arrivalMs, r.declaredMs, r.acceptedMs, r.releasedMs, r.gateOutMs, r.inspected, chainKey(r, query.breakdown));
  }
  return builder.build();
}
