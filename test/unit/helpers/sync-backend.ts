import { join } from 'node:path';
import { Backend, type BackendOptions } from '../../../electron/backend/backend.node';
import type { DocumentBody } from '../../../shared/model/documents';
import type { CallResult } from '../../../shared/ipc/errors';
import type { AppErrorValue } from '../../../shared/ipc/errors';

export const seedsDir = join(process.cwd(), 'seeds');

/** A backend on a real profile folder, with the sync timers off so a test drives each step. */
export function syncBackend(profileDir: string, extra: Partial<BackendOptions> = {}): Backend {
  return new Backend({ profileDir, version: 'test', seedsDir, ...extra, sync: { timers: false, changeDebounceMs: 1, ...extra.sync } });
}

export async function ok<T>(backend: Backend, name: string, input: unknown = {}): Promise<T> {
  const result = (await backend.call(name, input)) as CallResult<T>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.messageEn}`);
  return result.value;
}

export async function failure(backend: Backend, name: string, input: unknown = {}): Promise<AppErrorValue> {
  const result = (await backend.call(name, input)) as CallResult<unknown>;
  if (result.ok) throw new Error(`${name} succeeded, a failure was expected`);
  return result.error;
}

export async function saveNew(backend: Backend, body: DocumentBody): Promise<string> {
  const created = await ok<{ id: string }>(backend, 'documents.create', { kind: body.kind });
  await ok(backend, 'documents.save', { id: created.id, baseRevision: 1, body });
  return created.id;
}

export function syncOf(backend: Backend) {
  const sync = backend.syncService();
  if (!sync) throw new Error('the sync service is not running');
  return sync;
}
