import type { ChargingPartyKind, ContainerSize, ContainerType, FeeInvoice, FeeInvoiceLine } from '../../../../shared/model/fees';

/** A line as typed: every field text, '' when left empty. */
export interface LineDraft {
  itemName: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  blNo: string;
  containerNo: string;
  containerSize: ContainerSize | '';
  containerType: ContainerType | '';
}

export interface InvoiceDraft {
  partyKind: ChargingPartyKind;
  partyName: string;
  invoiceNo: string;
  invoiceDate: string;
  currency: string;
  lines: LineDraft[];
}

export const emptyLine = (): LineDraft => ({ itemName: '', quantity: '1', unitPrice: '', amount: '', blNo: '', containerNo: '', containerSize: '', containerType: '' });

const text = (value: string) => value.trim();

/**
 * The invoice the contract takes. Nothing is checked here: the backend's schema checks and names
 * the field, so there is one set of rules. A missing unit price is the amount (a quantity of one).
 */
export function invoiceFromDraft(draft: InvoiceDraft, id: string): FeeInvoice {
  const lines: FeeInvoiceLine[] = draft.lines.map((l, i) => {
    const amount = text(l.amount);
    const line: FeeInvoiceLine = {
      lineNo: i + 1,
      itemName: text(l.itemName),
      quantity: text(l.quantity) || '1',
      unitPrice: text(l.unitPrice) || amount,
      amount,
    };
    if (text(l.blNo)) line.blNo = text(l.blNo).toUpperCase();
    if (text(l.containerNo)) line.containerNo = text(l.containerNo).toUpperCase();
    if (l.containerSize) line.containerSize = l.containerSize;
    if (l.containerType) line.containerType = l.containerType;
    return line;
  });
  return {
    id,
    party: { kind: draft.partyKind, name: text(draft.partyName) },
    invoiceNo: text(draft.invoiceNo),
    invoiceDate: draft.invoiceDate,
    currency: text(draft.currency).toUpperCase(),
    lines,
  };
}

export const newInvoiceId = (): string => `inv-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
