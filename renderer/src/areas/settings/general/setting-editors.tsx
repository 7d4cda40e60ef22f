import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingEntry, SettingsPatch } from '../../../../../shared/settings/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { showErrorToast } from '../../../components/show-error-toast';
import { useToastStore } from '../../../components/toast-store';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { settingInputError, type TextSettingKey } from './validate-setting';

function useSaved(): (key: SettingEntry['key']) => void {
  const { t } = useTranslation();
  return (key) => useToastStore.getState().show({ message: t('generalSettings.saved', { label: t(`generalSettings.labels.${key}`) }) });
}

/** A typed setting: Enter or Save stores it; an empty field goes back to the policy's or the built-in value. */
export function TextSettingEditor({ entry, settingKey, hint }: { entry: SettingEntry; settingKey: TextSettingKey; hint: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const saved = useSaved();
  const current = typeof entry.value === 'string' ? entry.value : '';
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = `setting-${settingKey}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    const problem = value === '' ? null : settingInputError(settingKey, value, t);
    setError(problem);
    if (problem) return;
    const patch: SettingsPatch = { [settingKey]: value === '' ? null : value };
    setSaving(true);
    api()
      .settings.update(patch)
      .then((settings) => {
        setText(settings[settingKey] ?? '');
        saved(settingKey);
      })
      .catch((failure: unknown) => setError(errorText(asErrorValue(failure))))
      .finally(() => setSaving(false));
  };
  return (
    <form className="setting-text" onSubmit={submit} noValidate>
      <div className="inline-row">
        <input
          id={id}
          className="wide-input mono"
          value={text}
          disabled={entry.locked}
          aria-labelledby={`setting-label-${settingKey}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
        />
        {!entry.locked && (
          <button type="submit" className="small-button" disabled={saving || text.trim() === current}>
            {t('generalSettings.save')}
          </button>
        )}
      </div>
      {!entry.locked && <p className="muted setting-note">{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function update(patch: SettingsPatch, done: () => void): void {
  api().settings.update(patch).then(done).catch(showErrorToast);
}

export function UpdatesEnabledEditor({ entry }: { entry: SettingEntry }) {
  const { t } = useTranslation();
  const saved = useSaved();
  return (
    <label className="checkbox-label">
      <input
        type="checkbox"
        checked={entry.value === true}
        disabled={entry.locked}
        aria-labelledby="setting-label-updatesEnabled"
        onChange={(event) => update({ updatesEnabled: event.target.checked }, () => saved('updatesEnabled'))}
      />
      {entry.value === true ? t('generalSettings.on') : t('generalSettings.off')}
    </label>
  );
}

export function UpdateChannelEditor({ entry }: { entry: SettingEntry }) {
  const { t } = useTranslation();
  const saved = useSaved();
  return (
    <select
      value={entry.value === 'beta' ? 'beta' : 'stable'}
      disabled={entry.locked}
      aria-labelledby="setting-label-updateChannel"
      onChange={(event) => update({ updateChannel: event.target.value === 'beta' ? 'beta' : 'stable' }, () => saved('updateChannel'))}
    >
      <option value="stable">{t('generalSettings.updateChannels.stable')}</option>
      <option value="beta">{t('generalSettings.updateChannels.beta')}</option>
    </select>
  );
}
