import { useTranslation } from 'react-i18next';
import type { SettingEntry } from '../../../../../shared/settings/schema';

/** A value shown, not edited: a sync setting (edited in its own section) or the policy-only pinned version. */
export function SettingValueText({ entry }: { entry: SettingEntry }) {
  const { t } = useTranslation();
  const { key, value } = entry;
  let text: string;
  if (value === null || value === '') text = t('generalSettings.notSet');
  else if (typeof value === 'boolean') text = value ? t('generalSettings.on') : t('generalSettings.off');
  else if (key === 'syncChannel' && (value === 'gateway' || value === 'transfer-folder')) text = t(`generalSettings.channels.${value}`);
  else text = value;
  return <span className={typeof value === 'string' && key !== 'syncChannel' ? 'mono selectable' : undefined}>{text}</span>;
}

/** 默认 / 策略 / 用户, and the lock with its tooltip when the policy locks the setting. */
export function SourceBadge({ entry }: { entry: SettingEntry }) {
  const { t } = useTranslation();
  return (
    <span className="setting-source">
      <span className={`source-badge source-${entry.source}`} title={t(`generalSettings.sourceHints.${entry.source}`)} data-testid={`source-${entry.key}`}>
        {t(`generalSettings.sources.${entry.source}`)}
      </span>
      {entry.locked && <LockedMark testId={`lock-${entry.key}`} />}
    </span>
  );
}

/** The lock beside a setting the administrator's policy locks, with its tooltip. */
export function LockedMark({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="setting-lock" role="img" aria-label={t('generalSettings.locked')} title={t('generalSettings.locked')} data-testid={testId}>
      <LockIcon />
    </span>
  );
}

/** Drawn, not an emoji: the machines here may have no emoji font, and the lock must show on every one. */
function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
