import { useTranslation } from 'react-i18next';
import { BackupPanel } from './backup-panel';
import { DiagnosticsPanel } from './diagnostics-panel';
import { RestorePanel } from './restore-panel';
import '../../../styles/support.css';

/** Settings › 数据与支持 / Data and support (issue 9): diagnostics, backup, restore. */
export function SupportSection() {
  const { t } = useTranslation();
  return (
    <div className="settings-section support-section" aria-labelledby="support-heading">
      <h2 id="support-heading">{t('support.title')}</h2>
      <p className="muted">{t('support.intro')}</p>
      <DiagnosticsPanel />
      <BackupPanel />
      <RestorePanel />
    </div>
  );
}
