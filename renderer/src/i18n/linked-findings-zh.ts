/** Findings of the linked packing lists shown in the declaration editor, merged into zh-cn.ts. */
export const linkedFindingsZh = {
  linked: {
    title: '关联装箱单（{{count}} 份）',
    crossLabel: '报关单与装箱单核对结果',
    crossNone: '件数、重量、集装箱、商品编号与装箱单一致。',
    clean: '没有问题',
    opensAt: '点击打开装箱单到该处',
    declarationLabel: '与报关单核对结果（点击打开报关单到该处）',
  },
};
