import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import type { BulkCheck } from './bulk-check';
import { displayTitle } from './document-title';

interface Props {
  check: BulkCheck;
  onCancel(): void;
  onClose(): void;
}

/** Findings shown per declaration before "n more"; the editor's panel has the full list. */
const SHOWN = 5;

/**
 * 批量检查结果: each declaration with its counts and first findings; its title opens it. While
 * the check runs, declarations appear as their chunk is checked, with the progress and 取消.
 */
export function BulkReportDialog({ check, onCancel, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const { reports, state } = check;
  const running = state === 'running';
  const closeButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Focus on 取消 while it runs, then on 关闭 (the cancel button goes away).
  useEffect(() => (running ? cancelButton : closeButton).current?.focus(), [running]);
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  const summary = t('bulkReport.summary', { count: reports.length, errors, warnings });
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
          <span className="muted" role="status">
            {running ? t('bulkReport.progress', { done: check.done, total: check.total }) : state === 'cancelled' ? t('bulkReport.cancelled', { done: check.done, total: check.total, summary }) : summary}
          </span>
          {running && (
            <>
              <progress max={check.total} value={check.done} aria-label={t('bulkReport.progressLabel')} />
              <button ref={cancelButton} type="button" className="small-button" onClick={onCancel}>
                {t('bulkReport.cancel')}
              </button>
            </>
          )}
          <button ref={closeButton} type="button" className="small-button" onClick={onClose}>
            {t('bulkReport.close')}
          </button>
        </div>
        <ul className="bulk-list">
          {reports.map((report) => {
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
