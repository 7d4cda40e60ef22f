/** What the restore path field accepts before asking the backend (which checks the file itself). */
export type RestorePathProblem = { kind: 'empty' } | { kind: 'relative'; path: string } | null;

/** The backend resolves nothing relative to the UI: the administrator types a full path. */
export function restorePathProblem(raw: string): RestorePathProblem {
  const path = raw.trim().replace(/^"(.*)"$/, '$1');
  if (path === '') return { kind: 'empty' };
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return { kind: 'relative', path };
  return null;
}

/** Windows "Copy as path" wraps the path in quotes: take them off. */
export const cleanRestorePath = (raw: string): string => raw.trim().replace(/^"(.*)"$/, '$1');
