import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trackingEventNames, type ImportTrackingEventsResult } from '../../../../shared/model/tracking';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { asErrorValue } from '../../app/as-error-value';
import { DialogFrame } from '../../components/dialog-frame';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { FilePicker } from '../../components/file-picker';
import { formatLocalTime } from '../declarations/format-time';
import { readFileBase64 } from '../packing-lists/import/read-file';

interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

/** Preview rows shown; the dry run's counts cover the whole file. */
const PREVIEW_ROWS = 50;

/**
 * 导入事件: pick a CSV or Excel file, a dry run lists every row's error (row and column, in the
 * language shown), then one click writes all rows or none.
 */
export function ImportEventsDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const errorText = useErrorText();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [check, setCheck] = useState<ImportTrackingEventsResult | null>(null);
  const [phase, setPhase] = useState<'idle' | 'checking' | 'committing'>('idle');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => fileInput.current?.focus(), []);

  const runCheck = (chosen: ChosenFile) => {
    setPhase('checking');
    setError(null);
    setCheck(null);
    api()
      .tracking.importEvents({ ...chosen, dryRun: true })
      .then(setCheck)
      .catch((failure: unknown) => setError(asErrorValue(failure)))
      .finally(() => setPhase('idle'));
  };

  const pick = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    const chosen = { fileName: f.name, contentBase64: await readFileBase64(f) };
    setFile(chosen);
    runCheck(chosen);
  };

  const commit = () => {
    if (!file) return;
    setPhase('committing');
    api()
      .tracking.importEvents({ ...file, dryRun: false })
      .then((result) => {
        if (result.written) {
          useToastStore.getState().show({ message: t('tracking.import.done', { count: result.added }) });
          onClose();
        } else {
          setCheck(result);
        }
      })
      .catch((failure: unknown) => setError(asErrorValue(failure)))
      .finally(() => setPhase('idle'));
  };

  const canCommit = check !== null && check.errors.length === 0 && check.added > 0 && phase === 'idle';
  return (
    <DialogFrame
      titleId="tracking-import-title"
      title={t('tracking.import.title')}
      closeLabel={t('tracking.import.close')}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      className="tracking-import"
    >
      <p className="muted">{t('tracking.import.hint')}</p>
      <div className="tracking-import-file">
        <FilePicker
          id="tracking-import-file"
          label={t('tracking.import.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          inputRef={fileInput}
          onChange={(e) => void pick(e.target.files)}
        />
        {file && (
          <button type="button" className="small-button" disabled={phase !== 'idle'} onClick={() => runCheck(file)}>
            {t('tracking.import.check')}
          </button>
        )}
      </div>
      {phase === 'checking' && <p className="muted">{t('tracking.import.checking')}</p>}
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {check && (
        <div className="tracking-import-result" data-testid="import-check">
          <p role="status">{t('tracking.import.summary', { rows: check.rows, added: check.added, duplicates: check.duplicates, errors: check.errors.length })}</p>
          {check.errors.length > 0 && (
            <>
              <p className="notice notice-error">{t('tracking.import.notWritten')}</p>
              <h3>{t('tracking.import.errorsTitle')}</h3>
              <div className="tracking-import-errors">
                <table className="data-table" data-testid="import-errors">
                  <colgroup>
                    <col className="col-tl-row" />
                    <col className="col-tl-column" />
                    <col />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">{t('tracking.import.columns.row')}</th>
                      <th scope="col">{t('tracking.import.columns.column')}</th>
                      <th scope="col">{t('tracking.import.columns.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {check.errors.map((e, i) => (
                      <tr key={i}>
                        <td className="cell-number">{e.row}</td>
                        <td>{e.column ?? '—'}</td>
                        <td className="import-error-text">{english ? e.messageEn : e.messageZh}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {check.preview.length > 0 && (
            <>
              <h3>{t('tracking.import.previewTitle')}</h3>
              <div className="tracking-list-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col" className="col-tl-row">
                        {t('tracking.import.columns.row')}
                      </th>
                      <th scope="col">{t('tracking.import.columns.document')}</th>
                      <th scope="col">{t('tracking.import.columns.kind')}</th>
                      <th scope="col">{t('tracking.import.columns.at')}</th>
                      <th scope="col">{t('tracking.import.columns.container')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {check.preview.slice(0, PREVIEW_ROWS).map((p) => (
                      <tr key={`${p.row}-${p.kind}`}>
                        <td className="cell-number">{p.row}</td>
                        <td className="import-document">{p.documentTitle}</td>
                        <td>{english ? trackingEventNames[p.kind].en : trackingEventNames[p.kind].zh}</td>
                        <td className="cell-time">{formatLocalTime(p.at)}</td>
                        <td className="mono">{p.containerNo ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <div className="dialog-actions">
            <button type="button" className="primary-button" disabled={!canCommit} onClick={commit}>
              {phase === 'committing' ? t('tracking.import.committing') : t('tracking.import.commit', { count: check.added })}
            </button>
          </div>
        </div>
      )}
    </DialogFrame>
  );
}
