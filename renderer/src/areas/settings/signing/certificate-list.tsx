import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary } from '../../../../../shared/signing/schema';
import { showErrorToast } from '../../../components/show-error-toast';
import { useToastStore } from '../../../components/toast-store';
import { api } from '../../../transport/current-transport';

const day = (iso: string) => iso.slice(0, 10);

export function StateBadge({ certificate }: { certificate: CertificateSummary }) {
  const { t } = useTranslation();
  return <span className={`cert-state cert-state-${certificate.state}`}>{t(`signing.state.${certificate.state}`, { days: certificate.daysLeft })}</span>;
}

/** The imported certificates: state (with the 30-day warning), details on demand, delete after a confirmation. */
export function CertificateList({ certificates, onChanged }: { certificates: CertificateSummary[]; onChanged(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (certificates.length === 0) return <p className="muted">{t('signing.none')}</p>;

  const remove = (certificate: CertificateSummary) => {
    api()
      .certificates.delete({ id: certificate.id })
      .then(() => {
        useToastStore.getState().show({ message: t('signing.deleted', { name: certificate.commonName }) });
        setConfirming(null);
        onChanged();
      })
      .catch((failure: unknown) => showErrorToast(failure));
  };
  return (
    <>
      {certificates
        .filter((c) => c.state === 'expiring')
        .map((c) => (
          <p key={c.id} className="notice notice-warning" role="status">
            {t('signing.expiringNotice', { name: c.commonName, days: c.daysLeft })}
          </p>
        ))}
      <table className="data-table cert-table">
        <colgroup>
          <col />
          <col />
          <col className="col-validity" />
          <col className="col-cert-state" />
          <col className="col-cert-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('signing.colName')}</th>
            <th scope="col">{t('signing.colIssuer')}</th>
            <th scope="col">{t('signing.colValidity')}</th>
            <th scope="col">{t('signing.colState')}</th>
            <th scope="col">{t('signing.colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((c) => (
            <Fragment key={c.id}>
              <tr>
                <td>{c.commonName}</td>
                <td>{c.issuer.replace(/^.*CN=/, '')}</td>
                <td className="mono cert-validity">
                  {day(c.notBefore)} – {day(c.notAfter)}
                </td>
                <td>
                  <StateBadge certificate={c} />
                </td>
                <td className="cert-actions">
                  <button type="button" className="small-button" aria-expanded={open === c.id} onClick={() => setOpen(open === c.id ? null : c.id)}>
                    {open === c.id ? t('signing.hideDetails') : t('signing.details')}
                  </button>
                  <button type="button" className="small-button" onClick={() => setConfirming(c.id)}>
                    {t('signing.delete')}
                  </button>
                </td>
              </tr>
              {confirming === c.id && (
                <tr>
                  <td colSpan={5}>
                    <div className="confirm-box" role="alertdialog" aria-label={t('signing.delete')}>
                      <span>{t('signing.confirmDelete', { name: c.commonName })}</span>
                      <div className="inline-row">
                        <button type="button" className="danger-button" autoFocus onClick={() => remove(c)}>
                          {t('signing.confirmDeleteButton')}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t('signing.cancel')}
                        </button>
                      </div>
                    </div>
                  </td>
                </tr>
              )}
              {open === c.id && (
                <tr className="cert-details-row">
                  <td colSpan={5}>
                    <dl className="property-list">
                      <dt>{t('signing.subject')}</dt>
                      <dd className="selectable">{c.subject}</dd>
                      <dt>{t('signing.issuer')}</dt>
                      <dd className="selectable">{c.issuer}</dd>
                      <dt>{t('signing.serial')}</dt>
                      <dd className="mono selectable">{c.serialNumber}</dd>
                      <dt>{t('signing.fingerprint')}</dt>
                      <dd className="mono selectable fingerprint">{c.fingerprint}</dd>
                      <dt>{t('signing.key')}</dt>
                      <dd>{c.keyType === 'rsa' ? `RSA ${c.keyBits}` : `ECDSA P-${c.keyBits}`}</dd>
                      <dt>{t('signing.chain')}</dt>
                      <dd>{c.chainLength}</dd>
                      <dt>{t('signing.importedAt')}</dt>
                      <dd className="mono">{c.importedAt.replace('T', ' ').slice(0, 19)}</dd>
                    </dl>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}
