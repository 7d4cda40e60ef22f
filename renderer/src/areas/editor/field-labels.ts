import type { TFunction } from 'i18next';
import type { DeclarationHead } from '../../../../shared/model/declaration';
import type { HeadField } from './declaration-head';

/** DecHead XML tags, for the label tooltips. */
export const xmlTags: Record<HeadField, string> = {
  ieFlag: 'IEFlag',
  customMaster: 'CustomMaster',
  tradeMode: 'TradeMode',
  tradeName: 'TradeName',
  billNo: 'BillNo',
  noteS: 'NoteS',
};

/** 境内收发货人 reads 收货人 on an import and 发货人 on an export. */
export function fieldLabel(field: HeadField, head: DeclarationHead, t: TFunction): string {
  switch (field) {
    case 'tradeName':
      return head.ieFlag === 'E' ? t('editor.fields.tradeNameExport') : t('editor.fields.tradeNameImport');
    case 'ieFlag':
    case 'customMaster':
    case 'tradeMode':
    case 'billNo':
    case 'noteS':
      return t(`editor.fields.${field}`);
  }
}
