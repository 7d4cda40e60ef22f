import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import pg from 'pg';
import type { GatewaySubmission } from './sync-truth';

const repo = process.cwd();

/** Bundles the gateway's command line (what `npm run gateway` runs) into `outDir`. */
export async function bundleGateway(outDir: string): Promise<string> {
  const outfile = join(outDir, 'gateway.cjs');
  await build({
    entryPoints: [join(repo, 'server/gateway.node.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'pg-native'],
    nodePaths: [join(repo, 'node_modules')],
    define: { __CLEARWAY_VERSION__: '"gateway-test"' },
    logLevel: 'silent',
  });
  return outfile;
}

/** A port nobody listens on right now, so the gateway can be restarted on the same one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export interface GatewayOptions {
  bundle: string;
  dataDir: string;
  /** Set: PostgreSQL (DATABASE_URL); else SQLite in dataDir. */
  databaseUrl?: string;
  port: number;
  speed: number;
  seed: number;
  /** Extra `serve` arguments (simulator file, limits). */
  serveArgs?: string[];
}

export interface Tenant {
  enterpriseId: number;
  uscc: string;
  token: string;
}

/**
 * The sandbox gateway as a real child process: started, SIGKILLed and started again on the same
 * port and data; administered with its own command line; audited by reading its database.
 */
export class GatewayProcess {
  private child: ChildProcess | null = null;
  private log = '';
  private pool: pg.Pool | null = null;
  kills = 0;

  constructor(readonly options: GatewayOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  private env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: join(repo, 'node_modules'), CLEARWAY_SEEDS: join(repo, 'seeds'), LANG: 'C.UTF-8' };
    if (this.options.databaseUrl) env.DATABASE_URL = this.options.databaseUrl;
    else delete env.DATABASE_URL;
    return env;
  }

  private dataArgs(): string[] {
    return ['--data', this.options.dataDir];
  }

  async start(): Promise<void> {
    const args = [
      this.options.bundle,
      'serve',
      ...this.dataArgs(),
      '--port',
      String(this.options.port),
      '--host',
      '127.0.0.1',
      '--speed',
      String(this.options.speed),
      '--seed',
      String(this.options.seed),
      ...(this.options.serveArgs ?? []),
    ];
    const child = spawn(process.execPath, args, { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const keep = (c: Buffer) => (this.log = (this.log + c.toString()).slice(-8000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`gateway exited at start (${child.exitCode}): ${this.log}`);
      try {
        const res = await fetch(`${this.url}/v1/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGKILL: no shutdown hook runs, whatever was in flight is cut. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.kills++;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await this.pool?.end();
    this.pool = null;
  }

  recentLog(): string {
    return this.log;
  }

  /** Runs one admin command of the gateway's command line; resolves with its stdout. */
  admin(args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [this.options.bundle, ...args, ...this.dataArgs()], { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`gateway ${args.join(' ')} failed (${code}): ${err}${out}`))));
    });
  }

  /** A new enterprise (tenant); resolves with its id. */
  async createEnterprise(name: string, uscc: string, tier = 'regular'): Promise<number> {
    await this.admin(['enterprise', 'create', '--name', name, '--uscc', uscc, '--customs-code', '3122240001', '--tier', tier]);
    const rows = await this.query<{ id: number }>('SELECT id FROM enterprises WHERE uscc = $1', [uscc]);
    return Number(rows[0]?.id);
  }

  /** A new device of the enterprise; its API token as `device enrol` prints it (once). */
  async enrolDevice(uscc: string, name: string): Promise<string> {
    const printed = await this.admin(['device', 'enrol', '--enterprise', uscc, '--name', name]);
    const token = /\b([A-Za-z0-9_-]{32,})\b/.exec(printed)?.[1];
    if (!token) throw new Error(`no token in: ${printed}`);
    return token;
  }

  /** A new enterprise with one device. */
  async enrol(name: string, uscc: string, tier = 'regular'): Promise<Tenant> {
    const enterpriseId = await this.createEnterprise(name, uscc, tier);
    return { enterpriseId, uscc, token: await this.enrolDevice(uscc, `${name} desktop`) };
  }

  /** Reads the gateway's database directly (SQLite read-only, or a PostgreSQL pool). */
  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (this.options.databaseUrl) {
      this.pool ??= new pg.Pool({ connectionString: this.options.databaseUrl, max: 2 });
      return (await this.pool.query(sql, params)).rows as T[];
    }
    const db = new Database(join(this.options.dataDir, 'gateway.sqlite'), { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      return db.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as T[];
    } finally {
      db.close();
    }
  }

  async submissionCount(): Promise<number> {
    const [row] = await this.query<{ n: number | string }>('SELECT count(*) AS n FROM submissions');
    return Number(row?.n ?? 0);
  }

  async unpublishedReceipts(): Promise<number> {
    const [row] = await this.query<{ n: number | string }>('SELECT count(*) AS n FROM receipts WHERE cursor IS NULL');
    return Number(row?.n ?? 0);
  }

  /** Every submission by `<enterprise id>/<key>`, with its published receipts in feed order. */
  async ledger(): Promise<Map<string, GatewaySubmission>> {
    const submissions = await this.query<{ id: number; enterprise_id: number; idempotency_key: string; status: string; seq_no: string | null; import_response_xml: string }>(
      'SELECT id, enterprise_id, idempotency_key, status, seq_no, import_response_xml FROM submissions ORDER BY id',
    );
    const receipts = await this.query<{ submission_id: number; channel: string; xml: string }>(
      'SELECT submission_id, channel, xml FROM receipts WHERE cursor IS NOT NULL ORDER BY cursor',
    );
    const byId = new Map<number, GatewaySubmission>();
    const byKey = new Map<string, GatewaySubmission>();
    for (const s of submissions) {
      const id = `${s.enterprise_id}/${s.idempotency_key}`;
      const existing = byKey.get(id);
      if (existing) {
        existing.rows++;
        byId.set(Number(s.id), existing);
        continue;
      }
      const entry: GatewaySubmission = {
        key: s.idempotency_key,
        enterpriseId: Number(s.enterprise_id),
        rows: 1,
        status: s.status,
        seqNo: s.seq_no,
        importResponseXml: s.import_response_xml,
        receipts: [],
      };
      byKey.set(id, entry);
      byId.set(Number(s.id), entry);
    }
    for (const r of receipts) byId.get(Number(r.submission_id))?.receipts.push({ channel: r.channel, xml: r.xml });
    return byKey;
  }
}
