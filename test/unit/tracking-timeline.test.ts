import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../electron/backend/tracking/timeline';
import type { Timeline, TrackingEvent, TrackingEventKind } from '../../shared/model/tracking';
import { validImport } from '../fixtures/declarations';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend } from './helpers/sync-backend';

const tempProfile = useTempProfiles();

let counter = 0;
function event(kind: TrackingEventKind, at: string, containerNo: string | null = null): TrackingEvent {
  counter++;
  return { id: `e${counter}`, documentId: 'd1', containerNo, kind, at: new Date(at).toISOString(), source: 'manual', recordedAt: at, note: null, outcome: null, deletable: true };
}
const byTime = (events: TrackingEvent[]) => [...events].sort((a, b) => a.at.localeCompare(b.at));
const summary = (t: Timeline) => t.steps.map((s) => [s.kind, s.state, s.hoursFromPrevious]);

describe('a declaration timeline', () => {
  it('lists an import declared before the vessel arrived by time, the hours between done steps, and what is awaited', () => {
    const events = byTime([
      event('released', '2026-11-04T10:00:00+08:00'),
      event('declared', '2026-11-03T08:00:00+08:00'),
      event('accepted', '2026-11-03T08:30:00+08:00'),
      event('vessel-arrival', '2026-11-03T14:00:00+08:00'),
      event('discharge', '2026-11-03T20:00:00+08:00'),
      event('assessed', '2026-11-03T21:00:00+08:00'),
      event('inspection-ordered', '2026-11-03T22:00:00+08:00'),
    ]);
    const timeline = buildTimeline('d1', 'I', events, []);
    expect(summary(timeline)).toEqual([
      ['declared', 'done', null],
      ['accepted', 'done', 0.5],
      ['vessel-arrival', 'done', 5.5],
      ['discharge', 'done', 6],
      ['assessed', 'done', 1],
      ['inspection-ordered', 'done', 1],
      ['released', 'done', 12],
      ['closed', 'awaited', null],
      ['terminal-release', 'awaited', null],
      ['edo-issued', 'awaited', null],
      ['gate-out', 'awaited', null],
    ]);
    // Arrival 14:00 -> release 10:00 the next day.
    expect(timeline.overallHours).toBe(20);
    expect(timeline.steps[0]?.at).toBe('2026-11-03T00:00:00.000Z');
    expect(timeline.events).toHaveLength(7);
  });

  it('shows every standard step of an export awaited before anything happened, and no optional ones', () => {
    const timeline = buildTimeline('d1', 'E', [], []);
    expect(summary(timeline)).toEqual(
      ['goods-arrival', 'declared', 'accepted', 'assessed', 'released', 'closed'].map((kind) => [kind, 'awaited', null]),
    );
    expect(timeline.overallHours).toBeNull();
    expect(timeline.containers).toEqual([]);
  });

  it('takes the earliest event of a kind, keeps outcomes out of the steps, and orders equal times by the standard order', () => {
    const events = byTime([
      event('goods-arrival', '2026-11-05T09:00:00+08:00'),
      event('accepted', '2026-11-05T10:00:00+08:00'),
      event('declared', '2026-11-05T10:00:00+08:00'),
      event('returned', '2026-11-05T11:00:00+08:00'),
      event('declared', '2026-11-05T12:00:00+08:00'),
      event('released', '2026-11-05T13:45:00+08:00'),
    ]);
    const timeline = buildTimeline('d1', 'E', events, []);
    expect(summary(timeline)).toEqual([
      ['goods-arrival', 'done', null],
      ['declared', 'done', 1],
      ['accepted', 'done', 0],
      ['released', 'done', 3.75],
      ['assessed', 'awaited', null],
      ['closed', 'awaited', null],
    ]);
    expect(timeline.steps.find((s) => s.kind === 'declared')?.events).toHaveLength(2);
    expect(timeline.events.map((e) => e.kind)).toContain('returned');
    expect(timeline.overallHours).toBe(4.75);
  });

  it('counts gate-out only when every container is out, at the last one', () => {
    const first = event('gate-out', '2026-11-06T09:00:00+08:00', 'CSQU3054383');
    const second = event('gate-out', '2026-11-06T15:30:00+08:00', 'MSKU1234565');
    const partly = buildTimeline('d1', 'I', [first], ['CSQU3054383', 'MSKU1234565']);
    const gateOut = partly.steps.find((s) => s.kind === 'gate-out');
    expect(gateOut).toMatchObject({ state: 'awaited', at: null });
    expect(gateOut?.events).toEqual([first]);

    const all = buildTimeline('d1', 'I', [first, second], ['CSQU3054383']);
    expect(all.containers).toEqual(['CSQU3054383', 'MSKU1234565']);
    expect(all.steps[0]).toMatchObject({ kind: 'gate-out', state: 'done', at: '2026-11-06T07:30:00.000Z', hoursFromPrevious: null });
  });

  it('is served for a saved declaration with the containers its form lists, and refused for an unknown one', async () => {
    const backend = syncBackend(tempProfile());
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    await ok(backend, 'tracking.addEvent', { documentId: id, kind: 'declared', at: '2026-11-03T08:00:00+08:00' });
    await ok(backend, 'tracking.addEvent', { documentId: id, kind: 'vessel-arrival', at: '2026-11-03T20:00:00+08:00' });
    const timeline = await ok<Timeline>(backend, 'tracking.timeline', { documentId: id });
    expect(timeline).toMatchObject({ documentId: id, direction: 'I', containers: ['CSQU3054383'], overallHours: null });
    expect(summary(timeline).slice(0, 3)).toEqual([
      ['declared', 'done', null],
      ['vessel-arrival', 'done', 12],
      ['discharge', 'awaited', null],
    ]);
    expect((await failure(backend, 'tracking.timeline', { documentId: 'missing' })).code).toBe('NOT_FOUND');
    backend.close();
  });
});
