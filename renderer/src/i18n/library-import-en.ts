import type { libraryImportZh } from './library-import-zh';

/** English texts of the library import; the keys mirror library-import-zh.ts. */
export const libraryImportEn: typeof libraryImportZh = {
  libImport: {
    button: 'Import from Excel',
    titleParties: 'Import parties from Excel',
    titleProducts: 'Import products from Excel',
    done: 'Imported: {{created}} added, {{updated}} updated',
    hintParties: 'Parties already in the library (same USCC or customs code) are updated, not added twice.',
    hintProducts: 'Products already in the library (same part no.) are updated, not added twice; legal units follow the tariff.',
  },
};
