import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeeAuditQuery } from '../../../../shared/fees/schema';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { currentLanguage } from '../../i18n/language';
import { api } from '../../transport/current-transport';
import { base64ToBytes, saveBytesAs } from '../pdf-preview/pdf-pages';

const formats = ['xlsx', 'pdf'] as const;
type Format = (typeof formats)[number];

/** 导出审核报告: the report on screen as XLSX or PDF, in the UI's language, saved as a download. */
export function FeeExportButtons({ query }: { query: FeeAuditQuery | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const run = (format: Format) => {
    if (!query) return;
    setBusy(format);
    api()
      .fees.export({ query, format, language: currentLanguage() })
      .then((file) => {
        saveBytesAs(base64ToBytes(file.base64), file.fileName, file.mimeType);
        useToastStore.getState().show({ message: t('fees.export.done', { name: file.fileName }) });
      })
      .catch(showErrorToast)
      .finally(() => setBusy(null));
  };
  return (
    <div className="tracking-export" role="group" aria-label={t('fees.export.label')}>
      <span className="muted">{t('fees.export.label')}</span>
      {formats.map((format) => (
        <button key={format} type="button" className="small-button" disabled={!query || busy !== null} aria-busy={busy === format} onClick={() => run(format)}>
          {busy === format ? t('fees.export.working') : t(`fees.export.${format}`)}
        </button>
      ))}
    </div>
  );
}
