import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import type { BackupProgress, RestoreResult } from '../../../../../shared/support/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { cleanRestorePath, restorePathProblem } from './restore-path';
import { ResultPath } from './result-path';

const newJobId = () => `restore-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

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
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RestoreResult | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      api().on('profile.backupProgress', (p) => {
        if (p.jobId === job.current) setProgress(p);
      }),
    [],
  );

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const problem = restorePathProblem(path);
    setFieldError(problem?.kind === 'empty' ? t('support.restorePathEmpty') : problem?.kind === 'relative' ? t('support.restorePathRelative', { path: problem.path }) : null);
    setError(null);
    setCancelled(false);
    setConfirming(problem === null);
  };
  const restore = () => {
    const jobId = newJobId();
    job.current = jobId;
    setBusy(true);
    setResult(null);
    setProgress(null);
    setCancelled(false);
    api()
      .profile.restore({ path: cleanRestorePath(path), jobId })
      .then(setResult)
      .catch((failure: unknown) => {
        const value = asErrorValue(failure);
        if (value.code === 'CANCELLED') setCancelled(true);
        else setError(value);
      })
      .finally(() => {
        job.current = null;
        setBusy(false);
        setProgress(null);
        setConfirming(false);
      });
  };
  const cancel = () => {
    if (job.current) void api().profile.cancelBackup({ jobId: job.current }).catch(() => undefined);
  };
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;

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
              <span role="status" className="support-progress" data-testid="restore-progress">
                <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t('support.restoreWorking')} />
                {progress ? t(`support.phase.${progress.phase}`, { done: progress.done, total: progress.total, percent }) : ''}
                <button type="button" className="small-button" onClick={cancel}>
                  {t('support.cancel')}
                </button>
              </span>
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
          {/* Settings, certificates and the outbox were replaced too: a reload shows them all afresh. */}
          <button type="button" className="support-reload" onClick={() => window.location.reload()}>
            {t('support.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
