import { useTranslation } from 'react-i18next';
import type { StoredReceipt } from '../../../../shared/sync/schema';
import { formatPreciseTime } from '../outbox/format-precise-time';
import { isRejection } from './receipt-kinds';

interface Props {
  /** Oldest first, as receipts.forDocument and sync.item give them. */
  receipts: StoredReceipt[];
  label: string;
}

/**
 * Receipts as a vertical timeline, newest on top (as parcel tracking shows it: the current state is
 * what the broker looks for first): time, CHANNEL code and meaning, note, SeqNo / EntryId.
 */
export function ReceiptList({ receipts, label }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <ol className="receipt-list" aria-label={label}>
      {[...receipts].reverse().map((receipt) => (
        <li key={receipt.id} className={isRejection(receipt) ? 'receipt receipt-rejected' : 'receipt'} data-channel={receipt.channel ?? ''}>
          <span className="receipt-dot" aria-hidden="true" />
          <div className="receipt-line">
            <span className="receipt-code mono">{receipt.channel ?? (receipt.kind === 'import-response' ? '—' : '?')}</span>
            <strong className="receipt-meaning">{english ? receipt.meaningEn : receipt.meaningZh}</strong>
            <time className="muted receipt-time" dateTime={receipt.receivedAt}>
              {formatPreciseTime(receipt.receivedAt)}
            </time>
          </div>
          {receipt.note && <p className="receipt-note">{receipt.note}</p>}
          {(receipt.seqNo || receipt.entryId) && (
            <p className="muted mono receipt-ids">
              {receipt.seqNo && <span>{t('receipts.seqNo', { value: receipt.seqNo })}</span>}
              {receipt.entryId && <span>{t('receipts.entryId', { value: receipt.entryId })}</span>}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
