/** The areas of the navigation, in order; Alt+<key> jumps to each. */
export const areas = [
  { id: 'declarations', labelKey: 'nav.declarations', key: '1' },
  { id: 'packing-lists', labelKey: 'nav.packingLists', key: '2' },
  { id: 'tracking', labelKey: 'nav.tracking', key: '3' },
  { id: 'fees', labelKey: 'nav.fees', key: '4' },
  { id: 'outbox', labelKey: 'nav.outbox', key: '5' },
  { id: 'settings', labelKey: 'nav.settings', key: '6' },
  { id: 'libraries', labelKey: 'libraries.nav', key: '7' },
] as const;

export type AreaId = (typeof areas)[number]['id'];
export type AreaLabelKey = (typeof areas)[number]['labelKey'];
