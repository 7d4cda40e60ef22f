import type Database from 'better-sqlite3';
import { z } from 'zod';
import { SyncChannelKind, type SyncConfigureInput, type SyncSettings } from '../../../shared/sync/schema';

/**
 * The sync settings, kept in the profile database (sync_state). The device token is stored in
 * clear on purpose: the profile folder is the user's own (like a browser profile's cookies), and
 * the token only lets this desktop submit for its enterprise; it never crosses back to the UI.
 */
const StoredSettingsSchema = z.object({
  channel: SyncChannelKind,
  gatewayUrl: z.string().nullable(),
  deviceToken: z.string().nullable(),
  impPath: z.string().nullable(),
  autoSend: z.boolean(),
});
export type StoredSyncSettings = z.infer<typeof StoredSettingsSchema>;

const defaults: StoredSyncSettings = { channel: 'gateway', gatewayUrl: null, deviceToken: null, impPath: null, autoSend: true };

const SETTINGS_KEY = 'settings';

export function readSyncState(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeSyncState(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function loadSyncSettings(db: Database.Database): StoredSyncSettings {
  const text = readSyncState(db, SETTINGS_KEY);
  if (!text) return { ...defaults };
  const parsed = StoredSettingsSchema.partial().safeParse(JSON.parse(text));
  return { ...defaults, ...(parsed.success ? parsed.data : {}) };
}

/**
 * Applies a configure call. When the place receipts come from changes (another gateway, another
 * token, another ImpPath), that channel's cursor is forgotten: the new feed is read from its start
 * and receipts already stored are recognised by their hash.
 */
export function saveSyncSettings(db: Database.Database, patch: SyncConfigureInput): StoredSyncSettings {
  return db.transaction(() => {
    const before = loadSyncSettings(db);
    const next: StoredSyncSettings = { ...before };
    if (patch.channel !== undefined) next.channel = patch.channel;
    if (patch.gatewayUrl !== undefined) next.gatewayUrl = patch.gatewayUrl === null ? null : patch.gatewayUrl.replace(/\/+$/, '');
    if (patch.deviceToken !== undefined) next.deviceToken = patch.deviceToken;
    if (patch.impPath !== undefined) next.impPath = patch.impPath;
    if (patch.autoSend !== undefined) next.autoSend = patch.autoSend;
    writeSyncState(db, SETTINGS_KEY, JSON.stringify(next));
    if (next.gatewayUrl !== before.gatewayUrl || next.deviceToken !== before.deviceToken) {
      db.prepare('DELETE FROM sync_state WHERE key IN (?, ?)').run(cursorKey('gateway'), milestoneCursorKey('gateway'));
    }
    if (next.impPath !== before.impPath) db.prepare('DELETE FROM sync_state WHERE key = ?').run(cursorKey('transfer-folder'));
    return next;
  })();
}

export function publicSettings(settings: StoredSyncSettings): SyncSettings {
  return {
    channel: settings.channel,
    gatewayUrl: settings.gatewayUrl,
    hasDeviceToken: settings.deviceToken !== null,
    impPath: settings.impPath,
    autoSend: settings.autoSend,
  };
}

export function cursorKey(channel: SyncChannelKind): string {
  return `cursor:${channel}`;
}

/** The logistics feed's own cursor (tracking), beside the receipts cursor of the same channel. */
export function milestoneCursorKey(channel: SyncChannelKind): string {
  return `milestones:${channel}`;
}
