import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HealthSchema, ReceiptPageSchema, type FeedReceipt, type SubmissionResult } from '../../shared/gateway/api';
import { bundleGatewayCli, runCli } from './helpers/cli-bundle';
import { client, storageKinds } from './helpers/gateway';
import { submissionOf } from './helpers/gateway-submissions';
import { useThrowawayPostgres } from './helpers/postgres';
import { makeTestPki, type TestPki } from './helpers/test-pki';

const repo = process.cwd();
let root: string;
let bin: string;
let pki: TestPki;
const pgUrl = useThrowawayPostgres();

/** bin/clearway-gateway.cjs beside a fresh dist/server/gateway.cjs, as `npm run build` lays them out. */
beforeAll(async () => {
  ({ root, bin } = await bundleGatewayCli('clearway-gateway-cli-'));
  pki = makeTestPki();
}, 120_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  pki.cleanup();
});

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

// Each command is a fresh Node process loading the bundle: a few seconds per test, hence 90 s.

/** Starts `serve` on port 0 and resolves with its URL once it says where it listens. */
function serve(args: string[], env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--log-level', 'warn', '--lang', 'en', ...args], {
    cwd: repo,
    env: { ...process.env, NODE_PATH: join(repo, 'node_modules'), ...env },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (https?:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe.each(storageKinds)('clearway-gateway command (%s)', (kind) => {
  it('creates an enterprise, registers a certificate, enrols a device, serves, lists submissions, sets the speed', async () => {
    const data = mkdtempSync(join(tmpdir(), 'clearway-gateway-data-'));
    const env = kind === 'postgres' ? { DATABASE_URL: pgUrl() } : {};
    const uscc = kind === 'postgres' ? '91310000MA1FL8XQ3P' : '91310000MA1FL8XQ3Q';
    const gw = (...args: string[]) => runCli(bin, [...args, '--data', data], { env });
    try {
      const created = gw('enterprise', 'create', '--name', '上海进出口贸易有限公司', '--uscc', uscc, '--customs-code', '3122240002', '--tier', 'certified', '--lang', 'zh');
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toMatch(/已创建企业 \d+：上海进出口贸易有限公司/);
      expect(gw('enterprise', 'create', '--name', 'X', '--uscc', 'bad', '--customs-code', '3122240002', '--tier', 'regular', '--lang', 'en')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--uscc/) });

      const cert = gw('cert', 'register', '--enterprise', uscc, '--file', join(pki.dir, 'ca.pem'), '--lang', 'en');
      expect(cert.status, cert.stderr).toBe(0);
      expect(cert.stdout).toContain('Registered certificate');

      const enrol = gw('device', 'enrol', '--enterprise', uscc, '--name', '报关部 1 号机', '--lang', 'en');
      expect(enrol.status, enrol.stderr).toBe(0);
      const token = enrol.stdout.trim().split('\n').at(-1) ?? '';
      expect(token).toMatch(/^cwg_/);

      // A partial simulator file: every lodged declaration is returned for modification.
      const config = join(data, 'simulator.json');
      writeFileSync(config, JSON.stringify({ returnRate: 1 }));
      const { url, child } = await serve(['--data', data, '--speed', '1000000', '--seed', '3', '--simulator', config], env);
      expect(HealthSchema.parse((await client(url, null).get('/v1/health')).body).version).toBe('test');
      const api = client(url, token);
      const sent = await api.post<SubmissionResult>('/v1/submissions', submissionOf('CWC000000000000001'));
      expect(sent.body.status).toBe('accepted');
      const channels: string[] = [];
      let after = '0';
      while (!channels.includes('Z')) {
        const page = ReceiptPageSchema.parse((await api.get(`/v1/receipts?after=${after}&waitMs=2000`)).body);
        channels.push(...page.receipts.map((r) => r.channel));
        after = page.nextCursor;
      }
      expect(channels).toEqual(['7', 'L', 'Z']);
      expect(await stopped(child)).toBe(0);

      const listed = gw('submissions', 'list', '--enterprise', uscc, '--lang', 'en');
      expect(listed.stdout).toContain('CWC000000000000001:1\taccepted\t0\t');
      expect(listed.stdout).toContain('1 submission(s)');
      expect(gw('simulator', 'speed', '3600', '--lang', 'en').stdout).toContain('speed set to 3600');
      expect(gw('nonsense', '--lang', 'en')).toMatchObject({ status: 2 });
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('two gateway processes on one PostgreSQL database', () => {
  it('share the work: submissions through both, every receipt published once', async () => {
    const env = { DATABASE_URL: pgUrl() };
    const uscc = '91310000MA1FL8XQ4R';
    const data = join(root, 'unused');
    const gw = (...args: string[]) => runCli(bin, [...args, '--data', data, '--lang', 'en'], { env });
    expect(gw('enterprise', 'create', '--name', 'Two', '--uscc', uscc, '--customs-code', '3122240002', '--tier', 'regular').status).toBe(0);
    const token = gw('device', 'enrol', '--enterprise', uscc, '--name', 'd').stdout.trim().split('\n').at(-1) ?? '';
    const [a, b] = await Promise.all([serve(['--speed', '1000000'], env), serve(['--speed', '1000000'], env)]);
    const apis = [client(a.url, token), client(b.url, token)];
    const keys = Array.from({ length: 20 }, (_, i) => `CWT${String(i).padStart(15, '0')}`);
    await Promise.all(keys.map((k, i) => apis[i % 2]?.post('/v1/submissions', submissionOf(k))));
    const all: FeedReceipt[] = [];
    let after = '0';
    while (!keys.every((k) => all.some((r) => r.clientSeqNo === k && ['R', 'E', 'Z'].includes(r.channel)))) {
      const page = ReceiptPageSchema.parse((await apis[all.length % 2]?.get(`/v1/receipts?after=${after}&waitMs=2000`))?.body);
      all.push(...page.receipts);
      after = page.nextCursor;
    }
    const pairs = all.map((r) => `${r.clientSeqNo}/${r.channel}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(await stopped(a.child)).toBe(0);
    expect(await stopped(b.child)).toBe(0);
  }, 90_000);
});
