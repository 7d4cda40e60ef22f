import { channelMeaning } from '../../../../shared/messages/receipt-status';
import type { StoredReceipt } from '../../../../shared/sync/schema';

const refusals = new Set(['rejected', 'returned', 'failed', 'staging-failed']);

/** E (退单), Z (退回修改), Y (申报失败): a receipt that sends the declaration back to the broker. */
export function isRejection(receipt: StoredReceipt): boolean {
  return receipt.kind !== 'import-response' && refusals.has(channelMeaning(receipt.channel ?? undefined).phase);
}

/** The newest rejection (receipts come oldest first): the one a rejected declaration must answer. */
export function latestRejection(receipts: StoredReceipt[]): StoredReceipt | null {
  return [...receipts].reverse().find(isRejection) ?? null;
}
