import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../server/simulator/random';
import { bundleGateway, freePort, GatewayProcess } from './helpers/gateway-process';
import { bundleSyncClient, SyncClientProcess, type ClientReport } from './helpers/sync-client-process';
import { differences } from './helpers/sync-truth';
import { CLIENT_ENV, gatewayServeArgs, SIMULATOR_SPEED, until } from './helpers/sync-fault-kit';

/**
 * Issue 6: the desktop process SIGKILLed at random points while it enqueues, sends and applies
 * receipts, and started again on the same profile each time. Afterwards: each declaration on the
 * gateway exactly once, each with exactly the gateway's receipts and the status they mean.
 */

const DECLARATIONS = 200;
const KILLS = 8;
const work = mkdtempSync(join(tmpdir(), 'clearway-sync-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a desktop killed at random points during sync', () => {
  it('neither loses nor repeats a submission or a receipt after each restart', async () => {
    const [gatewayBundle, clientBundle] = await Promise.all([bundleGateway(work), bundleSyncClient(work)]);
    const gatewayData = join(work, 'gateway');
    mkdirSync(gatewayData);
    const gateway = new GatewayProcess({
      bundle: gatewayBundle,
      dataDir: gatewayData,
      port: await freePort(),
      speed: SIMULATOR_SPEED,
      seed: 7,
      serveArgs: gatewayServeArgs(work),
    });
    const profile = join(work, 'desktop');
    const random = mulberry32(1126);
    const acknowledged = new Set<string>();
    let client: SyncClientProcess | null = null;
    try {
      await gateway.start();
      const tenant = await gateway.enrol('测试报关行', '91310000MA1FL0009X');

      const killPoints: number[] = [];
      for (let round = 0; round <= KILLS; round++) {
        client = await SyncClientProcess.start(clientBundle, profile, CLIENT_ENV);
        if (round === 0) {
          await client.send({ cmd: 'configure', input: { channel: 'gateway', gatewayUrl: gateway.url, deviceToken: tenant.token, autoSend: true } });
        }
        const filling = client.send({ cmd: 'ensure', total: DECLARATIONS, tag: `round ${round}` }).catch(() => null);
        if (round === KILLS) {
          await filling;
          break;
        }
        // Somewhere in the middle of enqueueing, sending or applying receipts.
        const after = Math.round(200 + random() * 2300);
        killPoints.push(after);
        await new Promise((r) => setTimeout(r, after));
        await client.kill();
        for (const key of client.enqueued) acknowledged.add(key);
      }
      const last = client as SyncClientProcess;

      let report: ClientReport | null = null;
      let problems: string[] = ['not compared yet'];
      await until(
        async () => {
          await last.send({ cmd: 'sendNow' });
          if ((await gateway.submissionCount()) < DECLARATIONS || (await gateway.unpublishedReceipts()) > 0) return false;
          report = await last.report();
          problems = differences([report], await gateway.ledger(), tenant.enterpriseId);
          return problems.length === 0;
        },
        120_000,
        'the desktop to show the gateway’s receipts',
        () => `: ${problems.length} differences\n${problems.slice(0, 20).join('\n')}`,
      );

      const ledger = await gateway.ledger();
      const final = report as unknown as ClientReport;
      expect(ledger.size).toBe(DECLARATIONS);
      expect(final.items).toHaveLength(DECLARATIONS);
      // Every enqueue the desktop acknowledged before a kill is on the gateway.
      for (const key of last.enqueued) acknowledged.add(key);
      expect([...acknowledged].filter((key) => !ledger.has(`${tenant.enterpriseId}/${key}`))).toEqual([]);
      expect(final.items.filter((item) => !['accepted', 'rejected'].includes(item.state))).toEqual([]);
      expect(differences([final], ledger, tenant.enterpriseId)).toEqual([]);
      console.log(`killed after ${killPoints.join(', ')} ms; ${acknowledged.size} enqueues acknowledged`);
    } finally {
      await client?.stop();
      await gateway.stop();
    }
  }, 300_000);
});
