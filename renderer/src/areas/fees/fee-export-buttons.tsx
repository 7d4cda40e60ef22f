import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeAuditQuery, FeeExportProgress } from '../../../../shared/fees/schema';
import { asErrorValue } from '../../app/as-error-value';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { currentLanguage } from '../../i18n/language';
import { api } from '../../transport/current-transport';
import { base64ToBytes, saveBytesAs } from '../pdf-preview/pdf-pages';

const formats = ['xlsx', 'pdf'] as const;
type Format = (typeof formats)[number];

const newJobId = () => `fee-export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * 导出审核报告: the report on screen as XLSX or PDF, in the UI's language, saved as a download. A
 * month of thousands of lines takes seconds: its progress shows and it can be cancelled.
 */
export function FeeExportButtons({ query }: { query: FeeAuditQuery | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [progress, setProgress] = useState<FeeExportProgress | null>(null);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      api().on('fees.exportProgress', (p) => {
        if (p.jobId === job.current) setProgress(p);
      }),
    [],
  );

  const run = (format: Format) => {
    if (!query) return;
    const jobId = newJobId();
    job.current = jobId;
    setBusy(format);
    setProgress(null);
    api()
      .fees.export({ query, format, language: currentLanguage(), jobId })
      .then((file) => {
        saveBytesAs(base64ToBytes(file.base64), file.fileName, file.mimeType);
        useToastStore.getState().show({ message: t('fees.export.done', { name: file.fileName }) });
      })
      .catch((failure: unknown) => {
        if (asErrorValue(failure).code === 'CANCELLED') useToastStore.getState().show({ message: t('fees.export.cancelled') });
        else showErrorToast(failure);
      })
      .finally(() => {
        job.current = null;
        setBusy(null);
        setProgress(null);
      });
  };
  const cancel = () => {
    if (job.current) void api().fees.cancelExport({ jobId: job.current }).catch(() => undefined);
  };

  return (
    <div className="tracking-export" role="group" aria-label={t('fees.export.label')}>
      <span className="muted">{t('fees.export.label')}</span>
      {formats.map((format) => (
        <button key={format} type="button" className="small-button" disabled={!query || busy !== null} aria-busy={busy === format} onClick={() => run(format)}>
          {busy === format ? t('fees.export.working') : t(`fees.export.${format}`)}
        </button>
      ))}
      {busy && (
        <span role="status" className="fee-export-progress">
          {progress && progress.total > 0 && <progress max={progress.total} value={progress.done} />}
          {progress ? t(`fees.export.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : ''}
          <button type="button" className="small-button" onClick={cancel}>
            {t('fees.export.cancel')}
          </button>
        </span>
      )}
    </div>
  );
}
