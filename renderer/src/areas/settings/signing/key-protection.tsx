import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStatus } from '../../../../../shared/signing/schema';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import { asErrorValue } from '../../../app/as-error-value';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';

/** How private keys are protected; in passphrase mode, the field that unlocks (or first sets) them. */
export function KeyProtection({ keys, onChanged }: { keys: KeyStatus; onChanged(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  if (keys.protection === 'os') return <p className="muted">{t('signing.protectionOs')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    api()
      .keys.unlock({ passphrase })
      .then(() => {
        setPassphrase('');
        setError(null);
        onChanged();
      })
      .catch((failure: unknown) => setError(asErrorValue(failure)));
  };
  return (
    <div className="signing-block">
      <p className="muted">{t('signing.protectionPassphrase')}</p>
      {keys.unlocked ? (
        <p className="signing-ok">✓ {t('signing.unlocked')}</p>
      ) : (
        <form className={`editor-field${error ? ' has-error' : ''}`} onSubmit={submit}>
          <label htmlFor="key-passphrase">{keys.passphraseSet ? t('signing.passphraseLabel') : t('signing.passphraseNew')}</label>
          <div className="inline-row">
            <input
              id="key-passphrase"
              type="password"
              autoComplete={keys.passphraseSet ? 'current-password' : 'new-password'}
              className="wide-input"
              value={passphrase}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'key-passphrase-error' : undefined}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <button type="submit" className="primary-button">
              {keys.passphraseSet ? t('signing.unlock') : t('signing.setPassphrase')}
            </button>
          </div>
          {error && (
            <p className="field-error" id="key-passphrase-error" role="alert">
              {errorText(error)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
