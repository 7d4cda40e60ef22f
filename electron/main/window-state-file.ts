import { readSmallJson, writeSmallJson } from './small-json-file';
import { parseWindowState, type WindowState } from './window-state';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved state, or null when there is none or it cannot be read: a bad file only costs the layout. */
export function readWindowState(path: string): WindowState | null {
  return parseWindowState(readSmallJson(path));
}

/** Written whole (see small-json-file.ts). */
export function writeWindowState(path: string, state: WindowState): void {
  try {
    writeSmallJson(path, state);
  } catch (error) {
    console.error(`[clearway main] could not save the window layout: ${error instanceof Error ? error.message : String(error)}`);
  }
}
