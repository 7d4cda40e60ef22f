import type { CallInput } from '../../../../shared/ipc/contract';
import type { UnloadOutcome } from './draft-session';

/** What the unload guard needs of an open document, whatever its kind. */
export interface UnloadableSession {
  hasUnsavedChanges(): boolean;
  saveNow(): Promise<void>;
  flushForUnload(send: (input: CallInput<'documents.save'>) => boolean): UnloadOutcome;
}

/**
 * Each editor's store registers how to find its open session, so the unload guard protects
 * declarations and packing lists alike without importing every editor.
 */
const sources: (() => UnloadableSession | null)[] = [];

export function registerSessionSource(source: () => UnloadableSession | null): void {
  if (!sources.includes(source)) sources.push(source);
}

export function openSessions(): UnloadableSession[] {
  return sources.map((source) => source()).filter((s): s is UnloadableSession => s !== null);
}
