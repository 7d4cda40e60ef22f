import { useTranslation } from 'react-i18next';
import type { SettingEntry } from '../../../../../shared/settings/schema';
import { LanguageSwitch } from '../../../app/language-switch';
import { useErrorText } from '../../../i18n/use-error-text';
import { useOverviewStore } from './overview-store';
import { PolicyStatus } from './policy-status';
import { TextSettingEditor, UpdateChannelEditor, UpdatesEnabledEditor } from './setting-editors';
import { SettingValueText, SourceBadge } from './setting-value';
import './general-section.css';

const syncKeys = new Set(['gatewayUrl', 'impPath', 'syncChannel', 'autoSend']);

function ValueCell({ entry }: { entry: SettingEntry }) {
  const { t } = useTranslation();
  switch (entry.key) {
    case 'language':
      return <LanguageSwitch />;
    case 'enterpriseCode':
      return <TextSettingEditor key={`${String(entry.value)}`} entry={entry} settingKey="enterpriseCode" hint={t('generalSettings.enterpriseCodeHint')} />;
    case 'updateUrl':
      return <TextSettingEditor key={`${String(entry.value)}`} entry={entry} settingKey="updateUrl" hint={t('generalSettings.updateUrlHint')} />;
    case 'proxy':
      return <TextSettingEditor key={`${String(entry.value)}`} entry={entry} settingKey="proxy" hint={t('generalSettings.proxyHint')} />;
    case 'updatesEnabled':
      return <UpdatesEnabledEditor entry={entry} />;
    case 'updateChannel':
      return <UpdateChannelEditor entry={entry} />;
    default:
      return (
        <>
          <SettingValueText entry={entry} />
          <span className="muted setting-note">{syncKeys.has(entry.key) ? t('generalSettings.inSyncSection') : t('generalSettings.policyOnly')}</span>
        </>
      );
  }
}

/** Settings › 常规 / General: the policy's state, then every setting with its value, its source and its lock. */
export function GeneralSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const overview = useOverviewStore((s) => s.overview);
  const error = useOverviewStore((s) => s.error);
  return (
    <div className="settings-section general-section" aria-labelledby="general-settings-heading">
      <h2 id="general-settings-heading">{t('settings.general')}</h2>
      {overview && <PolicyStatus report={overview.policy} />}
      <p className="muted">{t('generalSettings.intro')}</p>
      {!overview && error && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {overview && (
        <table className="settings-table" aria-label={t('generalSettings.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('generalSettings.columns.setting')}</th>
              <th scope="col">{t('generalSettings.columns.value')}</th>
              <th scope="col">{t('generalSettings.columns.source')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.entries.map((entry) => (
              <tr key={entry.key} data-testid={`setting-${entry.key}`} data-source={entry.source} data-locked={entry.locked}>
                <th scope="row" id={`setting-label-${entry.key}`}>
                  {t(`generalSettings.labels.${entry.key}`)}
                </th>
                <td>
                  <ValueCell entry={entry} />
                </td>
                <td>
                  <SourceBadge entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('generalSettings.clearHint')}</p>
    </div>
  );
}
