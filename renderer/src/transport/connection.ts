/** Whether backend events are currently arriving; `true` after a reconnect means "reload, you may have missed some". */
export type ConnectionListener = (online: boolean) => void;

export interface ConnectionStatus {
  isOnline(): boolean;
  onChange(listener: ConnectionListener): () => void;
}

/** Electron's IPC does not drop; its connection is always up. */
export const alwaysOnline: ConnectionStatus = {
  isOnline: () => true,
  onChange: () => () => undefined,
};
