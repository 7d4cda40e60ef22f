import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

export const TEST_PG_URL = process.env.CLEARWAY_TEST_PG_URL || 'postgres://clearway:clearway@127.0.0.1:5432/clearway';

/** The same server and credentials, another database. */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    // Never skip: a PostgreSQL test that cannot reach its server fails, loudly.
    throw new Error(`PostgreSQL is unreachable at ${TEST_PG_URL} (set CLEARWAY_TEST_PG_URL): ${String(error)}`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway database for this test file: created before its tests, dropped after (FORCE ends
 * whatever connections a test left open). Returns a getter for its URL.
 */
export function useThrowawayPostgres(): () => string {
  const name = `clearway_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  let url: string | null = null;
  beforeAll(async () => {
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
    url = withDatabase(TEST_PG_URL, name);
  });
  afterAll(async () => {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  return () => {
    if (!url) throw new Error('the throwaway PostgreSQL database is not ready (use it inside a test)');
    return url;
  };
}
