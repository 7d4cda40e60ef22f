import { useTranslation } from 'react-i18next';
import type { PolicyReport } from '../../../../../shared/settings/schema';
import { PolicyProblemList } from './policy-problem-list';

/** Settings' first lines: which policy file this PC reads, whether it applies, and what is wrong with it. */
export function PolicyStatus({ report }: { report: PolicyReport }) {
  const { t } = useTranslation();
  return (
    <div className={report.state === 'invalid' ? 'notice notice-warning policy-status' : 'policy-status'} data-testid="policy-status" data-state={report.state}>
      <div>
        <h3>{t('policy.title')}</h3>
        <dl className="property-list">
          {report.path && (
            <>
              <dt>{t('policy.file')}</dt>
              <dd className="mono selectable">{report.path}</dd>
            </>
          )}
          <dt>{t('policy.state')}</dt>
          <dd>{t(`policy.states.${report.state}`)}</dd>
        </dl>
        {report.problems.length > 0 && <PolicyProblemList problems={report.problems} />}
        <p className="muted">{t('policy.whenRead')}</p>
      </div>
    </div>
  );
}
