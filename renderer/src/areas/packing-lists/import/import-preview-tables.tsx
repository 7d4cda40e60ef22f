import { useTranslation } from 'react-i18next';
import { targetFields } from '../../../../../shared/import/fields';
import type { ImportPreview } from '../../../../../shared/import/schema';

const plFields = targetFields['packing-list'];

/** The first rows as they would be written, and every rejected cell with where and why. */
export function ImportPreviewTables({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const mapped = preview.columns.filter((c) => c.field !== null);
  const label = (field: string | null) => plFields.find((d) => d.field === field)?.[zh ? 'zh' : 'en'] ?? '';
  return (
    <div className="import-tables">
      <div className="import-rows">
        <table className="data-table compact-table" aria-label={t('plImport.rows')}>
          <thead>
            <tr>
              <th scope="col">{t('plImport.row')}</th>
              {mapped.map((c) => (
                <th key={c.column} scope="col">
                  {label(c.field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 20).map((r) => (
              <tr key={r.row}>
                <td className="mono">{r.row}</td>
                {mapped.map((c) => (
                  <td key={c.column}>{c.field ? (r.values[c.field] ?? '') : ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rejected.length > 0 && (
        <div className="import-rejected">
          <h3>{t('plImport.rejectedTitle', { count: preview.rejectedRows })}</h3>
          <table className="data-table compact-table" aria-label={t('plImport.rejectedTitle', { count: preview.rejectedRows })}>
            <thead>
              <tr>
                <th scope="col">{t('plImport.sheet')}</th>
                <th scope="col">{t('plImport.row')}</th>
                <th scope="col">{t('plImport.column')}</th>
                <th scope="col">{t('plImport.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rejected.map((r, i) => (
                <tr key={i}>
                  <td>{r.sheet}</td>
                  <td className="mono">{r.row}</td>
                  <td className="mono">{r.column ?? '—'}</td>
                  <td>{zh ? r.reasonZh : r.reasonEn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
