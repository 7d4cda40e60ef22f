import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureCheck, VerificationReport } from '../../../../../shared/signing/schema';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import { asErrorValue } from '../../../app/as-error-value';
import { DialogFrame } from '../../../components/dialog-frame';
import { useErrorText } from '../../../i18n/use-error-text';
import { FilePicker } from '../../../components/file-picker';
import { api } from '../../../transport/current-transport';
import { fileBase64 } from './use-signing-data';

function Verdict({ ok, children }: { ok: boolean; children: string }) {
  return <dd className={ok ? 'verdict-ok' : 'verdict-bad'}>{`${ok ? '✓' : '✗'} ${children}`}</dd>;
}

/** The claimed signing time in this computer's time zone, with the zone named. */
function localTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'long' });
}

function SignatureReport({ check }: { check: SignatureCheck }) {
  const { t, i18n } = useTranslation();
  const coverage = check.coverage === 'whole' ? t('verify.coverageWhole') : check.coverage === 'revision' ? t('verify.coverageRevision') : t('verify.coverageBroken');
  return (
    <section className={`verify-signature${check.valid ? '' : ' is-bad'}`} aria-label={t('verify.signature', { index: check.index })}>
      <h3>{t('verify.signature', { index: check.index })}</h3>
      <dl className="property-list">
        <dt>{t('verify.signer')}</dt>
        <dd>{check.signer ?? '—'}</dd>
        <dt>{t('verify.time')}</dt>
        <dd className="mono">{check.signingTime ? localTime(check.signingTime, i18n.language) : t('verify.timeUnknown')}</dd>
        <dt>{t('verify.coverage')}</dt>
        <Verdict ok={check.coverage !== 'broken'}>{coverage}</Verdict>
        <dt>{t('verify.integrity')}</dt>
        <Verdict ok={check.integrity}>{check.integrity ? t('verify.integrityOk') : t('verify.integrityBad')}</Verdict>
        <dt>{t('verify.signatureValid')}</dt>
        <Verdict ok={check.signatureValid}>{check.signatureValid ? t('verify.signatureOk') : t('verify.signatureBad')}</Verdict>
        <dt>{t('verify.chain')}</dt>
        <Verdict ok={check.chain === 'trusted'}>{t(`verify.chainState.${check.chain}`)}</Verdict>
        <dt>{t('verify.format')}</dt>
        <dd className="mono">{`${check.subFilter ?? '—'}${check.pades ? ' · PAdES B-B' : ''}`}</dd>
        {check.certificate && (
          <>
            <dt>{t('verify.certificate')}</dt>
            <dd className="selectable small-text">
              {check.certificate.subject}
              <br />
              <span className="mono fingerprint">{check.certificate.fingerprint}</span>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** Pick any PDF; see each signature's signer, time, coverage, integrity, validity and chain. */
export function VerifyDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<VerificationReport | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  useEffect(() => input.current?.focus(), []);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setReport(null);
    setError(null);
    try {
      setReport(await api().signatures.verify({ pdfBase64: await fileBase64(file) }));
    } catch (failure) {
      setError(asErrorValue(failure));
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };
  const untrusted = report && report.allValid && !report.allTrusted;
  return (
    <DialogFrame titleId="verify-title" title={t('verify.title')} hint={t('verify.hint')} closeLabel={t('verify.close')} onClose={onClose} onKeyDown={onKeyDown} className="verify-panel">
      <div className="verify-body">
        <div className="editor-field">
          <FilePicker id="verify-file" label={t('verify.fileLabel')} accept=".pdf,application/pdf" inputRef={input} onChange={(event) => void check(event.target.files?.[0])} />
        </div>
        <div aria-live="polite">
          {busy && <p className="muted">{t('verify.checking')}</p>}
          {error && (
            <p className="field-error" role="alert">
              {errorText(error)}
            </p>
          )}
          {report && report.signatures.length === 0 && <p className="notice notice-warning">{t('verify.none')}</p>}
          {report && report.signatures.length > 0 && (
            <p className={`notice ${report.allValid ? 'verify-summary-ok' : 'notice-error'}`}>
              {report.allValid ? t('verify.summaryOk', { count: report.signatures.length }) : t('verify.summaryBad')}
              {report.modifiedAfterLastSignature ? ` ${t('verify.modifiedAfter')}` : ''}
            </p>
          )}
          {untrusted && <p className="notice notice-warning">{t('verify.untrustedNote')}</p>}
        </div>
        {report?.signatures.map((s) => <SignatureReport key={s.index} check={s} />)}
      </div>
    </DialogFrame>
  );
}
