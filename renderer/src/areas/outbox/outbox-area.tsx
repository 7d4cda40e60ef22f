import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/sync/schema';
import { navigate } from '../../app/route';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { OutboxFilterBar } from './outbox-filter-bar';
import type { OutboxFilter } from './outbox-filter';
import { OutboxItemDialog } from './outbox-item-dialog';
import { OutboxRow } from './outbox-row';
import { useOutboxList } from './use-outbox-list';
import { useSendNow } from './use-send-now';
import { useSyncStatusStore } from './sync-status-store';
import '../../styles/workbench.css';
import '../../styles/outbox.css';

/** 发送队列: every submission on its way to customs, with its state, tries, receipts and errors. */
export function OutboxArea() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [filter, setFilter] = useState<OutboxFilter>('all');
  const { items, error, reload } = useOutboxList(filter);
  const problem = useSyncStatusStore((s) => s.status?.problem ?? null);
  const { busy, sendNow } = useSendNow(t('outbox.sendNowDone'));
  const [openId, setOpenId] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  // The row focused before the detail opened (or a cancel) gets focus back, by index.
  const refocusIndex = useRef<number | null>(null);

  useLayoutEffect(() => {
    const index = refocusIndex.current;
    if (index === null || openId !== null || !items || !body.current) return;
    refocusIndex.current = null;
    const rows = body.current.rows;
    rows[Math.min(index, rows.length - 1)]?.focus();
  }, [items, openId]);

  const rememberFocus = (item: OutboxItem) => {
    const index = items?.findIndex((i) => i.id === item.id) ?? -1;
    if (index >= 0) refocusIndex.current = index;
  };
  const open = (item: OutboxItem) => {
    rememberFocus(item);
    setOpenId(item.id);
  };
  const cancel = (item: OutboxItem) => {
    rememberFocus(item);
    api()
      .sync.cancel({ id: item.id })
      .then((cancelled) => {
        useToastStore.getState().show({ message: t('outbox.cancelled', { title: cancelled.title || t('declarations.untitled') }) });
        reload();
      })
      .catch(showErrorToast);
  };

  return (
    <section className="area outbox-area" aria-labelledby="outbox-heading">
      <div className="area-toolbar">
        <h1 id="outbox-heading">{t('outbox.title')}</h1>
        {items && <span className="muted">{t('outbox.count', { count: items.length })}</span>}
        <span className="toolbar-spacer" />
        <button type="button" className="primary-button" onClick={sendNow} disabled={busy}>
          {t('outbox.sendNow')}
          <kbd>{t('outbox.sendNowKey')}</kbd>
        </button>
      </div>
      {problem && (
        <div className="notice notice-warning" role="status" data-testid="outbox-problem">
          <span>{t('outbox.problem', { message: errorText(problem) })}</span>
          <button type="button" onClick={() => navigate({ area: 'settings' })}>
            {t('outbox.configure')}
          </button>
        </div>
      )}
      <OutboxFilterBar filter={filter} onChange={setFilter} />
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <table className="data-table outbox-table" aria-label={t('outbox.listLabel')}>
        <colgroup>
          <col className="col-outbox-state" />
          <col />
          <col className="col-outbox-seq" />
          <col className="col-outbox-attempts" />
          <col className="col-outbox-receipt" />
          <col className="col-outbox-error" />
          <col className="col-outbox-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('outbox.columns.state')}</th>
            <th scope="col">{t('outbox.columns.title')}</th>
            <th scope="col">{t('outbox.columns.numbers')}</th>
            <th scope="col" className="cell-number">
              {t('outbox.columns.attempts')}
            </th>
            <th scope="col">{t('outbox.columns.receipt')}</th>
            <th scope="col">{t('outbox.columns.error')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('outbox.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {items?.map((item) => (
            <OutboxRow key={item.id} item={item} onOpen={open} onCancel={cancel} />
          ))}
        </tbody>
      </table>
      {items === null && !error && <p className="table-note">{t('outbox.loading')}</p>}
      {items?.length === 0 && <p className="table-note">{filter === 'all' ? t('outbox.empty') : t('outbox.emptyFiltered')}</p>}
      {items && items.length > 0 && <p className="key-hint">{t('outbox.rowHint')}</p>}
      {openId && <OutboxItemDialog id={openId} onCancel={cancel} onClose={() => setOpenId(null)} />}
    </section>
  );
}
