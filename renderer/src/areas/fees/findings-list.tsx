import { useTranslation } from 'react-i18next';
import type { FeeAuditReport } from '../../../../shared/fees/schema';
import { navigate } from '../../app/route';
import { formatAmount } from './fee-format';
import { findingLines, type FeeFinding, type FindingLine } from './finding-lines';

/**
 * 不应收取的费用: each caught line with where it is, what it costs and what is at stake, then each
 * rule that caught it with its message in the UI's language and its sources. Lines with only
 * "review" findings come apart below, marked as to check, not to claim.
 */
export function FindingsList({ report, invoiceId }: { report: FeeAuditReport; invoiceId: string | null }) {
  const { t } = useTranslation();
  const lines = findingLines(report, invoiceId);
  const disputes = lines.filter((l) => l.severity === 'dispute');
  const reviews = lines.filter((l) => l.severity === 'review');
  return (
    <>
      <section className="tracking-panel tracking-panel-wide" aria-labelledby="fee-findings-heading">
        <h2 id="fee-findings-heading">
          {t('fees.findings.title')} <span className="muted">({disputes.length})</span>
        </h2>
        {disputes.length === 0 ? (
          <p className="muted">{t('fees.findings.none')}</p>
        ) : (
          <ol className="fee-findings" data-testid="fee-findings">
            {disputes.map((l) => (
              <FindingCard key={`${l.invoice.id}-${l.lineNo}`} entry={l} report={report} />
            ))}
          </ol>
        )}
      </section>
      {reviews.length > 0 && (
        <section className="tracking-panel tracking-panel-wide fee-review-panel" aria-labelledby="fee-review-heading">
          <h2 id="fee-review-heading">
            {t('fees.findings.reviewTitle')} <span className="muted">({reviews.length})</span>
          </h2>
          <ol className="fee-findings fee-findings-review" data-testid="fee-reviews">
            {reviews.map((l) => (
              <FindingCard key={`${l.invoice.id}-${l.lineNo}`} entry={l} report={report} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function FindingCard({ entry, report }: { entry: FindingLine; report: FeeAuditReport }) {
  const { t } = useTranslation();
  const { invoice, line, link } = entry;
  const review = entry.severity === 'review';
  return (
    <li className={review ? 'fee-finding fee-finding-review' : 'fee-finding'} data-invoice={invoice.invoiceNo} data-line={entry.lineNo}>
      <div className="fee-finding-head">
        {review && <span className="fee-tag fee-tag-review">{t('fees.findings.reviewTag')}</span>}
        <strong>{t('fees.findings.where', { no: invoice.invoiceNo, line: entry.lineNo })}</strong>
        <span>{line?.itemName ?? ''}</span>
        <span className="muted">{invoice.party.name}</span>
        <span className="toolbar-spacer" />
        <span className="fee-figure">
          <span className="muted">{t('fees.findings.amount')}</span> <span data-figure="amount">{line ? formatAmount(line.amount, invoice.currency) : ''}</span>
        </span>
        <span className="fee-figure fee-at-stake">
          <span className="muted">{t('fees.findings.atStake')}</span> <strong data-figure="atStake">{formatAmount(entry.atStake, invoice.currency)}</strong>
        </span>
      </div>
      {entry.findings.map((finding, i) => (
        <RuleFinding key={`${finding.ruleId}-${i}`} finding={finding} report={report} currency={invoice.currency} lineAtStake={entry.atStake} />
      ))}
      <p className="fee-finding-link muted">
        {link ? (
          <>
            {t('fees.findings.declaration')}:{' '}
            {/* Opens the declaration: its timeline is where the inspection result is recorded. */}
            <button type="button" className="link-button fee-declaration" onClick={() => navigate({ area: 'declarations', draftId: link.declarationId })}>
              {link.declarationTitle}
            </button>{' '}
            · {t(`fees.findings.by.${link.by}`)} ·{' '}
            <span data-inspection={link.inspection}>{t(`fees.findings.inspection.${link.inspection}`)}</span>
          </>
        ) : (
          t('fees.findings.noDeclaration')
        )}
      </p>
    </li>
  );
}

interface RuleProps {
  finding: FeeFinding;
  report: FeeAuditReport;
  currency: string;
  lineAtStake: string;
}

/** One rule on the line: its id and title, the message, and the sources it rests on. */
function RuleFinding({ finding, report, currency, lineAtStake }: RuleProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const rule = report.rules.find((r) => r.id === finding.ruleId);
  return (
    <div className="fee-rule" data-rule={finding.ruleId} data-severity={finding.severity}>
      <div className="fee-finding-rule">
        <span className="rule-id mono">{finding.ruleId}</span>
        <span>{rule ? (english ? rule.titleEn : rule.titleZh) : ''}</span>
        {finding.severity === 'review' && <span className="fee-tag fee-tag-review">{t('fees.findings.reviewTag')}</span>}
        {/* A rule's own figure, where it differs from what the line puts at stake. */}
        {finding.atStake !== lineAtStake && <span className="muted">{formatAmount(finding.atStake, currency)}</span>}
      </div>
      <p className="fee-finding-message">{english ? finding.messageEn : finding.messageZh}</p>
      {finding.sources.length > 0 && (
        <ul className="fee-sources" aria-label={t('fees.findings.sources')}>
          {finding.sources.map((id) => {
            const source = report.sources.find((s) => s.id === id);
            // [G] is no publication: the app's own note that nobody has checked the fact yet.
            const title = id === 'G' ? t('fees.findings.unverified') : (source?.title ?? '');
            return (
              <li key={id}>
                <span className="mono">[{id}]</span> {title}
                {source?.url && id !== 'G' && (
                  <>
                    {' '}
                    <a href={source.url} target="_blank" rel="noreferrer" className="fee-source-url">
                      {source.url}
                    </a>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
