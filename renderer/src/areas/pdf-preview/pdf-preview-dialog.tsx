import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DialogFrame } from '../../components/dialog-frame';
import { useErrorText } from '../../i18n/use-error-text';
import { base64ToBytes, saveBytesAs } from './pdf-pages';
import { usePdfJob, type PdfLanguage } from './use-pdf-job';
import { SignPanel } from './sign-panel';
import { SignedStatus } from './signed-status';
import { useSignStep } from './use-sign-step';
import '../../styles/pdf-preview.css';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

interface Props {
  documentId: string;
  saveFirst: () => Promise<void>;
  onClose(): void;
}

/**
 * 打印预览: the PDF exactly as it will be printed or attached, drawn page by page in the app;
 * print through the system dialog, save as a file, switch the PDF's language, sign (the
 * preview then shows the signed PDF, and save as writes it). Keyboard: Ctrl+P print, Ctrl+S
 * save as, Ctrl+G sign, Esc close (cancels a PDF still being made).
 */
export function PdfPreviewDialog({ documentId, saveFirst, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [language, setLanguage] = useState<PdfLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const { state, cancel, showBytes } = usePdfJob(documentId, language, saveFirst);
  const signing = useSignStep(state.result, showBytes);
  const [signOpen, setSignOpen] = useState(false);
  const { reset: resetSigning } = signing;
  // A new render (another language) starts unsigned.
  useEffect(() => resetSigning(), [state.result, resetSigning]);
  const printButton = useRef<HTMLButtonElement>(null);
  const languageSelect = useRef<HTMLSelectElement>(null);
  const ready = state.phase === 'ready';

  useEffect(() => languageSelect.current?.focus(), []);
  useEffect(() => {
    if (ready) printButton.current?.focus();
  }, [ready]);

  const close = () => {
    cancel();
    signing.cancel();
    onClose();
  };
  const openSign = () => {
    if (state.result) setSignOpen(true);
  };
  const print = () => {
    if (ready) window.print();
  };
  const saveAs = () => {
    if (state.bytes && state.result) saveBytesAs(state.bytes, state.result.fileName);
  };
  // On the window, in the capture phase: the keys work wherever focus is (also after a button
  // was disabled under it), and the editor's own Ctrl+S / Ctrl+P handlers do not run as well.
  const keys = useRef({ close, print, saveAs, openSign });
  useEffect(() => {
    keys.current = { close, print, saveAs, openSign };
  });
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const ctrl = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      const key = event.key.toLowerCase();
      if (event.key === 'Escape') keys.current.close();
      else if (ctrl && key === 'p') keys.current.print();
      else if (ctrl && key === 's') keys.current.saveAs();
      else if (ctrl && key === 'g') keys.current.openSign();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  const result = state.result;
  const check = result?.sizeCheck;
  // The figures of what "save as" writes: the signed file once signed.
  const shownCheck = signing.state.signed?.whole.sizeCheck ?? check;
  const progress = state.progress;
  return (
    <DialogFrame titleId="pdf-preview-title" title={result ? t('pdf.titleWithFile', { file: result.fileName }) : t('pdf.title')} hint={t('pdf.hint')} closeLabel={t('pdf.close')} onClose={close} className="pdf-preview">
      <div className="pdf-toolbar">
        <label>
          {t('pdf.language')}
          <select ref={languageSelect} value={language} onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'zh-CN')}>
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <button ref={printButton} type="button" disabled={!ready} onClick={print}>
          {t('pdf.print')}
          <kbd>Ctrl+P</kbd>
        </button>
        <button type="button" disabled={!state.bytes} onClick={saveAs}>
          {t('pdf.saveAs')}
          <kbd>Ctrl+S</kbd>
        </button>
        <button type="button" disabled={!result || signing.state.busy !== null} aria-expanded={signOpen} onClick={openSign}>
          {t('pdfSign.open')}
          <kbd>Ctrl+G</kbd>
        </button>
        {result && result.parts.length > 0 && !signing.state.signed && (
          <span className="pdf-parts">
            {t('pdf.parts', { count: result.parts.length })}
            {result.parts.map((part) => (
              <button key={part.fileName} type="button" className="small-button" onClick={() => saveBytesAs(base64ToBytes(part.bytesBase64), part.fileName)}>
                {part.fileName}
              </button>
            ))}
          </span>
        )}
        <span className="toolbar-spacer" />
        {result && shownCheck && (
          <span className="muted" data-testid="pdf-summary">
            {t('pdf.summary', { pages: result.pages, size: kb(shownCheck.bytes), page: kb(shownCheck.largestPageBytes), version: shownCheck.pdfVersion })}
          </span>
        )}
      </div>
      {check && !signing.state.signed && (
        <p className={check.ok ? 'notice pdf-limits' : 'notice notice-error pdf-limits'} role="status">
          {check.ok ? t('pdf.limitsOk') : `${t('pdf.limitsBad')} ${check.violations.map((v) => (i18n.language === 'en' ? v.messageEn : v.messageZh)).join(' ')}`}
        </p>
      )}
      {signOpen && result && (
        <SignPanel state={signing.state} earlierSignatures={signing.state.signed?.signatureCount ?? 0} onSign={(signer, role) => void signing.sign(signer, role)} onCancel={signing.cancel} />
      )}
      {signing.state.error && (
        <p className="notice notice-error" role="alert">
          {errorText(signing.state.error)}
        </p>
      )}
      {signing.state.signed && <SignedStatus signed={signing.state.signed} />}
      {state.phase === 'building' && (
        <div className="pdf-progress" role="status">
          <span>{progress && progress.phase === 'draw' ? t('pdf.drawing', { done: progress.done, total: progress.total }) : t('pdf.building')}</span>
          <progress max={progress?.total || 1} value={progress?.phase === 'draw' ? progress.done : 0} />
          <button type="button" onClick={close}>
            {t('pdf.cancel')}
          </button>
        </div>
      )}
      {state.phase === 'showing' && result && (
        <p className="muted" role="status">
          {t('pdf.showing', { done: state.pages.length, total: result.pages })}
        </p>
      )}
      {state.error && (
        <p className="notice notice-error" role="alert">
          {errorText(state.error)}
        </p>
      )}
      <div className="pdf-pages" aria-label={t('pdf.pagesLabel')} tabIndex={0}>
        {state.pages.map((page, index) => (
          <img key={page.url} src={page.url} width={page.width} height={page.height} alt={t('pdf.pageAlt', { n: index + 1, total: result?.pages ?? 0 })} />
        ))}
      </div>
      {ready && createPortal(
        <div className="pdf-print-pages" aria-hidden="true">
          {state.pages.map((page) => (
            <img key={page.url} src={page.url} alt="" />
          ))}
        </div>,
        document.body,
      )}
    </DialogFrame>
  );
}
