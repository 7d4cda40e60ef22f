import { useTranslation } from 'react-i18next';
import { saveBytesAs } from './pdf-pages';
import type { SignedResult } from './use-sign-step';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

/** The short verification line of the signed PDF and the attached-document check of the signed bytes. */
export function SignedStatus({ signed }: { signed: SignedResult }) {
  const { t, i18n } = useTranslation();
  const { report, whole } = signed;
  const last = report.signatures.at(-1);
  const time = last?.signingTime ? new Date(last.signingTime).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN') : '—';
  const ok = Boolean(last?.integrity && last.signatureValid && report.allValid);
  const line = ok
    ? t('pdfSign.verified', {
        count: report.signatures.length,
        signer: last?.signer ?? '—',
        time,
        coverage: last?.coverage === 'whole' && !report.modifiedAfterLastSignature ? t('pdfSign.coverageWhole') : t('pdfSign.coveragePartial'),
        chain: report.allTrusted ? t('pdfSign.chainTrusted') : t('pdfSign.chainUntrusted'),
      })
    : t('pdfSign.notVerified', { signer: last?.signer ?? '—', time });
  const check = whole.sizeCheck;
  return (
    <div className="pdf-signed-status">
      <p className={ok ? 'notice verify-summary-ok' : 'notice notice-error'} role="status" data-testid="pdf-signed-line">
        {line}
      </p>
      <p className={check.ok ? 'notice pdf-limits' : 'notice notice-error pdf-limits'} data-testid="pdf-signed-limits">
        {check.ok
          ? t('pdfSign.signedLimitsOk', { size: kb(check.bytes), page: kb(check.largestPageBytes) })
          : `${t('pdfSign.signedLimitsBad')} ${check.violations.map((v) => (i18n.language === 'en' ? v.messageEn : v.messageZh)).join(' ')}`}
      </p>
      {signed.parts.length > 0 && (
        <p className="pdf-parts">
          {t('pdfSign.partsSigned', { count: signed.parts.length })}
          {signed.parts.map((part) => (
            <button key={part.fileName} type="button" className="small-button" onClick={() => saveBytesAs(part.bytes, part.fileName)}>
              {`${part.fileName} (${kb(part.sizeCheck.bytes)}${part.sizeCheck.ok ? '' : ' ✗'})`}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
