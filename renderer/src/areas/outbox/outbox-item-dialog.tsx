import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem, OutboxItemDetail } from '../../../../shared/sync/schema';
import { navigate } from '../../app/route';
import { DialogFrame } from '../../components/dialog-frame';
import { useErrorText } from '../../i18n/use-error-text';
import { ReceiptList } from '../receipts/receipt-list';
import { AttemptTable } from './attempt-table';
import { formatPreciseTime } from './format-precise-time';
import { OutboxStateTag } from './outbox-state-tag';
import { useOutboxItem } from './use-outbox-item';

interface Props {
  id: string;
  onCancel(item: OutboxItem): void;
  onClose(): void;
}

/** An outbox item in full: its identifiers, every attempt and every receipt. Esc closes. */
export function OutboxItemDialog({ id, onCancel, onClose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { item, error } = useOutboxItem(id);
  const first = useRef<HTMLDivElement>(null);
  const loaded = item !== null;
  // Focus moves into the dialog once, when the item first arrives (not on every refresh).
  useEffect(() => {
    if (loaded) first.current?.querySelector<HTMLButtonElement>('.outbox-detail-actions button')?.focus();
  }, [loaded]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  const title = item ? item.title || t('declarations.untitled') : '…';
  return (
    <DialogFrame
      titleId="outbox-detail-heading"
      title={t('outbox.detail.title', { title })}
      hint={t('outbox.detail.hint')}
      closeLabel={t('outbox.detail.close')}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className="outbox-detail"
    >
      <div ref={first} className="outbox-detail-body" data-testid="outbox-detail">
        {error && (
          <p className="notice notice-error" role="alert">
            {errorText(error)}
          </p>
        )}
        {!item && !error && <p className="muted">{t('outbox.detail.loading')}</p>}
        {item && <DetailContent item={item} onCancel={onCancel} onClose={onClose} />}
      </div>
    </DialogFrame>
  );
}

function DetailContent({ item, onCancel, onClose }: { item: OutboxItemDetail; onCancel(item: OutboxItem): void; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const english = i18n.language === 'en';
  const receipt = english ? item.receiptStatusEn : item.receiptStatusZh;
  return (
    <>
      <div className="outbox-detail-actions">
        <button type="button" onClick={() => navigate({ area: 'declarations', draftId: item.documentId })}>
          {t('outbox.detail.openDocument')}
        </button>
        {item.state === 'queued' && (
          <button
            type="button"
            onClick={() => {
              onCancel(item);
              onClose();
            }}
          >
            {t('outbox.cancel')}
          </button>
        )}
      </div>
      <dl className="property-list outbox-properties">
        <dt>{t('outbox.columns.state')}</dt>
        <dd>
          <OutboxStateTag item={item} />
        </dd>
        <dt>{t('outbox.columns.receipt')}</dt>
        <dd>{receipt ?? '—'}</dd>
        <dt>{t('outbox.columns.clientSeqNo')}</dt>
        <dd className="mono selectable">{item.clientSeqNo}</dd>
        <dt>{t('outbox.detail.revision')}</dt>
        <dd className="mono">{item.revision}</dd>
        <dt>{t('outbox.columns.seqNo')}</dt>
        <dd className="mono selectable">{item.seqNo ?? '—'}</dd>
        <dt>{t('outbox.detail.channel')}</dt>
        <dd>{t(`outbox.channels.${item.channel}`)}</dd>
        <dt>{t('outbox.detail.idempotencyKey')}</dt>
        <dd className="mono selectable">{item.idempotencyKey}</dd>
        <dt>{t('outbox.detail.createdAt')}</dt>
        <dd>{formatPreciseTime(item.createdAt)}</dd>
        <dt>{t('outbox.columns.updatedAt')}</dt>
        <dd>{formatPreciseTime(item.updatedAt)}</dd>
        <dt>{t('outbox.columns.attempts')}</dt>
        <dd className="mono">{item.attempts}</dd>
        {item.lastError && (
          <>
            <dt>{t('outbox.columns.error')}</dt>
            <dd className="outbox-error">{errorText(item.lastError)}</dd>
          </>
        )}
      </dl>
      <div className="outbox-detail-columns">
        <section aria-labelledby="outbox-history-heading">
          <h3 id="outbox-history-heading">{t('outbox.detail.historyTitle')}</h3>
          {item.history.length === 0 ? <p className="muted">{t('outbox.detail.historyEmpty')}</p> : <AttemptTable attempts={item.history} />}
        </section>
        <section aria-labelledby="outbox-receipts-heading">
          <h3 id="outbox-receipts-heading">{t('outbox.detail.receiptsTitle')}</h3>
          {item.receipts.length === 0 ? <p className="muted">{t('outbox.detail.receiptsEmpty')}</p> : <ReceiptList receipts={item.receipts} label={t('outbox.detail.receiptsTitle')} />}
        </section>
      </div>
    </>
  );
}
