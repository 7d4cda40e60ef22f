import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** 移到一旁并新建数据库, behind an explicit second step: the new database starts empty. */
export function ResetDatabasePanel({ busy, onReset }: { busy: boolean; onReset(): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="recovery-section" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('recovery.resetTitle')}</h2>
      <p className="muted">{t('recovery.resetExplain')}</p>
      {confirming ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{t('recovery.resetConfirmQuestion')}</p>
          <div className="inline-row">
            <button type="button" className="danger-button" disabled={busy} onClick={onReset} autoFocus>
              {t('recovery.resetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('recovery.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('recovery.reset')}
        </button>
      )}
    </section>
  );
}
