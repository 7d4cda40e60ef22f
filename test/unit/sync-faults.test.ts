import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FaultProxy } from './helpers/fault-proxy.node';
import { bundleGateway, freePort, GatewayProcess } from './helpers/gateway-process';
import { useThrowawayPostgres } from './helpers/postgres';
import { bundleSyncClient, SyncClientProcess, type ClientReport } from './helpers/sync-client-process';
import { differences } from './helpers/sync-truth';
import { CLIENT_ENV, gatewayServeArgs, SIMULATOR_SPEED, until } from './helpers/sync-fault-kit';

/**
 * Issue 6, "Tests and benchmark": three desktops (real processes, each its own profile) submit
 * 1,000 declarations in all, at the same time, through a proxy that resets connections before and
 * after the gateway commits, drops responses and delays them; the gateway is SIGKILLed and started
 * again mid-run, and the network cable is pulled for a while. Afterwards the gateway holds exactly
 * 1,000 submissions, and every desktop shows each of its declarations with exactly the gateway's
 * receipts (none lost, none doubled) and the status those receipts mean.
 */

const TOTAL = 1000;
const QUOTAS = [334, 333, 333];
const work = mkdtempSync(join(tmpdir(), 'clearway-sync-faults-'));
const postgresUrl = useThrowawayPostgres();
let failed = false;
// A failed run keeps its folders (gateway data, desktop profiles) for a post-mortem.
afterAll(() => (failed ? console.log(`kept ${work}`) : rmSync(work, { recursive: true, force: true })));

const stores = [{ store: 'SQLite' as const }, { store: 'PostgreSQL' as const }];

describe.each(stores)('1,000 declarations from three desktops through a faulty network, gateway on $store', ({ store }) => {
  it('lands each declaration on the gateway exactly once and brings every receipt back exactly once', async () => {
    const root = mkdtempSync(join(work, `${store}-`));
    const [gatewayBundle, clientBundle] = await Promise.all([bundleGateway(root), bundleSyncClient(root)]);
    const gatewayData = join(root, 'gateway');
    mkdirSync(gatewayData);
    const gateway = new GatewayProcess({
      bundle: gatewayBundle,
      dataDir: gatewayData,
      databaseUrl: store === 'PostgreSQL' ? postgresUrl() : undefined,
      port: await freePort(),
      speed: SIMULATOR_SPEED,
      seed: 6,
      serveArgs: gatewayServeArgs(root),
    });
    const proxy = await FaultProxy.start({
      target: { port: gateway.options.port },
      faults: {
        seed: 20261126,
        weights: { pass: 70, 'reset-before': 6, 'reset-after': 8, 'drop-response': 6, delay: 10 },
        delayMs: [20, 600],
        dropHoldMs: [50, 600],
        // The health probe is left alone: connectivity is cut with the cable (setOffline) instead.
        applies: (exchange) => !exchange.requestLine.includes('/v1/health'),
      },
    });
    const clients: SyncClientProcess[] = [];
    try {
      await gateway.start();
      // One brokerage, three desktops (devices) on one enterprise: each sees the firm's whole receipt feed.
      const uscc = '91310000MA1FL0006X';
      const enterpriseId = await gateway.createEnterprise('测试报关行', uscc);
      const tokens: string[] = [];
      for (const [i] of QUOTAS.entries()) tokens.push(await gateway.enrolDevice(uscc, `desktop ${i}`));

      for (const [i] of QUOTAS.entries()) clients.push(await SyncClientProcess.start(clientBundle, join(root, `desktop-${i}`), CLIENT_ENV));
      await Promise.all(
        clients.map((client, i) =>
          client.send({ cmd: 'configure', input: { channel: 'gateway', gatewayUrl: proxy.url, deviceToken: tokens[i], autoSend: true } }),
        ),
      );
      const filling = Promise.all(clients.map((client, i) => client.send({ cmd: 'ensure', total: QUOTAS[i], tag: `${store} desktop ${i}` })));
      let filled = false;
      void filling.then(() => (filled = true), () => (filled = true));

      // The gateway dies with requests in flight, and comes back on the same port and data.
      await until(async () => filled || (await gateway.submissionCount()) >= 250, 120_000, 'the first 250 submissions');
      await gateway.kill();
      await new Promise((r) => setTimeout(r, 800));
      await gateway.start();

      // The network cable is pulled, then plugged back in.
      await until(async () => filled || (await gateway.submissionCount()) >= 600, 120_000, '600 submissions');
      proxy.setOffline(true);
      await new Promise((r) => setTimeout(r, 2000));
      proxy.setOffline(false);

      await filling;

      let reports: ClientReport[] = [];
      let problems: string[] = ['not compared yet'];
      await until(
        async () => {
          await Promise.all(clients.map((client) => client.send({ cmd: 'sendNow' })));
          if ((await gateway.submissionCount()) < TOTAL || (await gateway.unpublishedReceipts()) > 0) return false;
          const ledger = await gateway.ledger();
          reports = await Promise.all(clients.map((client) => client.report()));
          problems = differences(reports, ledger, enterpriseId);
          return problems.length === 0;
        },
        150_000,
        'every desktop to show the gateway’s receipts',
        () => `: ${problems.length} differences\n${problems.slice(0, 20).join('\n')}\n${reports.map((r) => JSON.stringify(r.status)).join('\n')}`,
      );

      const ledger = await gateway.ledger();
      expect(await gateway.submissionCount()).toBe(TOTAL);
      expect(ledger.size).toBe(TOTAL);
      expect([...ledger.values()].filter((s) => s.rows !== 1)).toEqual([]);
      const enqueued = new Set(clients.flatMap((client) => [...client.enqueued].map((key) => `${enterpriseId}/${key}`)));
      expect(enqueued.size).toBe(TOTAL);
      expect([...enqueued].filter((key) => !ledger.has(key))).toEqual([]);
      reports.forEach((report, i) => {
        expect(report.items).toHaveLength(QUOTAS[i] ?? 0);
        expect(report.items.filter((item) => !['accepted', 'rejected'].includes(item.state))).toEqual([]);
      });
      expect(differences(reports, ledger, enterpriseId)).toEqual([]);
      // The run really was faulty.
      expect(gateway.kills).toBe(1);
      expect(proxy.counts['reset-before']).toBeGreaterThan(0);
      expect(proxy.counts['reset-after']).toBeGreaterThan(0);
      expect(proxy.counts['drop-response']).toBeGreaterThan(0);
      expect(proxy.counts.delay).toBeGreaterThan(0);
      expect(proxy.counts.offlineCuts + proxy.counts.upstreamRefused).toBeGreaterThan(0);
      console.log(`${store}: ${JSON.stringify(proxy.counts)}`);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      await Promise.all(clients.map((client) => client.stop()));
      await proxy.close();
      await gateway.stop();
    }
  }, 400_000);
});
