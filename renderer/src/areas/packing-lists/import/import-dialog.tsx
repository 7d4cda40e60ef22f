import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportField, isLibraryTarget, targetFields, type ImportTarget } from '../../../../../shared/import/fields';
import { showErrorToast } from '../../../components/show-error-toast';
import { useToastStore } from '../../../components/toast-store';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { ImportPreviewTables } from './import-preview-tables';
import { readFileBase64 } from './read-file';
import { useImportJob, type CommitTarget, type FeeCommit, type ImportOutcome } from './use-import-job';
import { FilePicker } from '../../../components/file-picker';
import '../../../styles/packing.css';

interface Props {
  /** What the rows become; default a packing list. */
  as?: ImportTarget;
  /** Replace the lines of this list (saved first); omitted, the import creates a new list. */
  target?: () => Promise<CommitTarget>;
  onClose(): void;
  /** After a document import: the document written. */
  onImported?(documentId: string): void;
  /** After a library import (企业库, 商品库): what was added and updated. */
  onLibraryImported?(outcome: { created: number; updated: number }): void;
  /** A fee list or invoices: committed through the fees calls with these inputs; null while they are incomplete. */
  fee?: FeeCommit | null;
  /** After a fee import: what was written (the caller says so). */
  onFeeImported?(outcome: { lines: number; created: number; updated: number }): void;
  /** Overrides the title (fee imports name what they import). */
  title?: string;
  /** Inputs shown above the file (a fee import's party and dates). */
  children?: ReactNode;
}

/**
 * 从 Excel 导入: file -> preview with a mapping to correct -> commit (one transaction). The same
 * dialog imports packing lists and the party and product libraries.
 */
export function ImportDialog({ as = 'packing-list', target, onClose, onImported, onLibraryImported, fee, onFeeImported, title: titleOverride, children }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const errorText = useErrorText();
  const job = useImportJob(as, fee);
  const feeImport = fee !== undefined;
  const fields = targetFields[as];
  const library = isLibraryTarget(as);
  const [mappingName, setMappingName] = useState('');
  const [skipRejected, setSkipRejected] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const { preview, busy, progress } = job;

  useEffect(() => {
    // The first of: an input the caller marked (a fee import's party), else the file.
    dialog.current?.querySelector<HTMLElement>('[data-autofocus], input[type=file]')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const pick = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    job.chooseFile({ fileName: f.name, contentBase64: await readFileBase64(f) });
  };

  const saveMapping = () => {
    if (!preview || !mappingName.trim()) return;
    api()
      .importMappings.save({ name: mappingName.trim(), target: as, columns: preview.columns.map((c) => ({ header: c.header, field: c.field })) })
      .then((m) => useToastStore.getState().show({ message: t('plImport.mappingSaved', { name: m.name }) }))
      .catch(showErrorToast);
  };

  const commit = async () => {
    const into = target ? await target() : null;
    const result: ImportOutcome | null = await job.commit(into, skipRejected);
    if (!result?.written) return;
    if (feeImport) {
      onFeeImported?.(result);
    } else if (library) {
      useToastStore.getState().show({ message: t('libImport.done', { created: result.created, updated: result.updated }) });
      onLibraryImported?.(result);
    } else {
      useToastStore.getState().show({ message: t('plImport.done', { count: result.lines }) });
      if (result.documentId) onImported?.(result.documentId);
    }
    onClose();
  };

  const title = titleOverride ?? (as === 'parties' ? t('libImport.titleParties') : as === 'products' ? t('libImport.titleProducts') : target ? t('plImport.titleInto') : t('plImport.title'));

  const rows = preview ? preview.accepted : 0;
  const canCommit = Boolean(
    (!feeImport || fee) && preview && preview.missingFields.length === 0 && rows > 0 && !busy && (preview.rejectedRows === 0 || skipRejected),
  );
  return (
    <div className="hs-backdrop">
      <div ref={dialog} className="hs-panel import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-heading">
        <div className="findings-head">
          <h2 id="import-heading">{title}</h2>
          <button type="button" className="small-button" onClick={onClose}>
            {t('plImport.close')}
          </button>
        </div>
        {children}
        {library && <p className="muted">{t(as === 'parties' ? 'libImport.hintParties' : 'libImport.hintProducts')}</p>}
        <div className="import-file-row">
          <FilePicker id="import-file" label={t('plImport.file')} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(e) => void pick(e.target.files)} />
          {preview && preview.sheets.length > 1 && (
            <label className="import-sheet">
              {t('plImport.sheet')}
              <select value={job.sheet ?? preview.sheet} onChange={(e) => job.setSheet(e.target.value)}>
                {preview.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {busy && (
          <div className="import-progress" role="status">
            <progress max={progress?.total || 1} value={progress?.done ?? 0} />
            <span>{progress ? t(`plImport.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('plImport.working')}</span>
            <button type="button" className="small-button" onClick={job.cancel}>
              {t('plImport.cancel')}
            </button>
          </div>
        )}
        {job.error && (
          <p className="notice notice-error" role="alert">
            {errorText(job.error)}
          </p>
        )}
        {preview && (
          <>
            <p className="muted" data-testid="import-summary">
              {t('plImport.summary', { sheet: preview.sheet, row: preview.headerRow, accepted: preview.accepted, rejected: preview.rejectedRows })}
              {preview.appliedMapping && ` · ${t('plImport.applied', { name: preview.appliedMapping })}`}
            </p>
            {preview.missingFields.length > 0 && (
              <p className="notice notice-error">
                {t('plImport.missing', { fields: preview.missingFields.map((f) => fields.find((d) => d.field === f)?.[zh ? 'zh' : 'en'] ?? f).join(zh ? '、' : ', ') })}
              </p>
            )}
            <div className="import-mapping" role="group" aria-label={t('plImport.mapping')}>
              {preview.columns.map((c) => (
                <label key={c.column} className={`import-column${c.confidence < 0.8 && c.field ? ' import-unsure' : ''}`}>
                  <span className="mono">{c.letter}</span>
                  <span className="import-header" title={c.header}>
                    {c.header || '—'}
                  </span>
                  <select
                    aria-label={t('plImport.columnField', { letter: c.letter, header: c.header })}
                    value={c.field ?? ''}
                    onChange={(e) => {
                      const parsed = ImportField.safeParse(e.target.value);
                      job.choose(c.column, parsed.success ? parsed.data : null);
                    }}
                  >
                    <option value="">{t('plImport.ignore')}</option>
                    {fields.map((d) => (
                      <option key={d.field} value={d.field}>
                        {zh ? d.zh : d.en}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <ImportPreviewTables preview={preview} target={as} />
            <div className="dialog-actions import-actions">
              <input aria-label={t('plImport.mappingName')} placeholder={t('plImport.mappingName')} value={mappingName} onChange={(e) => setMappingName(e.target.value)} />
              <button type="button" className="small-button" disabled={!mappingName.trim()} onClick={saveMapping}>
                {t('plImport.saveMapping')}
              </button>
              <span className="toolbar-spacer" />
              {preview.rejectedRows > 0 && (
                <label className="import-skip">
                  <input type="checkbox" checked={skipRejected} onChange={(e) => setSkipRejected(e.target.checked)} />
                  {t('plImport.skipRejected', { count: preview.rejectedRows })}
                </label>
              )}
              <button type="button" className="primary-button" disabled={!canCommit} onClick={() => void commit()}>
                {t('plImport.commit', { count: rows })}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
