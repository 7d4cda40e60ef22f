import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfPreviewDialog } from './pdf-preview-dialog';

/**
 * 打印预览 in an editor's toolbar, also on Ctrl+P (instead of the browser's print of the form).
 * `saveFirst` stores the open document so the PDF shows what is on screen.
 */
export const PdfPreviewButton = memo(function PdfPreviewButton({ documentId, saveFirst }: { documentId: string; saveFirst: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('pdf.open')}
        <kbd>Ctrl+P</kbd>
      </button>
      {open && <PdfPreviewDialog documentId={documentId} saveFirst={saveFirst} onClose={() => setOpen(false)} />}
    </>
  );
});
