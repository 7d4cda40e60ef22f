import type Database from 'better-sqlite3';
import { defaultSettings as defaults, SettingsSchema, type Settings } from '../../../shared/settings/schema';

/** Per-profile preferences as key/value rows; unknown or invalid stored values fall back to defaults. */
export class SettingsRepository {
  constructor(private readonly db: Database.Database) {}

  get(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const stored: Record<string, unknown> = {};
    for (const row of rows) stored[row.key] = JSON.parse(row.value) as unknown;
    const parsed = SettingsSchema.partial().safeParse(stored);
    return { ...defaults, ...(parsed.success ? parsed.data : {}) };
  }

  update(patch: Partial<Settings>): Settings {
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
    return this.get();
  }
}
