import type { Direction } from '../../../shared/model/declaration';
import type { Timeline, TimelineStep, TrackingEvent, TrackingEventKind } from '../../../shared/model/tracking';

/** The steps a declaration of each direction always shows, awaited until they happen (TRS order). */
export const standardSteps: Record<Direction, readonly TrackingEventKind[]> = {
  I: ['vessel-arrival', 'discharge', 'declared', 'accepted', 'assessed', 'released', 'closed', 'terminal-release', 'edo-issued', 'gate-out'],
  E: ['goods-arrival', 'declared', 'accepted', 'assessed', 'released', 'closed'],
};

/** Shown only when they happened; placed by time, and in this order among equal times. */
const optionalOrder: readonly TrackingEventKind[] = [
  'vessel-arrival',
  'goods-arrival',
  'discharge',
  'declared',
  'accepted',
  'assessed',
  'duty-payable',
  'guarantee-release',
  'inspection-ordered',
  'inspection-done',
  'released',
  'closed',
  'terminal-release',
  'edo-issued',
  'gate-out',
];

/** Outcomes, not steps of a clearance: listed among the events only. */
const notSteps = new Set<TrackingEventKind>(['rejected', 'returned', 'deleted']);

const HOUR_MS = 3_600_000;
const hoursBetween = (fromIso: string, toIso: string) => Math.round(((Date.parse(toIso) - Date.parse(fromIso)) / HOUR_MS) * 100) / 100;

/**
 * Gate-out is per container: the step is done when every container of the declaration is out (or
 * an event says the whole declaration is), at the last box's time.
 */
function gateOutAt(events: readonly TrackingEvent[], containers: readonly string[]): string | null {
  if (events.length === 0) return null;
  const wholeDeclaration = events.some((e) => e.containerNo === null);
  const out = new Set(events.map((e) => e.containerNo));
  if (!wholeDeclaration && containers.some((c) => !out.has(c))) return null;
  return events.reduce((latest, e) => (e.at > latest ? e.at : latest), events[0]?.at ?? '');
}

/**
 * A declaration's timeline from its live events (oldest first) and its containers: each step's
 * time (the earliest event of its kind), done steps by time, awaited ones after them in standard
 * order, and the hours since the previous done step, negative when declared before arrival.
 */
export function buildTimeline(documentId: string, direction: Direction, events: readonly TrackingEvent[], declaredContainers: readonly string[]): Timeline {
  const containers = [...new Set([...declaredContainers, ...events.flatMap((e) => (e.containerNo ? [e.containerNo] : []))])].sort();
  const byKind = new Map<TrackingEventKind, TrackingEvent[]>();
  for (const event of events) byKind.set(event.kind, [...(byKind.get(event.kind) ?? []), event]);
  const standard = standardSteps[direction];
  const kinds = optionalOrder.filter((kind) => standard.includes(kind) || (byKind.has(kind) && !notSteps.has(kind)));

  const steps = kinds.map((kind): TimelineStep => {
    const ofKind = byKind.get(kind) ?? [];
    const at = kind === 'gate-out' ? gateOutAt(ofKind, containers) : (ofKind[0]?.at ?? null);
    return { kind, state: at ? 'done' : 'awaited', at, hoursFromPrevious: null, events: ofKind };
  });
  const done = steps
    .filter((s) => s.at !== null)
    .sort((a, b) => (a.at === b.at ? optionalOrder.indexOf(a.kind) - optionalOrder.indexOf(b.kind) : (a.at ?? '') < (b.at ?? '') ? -1 : 1));
  const awaited = standard.flatMap((kind) => steps.filter((s) => s.kind === kind && s.at === null));
  done.forEach((step, i) => {
    const previous = done[i - 1];
    if (previous?.at && step.at) step.hoursFromPrevious = hoursBetween(previous.at, step.at);
  });

  const arrival = direction === 'I' ? (byKind.get('vessel-arrival') ?? byKind.get('goods-arrival')) : byKind.get('goods-arrival');
  const released = byKind.get('released');
  const overallHours = arrival?.[0] && released?.[0] ? hoursBetween(arrival[0].at, released[0].at) : null;
  return { documentId, direction, steps: [...done, ...awaited], events: [...events], containers, overallHours };
}
