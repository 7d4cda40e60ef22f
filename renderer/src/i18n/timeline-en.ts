import type { timelineZh } from './timeline-zh';

/** English for the declaration page's timeline; same keys as timeline-zh.ts. */
export const timelineEn: typeof timelineZh = {
  timeline: {
    title: 'Clearance + logistics',
    loading: 'Loading…',
    label: 'Customs and logistics steps',
    overall: 'Overall clearance time {{hours}} h',
    awaited: 'Awaited',
    after: '+{{hours}} h',
    before: '{{hours}} h before',
    declaredEarly: 'Declared {{hours}} h before arrival',
    fromPreviousLabel: 'Since the previous step',
    sources: { receipt: 'Receipt', gateway: 'Gateway', import: 'Import', manual: 'Manual' },
    container: 'Box {{no}}',
    note: 'Note: {{note}}',
    delete: 'Delete',
    deleteLabel: 'Delete event {{kind}} {{time}}',
    deleted: 'Event deleted: {{kind}}',
    otherEvents: 'Other events',
    add: {
      title: 'Add an event by hand',
      kind: 'Event',
      at: 'When',
      container: 'Container (optional)',
      containerPlaceholder: 'e.g. MSCU1234567',
      note: 'Note (optional)',
      submit: 'Add event',
      added: 'Event added: {{kind}}',
      outcome: 'Inspection result',
      outcomeNone: 'Not recorded',
      needTime: 'Enter when it happened.',
    },
  },
};
