import type { historyZh } from './history-zh';

/** English for undo/redo and the revision history; same keys as history-zh.ts. */
export const historyEn: typeof historyZh = {
  history: {
    open: 'Revision history…',
    title: 'Revision history',
    hint: '↑/↓ choose · Enter restore · Esc close',
    note: 'Every save leaves a revision. Restoring one saves it again as the newest revision; the revisions after it are kept.',
    loading: 'Reading revisions…',
    listLabel: 'Saved revisions',
    revision: 'Rev. {{revision}}',
    untitled: '(untitled)',
    counts: 'items/lines: {{rows}} · containers: {{containers}}',
    current: 'Current',
    restore: 'Restore',
    restoreLabel: 'Restore revision {{revision}}',
    restored: 'Revision {{revision}} restored, saved as revision {{now}}.',
    close: 'Close',
    undoKeys: 'Ctrl+Z undo · Ctrl+Y redo',
    undo: 'Undo',
    redo: 'Redo',
  },
};
