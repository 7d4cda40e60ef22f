import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/sync/schema';
import { useErrorText } from '../../i18n/use-error-text';
import { moveRowFocus } from '../declarations/row-keys';
import { OutboxStateTag } from './outbox-state-tag';

interface Props {
  item: OutboxItem;
  onOpen(item: OutboxItem): void;
  onCancel(item: OutboxItem): void;
}

/** One row of the Outbox: ↑/↓ move, Enter opens the detail, Delete withdraws a queued item. */
export function OutboxRow({ item, onOpen, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const english = i18n.language === 'en';
  const title = item.title || t('declarations.untitled');
  const receipt = english ? item.receiptStatusEn : item.receiptStatusZh;
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (moveRowFocus(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(item);
    } else if (event.key === 'Delete' && item.state === 'queued') {
      event.preventDefault();
      onCancel(item);
    }
  };
  return (
    <tr tabIndex={0} className="clickable-row" data-state={item.state} onClick={() => onOpen(item)} onKeyDown={onKeyDown}>
      <td>
        <OutboxStateTag item={item} />
      </td>
      <td className={item.title ? 'cell-title' : 'cell-title untitled'} title={title}>
        {title}
      </td>
      <td className="mono outbox-numbers">
        <span title={t('outbox.columns.clientSeqNo')}>{item.clientSeqNo}</span>
        <span className="muted" title={t('outbox.columns.seqNo')} data-testid="seq-no">
          {item.seqNo ?? '—'}
        </span>
      </td>
      <td className="cell-number">{item.attempts}</td>
      <td>{receipt ?? '—'}</td>
      <td className={item.lastError ? 'outbox-error' : 'muted'} title={item.lastError ? errorText(item.lastError) : undefined}>
        {item.lastError ? errorText(item.lastError) : '—'}
      </td>
      <td className="cell-actions">
        {item.state === 'queued' && (
          <button
            type="button"
            className="small-button"
            aria-label={t('outbox.cancelLabel', { title })}
            onClick={(event) => {
              event.stopPropagation();
              onCancel(item);
            }}
          >
            {t('outbox.cancel')}
          </button>
        )}
      </td>
    </tr>
  );
}
