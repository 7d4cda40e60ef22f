import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../../shared/model/documents';
import { useErrorText } from '../../i18n/use-error-text';
import { focusFindingPath } from '../editor/editor-ui-store';
import { latestRejection } from './receipt-kinds';
import { ReceiptList } from './receipt-list';
import { useDocumentReceipts } from './use-document-receipts';
import '../../styles/receipts.css';

interface Props {
  documentId: string;
  status: DocumentStatus;
}

/**
 * 回执: the declaration's receipts, oldest first. While the declaration stands rejected, the
 * reason is shown on top and, when the receipt names a field, one button puts the cursor there
 * (the same jump the validation panel's findings use).
 */
export function ReceiptTimeline({ documentId, status }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { receipts, error } = useDocumentReceipts(documentId);
  // A draft that never went out has nothing to show; keep the side panel for the findings.
  if (status === 'draft' && (receipts === null || receipts.length === 0)) return null;
  const rejection = status === 'rejected' && receipts ? latestRejection(receipts) : null;
  const english = i18n.language === 'en';
  return (
    <section className="receipt-timeline" aria-labelledby="receipts-heading" data-testid="receipt-timeline">
      <h2 id="receipts-heading">{t('receipts.title')}</h2>
      {rejection && (
        <div className="receipt-rejection" role="alert">
          <strong>{t('receipts.rejectedTitle', { meaning: english ? rejection.meaningEn : rejection.meaningZh })}</strong>
          {rejection.note && <p>{rejection.note}</p>}
          {rejection.field && (
            <button type="button" className="small-button" onClick={() => focusFindingPath(rejection.field ?? '')}>
              {t('receipts.jump')}
            </button>
          )}
        </div>
      )}
      {error && <p className="field-error">{errorText(error)}</p>}
      {receipts === null && !error && <p className="muted">{t('receipts.loading')}</p>}
      {receipts?.length === 0 && <p className="muted">{t('receipts.none')}</p>}
      {receipts && receipts.length > 0 && <ReceiptList receipts={receipts} label={t('receipts.listLabel')} />}
    </section>
  );
}
