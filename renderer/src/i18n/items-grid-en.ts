import type { itemsGridZh } from './items-grid-zh';

/** English for the items grid; same keys as items-grid-zh.ts. */
export const itemsGridEn: typeof itemsGridZh = {
  itemsGrid: {
    gNo: 'No.',
    keys: 'Arrow keys move · Enter, F2 or typing edits the cell · Enter commits and goes down · Tab commits and goes right · Esc cancels · Delete clears',
    columns: {
      codeTs: 'HS code',
      gName: 'Name',
      gModel: 'Specification',
      gQty: 'Qty',
      gUnit: 'Unit',
      firstQty: '1st legal qty',
      firstUnit: '1st legal unit',
      secondQty: '2nd legal qty',
      secondUnit: '2nd legal unit',
      declPrice: 'Unit price',
      declTotal: 'Total',
      tradeCurr: 'Currency',
      originCountry: 'Origin',
      destinationCountry: 'Destination',
      districtCode: 'Domestic district',
      dutyMode: 'Duty mode',
    },
  },
};
