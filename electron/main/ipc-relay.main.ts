import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { isCallName } from '../../shared/ipc/contract';
import type { AppErrorValue, CallResult } from '../../shared/ipc/errors';
import { CALL_CHANNEL, EVENT_CHANNEL, type EventEnvelope } from '../preload/ipc-channels';
import type { BackendSupervisor } from './backend-supervisor';
import { isAppUrl } from './navigation';
import { isTrustedSender, type SenderInfo } from './trusted-sender';

export interface RelayOptions {
  backend: Pick<BackendSupervisor, 'call' | 'onEvent'>;
  /** Our window's webContents, or null while there is no window. */
  windowContents: () => WebContents | null;
}

const failure = (error: AppErrorValue): CallResult<never> => ({ ok: false, error });

const unauthorized = failure({
  code: 'UNAUTHORIZED',
  messageZh: '请求来源不受信任，已拒绝。',
  messageEn: 'The request did not come from the Clearway window and was refused.',
});

function senderInfo(event: IpcMainInvokeEvent): SenderInfo | null {
  try {
    const frame = event.senderFrame;
    return { senderId: event.sender.id, frameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null };
  } catch {
    return null; // the frame was destroyed while the message was in flight
  }
}

/**
 * The only file that uses ipcMain. One handler carries every contract call: check the sender,
 * check the name, forward to the backend, return its envelope. It never throws to the renderer.
 * Backend events go to our window on the event channel.
 */
export function installIpcRelay(options: RelayOptions): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown): Promise<CallResult<unknown>> => {
    const sender = senderInfo(event);
    if (!sender || !isTrustedSender(sender, options.windowContents()?.id)) return unauthorized;
    if (typeof name !== 'string' || !isCallName(name)) {
      const shown = String(name).slice(0, 100);
      return failure({ code: 'UNKNOWN_CALL', messageZh: `未知的调用：${shown}`, messageEn: `Unknown call: ${shown}` });
    }
    try {
      return await options.backend.call(name, input);
    } catch (error) {
      return failure({
        code: 'INTERNAL',
        messageZh: '程序内部错误，操作未完成。',
        messageEn: 'Internal error: the operation did not complete.',
        details: { reason: error instanceof Error ? error.message : String(error) },
      });
    }
  });

  const unsubscribe = options.backend.onEvent((event, payload) => {
    const contents = options.windowContents();
    if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
    const envelope: EventEnvelope = { event, payload };
    contents.send(EVENT_CHANNEL, envelope);
  });

  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    unsubscribe();
  };
}
