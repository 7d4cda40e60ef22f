import type { GatewayStorage } from './storage';
import { SqliteStorage } from './sqlite-storage.node';
import { PostgresStorage } from './postgres-storage.node';

/** PostgreSQL when a database URL is given (DATABASE_URL), else the SQLite file in the data folder. */
export async function openStorage(options: { dataDir: string; databaseUrl?: string | undefined }): Promise<GatewayStorage> {
  if (options.databaseUrl) return PostgresStorage.open(options.databaseUrl);
  return SqliteStorage.open(options.dataDir);
}
