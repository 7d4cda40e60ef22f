/** Undo/redo and the revision history (版本历史), merged into zh-cn.ts. */
export const historyZh = {
  history: {
    open: '版本历史…',
    title: '版本历史',
    hint: '↑/↓ 选择 · Enter 恢复 · Esc 关闭',
    note: '每次保存都会留下一个版本。恢复某个版本会把它另存为最新版本，之后的版本仍然保留。',
    loading: '正在读取版本…',
    listLabel: '已保存的版本',
    revision: '版本 {{revision}}',
    untitled: '（未命名）',
    counts: '{{rows}} 项/行 · {{containers}} 个集装箱',
    current: '当前版本',
    restore: '恢复',
    restoreLabel: '恢复版本 {{revision}}',
    restored: '已恢复版本 {{revision}}，另存为版本 {{now}}。',
    close: '关闭',
    undoKeys: 'Ctrl+Z 撤销 · Ctrl+Y 重做',
    undo: '撤销',
    redo: '重做',
  },
};
