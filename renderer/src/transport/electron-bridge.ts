import type { RawApi } from '../../../shared/ipc/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the UI runs in a browser against the host. */
    clearway?: RawApi;
  }
}

export function electronRawApi(): RawApi | null {
  return window.clearway ?? null;
}
