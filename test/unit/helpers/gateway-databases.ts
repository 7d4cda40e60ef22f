import pg from 'pg';

const baseUrl = process.env.CLEARWAY_TEST_PG_URL ?? 'postgres://clearway:clearway@127.0.0.1:5432/clearway';

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL database for one test file; fails loudly when PostgreSQL is unreachable. */
export async function throwawayDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
