/**
 * The clearance-time figures computed straight from the gateway's raw feeds, written apart from
 * shared/metrics on purpose: the dashboard is checked against this, so it must not share the code
 * it checks. Receipts are read with regular expressions (not our receipt parser), NOTICE_DATE is
 * China time, milestones are ISO UTC. Chain rules as the product documents them: earliest arrival,
 * declaration (7), acceptance (L), release (P/F/I/X); latest gate-out.
 */
const HOUR = 3_600_000;

interface RawReceipt {
  cursor: string;
  idempotencyKey: string;
  xml: string;
}
interface RawMilestone {
  cursor: string;
  idempotencyKey: string;
  kind: string;
  at: string;
}

export interface TruthChain {
  key: string;
  channels: Set<string>;
  milestones: Set<string>;
  arrival: number | null;
  declared: number | null;
  accepted: number | null;
  released: number | null;
  gateOut: number | null;
}

async function readFeed<T extends { cursor: string }>(url: string, token: string, path: string, field: string): Promise<T[]> {
  const all: T[] = [];
  let after = '0';
  for (;;) {
    const response = await fetch(`${url}${path}?after=${after}&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    const page = (await response.json()) as Record<string, unknown> & { nextCursor: string };
    const items = page[field] as T[];
    if (items.length === 0) return all;
    all.push(...items);
    after = page.nextCursor;
  }
}

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

/**
 * Every submission's chain, from everything the gateway has published so far. Arrival: the
 * vessel's for an import, the goods' arrival in the supervised area (运抵) for an export.
 */
export async function truthChains(url: string, token: string, directionOf: (key: string) => 'I' | 'E' | undefined): Promise<Map<string, TruthChain>> {
  const receipts = await readFeed<RawReceipt>(url, token, '/v1/receipts', 'receipts');
  const milestones = await readFeed<RawMilestone>(url, token, '/v1/milestones', 'milestones');
  const chains = new Map<string, TruthChain>();
  const chain = (key: string) => {
    let found = chains.get(key);
    if (!found) {
      found = { key, channels: new Set(), milestones: new Set(), arrival: null, declared: null, accepted: null, released: null, gateOut: null };
      chains.set(key, found);
    }
    return found;
  };
  const earliest = (a: number | null, b: number) => (a === null || b < a ? b : a);
  for (const receipt of receipts) {
    const channel = tag(receipt.xml, 'CHANNEL');
    const notice = tag(receipt.xml, 'NOTICE_DATE');
    if (!channel || !notice) continue;
    const c = chain(receipt.idempotencyKey);
    c.channels.add(channel);
    const at = Date.parse(`${notice.slice(0, 19)}+08:00`);
    if (channel === '7') c.declared = earliest(c.declared, at);
    if (channel === 'L') c.accepted = earliest(c.accepted, at);
    if (['P', 'F', 'I', 'X'].includes(channel)) c.released = earliest(c.released, at);
  }
  for (const milestone of milestones) {
    const c = chain(milestone.idempotencyKey);
    c.milestones.add(milestone.kind);
    const at = Date.parse(milestone.at);
    const arrivalKind = directionOf(milestone.idempotencyKey) === 'E' ? 'goods-arrival' : 'vessel-arrival';
    if (milestone.kind === arrivalKind) c.arrival = earliest(c.arrival, at);
    if (milestone.kind === 'gate-out') c.gateOut = c.gateOut === null ? at : Math.max(c.gateOut, at);
  }
  return chains;
}

/** Whether the simulator has nothing more to say about a submission (closed, refused, or returned and its vessel discharged). */
export function settled(c: TruthChain, direction: 'I' | 'E'): boolean {
  if (c.channels.has('E')) return true;
  // An export's only logistics event is its goods' arrival; an import's vessel is discharged even when customs returned it.
  const logisticsDone = direction === 'E' ? c.milestones.has('goods-arrival') : c.milestones.has(c.channels.has('Z') ? 'discharge' : 'gate-out');
  return (c.channels.has('R') || c.channels.has('Z')) && logisticsDone;
}

export interface TruthStats {
  count: number;
  incomplete: number;
  meanH: number | null;
  medianH: number | null;
  p90H: number | null;
  maxH: number | null;
  within24: number | null;
  within48: number | null;
  within72: number | null;
}

type End = 'arrival' | 'declared' | 'accepted' | 'released' | 'gateOut';
export const truthIntervals: Record<string, [End, End]> = {
  'arrival-declared': ['arrival', 'declared'],
  'declared-accepted': ['declared', 'accepted'],
  'accepted-released': ['accepted', 'released'],
  'released-gate-out': ['released', 'gateOut'],
  'arrival-released': ['arrival', 'released'],
};

/** Percentile by linear interpolation between closest ranks (Excel PERCENTILE.INC). */
function percentile(sorted: number[], p: number): number {
  const rank = p * (sorted.length - 1);
  const low = sorted[Math.floor(rank)] ?? NaN;
  const high = sorted[Math.ceil(rank)] ?? NaN;
  return low + (high - low) * (rank - Math.floor(rank));
}

export function truthStats(chains: Iterable<TruthChain>, [from, to]: [End, End]): TruthStats {
  const hours: number[] = [];
  let incomplete = 0;
  for (const c of chains) {
    const a = c[from];
    const b = c[to];
    if (a === null || b === null) incomplete++;
    else hours.push((b - a) / HOUR);
  }
  hours.sort((x, y) => x - y);
  const n = hours.length;
  const share = (limit: number) => (n ? hours.filter((h) => h <= limit).length / n : null);
  return {
    count: n,
    incomplete,
    meanH: n ? hours.reduce((s, h) => s + h, 0) / n : null,
    medianH: n ? percentile(hours, 0.5) : null,
    p90H: n ? percentile(hours, 0.9) : null,
    maxH: hours.at(-1) ?? null,
    within24: share(24),
    within48: share(48),
    within72: share(72),
  };
}
