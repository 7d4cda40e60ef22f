import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleReport } from '../../../../../shared/rules/finding-schema';
import type { Finding } from '../../../../../shared/rules/engine';
import { FindingList } from '../../../components/finding-list';
import { focusFindingPath } from '../editor-ui-store';
import { LinkedFindings } from './linked-findings';

interface Props {
  live: Finding[];
  /** The backend's run (Ctrl+Enter), which also checks the linked packing lists. */
  report: BundleReport | null;
  running: boolean;
  onRunFull(): void;
  /** The linked packing lists, checked by the backend after each save (see useLinkedFindings). */
  linked: BundleReport | null;
}

/** Every finding with its rule id; a click (or Enter) puts the cursor in the field it is about. */
export const FindingsPanel = memo(function FindingsPanel({ live, report, running, onRunFull, linked }: Props) {
  const { t } = useTranslation();
  return (
    <aside className="findings-panel" aria-labelledby="findings-heading">
      <div className="findings-head">
        <h2 id="findings-heading">{t('validation.title')}</h2>
        <button type="button" className="small-button" onClick={onRunFull} disabled={running}>
          {running ? t('validation.running') : t('editor.validateShortcut')}
          <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
      {live.length === 0 ? <p className="muted findings-none">{t('validation.none')}</p> : <FindingList findings={live} label={t('validation.liveLabel')} onJump={focusFindingPath} />}
      {report && (
        <section className="findings-backend" aria-labelledby="findings-backend-heading">
          <h3 id="findings-backend-heading">
            {t('validation.backendTitle', { errors: report.errors, warnings: report.warnings })}
          </h3>
          {/* The cross-document and packing-list findings are in the linked section below. */}
          <FindingList findings={report.declaration.findings} label={t('validation.backendLabel')} onJump={focusFindingPath} />
        </section>
      )}
      <LinkedFindings report={linked ?? report} />
    </aside>
  );
});

export function FindingCounts({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return (
    <span className="finding-counts" data-testid="finding-counts">
      <span className={errors ? 'count-errors' : 'count-zero'}>{t('validation.errors', { count: errors })}</span>
      <span className={warnings ? 'count-warnings' : 'count-zero'}>{t('validation.warnings', { count: warnings })}</span>
    </span>
  );
}
