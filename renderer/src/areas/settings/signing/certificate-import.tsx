import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import { asErrorValue } from '../../../app/as-error-value';
import { FilePicker } from '../../../components/file-picker';
import { useToastStore } from '../../../components/toast-store';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { fileBase64 } from './use-signing-data';

/** Import a .p12/.pfx with its password; the password field is cleared whatever happens. */
export function CertificateImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fileInput = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  /** Changed to clear the file field after an import. */
  const [fileKey, setFileKey] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError({ code: 'INVALID_INPUT', field: 'file', messageZh: t('signing.chooseFile', { lng: 'zh-CN' }), messageEn: t('signing.chooseFile', { lng: 'en' }) });
      fileInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const summary = await api().certificates.import({ fileName: file.name, p12Base64: await fileBase64(file), password });
      useToastStore.getState().show({ message: t('signing.imported', { name: summary.commonName }) });
      setError(null);
      setFileKey((k) => k + 1);
      onImported();
    } catch (failure) {
      setError(asErrorValue(failure));
    } finally {
      setPassword('');
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error && (error.field === field || (field === 'file' && error.field !== 'password')) ? error : null);
  return (
    <form className="signing-import" onSubmit={(event) => void submit(event)} aria-labelledby="certificate-import-title">
      <h3 id="certificate-import-title">{t('signing.importTitle')}</h3>
      <div className={`editor-field${fieldError('file') ? ' has-error' : ''}`}>
        <FilePicker key={fileKey} id="certificate-file" label={t('signing.fileLabel')} accept=".p12,.pfx,application/x-pkcs12" inputRef={fileInput} />
      </div>
      <div className={`editor-field${fieldError('password') ? ' has-error' : ''}`}>
        <label htmlFor="certificate-password">{t('signing.passwordLabel')}</label>
        <input
          id="certificate-password"
          type="password"
          autoComplete="off"
          value={password}
          aria-invalid={fieldError('password') ? true : undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <div className="signing-import-actions">
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('signing.importing') : t('signing.importButton')}
        </button>
      </div>
      {error && (
        <p className="field-error signing-import-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </form>
  );
}
