import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/settings/schema';
import { Backend } from '../../electron/backend/backend.node';
import { runUtilityProcess, serveBackend } from '../../electron/backend/utility-entry.node';
import {
  parseChildMessage,
  parseParentMessage,
  parseRequest,
  type ElectronPortLike,
  type PortLike,
} from '../../electron/backend/utility-protocol';
import { BackendClient } from '../../electron/main/backend-client';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

/** Node's worker_threads port hands listeners the value itself; PortLike wants exactly that. */
function nodePort(port: MessagePort): PortLike {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => void port.on('message', listener),
    onClose: (listener) => void port.on('close', listener),
    close: () => port.close(),
  };
}

/** The same port dressed as Electron's MessagePortMain ({ data } events, explicit start). */
function electronLikePort(port: MessagePort): ElectronPortLike {
  const emitter = new EventEmitter();
  port.on('message', (data) => emitter.emit('message', { data }));
  port.on('close', () => emitter.emit('close'));
  return {
    postMessage: (message) => port.postMessage(message),
    on: (event: 'message' | 'close', listener: (...args: never[]) => void) => emitter.on(event, listener as () => void),
    start: () => undefined,
    close: () => port.close(),
  } as ElectronPortLike;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

describe('utility protocol messages', () => {
  it('parses the lifecycle messages and nothing else', () => {
    expect(parseParentMessage({ type: 'init', profileDir: '/p', version: '1.0.0' })).toEqual({ type: 'init', profileDir: '/p', version: '1.0.0' });
    expect(parseParentMessage({ type: 'shutdown' })).toEqual({ type: 'shutdown' });
    expect(parseParentMessage({ type: 'init', profileDir: '', version: '1' })).toBeNull();
    expect(parseParentMessage({ type: 'init', profileDir: '/p', version: '1', extra: true })).toBeNull();
    expect(parseParentMessage({ type: 'reboot' })).toBeNull();
    expect(parseParentMessage('init')).toBeNull();
  });

  it('parses requests by id, name and input', () => {
    expect(parseRequest({ id: 3, name: 'documents.get', input: { id: 'x' } })).toEqual({ id: 3, name: 'documents.get', input: { id: 'x' } });
    expect(parseRequest({ id: -1, name: 'documents.get', input: {} })).toBeNull();
    expect(parseRequest({ id: 1.5, name: 'documents.get', input: {} })).toBeNull();
    expect(parseRequest({ id: 1, input: {} })).toBeNull();
    expect(parseRequest(null)).toBeNull();
  });

  it('parses responses and contract events, rejecting unknown events and bad payloads', () => {
    expect(parseChildMessage({ id: 1, result: { ok: true, value: 42 } })).toEqual({ id: 1, result: { ok: true, value: 42 } });
    const error = { code: 'NOT_FOUND', messageZh: '未找到', messageEn: 'Not found' };
    expect(parseChildMessage({ id: 2, result: { ok: false, error } })).toEqual({ id: 2, result: { ok: false, error } });
    expect(parseChildMessage({ id: 2, result: { ok: false, error: { code: 'BOOM' } } })).toBeNull();
    const settings = { ...defaultSettings, language: 'en' };
    expect(parseChildMessage({ event: 'settings.changed', payload: settings })).toEqual({ event: 'settings.changed', payload: settings });
    expect(parseChildMessage({ event: 'settings.changed', payload: { ...settings, language: 'fr' } })).toBeNull();
    expect(parseChildMessage({ event: 'system.format', payload: {} })).toBeNull();
    expect(parseChildMessage({ id: 1 })).toBeNull();
  });
});

describe('backend over a MessagePort, without Electron', () => {
  function connect(profileDir: string): { client: BackendClient; events: Array<{ event: string; payload: unknown }>; backend: Backend } {
    const backend = new Backend({ profileDir, version: 'test' });
    const { port1, port2 } = new MessageChannel();
    const stop = serveBackend(nodePort(port2), backend);
    const events: Array<{ event: string; payload: unknown }> = [];
    const client = new BackendClient(nodePort(port1), (event, payload) => events.push({ event, payload }));
    cleanups.push(() => {
      stop();
      port1.close();
      port2.close();
      backend.close();
    });
    return { client, events, backend };
  }

  it('creates, saves and reads back a declaration, and the change events arrive', async () => {
    const { client, events } = connect(tempProfile());
    const created = await client.call('documents.create', { kind: 'declaration', direction: 'I' });
    if (!created.ok) throw new Error(created.error.messageEn);
    const doc = created.value as { id: string; revision: number };

    const saved = await client.call('documents.save', {
      id: doc.id,
      baseRevision: doc.revision,
      body: { kind: 'declaration', data: { head: { ieFlag: 'I', tradeName: '宁波进口贸易有限公司', billNo: 'MSKU7654321' } } },
    });
    expect(saved).toMatchObject({ ok: true, value: { id: doc.id, revision: doc.revision + 1 } });

    const read = await client.call('documents.get', { id: doc.id });
    expect(read).toMatchObject({ ok: true, value: { body: { data: { head: { tradeName: '宁波进口贸易有限公司', billNo: 'MSKU7654321' } } } } });

    await expect.poll(() => events.length).toBeGreaterThanOrEqual(2);
    expect(events).toContainEqual({ event: 'documents.changed', payload: { ids: [doc.id] } });
    expect(client.pendingCount).toBe(0);
  });

  it('answers many concurrent calls, each to its own caller', async () => {
    const { client } = connect(tempProfile());
    const results = await Promise.all(Array.from({ length: 20 }, () => client.call('documents.create', { kind: 'declaration' })));
    const ids = results.map((r) => (r.ok ? (r.value as { id: string }).id : 'failed'));
    expect(new Set(ids).size).toBe(20);
  });

  it('carries errors as typed values: bad input and unknown calls', async () => {
    const { client } = connect(tempProfile());
    expect(await client.call('documents.get', { id: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'id' } });
    expect(await client.call('documents.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it('pushes settings.changed for the menu', async () => {
    const { client, events } = connect(tempProfile());
    expect(await client.call('settings.update', { language: 'en' })).toMatchObject({ ok: true, value: { language: 'en' } });
    await expect.poll(() => events).toContainEqual({ event: 'settings.changed', payload: expect.objectContaining({ language: 'en' }) });
  });

  it('resolves pending calls to INTERNAL when the connection dies, and refuses later ones', async () => {
    const { port1 } = new MessageChannel(); // nobody serves the other end
    const client = new BackendClient(nodePort(port1), () => undefined);
    cleanups.push(() => port1.close());
    const pending = client.call('app.status', {});
    expect(client.pendingCount).toBe(1);
    client.failAll({ code: 'INTERNAL', messageZh: '后台停止', messageEn: 'backend stopped' });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await client.call('app.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', messageZh: expect.any(String), messageEn: expect.any(String) } });
  });

  it('answers input that cannot cross a port with INTERNAL instead of throwing', async () => {
    const { client } = connect(tempProfile());
    expect(await client.call('documents.get', { id: () => 1 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('utility process entry (init over the parent port)', () => {
  it('serves the backend on the port sent with init and closes it on shutdown', async () => {
    const parent = new EventEmitter();
    const exits: number[] = [];
    runUtilityProcess(parent as never, { exit: (code) => exits.push(code) });

    const { port1, port2 } = new MessageChannel();
    cleanups.push(() => {
      port1.close();
      port2.close();
    });
    const profileDir = tempProfile();
    parent.emit('message', { data: { type: 'init', profileDir, version: '9.9.9' }, ports: [electronLikePort(port2)] });

    const client = new BackendClient(nodePort(port1), () => undefined);
    expect(await client.call('app.status', {})).toMatchObject({ ok: true, value: { state: 'ready', profileDir, version: '9.9.9' } });

    // A second init is ignored: one backend per process.
    parent.emit('message', { data: { type: 'init', profileDir: tempProfile(), version: 'x' }, ports: [] });
    expect(await client.call('app.status', {})).toMatchObject({ ok: true, value: { profileDir } });

    parent.emit('message', { data: { type: 'shutdown' }, ports: [] });
    expect(exits).toEqual([0]);
  });

  it('exits when init arrives without a port', () => {
    const parent = new EventEmitter();
    const exits: number[] = [];
    runUtilityProcess(parent as never, { exit: (code) => exits.push(code) });
    parent.emit('message', { data: { type: 'init', profileDir: tempProfile(), version: '1' }, ports: [] });
    expect(exits).toEqual([1]);
  });
});
