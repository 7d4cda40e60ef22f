import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogFrame } from '../../components/dialog-frame';
import { useDialogKeys } from './use-dialog-keys';

interface Props {
  question: string;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
}

/** A delete asks first. */
export function ConfirmDialog({ question, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  // The cancel button comes first and takes the focus, so an Enter typed out of habit deletes nothing.
  useDialogKeys(panel, onClose);
  return (
    <DialogFrame titleId="fee-confirm-heading" title={question} closeLabel={t('fees.invoices.close')} onClose={onClose} className="small-dialog">
      <div ref={panel} className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('fees.form.cancel')}
        </button>
        <button
          type="button"
          className="danger-button"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </DialogFrame>
  );
}
