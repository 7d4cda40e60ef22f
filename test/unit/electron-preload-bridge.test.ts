import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createBridge, type RendererIpc } from '../../electron/preload/bridge';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../electron/preload/ipc-channels';
import { callNames } from '../../shared/ipc/contract';

/** Stands in for Electron's ipcRenderer (the true edge): records invokes, delivers sends. */
class FakeRendererIpc extends EventEmitter implements RendererIpc {
  readonly invoked: unknown[][] = [];
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return Promise.resolve({ ok: true, value: { echoed: args } });
  }
  /** What main's webContents.send does: the listener gets an IPC event object first. */
  deliver(envelope: unknown): void {
    this.emit(EVENT_CHANNEL, { sender: 'ipc-event-with-sender' }, envelope);
  }
}

describe('preload bridge (window.clearway)', () => {
  it('exposes one named function per contract call, and only those plus on', () => {
    const api = createBridge(new FakeRendererIpc()) as unknown as Record<string, Record<string, unknown>>;
    const namespaces = [...new Set(callNames.map((n) => n.split('.')[0]))];
    expect(Object.keys(api).sort()).toEqual([...namespaces, 'on'].sort());
    for (const name of callNames) {
      const [ns, method] = name.split('.') as [string, string];
      expect(typeof api[ns]?.[method]).toBe('function');
    }
    for (const forbidden of ['invoke', 'send', 'ipcRenderer', 'call']) expect(api).not.toHaveProperty(forbidden);
  });

  it('sends each call on the call channel with its contract name', async () => {
    const ipc = new FakeRendererIpc();
    const api = createBridge(ipc);
    const result = await api.documents.get({ id: 'abc' });
    expect(ipc.invoked).toEqual([[CALL_CHANNEL, 'documents.get', { id: 'abc' }]]);
    expect(result).toEqual({ ok: true, value: { echoed: ['documents.get', { id: 'abc' }] } });
  });

  it('delivers only the subscribed event, without the IPC event object, until unsubscribed', () => {
    const ipc = new FakeRendererIpc();
    const api = createBridge(ipc);
    const received: unknown[][] = [];
    const off = api.on('settings.changed', (...args: unknown[]) => received.push(args));

    ipc.deliver({ event: 'documents.changed', payload: { ids: ['x'] } });
    ipc.deliver({ event: 'settings.changed', payload: { language: 'en' } });
    ipc.deliver(undefined);
    expect(received).toEqual([[{ language: 'en' }]]);

    off();
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(0);
    ipc.deliver({ event: 'settings.changed', payload: { language: 'zh-CN' } });
    expect(received).toHaveLength(1);
  });
});
