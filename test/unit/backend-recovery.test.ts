import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import { DATABASE_FILE } from '../../electron/backend/store/open-database.node';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();
const garbage = Buffer.from('this is not an SQLite database, it is a damaged file '.repeat(200));

async function status(backend: Backend) {
  const result = await backend.call('app.status', {});
  if (!result.ok) throw new Error(result.error.messageEn);
  return result.value as { state: string; profileDir: string; problem?: { code: string; messageZh: string; messageEn: string } };
}

describe('recovery instead of a silent empty start', () => {
  it('reports an unreadable database, leaves its bytes alone and refuses document calls', async () => {
    const dir = tempProfile();
    writeFileSync(join(dir, DATABASE_FILE), garbage);
    const backend = new Backend({ profileDir: dir, version: 'test' });
    const s = await status(backend);
    expect(s.state).toBe('recovery');
    expect(s.problem?.code).toBe('DATABASE_UNREADABLE');
    expect(s.problem?.messageZh).toContain(join(dir, DATABASE_FILE));
    expect(await backend.call('documents.list', {})).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } });
    expect(readFileSync(join(dir, DATABASE_FILE)).equals(garbage)).toBe(true);
    backend.close();
  });

  it('moves the damaged file aside only when asked, then starts a new database', async () => {
    const dir = tempProfile();
    writeFileSync(join(dir, DATABASE_FILE), garbage);
    const backend = new Backend({ profileDir: dir, version: 'test' });
    expect((await status(backend)).state).toBe('recovery');
    const reset = await backend.call('profile.resetDatabase', {});
    expect(reset).toMatchObject({ ok: true, value: { state: 'ready' } });
    const aside = readdirSync(dir).find((f) => f.startsWith(`${DATABASE_FILE}.unreadable-`) && !f.endsWith('-wal') && !f.endsWith('-shm'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside as string)).equals(garbage)).toBe(true);
    expect(await backend.call('documents.list', {})).toEqual({ ok: true, value: [] });
    backend.close();
  });

  it('refuses to reset a database that is fine', async () => {
    const backend = new Backend({ profileDir: tempProfile(), version: 'test' });
    expect(await backend.call('profile.resetDatabase', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    backend.close();
  });

  it('reports a profile folder that cannot be written and switches to another one', async () => {
    const base = tempProfile();
    const blocker = join(base, 'not-a-folder');
    writeFileSync(blocker, 'a file where the profile folder should be');
    const backend = new Backend({ profileDir: join(blocker, 'profile'), version: 'test' });
    const s = await status(backend);
    expect(s.problem?.code).toBe('PROFILE_NOT_WRITABLE');
    expect(s.problem?.messageEn).toContain('Cannot write');

    const other = join(base, 'elsewhere');
    expect(await backend.call('profile.useFolder', { dir: other })).toMatchObject({ ok: true, value: { state: 'ready', profileDir: other } });
    expect(existsSync(join(other, DATABASE_FILE))).toBe(true);
    backend.close();
  });
});
