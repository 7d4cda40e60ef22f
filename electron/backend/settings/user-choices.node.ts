import type Database from 'better-sqlite3';
import { SettingsSchema, type SettingKey } from '../../../shared/settings/schema';
import type { UserChoices } from '../../../shared/settings/resolve';

/**
 * The settings the user chose in this profile (the `settings` table), key by key: a row that no
 * longer parses counts as never chosen, and so does null (a cleared field falls back to the
 * policy's value or the built-in default, the same rule as the sync settings).
 */
export function userSettingChoices(db: Database.Database): UserChoices {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> = SettingsSchema.shape;
  const choices: UserChoices = {};
  for (const row of rows) {
    const field = Object.hasOwn(shape, row.key) ? shape[row.key] : undefined;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      continue;
    }
    if (!field || value === null || !field.safeParse(value).success) continue;
    choices[row.key as SettingKey] = value as string | boolean;
  }
  return choices;
}
