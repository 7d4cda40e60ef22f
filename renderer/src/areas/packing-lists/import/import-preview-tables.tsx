import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/import/schema';
import { formatCartonRange } from '../../../../../shared/model/carton-range';
import { gridColumnIds, type GridColumnId } from '../grid/grid-columns';

/** The sample rows are carton lines as they would be written, so they read like the grid. */
function sampleText(values: Record<string, string>, column: GridColumnId): string {
  if (column !== 'cartonRange') return values[column] ?? '';
  return formatCartonRange({ prefix: values.cartonPrefix ?? '', from: values.cartonFrom ?? '', to: values.cartonTo ?? '' });
}

/** The first rows as they would be written, and every rejected cell with where and why. */
export function ImportPreviewTables({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const sample = preview.rows.slice(0, 20);
  const shown = gridColumnIds.filter((column) => sample.some((r) => sampleText(r.values, column) !== ''));
  return (
    <div className="import-tables">
      <div className="import-rows">
        <table className="data-table compact-table" aria-label={t('plImport.rows')}>
          <thead>
            <tr>
              <th scope="col">{t('plImport.row')}</th>
              {shown.map((column) => (
                <th key={column} scope="col">
                  {t(`packing.grid.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((r) => (
              <tr key={r.row}>
                <td className="mono">{r.row}</td>
                {shown.map((column) => (
                  <td key={column}>{sampleText(r.values, column)}</td>
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
