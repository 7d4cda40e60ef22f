import type { linkedFindingsZh } from './linked-findings-zh';

/** English for the linked packing lists' findings; same keys as linked-findings-zh.ts. */
export const linkedFindingsEn: typeof linkedFindingsZh = {
  linked: {
    title: 'Linked packing lists: {{count}}',
    crossLabel: 'Declaration against packing lists',
    crossNone: 'Packages, weights, containers and commodity codes agree with the packing lists.',
    clean: 'no findings',
    opensAt: 'click to open the packing list there',
    declarationLabel: 'Checked against the declaration (click to open it there)',
  },
};
