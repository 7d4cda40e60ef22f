import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createEnterprise, enrolDevice, registerCertificates } from '../../../server/admin.node';
import { createGateway, type Gateway, type GatewayOptions } from '../../../server/app.node';
import { PostgresStorage } from '../../../server/storage/postgres-storage.node';
import { SqliteStorage } from '../../../server/storage/sqlite-storage.node';
import type { Enterprise, GatewayStorage } from '../../../server/storage/storage';
import type { CreditTier } from '../../../shared/model/parties';
import { seedReferenceData } from './seed-reference';
import { useThrowawayPostgres } from './postgres';

export type StorageKind = 'sqlite' | 'postgres';
export const storageKinds: StorageKind[] = ['sqlite', 'postgres'];

export interface RunningGateway {
  url: string;
  gateway: Gateway;
  storage: GatewayStorage;
}

let usccCounter = 0;
/** A fresh 18-character USCC-shaped id per call, so tests on one database never collide. */
export function freshUscc(): string {
  usccCounter += 1;
  return `91${String(Date.now() % 1e8).padStart(8, '0')}${String(usccCounter).padStart(7, '0')}X`.slice(0, 18);
}

/**
 * Real gateways for one test file: SQLite in a temp folder, or PostgreSQL in the file's throwaway
 * database; listening on 127.0.0.1 port 0; all closed after each test.
 */
export function useGateways(): {
  start(kind: StorageKind, options?: Partial<GatewayOptions> & { dataDir?: string }): Promise<RunningGateway>;
  openStorage(kind: StorageKind, dataDir?: string): Promise<GatewayStorage>;
  tempDir(): string;
} {
  const pgUrl = useThrowawayPostgres();
  const dirs: string[] = [];
  const running: Gateway[] = [];
  const storages: GatewayStorage[] = [];
  afterEach(async () => {
    for (const g of running.splice(0)) await g.close();
    for (const s of storages.splice(0)) await s.close().catch(() => undefined);
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearway-gateway-'));
    dirs.push(dir);
    return dir;
  };
  const openStorage = async (kind: StorageKind, dataDir?: string): Promise<GatewayStorage> => {
    const storage = kind === 'sqlite' ? SqliteStorage.open(dataDir ?? tempDir()) : await PostgresStorage.open(pgUrl());
    return storage;
  };
  return {
    tempDir,
    openStorage: async (kind, dataDir) => {
      const storage = await openStorage(kind, dataDir);
      storages.push(storage);
      return storage;
    },
    async start(kind, options = {}) {
      const storage = options.storage ?? (await openStorage(kind, options.dataDir));
      const gateway = await createGateway({ refs: seedReferenceData(), publishIntervalMs: 20, pollMs: 50, ...options, storage });
      running.push(gateway);
      const url = await gateway.listen(0, '127.0.0.1');
      return { url, gateway, storage };
    },
  };
}

export interface TestTenant {
  enterprise: Enterprise;
  token: string;
}

export async function tenant(storage: GatewayStorage, options: { tier?: CreditTier; certificatePem?: string; name?: string } = {}): Promise<TestTenant> {
  const enterprise = await createEnterprise(storage, {
    name: options.name ?? '上海进出口贸易有限公司',
    uscc: freshUscc(),
    customsCode: '3122240002',
    tier: options.tier ?? 'regular',
  });
  if (options.certificatePem) await registerCertificates(storage, enterprise, Buffer.from(options.certificatePem));
  const { token } = await enrolDevice(storage, enterprise, 'desk-1');
  return { enterprise, token };
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/** A device talking to the gateway with real fetch. */
export function client(url: string, token: string | null) {
  const headers = (extra: Record<string, string> = {}) => ({ ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra });
  return {
    async get<T = unknown>(path: string): Promise<ApiAnswer<T>> {
      const res = await fetch(`${url}${path}`, { headers: headers() });
      return { status: res.status, body: (await res.json()) as T };
    },
    async post<T = unknown>(path: string, body: unknown): Promise<ApiAnswer<T>> {
      const res = await fetch(`${url}${path}`, { method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as T };
    },
  };
}
