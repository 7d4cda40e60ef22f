import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../i18n/use-error-text';
import { CertificateImport } from './certificate-import';
import { CertificateList } from './certificate-list';
import { KeyProtection } from './key-protection';
import { TrustedList } from './trusted-list';
import { useSigningData } from './use-signing-data';
import { VerifyDialog } from './verify-dialog';
import '../../../styles/signing.css';

/** Settings › 证书与数字签名: key protection, import, the certificate list, the trusted list, verification. */
export function SigningSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const data = useSigningData();
  const [verifying, setVerifying] = useState(false);
  return (
    <div className="settings-section signing-section" aria-labelledby="signing-heading">
      <div className="signing-heading-row">
        <h2 id="signing-heading">{t('signing.title')}</h2>
        <button type="button" onClick={() => setVerifying(true)}>
          {t('signing.verifyButton')}
        </button>
      </div>
      <p className="muted">{t('signing.intro')}</p>
      {data.error && (
        <p className="field-error" role="alert">
          {errorText(data.error)}
        </p>
      )}
      {data.keys && <KeyProtection keys={data.keys} onChanged={data.reload} />}
      {data.keys?.unlocked && <CertificateImport onImported={data.reload} />}
      <h3>{t('signing.listTitle')}</h3>
      <CertificateList certificates={data.certificates} onChanged={data.reload} />
      <TrustedList trusted={data.trusted} onChanged={data.reload} />
      {verifying && <VerifyDialog onClose={() => setVerifying(false)} />}
    </div>
  );
}
