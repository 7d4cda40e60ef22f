import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/backend.node';
import type { SyncTuning } from '../../electron/backend/sync/sync-service.node';
import type { OutboxItem } from '../../shared/sync/schema';
import type { Timeline } from '../../shared/model/tracking';
import { validImport } from '../fixtures/declarations';
import { bundleGateway, freePort, GatewayProcess } from './helpers/gateway-process';
import { useTempProfiles } from './helpers/temp-profile';
import { failure, ok, saveNew, syncBackend, syncOf } from './helpers/sync-backend';
import { openProfileDb, recordEvents } from './helpers/tracking-profile';

/**
 * The gateway's logistics feed (GET /v1/milestones) against the real gateway as a child process:
 * its simulated customs and port run a week in under a second, and the desktop's events are
 * compared with what the gateway's own database says it published.
 */
const tempProfile = useTempProfiles();
const work = mkdtempSync(join(tmpdir(), 'clearway-tracking-feed-'));
let bundle = '';
const running: GatewayProcess[] = [];

beforeAll(async () => {
  bundle = await bundleGateway(work);
}, 60_000);
afterEach(async () => {
  for (const gateway of running.splice(0)) await gateway.stop();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function startGateway(seed: number, speed = 1_000_000, simulatorOverrides: object = {}): Promise<GatewayProcess> {
  const dataDir = mkdtempSync(join(work, 'gateway-'));
  const simulator = join(dataDir, 'simulator.json');
  // Receipts out of order, nothing returned for modification: every declaration reaches its gate-out.
  writeFileSync(simulator, JSON.stringify({ outOfOrderRate: 0.3, returnRate: 0, ...simulatorOverrides }));
  mkdirSync(join(dataDir, 'db'));
  const gateway = new GatewayProcess({
    bundle,
    dataDir: join(dataDir, 'db'),
    port: await freePort(),
    speed,
    seed,
    serveArgs: ['--simulator', simulator, '--log-level', 'warn'],
  });
  running.push(gateway);
  await gateway.start();
  return gateway;
}

async function desktop(gateway: GatewayProcess, token: string, tuning: SyncTuning = {}): Promise<{ backend: Backend; profile: string }> {
  const profile = tempProfile();
  const backend = syncBackend(profile, { sync: tuning });
  await ok(backend, 'sync.configure', { channel: 'gateway', gatewayUrl: gateway.url, deviceToken: token });
  return { backend, profile };
}

async function submitted(backend: Backend): Promise<OutboxItem> {
  const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
  const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
  expect(await syncOf(backend).probeNow()).toBe(true);
  await syncOf(backend).sendDue();
  return item;
}

interface Published {
  kind: string;
  at: string;
}

/** What the gateway published on its logistics feed for one submission, in feed order. */
async function publishedMilestones(gateway: GatewayProcess, key: string): Promise<Published[]> {
  const rows = await gateway.query<Published>(
    `SELECT m.kind, m.at FROM milestones m JOIN submissions s ON s.id = m.submission_id
     WHERE s.idempotency_key = $1 AND m.cursor IS NOT NULL ORDER BY m.cursor`,
    [key],
  );
  return rows.map((r) => ({ kind: r.kind, at: new Date(r.at).toISOString() }));
}

async function until(what: string, check: () => Promise<boolean>, rounds = 200): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const byKindAndTime = (a: Published, b: Published) => a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind);

describe("the gateway's logistics feed", () => {
  it('brings every published milestone into the timeline once, beside the customs receipts, and tells the UI', async () => {
    const gateway = await startGateway(71);
    const { token } = await gateway.enrol('上海洋山报关行', '91310000MA1FL7101X');
    const { backend, profile } = await desktop(gateway, token);
    const emitted = recordEvents(backend);
    const item = await submitted(backend);

    await until('the gate-out and the closing receipt', async () => {
      await syncOf(backend).pullNow(200);
      const timeline = await ok<Timeline>(backend, 'tracking.timeline', { documentId: item.documentId });
      return timeline.steps.filter((s) => s.kind === 'gate-out' || s.kind === 'closed').every((s) => s.state === 'done');
    });
    const final = await ok<Timeline>(backend, 'tracking.timeline', { documentId: item.documentId });
    // Pull once more: a page read again adds nothing.
    await syncOf(backend).pullNow(0);

    const fromFeed = final.events.filter((e) => e.source === 'gateway').map((e) => ({ kind: e.kind, at: e.at }));
    const published = await publishedMilestones(gateway, item.idempotencyKey);
    expect(published.map((m) => m.kind).sort()).toEqual(['discharge', 'edo-issued', 'gate-out', 'terminal-release', 'vessel-arrival']);
    expect(fromFeed.sort(byKindAndTime)).toEqual(published.sort(byKindAndTime));
    expect(final.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(['vessel-arrival', 'declared', 'accepted', 'released', 'closed', 'gate-out']));
    expect(final.events.filter((e) => e.source === 'receipt').map((e) => e.kind)).toEqual(expect.arrayContaining(['declared', 'accepted', 'released', 'closed']));
    expect(final.overallHours).not.toBeNull();
    expect(emitted('tracking.changed').some((p) => p.documentIds.includes(item.documentId))).toBe(true);

    const db = openProfileDb(profile);
    expect(db.prepare("SELECT count(*) AS n FROM tracking_events WHERE source = 'gateway'").get()).toEqual({ n: published.length });
    const [last] = await gateway.query<{ cursor: number }>('SELECT max(cursor) AS cursor FROM milestones');
    expect(db.prepare("SELECT value FROM sync_state WHERE key = 'milestones:gateway'").get()).toEqual({ value: String(last?.cursor) });
    db.close();

    const feedEvent = final.events.find((e) => e.source === 'gateway');
    const refused = await failure(backend, 'tracking.deleteEvent', { id: feedEvent?.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.messageZh).toContain('单一窗口物流数据');
    backend.close();
  }, 60_000);

  it('commits the events with the cursor: a commit that fails keeps neither, and the next pulls bring each milestone once', async () => {
    const gateway = await startGateway(72);
    const { token } = await gateway.enrol('上海外高桥报关行', '91310000MA1FL7202X');
    const { backend, profile } = await desktop(gateway, token);
    const item = await submitted(backend);
    await until('published milestones', async () => (await publishedMilestones(gateway, item.idempotencyKey)).length >= 2);

    const db = openProfileDb(profile);
    const feedEvents = () => (db.prepare("SELECT count(*) AS n FROM tracking_events WHERE source = 'gateway'").get() as { n: number }).n;
    const cursor = () => db.prepare("SELECT value FROM sync_state WHERE key = 'milestones:gateway'").get();
    // The disk refuses the cursor's write, as a crash at that moment would leave it: the events go with it.
    db.exec(`CREATE TRIGGER refuse_feed_cursor BEFORE INSERT ON sync_state WHEN NEW.key = 'milestones:gateway'
             BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END;`);
    await expect(syncOf(backend).pullNow(0)).rejects.toThrow(/disk I\/O error/);
    expect(feedEvents()).toBe(0);
    expect(cursor()).toBeUndefined();

    db.exec('DROP TRIGGER refuse_feed_cursor');
    await syncOf(backend).pullNow(0);
    const afterFirst = feedEvents();
    expect(afterFirst).toBeGreaterThanOrEqual(2);
    expect(cursor()).toBeDefined();

    // The cursor lost (another gateway chosen and this one again): the whole feed is read again, nothing doubles.
    db.exec("DELETE FROM sync_state WHERE key = 'milestones:gateway'");
    await until('every milestone', async () => {
      await syncOf(backend).pullNow(0);
      return feedEvents() === (await publishedMilestones(gateway, item.idempotencyKey)).length && feedEvents() === 5;
    });
    const rows = db.prepare("SELECT kind, count(*) AS n FROM tracking_events WHERE source = 'gateway' GROUP BY kind").all() as { n: number }[];
    expect(rows.every((r) => r.n === 1)).toBe(true);
    db.close();
    backend.close();
  }, 60_000);

  it('with its own timers, reads milestones that come after the last receipt without waiting on the receipts long-poll', async () => {
    // 100,000x: the box leaves the terminal two simulated days (about 1.7 s) after its EDO, long after the closing receipt.
    const day = { min: 2880, mode: 2880, max: 2880 };
    const gateway = await startGateway(74, 100_000, { outOfOrderRate: 0, durations: { close: { min: 0, mode: 0, max: 0 }, gateOut: day } });
    const { token } = await gateway.enrol('上海临港报关行', '91310000MA1FL7404X', 'advanced-certified');
    // The receipts long-poll waits 30 s; the gate-out comes days (simulated) after the last receipt.
    const { backend } = await desktop(gateway, token, { timers: true, receiptWaitMs: 30_000, probeOnlineMs: 60_000 });
    const emitted = recordEvents(backend);
    const id = await saveNew(backend, { kind: 'declaration', data: validImport() });
    await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
    await until(
      'the gate-out through the milestones loop',
      async () => (await ok<Timeline>(backend, 'tracking.timeline', { documentId: id })).steps.find((s) => s.kind === 'gate-out')?.state === 'done',
      300,
    );
    expect(emitted('tracking.changed').some((p) => p.documentIds.includes(id))).toBe(true);
    backend.close();
  }, 60_000);

  it("keeps a milestone of a declaration this desktop does not know, and attaches it when a declaration with that bill of lading appears", async () => {
    const gateway = await startGateway(73);
    const uscc = '91310000MA1FL7303X';
    const sender = await gateway.enrol('上海浦东报关行', uscc);
    const other = await gateway.enrolDevice(uscc, 'second desktop');
    const a = await desktop(gateway, sender.token);
    const b = await desktop(gateway, other);
    const item = await submitted(a.backend);
    await until('published milestones', async () => (await publishedMilestones(gateway, item.idempotencyKey)).length >= 2);

    await syncOf(b.backend).pullNow(0);
    const db = openProfileDb(b.profile);
    const waiting = db.prepare("SELECT document_id, client_seq_no, bill_no FROM tracking_events WHERE source = 'gateway'").all();
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting).toContainEqual({ document_id: null, client_seq_no: item.clientSeqNo, bill_no: 'COSU6123456789' });

    // The broker at the second desktop keys in the same shipment (same bill of lading).
    const mine = await saveNew(b.backend, { kind: 'declaration', data: validImport() });
    await syncOf(b.backend).pullNow(0);
    expect(db.prepare("SELECT count(*) AS n FROM tracking_events WHERE source = 'gateway' AND document_id IS NULL").get()).toEqual({ n: 0 });
    const timeline = await ok<Timeline>(b.backend, 'tracking.timeline', { documentId: mine });
    expect(timeline.steps.find((s) => s.kind === 'vessel-arrival')?.state).toBe('done');
    expect(db.prepare('SELECT arrival_ms IS NOT NULL AS known FROM tracking_chains WHERE document_id = ?').get(mine)).toEqual({ known: 1 });
    db.close();
    a.backend.close();
    b.backend.close();
  }, 60_000);
});
