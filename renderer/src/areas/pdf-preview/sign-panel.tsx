import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyProtection } from '../settings/signing/key-protection';
import { useSigningData } from '../settings/signing/use-signing-data';
import type { SignerChoice, SignStepState } from './use-sign-step';

const EPORT = 'eport';

interface Props {
  state: SignStepState;
  /** Signatures already on the PDF: the first signs as 申报人 by default, the next as 复核人. */
  earlierSignatures: number;
  onSign(signer: SignerChoice, role: string | undefined): void;
  onCancel(): void;
}

/**
 * 数字签名 in the print preview: a stored certificate (or the E-Port card with its PIN, used
 * for this one call and cleared), an optional role, then 签名. When the keys are locked
 * (browser mode) the passphrase field comes first. Enter signs.
 */
export function SignPanel({ state, earlierSignatures, onSign, onCancel }: Props) {
  const { t } = useTranslation();
  const data = useSigningData();
  const [choice, setChoice] = useState('');
  const [pin, setPin] = useState('');
  // null: the default for this signature (申报人 first, then 复核人); reset after each signing.
  const [roleChoice, setRole] = useState<string | null>(null);
  const role = roleChoice ?? (earlierSignatures === 0 ? '申报人' : '复核人');
  const select = useRef<HTMLSelectElement>(null);
  const usable = data.certificates;
  const selected = choice || usable.find((c) => c.state === 'valid' || c.state === 'expiring')?.id || usable[0]?.id || EPORT;

  useEffect(() => {
    if (data.keys?.unlocked) select.current?.focus();
  }, [data.keys?.unlocked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.busy) return;
    const signer: SignerChoice = selected === EPORT ? { kind: 'eport', pin } : { kind: 'certificate', certificateId: selected };
    onSign(signer, role || undefined);
    setPin('');
    setRole(null);
  };
  const locked = data.keys !== null && !data.keys.unlocked;
  return (
    <section className="pdf-sign-panel" aria-labelledby="pdf-sign-title">
      <h3 id="pdf-sign-title">{t('pdfSign.panelTitle')}</h3>
      {locked && data.keys && (
        <>
          <p className="muted">{t('pdfSign.locked')}</p>
          <KeyProtection keys={data.keys} onChanged={data.reload} />
        </>
      )}
      {!locked && usable.length === 0 && data.keys && (
        <p className="notice notice-warning" role="status">
          {t('pdfSign.noCertificate')}
        </p>
      )}
      {!locked && data.keys && (
        <form className="pdf-sign-form" onSubmit={submit}>
          <label>
            {t('pdfSign.signer')}
            <select ref={select} value={selected} onChange={(event) => setChoice(event.target.value)}>
              {usable.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.commonName} (${t(`pdfSign.certificateState.${c.state}`, { days: c.daysLeft })}, ${c.notAfter.slice(0, 10)})`}
                </option>
              ))}
              <option value={EPORT}>{t('pdfSign.eport')}</option>
            </select>
          </label>
          {selected === EPORT && (
            <label>
              {t('pdfSign.pin')}
              <input type="password" autoComplete="off" value={pin} required maxLength={32} onChange={(event) => setPin(event.target.value)} />
            </label>
          )}
          <label>
            {t('pdfSign.role')}
            <select value={role} onChange={(event) => setRole(event.target.value)}>
              <option value="">{t('pdfSign.roleNone')}</option>
              <option value="申报人">{t('pdfSign.roleDeclarant')}</option>
              <option value="复核人">{t('pdfSign.roleReviewer')}</option>
            </select>
          </label>
          <button type="submit" className="primary-button" disabled={state.busy !== null}>
            {t('pdfSign.submit')}
          </button>
        </form>
      )}
      {state.busy && (
        <div className="pdf-progress" role="status">
          <span>{t(state.busy === 'sign' ? 'pdfSign.signing' : state.busy === 'verify' ? 'pdfSign.verifying' : 'pdfSign.checking')}</span>
          <progress />
          <button type="button" onClick={onCancel}>
            {t('pdfSign.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
