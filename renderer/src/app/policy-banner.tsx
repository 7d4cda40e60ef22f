import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverviewStore } from '../areas/settings/general/overview-store';
import { PolicyProblemList } from '../areas/settings/general/policy-problem-list';
import '../areas/settings/general/general-section.css';
import { navigate } from './route';

/**
 * On start, an invalid policy file is said out loud, never silently ignored: which keys did not
 * apply and why, and a way to Settings, which shows the same list. Dismissed for this run only.
 */
export function PolicyBanner() {
  const { t } = useTranslation();
  const report = useOverviewStore((s) => s.overview?.policy);
  const [dismissed, setDismissed] = useState(false);
  if (!report || report.state !== 'invalid' || dismissed) return null;
  return (
    <div className="notice notice-warning policy-banner" role="alert" data-testid="policy-banner">
      <div>
        <p>
          <strong>{t('policy.bannerTitle')}</strong>
        </p>
        <p>{t('policy.bannerIntro', { path: report.path })}</p>
        <PolicyProblemList problems={report.problems} />
      </div>
      <div className="policy-banner-actions">
        <button type="button" onClick={() => navigate({ area: 'settings' })}>
          {t('policy.openSettings')}
        </button>
        <button type="button" className="small-button" onClick={() => setDismissed(true)}>
          {t('policy.dismiss')}
        </button>
      </div>
    </div>
  );
}
