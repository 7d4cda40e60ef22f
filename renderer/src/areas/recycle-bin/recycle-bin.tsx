import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { navigate } from '../../app/route';
import { useErrorText } from '../../i18n/use-error-text';
import { displayTitle } from '../declarations/document-title';
import { formatLocalTime } from '../declarations/format-time';
import { restoreWithNotice } from '../declarations/trash-with-undo';
import { useDocumentList } from '../declarations/use-document-list';

function TrashedRow({ summary, onRestore }: { summary: DocumentSummary; onRestore(s: DocumentSummary): void }) {
  const { t } = useTranslation();
  const title = displayTitle(summary, t);
  return (
    <tr>
      <td className={summary.title ? 'cell-title' : 'cell-title untitled'}>{title}</td>
      <td>{summary.direction ? t(`direction.${summary.direction}`) : t('direction.none')}</td>
      <td className="mono">{summary.clientSeqNo}</td>
      <td className="cell-time">{summary.deletedAt ? formatLocalTime(summary.deletedAt) : ''}</td>
      <td className="cell-actions">
        <button type="button" className="small-button" aria-label={t('recycleBin.restoreLabel', { title })} onClick={() => onRestore(summary)}>
          {t('recycleBin.restore')}
        </button>
      </td>
    </tr>
  );
}

export function RecycleBin() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { documents, error } = useDocumentList({ text: '', trashed: true });

  return (
    <section className="area" aria-labelledby="recycle-heading">
      <div className="area-toolbar">
        <button type="button" className="link-button" onClick={() => navigate({ area: 'declarations' })}>
          {t('recycleBin.back')}
        </button>
        <h1 id="recycle-heading">{t('recycleBin.title')}</h1>
        <span className="muted">{t('recycleBin.intro')}</span>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <table className="data-table" aria-label={t('recycleBin.listLabel')}>
        <colgroup>
          <col />
          <col className="col-direction" />
          <col className="col-seq" />
          <col className="col-time" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('declarations.columns.title')}</th>
            <th scope="col">{t('declarations.columns.direction')}</th>
            <th scope="col">{t('declarations.columns.clientSeqNo')}</th>
            <th scope="col">{t('recycleBin.deletedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('declarations.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents?.map((summary) => (
            <TrashedRow key={summary.id} summary={summary} onRestore={(s) => void restoreWithNotice(s, t)} />
          ))}
        </tbody>
      </table>
      {documents === null && !error && <p className="table-note">{t('declarations.loading')}</p>}
      {documents?.length === 0 && <p className="table-note">{t('recycleBin.empty')}</p>}
    </section>
  );
}
