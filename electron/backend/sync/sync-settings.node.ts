import type Database from 'better-sqlite3';
import { z } from 'zod';
import { SyncChannelKind, type SyncConfigureInput, type SyncSettings } from '../../../shared/sync/schema';
import { noPolicy, resolveSetting, type AppliedPolicy, type UserChoices } from '../../../shared/settings/resolve';

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

/**
 * What the user chose, key by key (a stored key that no longer parses counts as never chosen).
 * Only keys set through sync.configure are stored, so a policy's machine-wide default shows
 * through wherever the user has not chosen.
 */
function storedChoices(db: Database.Database): Partial<StoredSyncSettings> {
  const text = readSyncState(db, SETTINGS_KEY);
  if (!text) return {};
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== 'object' || raw === null) return {};
  const choices: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(StoredSettingsSchema.shape)) {
    const value: unknown = (raw as Record<string, unknown>)[key];
    if (value !== undefined && field.safeParse(value).success) choices[key] = value;
  }
  return choices as Partial<StoredSyncSettings>;
}

/**
 * The user's sync choices under the settings' names. An empty gateway URL or ImpPath is "not
 * chosen" (profiles before issue 9 stored every field, nulls included), so a policy value fills it.
 */
export function syncUserChoices(db: Database.Database): UserChoices {
  const stored = storedChoices(db);
  const user: UserChoices = {};
  if (stored.channel !== undefined) user.syncChannel = stored.channel;
  if (stored.gatewayUrl) user.gatewayUrl = stored.gatewayUrl;
  if (stored.impPath) user.impPath = stored.impPath;
  if (stored.autoSend !== undefined) user.autoSend = stored.autoSend;
  return user;
}

/** The EFFECTIVE sync settings: the user's choices under the machine-wide policy (see shared/settings/resolve). */
export function loadSyncSettings(db: Database.Database, policy: AppliedPolicy = noPolicy): StoredSyncSettings {
  const user = syncUserChoices(db);
  const value = (key: 'syncChannel' | 'gatewayUrl' | 'impPath' | 'autoSend') => resolveSetting(key, policy, user).value;
  const channel = SyncChannelKind.safeParse(value('syncChannel'));
  const gatewayUrl = value('gatewayUrl');
  const impPath = value('impPath');
  return {
    channel: channel.success ? channel.data : defaults.channel,
    gatewayUrl: typeof gatewayUrl === 'string' ? gatewayUrl.replace(/\/+$/, '') : null,
    deviceToken: storedChoices(db).deviceToken ?? null,
    impPath: typeof impPath === 'string' ? impPath : null,
    autoSend: value('autoSend') !== false,
  };
}

/**
 * Applies a configure call (locked keys were refused before this). When the place receipts come
 * from changes (another gateway, another token, another ImpPath), that channel's cursor is
 * forgotten: the new feed is read from its start and receipts already stored are recognised by
 * their hash. Answers the effective settings.
 */
export function saveSyncSettings(db: Database.Database, patch: SyncConfigureInput, policy: AppliedPolicy = noPolicy): StoredSyncSettings {
  return db.transaction(() => {
    const before = loadSyncSettings(db, policy);
    const next: Partial<StoredSyncSettings> = storedChoices(db);
    if (patch.channel !== undefined) next.channel = patch.channel;
    if (patch.gatewayUrl !== undefined) next.gatewayUrl = patch.gatewayUrl === null ? null : patch.gatewayUrl.replace(/\/+$/, '');
    if (patch.deviceToken !== undefined) next.deviceToken = patch.deviceToken;
    if (patch.impPath !== undefined) next.impPath = patch.impPath;
    if (patch.autoSend !== undefined) next.autoSend = patch.autoSend;
    writeSyncState(db, SETTINGS_KEY, JSON.stringify(next));
    const after = loadSyncSettings(db, policy);
    if (after.gatewayUrl !== before.gatewayUrl || after.deviceToken !== before.deviceToken) {
      db.prepare('DELETE FROM sync_state WHERE key IN (?, ?)').run(cursorKey('gateway'), milestoneCursorKey('gateway'));
    }
    if (after.impPath !== before.impPath) db.prepare('DELETE FROM sync_state WHERE key = ?').run(cursorKey('transfer-folder'));
    return after;
  })();
}

/** Submissions go through a configured gateway whose device token is missing (a restored backup leaves it out). */
export function deviceTokenMissing(settings: StoredSyncSettings): boolean {
  return settings.channel === 'gateway' && settings.gatewayUrl !== null && settings.deviceToken === null;
}

/**
 * Takes the device token out of a copy of the profile database (a backup: see runBackup). The
 * token lets whoever holds it submit for the enterprise, and a backup file travels (USB sticks,
 * e-mail, a shared drive), so it does not go with it. A settings row that no longer parses is
 * dropped whole, as it might hold the token in any shape. Answers whether a token was removed.
 */
export function removeDeviceToken(db: Database.Database): boolean {
  const text = readSyncState(db, SETTINGS_KEY);
  if (!text) return false;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    db.prepare('DELETE FROM sync_state WHERE key = ?').run(SETTINGS_KEY);
    return true;
  }
  const { deviceToken, ...rest } = raw as Record<string, unknown>;
  if (deviceToken === undefined || deviceToken === null) return false;
  writeSyncState(db, SETTINGS_KEY, JSON.stringify(rest));
  return true;
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
