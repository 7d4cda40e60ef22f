import { useTranslation } from 'react-i18next';
import type { BundleReport } from '../../../../shared/rules/finding-schema';
import type { Finding } from '../../../../shared/rules/engine';
import { focusPackingPath } from './packing-ui-store';

const bySeverity = (a: Finding, b: Finding) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);

function Findings({ findings, label, jump }: { findings: Finding[]; label: string; jump: boolean }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (
    <ul className="finding-list" aria-label={label}>
      {[...findings].sort(bySeverity).map((f, index) => {
        const body = (
          <>
            <span className={`finding-severity severity-${f.severity}`}>{t(`validation.severity.${f.severity}`)}</span>
            <span className="finding-rule mono">{f.ruleId}</span>
            <span className="finding-message">{zh ? f.messageZh : f.messageEn}</span>
          </>
        );
        return (
          <li key={`${f.ruleId}-${f.path}-${index}`}>
            {jump ? (
              <button type="button" className={`finding finding-${f.severity}`} onClick={() => focusPackingPath(f.path)}>
                {body}
              </button>
            ) : (
              <div className={`finding finding-${f.severity}`}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface Props {
  live: Finding[];
  report: BundleReport | null;
  running: boolean;
  linked: boolean;
  onRun(): void;
}

/** The list's own findings (click: the cell or field), then the cross-document ones after Ctrl+Enter. */
export function PackingFindings({ live, report, running, linked, onRun }: Props) {
  const { t } = useTranslation();
  // A long list can have thousands of findings; the first few hundred are what a person reads.
  const shown = live.slice(0, 300);
  return (
    <aside className="findings-panel" aria-labelledby="pl-findings-heading">
      <div className="findings-head">
        <h2 id="pl-findings-heading">{t('validation.title')}</h2>
        <button type="button" className="small-button" onClick={onRun} disabled={running || !linked} title={linked ? undefined : t('packing.link.needed')}>
          {running ? t('validation.running') : t('packing.checkLinked')}
          <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
      {live.length === 0 ? <p className="muted findings-none">{t('validation.none')}</p> : <Findings findings={shown} label={t('validation.liveLabel')} jump />}
      {live.length > shown.length && <p className="muted">{t('packing.moreFindings', { count: live.length - shown.length })}</p>}
      {report && (
        <section className="findings-backend" aria-labelledby="pl-cross-heading">
          <h3 id="pl-cross-heading">{t('packing.crossTitle', { count: report.crossDocument.length })}</h3>
          {report.crossDocument.length === 0 ? (
            <p className="muted findings-none">{t('packing.crossNone')}</p>
          ) : (
            <Findings findings={report.crossDocument} label={t('packing.crossTitle', { count: report.crossDocument.length })} jump={false} />
          )}
        </section>
      )}
    </aside>
  );
}
