import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeListSummary } from '../../../../shared/fees/schema';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { formatLocalTime } from '../declarations/format-time';
import { ConfirmDialog } from './confirm-dialog';
import { ListEditor } from './list-editor';
import { useFeeLists } from './use-fee-data';

/** 收费清单: every stored list, the shipped examples marked 示例; Enter opens one to edit, delete asks first. */
export function ListsView() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const errorText = useErrorText();
  const { rows, error } = useFeeLists();
  const [open, setOpen] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<FeeListSummary | null>(null);
  const title = (row: FeeListSummary) => (english ? row.titleEn : row.titleZh);

  const remove = (row: FeeListSummary) => {
    api()
      .fees.deleteList({ id: row.id })
      .then(() => useToastStore.getState().show({ message: t('fees.lists.deleted', { title: title(row) }) }))
      .catch(showErrorToast);
  };

  return (
    <div className="fee-lists">
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {rows && rows.length === 0 && <p className="muted">{t('fees.lists.none')}</p>}
      {rows && rows.length > 0 && (
        <table className="data-table fee-table" aria-label={t('fees.lists.label')} data-testid="fee-lists">
          <thead>
            <tr>
              <th scope="col">{t('fees.lists.title')}</th>
              <th scope="col">{t('fees.lists.party')}</th>
              <th scope="col">{t('fees.lists.valid')}</th>
              <th scope="col" className="num">
                {t('fees.lists.items')}
              </th>
              <th scope="col">{t('fees.lists.origin')}</th>
              <th scope="col">{t('fees.lists.updated')}</th>
              <th scope="col">{t('fees.invoices.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                tabIndex={0}
                className="selectable"
                data-list={row.id}
                onDoubleClick={() => setOpen(row.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) setOpen(row.id);
                }}
              >
                <td>
                  {row.example && <span className="fee-tag fee-tag-example">{t('fees.example.tag')}</span>} {title(row)}
                </td>
                <td>
                  <span className="muted">{t(`fees.partyKinds.${row.party.kind}`)}</span> {row.party.name}
                </td>
                <td>{row.validTo ? t('fees.lists.validRange', { from: row.validFrom, to: row.validTo }) : t('fees.lists.validOpen', { from: row.validFrom })}</td>
                <td className="num">{row.items}</td>
                <td>{t(`fees.lists.origins.${row.origin}`)}</td>
                <td className="muted">{formatLocalTime(row.updatedAt)}</td>
                <td className="fee-actions">
                  <button type="button" className="link-button" aria-label={t('fees.lists.openLabel', { title: title(row) })} onClick={() => setOpen(row.id)}>
                    {t('fees.lists.open')}
                  </button>
                  <button type="button" className="link-button" aria-label={t('fees.lists.deleteLabel', { title: title(row) })} onClick={() => setDeleting(row)}>
                    {t('fees.lists.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && <ListEditor id={open} onClose={() => setOpen(null)} />}
      {deleting && <ConfirmDialog question={t('fees.lists.deleteQuestion', { title: title(deleting) })} confirmLabel={t('fees.lists.delete')} onConfirm={() => remove(deleting)} onClose={() => setDeleting(null)} />}
    </div>
  );
}
