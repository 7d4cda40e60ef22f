import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustedCertificate } from '../../../../../shared/signing/schema';
import { showErrorToast } from '../../../components/show-error-toast';
import { FilePicker } from '../../../components/file-picker';
import { useToastStore } from '../../../components/toast-store';
import { api } from '../../../transport/current-transport';
import { certificateText } from './use-signing-data';

/** The certificates the user trusts for verification: add from a file, remove. */
export function TrustedList({ trusted, onChanged }: { trusted: TrustedCertificate[]; onChanged(): void }) {
  const { t } = useTranslation();
  /** Changed to clear the file field after each file. */
  const [fileKey, setFileKey] = useState(0);
  const add = async (file: File | undefined) => {
    if (!file) return;
    try {
      const added = await api().trust.add({ certificate: await certificateText(file) });
      useToastStore.getState().show({ message: t('signing.trustAdded', { name: added.commonName }) });
      onChanged();
    } catch (failure) {
      showErrorToast(failure);
    } finally {
      setFileKey((k) => k + 1);
    }
  };
  const remove = (fingerprint: string) => {
    api()
      .trust.delete({ fingerprint })
      .then(onChanged)
      .catch((failure: unknown) => showErrorToast(failure));
  };
  return (
    <div className="signing-block">
      <h3>{t('signing.trustTitle')}</h3>
      <p className="muted">{t('signing.trustIntro')}</p>
      {trusted.length === 0 ? (
        <p className="muted">{t('signing.trustNone')}</p>
      ) : (
        <ul className="trust-list">
          {trusted.map((c) => (
            <li key={c.fingerprint}>
              <span className="trust-name">{c.commonName}</span>
              <span className="mono muted">
                {c.notBefore.slice(0, 10)} – {c.notAfter.slice(0, 10)}
              </span>
              <span className="mono muted fingerprint" title={c.fingerprint}>
                {c.fingerprint.slice(0, 23)}…
              </span>
              <button type="button" className="small-button" aria-label={`${t('signing.trustRemove')} ${c.commonName}`} onClick={() => remove(c.fingerprint)}>
                {t('signing.trustRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="editor-field">
        <FilePicker key={fileKey} id="trust-file" label={t('signing.trustFileLabel')} accept=".pem,.cer,.crt,.der" onChange={(event) => void add(event.target.files?.[0])} />
      </div>
    </div>
  );
}
