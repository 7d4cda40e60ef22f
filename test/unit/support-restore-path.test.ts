import { describe, expect, it } from 'vitest';
import { cleanRestorePath, restorePathProblem } from '../../renderer/src/areas/settings/support/restore-path';

describe('the restore path field', () => {
  it('asks for a full path, accepting Windows, UNC and POSIX forms and quotes from "Copy as path"', () => {
    expect(restorePathProblem('   ')).toEqual({ kind: 'empty' });
    expect(restorePathProblem('backup.clearway-backup')).toEqual({ kind: 'relative', path: 'backup.clearway-backup' });
    expect(restorePathProblem('..\\b.clearway-backup')).toMatchObject({ kind: 'relative' });
    for (const ok of ['/home/a/b.clearway-backup', 'D:\\备份\\b.clearway-backup', 'd:/x.clearway-backup', '\\\\server\\share\\b.clearway-backup', '"C:\\Users\\王芳\\b.clearway-backup"']) {
      expect(restorePathProblem(ok), ok).toBeNull();
    }
    expect(cleanRestorePath(' "C:\\a b\\x.clearway-backup" ')).toBe('C:\\a b\\x.clearway-backup');
  });
});
