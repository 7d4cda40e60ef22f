import { randomBytes } from 'node:crypto';
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runUtilityProcess } from '../../electron/backend/utility-entry.node';
import { parseParentMessage, type ElectronPortLike, type InitMessage, type PortLike } from '../../electron/backend/utility-protocol';
import { BackendSupervisor } from '../../electron/main/backend-supervisor';
import { loadOrCreateDataKey, type DataKeyFiles, type SafeStorageLike } from '../../electron/main/data-key';
import { useTempProfiles } from './helpers/temp-profile';

/** A safeStorage stand-in: reversible, but visibly not the plain text (a fake at the true edge: the OS keychain). */
function fakeSafeStorage(available = true, secret = 7): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ secret)),
    decryptString: (encrypted) => {
      const text = Buffer.from([...encrypted].map((b) => b ^ secret)).toString('utf8');
      if (!/^[A-Za-z0-9+/=]+$/.test(text)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text;
    },
  };
}

function memoryFiles(): DataKeyFiles & { files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  return { files, read: (p) => files.get(p) ?? null, write: (p, d) => void files.set(p, Buffer.from(d)) };
}

describe('desktop data key (Electron main, safeStorage)', () => {
  it('is created once, stored only encrypted, and read back the same on the next start', () => {
    const fs = memoryFiles();
    const first = loadOrCreateDataKey(fakeSafeStorage(), fs, '/p/signing-key.bin');
    expect(first).toMatchObject({ ok: true, created: true });
    if (!first.ok) return;
    expect(first.key).toHaveLength(32);
    const stored = fs.files.get('/p/signing-key.bin') as Buffer;
    expect(stored.includes(first.key)).toBe(false);
    expect(stored.toString('utf8')).not.toContain(first.key.toString('base64'));

    const second = loadOrCreateDataKey(fakeSafeStorage(), fs, '/p/signing-key.bin');
    expect(second).toMatchObject({ ok: true, created: false });
    if (second.ok) expect(second.key.equals(first.key)).toBe(true);
  });

  it('falls back to the passphrase mode when safeStorage is unavailable, writing nothing', () => {
    const fs = memoryFiles();
    expect(loadOrCreateDataKey(fakeSafeStorage(false), fs, '/p/k')).toEqual({ ok: false, reason: 'encryption-unavailable' });
    expect(fs.files.size).toBe(0);
  });

  it('never overwrites a key file it cannot decrypt (keys sealed with it would be lost)', () => {
    const fs = memoryFiles();
    loadOrCreateDataKey(fakeSafeStorage(true, 7), fs, '/p/k');
    const before = Buffer.from(fs.files.get('/p/k') as Buffer);
    expect(loadOrCreateDataKey(fakeSafeStorage(true, 99), fs, '/p/k')).toEqual({ ok: false, reason: 'unreadable' });
    expect((fs.files.get('/p/k') as Buffer).equals(before)).toBe(true);
  });
});

describe('the data key travels from main to the backend process', () => {
  const tempProfile = useTempProfiles();

  it('the supervisor sends it with init, and the utility process opens the backend in "os" mode', async () => {
    const key = randomBytes(32).toString('base64');
    const inits: InitMessage[] = [];
    const idlePort: PortLike = { postMessage: () => undefined, onMessage: () => undefined, onClose: () => undefined, close: () => undefined };
    const supervisor = new BackendSupervisor({
      launch: (init) => {
        inits.push(init);
        return { port: idlePort, shutdown: () => undefined, kill: () => undefined, onExit: () => undefined };
      },
      init: { type: 'init', profileDir: tempProfile(), version: 'test' },
    });
    supervisor.setDataKey(key);
    supervisor.start();
    expect(inits[0]?.dataKey).toBe(key);

    // The child side: a real utility entry over a real MessageChannel.
    const parsed = parseParentMessage({ ...inits[0], profileDir: tempProfile() });
    expect(parsed).toMatchObject({ type: 'init', dataKey: key });
    const { port1, port2 } = new MessageChannel();
    const electronLike = {
      postMessage: (m: unknown) => port2.postMessage(m),
      on: (event: 'message' | 'close', listener: (arg: { data: unknown }) => void) => port2.on(event, (data: unknown) => listener({ data })),
      start: () => port2.start(),
      close: () => port2.close(),
    } as unknown as ElectronPortLike;
    const parent: { send?: (event: { data: unknown; ports: readonly ElectronPortLike[] }) => void; exited?: number } = {};
    runUtilityProcess({ on: (_e, listener) => (parent.send = listener) }, { exit: (code) => (parent.exited = code) });
    parent.send?.({ data: parsed, ports: [electronLike] });
    const answer = new Promise<unknown>((resolve) => port1.once('message', resolve));
    port1.postMessage({ id: 1, name: 'keys.status', input: {} });
    expect(await answer).toMatchObject({ id: 1, result: { ok: true, value: { protection: 'os', unlocked: true } } });
    parent.send?.({ data: { type: 'shutdown' }, ports: [] });
    expect(parent.exited).toBe(0);
    port1.close();
  });

  it('rejects an init whose data key is not 32 bytes of base64', () => {
    expect(parseParentMessage({ type: 'init', profileDir: '/p', version: 'v', dataKey: 'short' })).toBeNull();
  });
});
