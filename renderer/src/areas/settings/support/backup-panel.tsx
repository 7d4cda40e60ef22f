import { useTranslation } from 'react-i18next';
import type { BackupResult } from '../../../../../shared/support/schema';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { ResultPath } from './result-path';
import { JobProgress, useSupportJob } from './use-support-job';

/** 备份配置文件: the online backup with its progress (profile.backupProgress) and a cancel. */
export function BackupPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { busy, progress, result, error, cancelled, run, cancel } = useSupportJob<BackupResult>('backup');
  const backUp = () => run((jobId) => api().profile.backup({ jobId }));

  return (
    <div className="support-block">
      <div className="inline-row">
        <button type="button" disabled={busy} aria-busy={busy} onClick={backUp}>
          {busy ? t('support.backupWorking') : t('support.backup')}
        </button>
        {busy && <JobProgress progress={progress} label={t('support.backupWorking')} onCancel={cancel} />}
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
