import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Which process has the profile's database open for the broker: the desktop app's backend or
 * the browser host writes this file while its store is open and removes it when the store
 * closes. `clearway restore` reads it: swapping the database files under a running app would
 * leave the app writing to a file that is no longer the profile's.
 *
 * A process id and not a file lock because Node has no portable one; a file left by a crash
 * names a process that no longer exists and is ignored. (Should the system have given that id
 * to another process since, the refusal says which file to delete.)
 */
export const IN_USE_FILE = 'clearway.in-use.json';

const InUseSchema = z.object({ pid: z.number().int().positive(), since: z.string() });
export type ProfileUser = z.infer<typeof InUseSchema>;

/** Writes the mark for this process; the function returned removes it (if it is still ours). */
export function markProfileInUse(profileDir: string, now: Date): () => void {
  const path = join(profileDir, IN_USE_FILE);
  const mine: ProfileUser = { pid: process.pid, since: now.toISOString() };
  try {
    writeFileSync(path, `${JSON.stringify(mine)}\n`);
  } catch {
    // A read-only folder opens no store anyway; the mark is a courtesy to the CLI, not a lock.
    return () => undefined;
  }
  return () => {
    if (readMark(path)?.pid === process.pid) rmSync(path, { force: true });
  };
}

function readMark(path: string): ProfileUser | null {
  try {
    const parsed = InUseSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Another live process that has the profile open, or null. */
export function otherProfileUser(profileDir: string): (ProfileUser & { file: string }) | null {
  const file = join(profileDir, IN_USE_FILE);
  const mark = readMark(file);
  if (!mark || mark.pid === process.pid || !isAlive(mark.pid)) return null;
  return { ...mark, file };
}
