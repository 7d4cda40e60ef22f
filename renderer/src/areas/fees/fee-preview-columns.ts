import type { TFunction } from 'i18next';

interface SampleColumn {
  id: string;
  label: string;
  text(values: Record<string, string>): string;
}

/** Values the importer writes as codes, shown in the UI's words (market-published -> 市场调节价). */
const coded: Record<string, 'regimes' | 'units' | 'directions' | 'loads' | 'trades' | 'containerTypes'> = {
  regime: 'regimes',
  unit: 'units',
  direction: 'directions',
  load: 'loads',
  trade: 'trades',
  containerType: 'containerTypes',
};

/** The preview's rows are built items or lines: their fields, in the order a broker reads them. */
const listFields = ['code', 'nameZh', 'nameEn', 'regime', 'unit', 'direction', 'load', 'trade', 'containerSize', 'containerType', 'rate', 'currency', 'includes', 'validFrom', 'validTo'] as const;
const invoiceFields = ['chargingParty', 'invoiceNo', 'invoiceDate', 'lineNo', 'itemName', 'quantity', 'unit', 'unitPrice', 'amount', 'currency', 'blNo', 'containerNo', 'containerSize', 'containerType', 'direction', 'serviceDate', 'entryId'] as const;

const labelKeys: Record<(typeof listFields)[number] | (typeof invoiceFields)[number], string> = {
  code: 'fees.editor.code',
  nameZh: 'fees.editor.nameZh',
  nameEn: 'fees.editor.nameEn',
  regime: 'fees.editor.regime',
  unit: 'fees.editor.unit',
  direction: 'fees.editor.direction',
  load: 'fees.editor.load',
  trade: 'fees.editor.trade',
  containerSize: 'fees.editor.size',
  containerType: 'fees.editor.type',
  rate: 'fees.editor.rate',
  currency: 'fees.editor.currency',
  includes: 'fees.editor.includes',
  validFrom: 'fees.editor.validFrom',
  validTo: 'fees.editor.validTo',
  chargingParty: 'fees.invoices.party',
  invoiceNo: 'fees.invoices.invoiceNo',
  invoiceDate: 'fees.invoices.date',
  lineNo: 'fees.line.lineNo',
  itemName: 'fees.line.item',
  quantity: 'fees.line.quantity',
  unitPrice: 'fees.line.unitPrice',
  amount: 'fees.line.amount',
  blNo: 'fees.line.blNo',
  containerNo: 'fees.line.containerNo',
  serviceDate: 'fees.line.serviceDate',
  entryId: 'fees.import.entryId',
};

/** Sample columns of a fee import's preview (fee-list: items; fee-invoice: lines), or null for other targets. */
export function feeSampleColumns(target: string, t: TFunction): SampleColumn[] | null {
  const fields = target === 'fee-list' ? listFields : target === 'fee-invoice' ? invoiceFields : null;
  if (!fields) return null;
  return fields.map((id) => {
    const group = coded[id];
    return {
      id,
      label: t(labelKeys[id] as 'fees.title'),
      text: (values) => {
        const value = values[id] ?? '';
        return group && value ? t(`fees.${group}.${value}` as 'fees.title', { defaultValue: value }) : value;
      },
    };
  });
}
