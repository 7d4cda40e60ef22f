import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../../../shared/import/fields';
import type { ImportPreview } from '../../../../../shared/import/schema';
import { formatCartonRange } from '../../../../../shared/model/carton-range';
import { partyLabels, productLabels } from '../../../../../shared/model/library-labels';
import { CreditTier, creditTierNames } from '../../../../../shared/model/parties';
import { feeSampleColumns } from '../../fees/fee-preview-columns';
import { gridColumnIds, type GridColumnId } from '../grid/grid-columns';

interface SampleColumn {
  id: string;
  label: string;
  text(values: Record<string, string>): string;
}

/** Carton lines read like the grid; library records like the library form (its labels, in its order). */
function sampleColumns(target: ImportTarget, t: TFunction, zh: boolean): SampleColumn[] {
  if (target === 'parties' || target === 'products') {
    const labels: Record<string, { zh: string; en: string }> = target === 'parties' ? { ...partyLabels, creditTier: { zh: '信用等级', en: 'Credit tier' } } : productLabels;
    return Object.entries(labels).map(([id, label]) => ({
      id,
      label: zh ? label.zh : label.en,
      text: (values) => {
        const value = values[id] ?? '';
        const tier = id === 'creditTier' ? CreditTier.safeParse(value) : null;
        return tier?.success ? creditTierNames[tier.data][zh ? 'zh' : 'en'] : value;
      },
    }));
  }
  // Fee lists and invoices (issue 8): the built items or lines, in the fee screens' words.
  const fee = feeSampleColumns(target, t);
  if (fee) return fee;
  return gridColumnIds.map((column: GridColumnId) => ({
    id: column,
    label: t(`packing.grid.columns.${column}`),
    text: (values) =>
      column === 'cartonRange' ? formatCartonRange({ prefix: values.cartonPrefix ?? '', from: values.cartonFrom ?? '', to: values.cartonTo ?? '' }) : (values[column] ?? ''),
  }));
}

/** The first rows as they would be written, and every rejected cell with where and why. */
export function ImportPreviewTables({ preview, target = 'packing-list' }: { preview: ImportPreview; target?: ImportTarget }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const sample = preview.rows.slice(0, 20);
  const shown = sampleColumns(target, t, zh).filter((column) => sample.some((r) => column.text(r.values) !== ''));
  return (
    <div className="import-tables">
      <div className="import-rows">
        <table className="data-table compact-table" aria-label={t('plImport.rows')}>
          <thead>
            <tr>
              <th scope="col">{t('plImport.row')}</th>
              {shown.map((column) => (
                <th key={column.id} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((r) => (
              <tr key={r.row}>
                <td className="mono">{r.row}</td>
                {shown.map((column) => (
                  <td key={column.id}>{column.text(r.values)}</td>
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
                  <td className="import-reason">{zh ? r.reasonZh : r.reasonEn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
