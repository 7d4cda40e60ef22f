import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import type { BackupProgress } from '../../../../../shared/support/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { api } from '../../../transport/current-transport';

export interface SupportJob<T> {
  busy: boolean;
  progress: BackupProgress | null;
  result: T | null;
  error: AppErrorValue | null;
  cancelled: boolean;
  /** Starts the job under a fresh id; `settled` runs when it ends, however it ends. */
  run: (start: (jobId: string) => Promise<T>, settled?: () => void) => void;
  cancel: () => void;
  /** Forgets the last outcome (error, cancel) before the person tries again. */
  reset: () => void;
}

/**
 * A backup or a restore: one job at a time, its progress from profile.backupProgress (matched by
 * job id), profile.cancelBackup to stop it, and its outcome (result, error, or cancelled).
 */
export function useSupportJob<T>(prefix: string): SupportJob<T> {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [result, setResult] = useState<T | null>(null);
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

  const reset = () => {
    setError(null);
    setCancelled(false);
  };
  const run = (start: (jobId: string) => Promise<T>, settled?: () => void) => {
    const jobId = `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    job.current = jobId;
    setBusy(true);
    setProgress(null);
    setResult(null);
    reset();
    start(jobId)
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
        settled?.();
      });
  };
  const cancel = () => {
    if (job.current) void api().profile.cancelBackup({ jobId: job.current }).catch(() => undefined);
  };
  return { busy, progress, result, error, cancelled, run, cancel, reset };
}

/** The bar, the phase in words and 取消 / Cancel, while a job runs. */
export function JobProgress({ progress, label, onCancel, testId }: { progress: BackupProgress | null; label: string; onCancel: () => void; testId?: string }) {
  const { t } = useTranslation();
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  return (
    <span role="status" className="support-progress" data-testid={testId}>
      <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={label} />
      {progress ? t(`support.phase.${progress.phase}`, { done: progress.done, total: progress.total, percent }) : ''}
      <button type="button" className="small-button" onClick={onCancel}>
        {t('support.cancel')}
      </button>
    </span>
  );
}
