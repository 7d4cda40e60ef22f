import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardQueryInput } from '../../../../shared/metrics/schema';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { currentLanguage } from '../../i18n/language';
import { api } from '../../transport/current-transport';
import { base64ToBytes, saveBytesAs } from '../pdf-preview/pdf-pages';

const formats = ['csv', 'xlsx', 'pdf'] as const;
type Format = (typeof formats)[number];

/** 导出统计: the figures on screen as CSV, XLSX or a one-page PDF, saved as the PDF preview saves (a download). */
export function ExportButtons({ query }: { query: DashboardQueryInput | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const run = (format: Format) => {
    if (!query) return;
    setBusy(format);
    api()
      .tracking.export({ query, format, language: currentLanguage() })
      .then((file) => {
        saveBytesAs(base64ToBytes(file.base64), file.fileName, file.mimeType);
        useToastStore.getState().show({ message: t('tracking.export.done', { name: file.fileName }) });
      })
      .catch(showErrorToast)
      .finally(() => setBusy(null));
  };
  return (
    <div className="tracking-export" role="group" aria-label={t('tracking.export.label')}>
      <span className="muted">{t('tracking.export.label')}</span>
      {formats.map((format) => (
        <button key={format} type="button" className="small-button" disabled={!query || busy !== null} aria-busy={busy === format} onClick={() => run(format)}>
          {busy === format ? t('tracking.export.working') : t(`tracking.export.${format}`)}
        </button>
      ))}
    </div>
  );
}
