import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../../../../shared/support/schema';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { cleanRestorePath, restorePathProblem } from './restore-path';
import { ResultPath } from './result-path';
import { JobProgress, useSupportJob } from './use-support-job';

/**
 * 从备份恢复: a typed path (the browser host has no native file dialog that yields a path),
 * checked for shape here and for content by the backend, behind a confirmation saying the
 * current data is kept aside. The backend refuses a bad backup without changing anything.
 * While it reads the zip it reports progress (profile.backupProgress, phase 'unpack' then
 * 'verify') and can be cancelled with profile.cancelBackup, the same as a backup.
 */
export function RestorePanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [path, setPath] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { busy, progress, result, error, cancelled, run, cancel, reset } = useSupportJob<RestoreResult>('restore');

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const problem = restorePathProblem(path);
    setFieldError(problem?.kind === 'empty' ? t('support.restorePathEmpty') : problem?.kind === 'relative' ? t('support.restorePathRelative', { path: problem.path }) : null);
    reset();
    setConfirming(problem === null);
  };
  const restore = () => run((jobId) => api().profile.restore({ path: cleanRestorePath(path), jobId }), () => setConfirming(false));

  return (
    <div className="support-block">
      <form className="support-restore" onSubmit={ask} noValidate>
        <label htmlFor="restore-path">{t('support.restorePath')}</label>
        <div className="inline-row">
          <input
            id="restore-path"
            className="mono"
            value={path}
            placeholder={t('support.restorePathPlaceholder')}
            aria-invalid={fieldError !== null}
            aria-describedby={fieldError ? 'restore-path-error' : undefined}
            onChange={(event) => {
              setPath(event.target.value);
              setFieldError(null);
              setConfirming(false);
            }}
          />
          <button type="submit" disabled={busy}>
            {t('support.restore')}
          </button>
        </div>
        {fieldError && (
          <p id="restore-path-error" className="field-error" role="alert">
            {fieldError}
          </p>
        )}
      </form>
      <p className="muted">{t('support.restoreHint')}</p>
      {confirming && (
        <div className="confirm-box" role="alertdialog" aria-labelledby="restore-question">
          <p id="restore-question">{t('support.restoreConfirmQuestion')}</p>
          <div className="inline-row">
            <button type="button" className="danger-button" disabled={busy} aria-busy={busy} onClick={restore} autoFocus>
              {busy ? t('support.restoreWorking') : t('support.restoreConfirm')}
            </button>
            {busy ? (
              <JobProgress progress={progress} label={t('support.restoreWorking')} onCancel={cancel} testId="restore-progress" />
            ) : (
              <button type="button" onClick={() => setConfirming(false)}>
                {t('support.cancel')}
              </button>
            )}
          </div>
        </div>
      )}
      {cancelled && (
        <p role="status" data-testid="restore-cancelled">
          {t('support.restoreCancelled')}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert" data-testid="restore-error">
          {errorText(error)}
        </p>
      )}
      {result && (
        <div role="status" data-testid="restore-result">
          <ResultPath label={t('support.restoreDone', { documents: result.counts.documents ?? 0 })} path={result.restoredFrom} />
          {result.previousDatabase && <ResultPath label={t('support.previousKept')} path={result.previousDatabase} testId="previous-database" />}
          {result.keysToReimport > 0 && <p className="field-error">{t('support.keysToReimport', { count: result.keysToReimport })}</p>}
          {result.deviceTokenToReenter && <p className="field-error">{t('support.deviceTokenToReenter')}</p>}
          {/* Settings, certificates and the outbox were replaced too: a reload shows them all afresh. */}
          <button type="button" className="support-reload" onClick={() => window.location.reload()}>
            {t('support.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
