import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/ipc/contract';
import { GeneralSection } from './general/general-section';
import { SigningSection } from './signing/signing-section';
import { SyncSection } from './sync/sync-section';
import { SupportSection } from './support/support-section';

export function SettingsArea({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  return (
    <section className="area" aria-labelledby="settings-heading">
      <div className="area-toolbar">
        <h1 id="settings-heading">{t('settings.title')}</h1>
      </div>
      <GeneralSection />
      <SyncSection />
      <SigningSection />
      <SupportSection />
      <div className="settings-section">
        <h2>{t('settings.profile')}</h2>
        <dl className="property-list">
          <dt>{t('settings.profileDir')}</dt>
          <dd className="mono selectable">{status.profileDir}</dd>
          <dt>{t('settings.databasePath')}</dt>
          <dd className="mono selectable">{status.databasePath}</dd>
          <dt>{t('settings.version')}</dt>
          <dd className="mono">{status.version}</dd>
        </dl>
        <p className="muted">{t('settings.profileNote')}</p>
      </div>
    </section>
  );
}
