import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const GATEWAY_BUNDLE = resolve('dist/server/gateway.cjs');
const LISTENING = /listening on (https?:\/\/\S+)/;
const START_TIMEOUT_MS = 15_000;

async function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Minutes of simulated time, as the simulator's triangular distributions take them. */
const quick = (min: number) => ({ min, mode: min, max: min });

/**
 * A customs that answers within seconds and always the same way: 7 -> L -> J -> P -> R, no duty,
 * no inspection, nothing returned, receipts in order (durations in simulated minutes; the clock
 * runs `speed` times faster than real time).
 */
function simulatorConfig() {
  return {
    durations: {
      declared: quick(0.5),
      lodged: quick(0.5),
      review: quick(0.5),
      duty: quick(0.5),
      inspectionNotice: quick(0.5),
      inspection: quick(0.5),
      release: quick(0.5),
      close: quick(0.5),
      deliveryLag: quick(0.5),
      vesselArrival: { min: 0, mode: 0, max: 0 },
      goodsArrival: { min: 0, mode: 0, max: 0 },
      discharge: quick(0.5),
      terminalRelease: quick(0.5),
      edoIssued: quick(0.5),
      gateOut: quick(0.5),
    },
    returnRate: 0,
    dutyRate: { I: 0, E: 0 },
    inspectionRate: { 'advanced-certified': 0, certified: 0, regular: 0, dishonest: 0, 'seriously-dishonest': 0 },
    outOfOrderRate: 0,
  };
}

export interface GatewayOptions {
  /**
   * Code tables whose confidence the gateway takes as confirmed ("C") where the desktop's copy
   * says unconfirmed ("M"): a code missing from them is a warning on the desktop and an error,
   * hence an E receipt naming the rule, at the gateway.
   */
  confirmTables?: string[];
  /** The simulator's configuration (server/simulator/config.ts); default: the quick, always-the-same customs above. */
  simulator?: object;
  /** Simulated clock speed (default 60: one simulated minute per second). */
  speed?: number;
}

/**
 * The sandbox gateway as a deployment runs it: its bundle, `serve` on a free port with its own
 * SQLite data folder and a fast simulator. `stop()` then `start()` is a cable pulled and put back:
 * same port, same data, same tokens.
 */
export class GatewayProcess {
  private child: ChildProcess | null = null;
  private output = '';
  url = '';

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly speed: number,
  ) {}

  static async create(options: GatewayOptions = {}): Promise<GatewayProcess> {
    if (!existsSync(GATEWAY_BUNDLE)) throw new Error(`${GATEWAY_BUNDLE} is missing: run "npm run build" before the end-to-end tests.`);
    const dir = mkdtempSync(join(tmpdir(), 'clearway-e2e-gateway-'));
    writeFileSync(join(dir, 'simulator.json'), JSON.stringify(options.simulator ?? simulatorConfig()));
    // SQLite in the data folder, whatever the shell says about PostgreSQL.
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    if (options.confirmTables?.length) {
      const seeds = join(dir, 'seeds');
      cpSync(resolve('seeds'), seeds, { recursive: true });
      for (const table of options.confirmTables) {
        const file = join(seeds, 'codes', `${table}.json`);
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { confidence: string };
        writeFileSync(file, JSON.stringify({ ...parsed, confidence: 'C' }));
      }
      env.CLEARWAY_SEEDS = seeds;
    }
    return new GatewayProcess(dir, await freePort(), env, options.speed ?? 60);
  }

  /** An admin command on the gateway's data folder; returns its standard output. */
  admin(args: string[]): string {
    const result = spawnSync(process.execPath, [GATEWAY_BUNDLE, ...args, '--data', join(this.dir, 'data'), '--lang', 'en'], { env: this.env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`gateway ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
    return result.stdout;
  }

  /** One enterprise with one enrolled device; returns the device token (printed once, last line). */
  enrolBroker(): string {
    this.admin(['enterprise', 'create', '--name', '上海清关通报关有限公司', '--uscc', '91350100M000100Y43', '--customs-code', '3122240001', '--tier', 'regular']);
    const out = this.admin(['device', 'enrol', '--enterprise', '91350100M000100Y43', '--name', 'e2e desktop']);
    const token = out.trim().split('\n').at(-1)?.trim();
    if (!token) throw new Error(`no token in: ${out}`);
    return token;
  }

  /** How many submissions the gateway holds (its own count line: "N submission(s)"). */
  submissionCount(): number {
    const match = /(\d+) submission\(s\)/.exec(this.admin(['submissions', 'list']));
    if (!match?.[1]) throw new Error('no submission count in the gateway output');
    return Number(match[1]);
  }

  async start(): Promise<void> {
    this.output = '';
    this.url = '';
    const args = ['serve', '--port', String(this.port), '--data', join(this.dir, 'data'), '--speed', String(this.speed), '--simulator', join(this.dir, 'simulator.json'), '--log-level', 'warn', '--lang', 'en'];
    const child = spawn(process.execPath, [GATEWAY_BUNDLE, ...args], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    await new Promise<void>((done, reject) => {
      const timer = setTimeout(() => fail(`no "listening" line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
      const fail = (why: string) => {
        clearTimeout(timer);
        reject(new Error(`gateway did not start (${why}). Output:\n${this.output}`));
      };
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString('utf8');
        const match = LISTENING.exec(this.output);
        if (match?.[1] && !this.url) {
          clearTimeout(timer);
          this.url = match[1];
          done();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => {
        if (!this.url) fail(`exited with ${signal ?? code}`);
      });
    });
  }

  /** SIGKILL: the network is gone at once, no goodbye to open connections. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGKILL');
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
