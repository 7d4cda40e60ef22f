import { isAppUrl } from './navigation';

export interface SenderInfo {
  /** webContents.id of the sender. */
  senderId: number;
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** The frame has no parent. */
  isMainFrame: boolean;
}

/**
 * An IPC message is served only when it comes from our window's main frame showing our own
 * origin: not a subframe, not another webContents (devtools, a stray window), not a page
 * that somehow navigated elsewhere.
 */
export function isTrustedSender(sender: SenderInfo, windowContentsId: number | null | undefined): boolean {
  if (windowContentsId === null || windowContentsId === undefined) return false;
  return sender.senderId === windowContentsId && sender.isMainFrame && isAppUrl(sender.frameUrl);
}
