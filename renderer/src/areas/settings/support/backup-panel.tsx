import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import type { BackupProgress, BackupResult } from '../../../../../shared/support/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { ResultPath } from './result-path';

const newJobId = () => `backup-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** 备份配置文件: the online backup with its progress (profile.backupProgress) and a cancel. */
export function BackupPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [result, setResult] = useState<BackupResult | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      api().on('profile.backupProgress', (p) => {
        if (p.jobId === job.current) setProgress(p);
      }),
    [],
  );

  const run = () => {
    const jobId = newJobId();
    job.current = jobId;
    setBusy(true);
    setProgress(null);
    setResult(null);
    setError(null);
    setCancelled(false);
    api()
      .profile.backup({ jobId })
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
      });
  };
  const cancel = () => {
    if (job.current) void api().profile.cancelBackup({ jobId: job.current }).catch(() => undefined);
  };

  return (
    <div className="support-block">
      <div className="inline-row">
        <button type="button" disabled={busy} aria-busy={busy} onClick={run}>
          {busy ? t('support.backupWorking') : t('support.backup')}
        </button>
        {busy && (
          <span role="status" className="support-progress">
            <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t('support.backupWorking')} />
            {progress ? t(`support.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : ''}
            <button type="button" className="small-button" onClick={cancel}>
              {t('support.cancel')}
            </button>
          </span>
        )}
      </div>
      <p className="muted">{t('support.backupHint')}</p>
      {result && (
        <ResultPath
          label={t('support.backupDone', { size: (result.bytes / (1024 * 1024)).toFixed(1), documents: result.counts.documents ?? 0 })}
          path={result.path}
          testId="backup-path"
        />
      )}
      {cancelled && <p role="status">{t('support.backupCancelled')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
