import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import type { SyncChannelKind, SyncConfigureInput, SyncSettings, SyncStatus } from '../../../../../shared/sync/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { useToastStore } from '../../../components/toast-store';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { formatPreciseTime } from '../../outbox/format-precise-time';
import { useSyncStatusStore } from '../../outbox/sync-status-store';
import '../../../styles/outbox.css';
import { useLocked } from '../general/overview-store';
import { LockedMark } from '../general/setting-value';

interface Form {
  channel: SyncChannelKind;
  gatewayUrl: string;
  deviceToken: string;
  impPath: string;
  autoSend: boolean;
}

const formOf = (settings: SyncSettings): Form => ({
  channel: settings.channel,
  gatewayUrl: settings.gatewayUrl ?? '',
  deviceToken: '',
  impPath: settings.impPath ?? '',
  autoSend: settings.autoSend,
});

/** Only what the broker changed goes to sync.configure; a blank token field keeps the stored token. */
function changesOf(form: Form, settings: SyncSettings): SyncConfigureInput {
  const input: SyncConfigureInput = {};
  if (form.channel !== settings.channel) input.channel = form.channel;
  const url = form.gatewayUrl.trim();
  if (url !== (settings.gatewayUrl ?? '')) input.gatewayUrl = url === '' ? null : url;
  if (form.deviceToken.trim() !== '') input.deviceToken = form.deviceToken.trim();
  const impPath = form.impPath.trim();
  if (impPath !== (settings.impPath ?? '')) input.impPath = impPath === '' ? null : impPath;
  if (form.autoSend !== settings.autoSend) input.autoSend = form.autoSend;
  return input;
}

/** Settings › 提交通道: the channel, its address and credentials, auto-send, and whether it answers. */
export function SyncSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const status = useSyncStatusStore((s) => s.status);
  const loadError = useSyncStatusStore((s) => s.error);
  return (
    <div className="settings-section sync-section" aria-labelledby="sync-settings-heading">
      <h2 id="sync-settings-heading">{t('syncSettings.title')}</h2>
      <p className="muted">{t('syncSettings.intro')}</p>
      {!status && loadError && (
        <p className="field-error" role="alert">
          {t('syncSettings.unavailable', { message: errorText(loadError) })}
        </p>
      )}
      {status && <SyncForm status={status} />}
      {status && (
        <dl className="property-list">
          <dt>{t('syncSettings.state')}</dt>
          <dd data-testid="channel-state">
            <span className={status.online ? 'channel-online' : status.online === false ? 'channel-offline' : 'muted'}>
              {status.online === null ? t('syncSettings.unknown') : status.online ? t('syncSettings.online') : t('syncSettings.offline')}
            </span>
            {status.lastContactAt && <span className="muted"> · {t('syncSettings.lastContact', { time: formatPreciseTime(status.lastContactAt) })}</span>}
            {status.problem && (
              <p className="field-error" data-testid="channel-problem">
                {errorText(status.problem)}
              </p>
            )}
          </dd>
        </dl>
      )}
    </div>
  );
}

/** Starts from the stored settings; later status events leave what is being typed alone. */
function SyncForm({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form, setForm] = useState<Form>(() => formOf(status.settings));
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [saving, setSaving] = useState(false);

  const configure = (input: SyncConfigureInput) => {
    setSaving(true);
    api()
      .sync.configure(input)
      .then((next) => {
        useSyncStatusStore.getState().accept(next);
        setForm(formOf(next.settings));
        setError(null);
        useToastStore.getState().show({ message: t('syncSettings.saved') });
      })
      .catch((failure: unknown) => setError(asErrorValue(failure)))
      .finally(() => setSaving(false));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    configure(changesOf(form, status.settings));
  };
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  // Locked by the administrator's policy: shown, not editable (sync.configure would refuse them).
  const locked = { channel: useLocked('syncChannel'), gatewayUrl: useLocked('gatewayUrl'), impPath: useLocked('impPath'), autoSend: useLocked('autoSend') };
  const lockedTitle = t('generalSettings.locked');

  return (
    <>
      <form className="sync-form" onSubmit={submit} noValidate>
        <fieldset className="sync-channel" disabled={locked.channel} title={locked.channel ? lockedTitle : undefined}>
          <legend>
            {t('syncSettings.channel')} {locked.channel && <LockedMark testId="sync-lock-channel" />}
          </legend>
          {(['gateway', 'transfer-folder'] as const).map((kind) => (
            <label key={kind} className="radio-label">
              <input type="radio" name="sync-channel" value={kind} checked={form.channel === kind} onChange={() => set('channel', kind)} />
              {t(`syncSettings.channels.${kind}`)}
            </label>
          ))}
        </fieldset>
        {form.channel === 'gateway' ? (
          <>
            <label htmlFor="sync-gateway-url">
              {t('syncSettings.gatewayUrl')} {locked.gatewayUrl && <LockedMark testId="sync-lock-gatewayUrl" />}
            </label>
            <input
              id="sync-gateway-url"
              className="wide-input mono"
              type="url"
              placeholder={t('syncSettings.gatewayUrlHint')}
              disabled={locked.gatewayUrl}
              title={locked.gatewayUrl ? lockedTitle : undefined}
              value={form.gatewayUrl}
              onChange={(event) => set('gatewayUrl', event.target.value)}
            />
            <label htmlFor="sync-device-token">{t('syncSettings.deviceToken')}</label>
            <div>
              <div className="inline-row">
                <input
                  id="sync-device-token"
                  className="wide-input mono"
                  type="password"
                  autoComplete="off"
                  value={form.deviceToken}
                  onChange={(event) => set('deviceToken', event.target.value)}
                />
                {status.settings.hasDeviceToken && (
                  <button type="button" className="small-button" disabled={saving} onClick={() => configure({ deviceToken: null })}>
                    {t('syncSettings.forgetToken')}
                  </button>
                )}
              </div>
              <p className="muted" data-testid="token-state">
                {status.settings.hasDeviceToken ? t('syncSettings.tokenStored') : t('syncSettings.tokenMissing')}
              </p>
            </div>
          </>
        ) : (
          <>
            <label htmlFor="sync-imp-path">
              {t('syncSettings.impPath')} {locked.impPath && <LockedMark testId="sync-lock-impPath" />}
            </label>
            <input
              id="sync-imp-path"
              className="wide-input mono"
              placeholder={t('syncSettings.impPathHint')}
              disabled={locked.impPath}
              title={locked.impPath ? lockedTitle : undefined}
              value={form.impPath}
              onChange={(event) => set('impPath', event.target.value)}
            />
          </>
        )}
        <span />
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={form.autoSend}
            disabled={locked.autoSend}
            title={locked.autoSend ? lockedTitle : undefined}
            onChange={(event) => set('autoSend', event.target.checked)}
          />
          {t('syncSettings.autoSend')} {locked.autoSend && <LockedMark testId="sync-lock-autoSend" />}
        </label>
        <span />
        <div>
          <button type="submit" className="primary-button" disabled={saving}>
            {t('syncSettings.save')}
          </button>
        </div>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </>
  );
}
