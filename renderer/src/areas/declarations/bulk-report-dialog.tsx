import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleReport } from '../../../../shared/rules/finding-schema';
import { navigate } from '../../app/route';
import { displayTitle } from './document-title';

interface Props {
  /** null while the check runs. */
  reports: BundleReport[] | null;
  onClose(): void;
}

/** Findings shown per declaration before "n more"; the editor's panel has the full list. */
const SHOWN = 5;

/** 批量检查结果: each declaration with its counts and first findings; its title opens it. */
export function BulkReportDialog({ reports, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), [reports]);
  const errors = reports?.reduce((n, r) => n + r.errors, 0) ?? 0;
  const warnings = reports?.reduce((n, r) => n + r.warnings, 0) ?? 0;
  return (
    <div className="hs-backdrop">
      <div
        className="hs-panel bulk-report"
        role="dialog"
        aria-modal="true"
        aria-labelledby="bulk-report-title"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <div className="hs-head">
          <h2 id="bulk-report-title">{t('bulkReport.title')}</h2>
          <span className="muted">{reports ? t('bulkReport.summary', { count: reports.length, errors, warnings }) : t('bulkReport.running')}</span>
          <button ref={closeButton} type="button" className="small-button" onClick={onClose}>
            {t('bulkReport.close')}
          </button>
        </div>
        <ul className="bulk-list">
          {reports?.map((report) => {
            const decl = report.declaration;
            const title = displayTitle(decl, t);
            const findings = [...decl.findings, ...report.crossDocument, ...report.packingLists.flatMap((p) => p.findings)];
            return (
              <li key={decl.documentId} className="bulk-entry">
                <div className="bulk-entry-head">
                  <button type="button" className="link-button" aria-label={t('bulkReport.openLabel', { title })} onClick={() => navigate({ area: 'declarations', draftId: decl.documentId })}>
                    {title}
                  </button>
                  <span className="mono muted">{decl.clientSeqNo}</span>
                  <span className={report.errors > 0 ? 'count-error' : 'count-ok'}>{t('bulkReport.errors', { count: report.errors })}</span>
                  <span className="count-warning">{t('bulkReport.warnings', { count: report.warnings })}</span>
                </div>
                {findings.length === 0 ? (
                  <p className="muted bulk-ok">{t('bulkReport.ok')}</p>
                ) : (
                  <ul className="bulk-findings">
                    {findings.slice(0, SHOWN).map((f, i) => (
                      <li key={i} className={`finding-${f.severity}`}>
                        <span className="mono rule-id">{f.ruleId}</span> {english ? f.messageEn : f.messageZh}
                      </li>
                    ))}
                    {findings.length > SHOWN && <li className="muted">{t('bulkReport.more', { count: findings.length - SHOWN })}</li>}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
