import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { PdfProgress, PdfRenderOutput } from '../../../../shared/pdf/schema';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { base64ToBytes, releasePages, renderPages, type RenderedPage } from './pdf-pages';

export type PdfLanguage = 'zh-CN' | 'en';

export interface PdfJobState {
  /** building: the backend draws the PDF; showing: pdf.js draws its pages here; ready; failed. */
  phase: 'building' | 'showing' | 'ready' | 'failed';
  progress: PdfProgress | null;
  result: PdfRenderOutput | null;
  bytes: Uint8Array | null;
  pages: RenderedPage[];
  error: AppErrorValue | null;
}

const initial: PdfJobState = { phase: 'building', progress: null, result: null, bytes: null, pages: [], error: null };

const newJobId = () => `pdf-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * One preview: save the open document, have the backend draw the PDF (pdf.render, with
 * pdf.progress), then draw its pages. A new language starts over; `cancel` stops both steps.
 */
export function usePdfJob(documentId: string, language: PdfLanguage, saveFirst: () => Promise<void>) {
  const [state, setState] = useState<PdfJobState>(initial);
  const jobId = useRef<string | null>(null);
  const viewing = useRef<AbortController | null>(null);

  useEffect(
    () =>
      api().on('pdf.progress', (p) => {
        if (p.jobId === jobId.current) setState((s) => (s.phase === 'building' ? { ...s, progress: p } : s));
      }),
    [],
  );

  useEffect(() => {
    const id = newJobId();
    jobId.current = id;
    const view = new AbortController();
    viewing.current = view;
    const pages: RenderedPage[] = [];
    setState(initial);
    void (async () => {
      try {
        await saveFirst();
        const result = await api().pdf.render({ id: documentId, language, jobId: id });
        if (view.signal.aborted) return;
        const bytes = base64ToBytes(result.bytesBase64);
        setState((s) => ({ ...s, phase: 'showing', result, bytes }));
        // pdf.js takes ownership of the buffer it is given: hand it a copy, keep ours for "save as".
        await renderPages(bytes.slice(), (page) => {
          pages.push(page);
          setState((s) => ({ ...s, pages: [...pages] }));
        }, view.signal);
        if (!view.signal.aborted) setState((s) => ({ ...s, phase: 'ready' }));
      } catch (error) {
        if (!view.signal.aborted) setState((s) => ({ ...s, phase: 'failed', error: asErrorValue(error) }));
      }
    })();
    return () => {
      view.abort();
      void api().pdf.cancel({ jobId: id }).catch(() => undefined);
      releasePages(pages);
    };
  }, [documentId, language, saveFirst]);

  const cancel = () => {
    viewing.current?.abort();
    if (jobId.current) void api().pdf.cancel({ jobId: jobId.current }).catch(() => undefined);
  };

  // Pages of the signed PDF belong to no render effect: freed when replaced or on close.
  const shownPages = useRef<RenderedPage[]>([]);
  useEffect(() => () => releasePages(shownPages.current), []);

  /** Shows other bytes of the same document (the signed PDF): they replace the pages and "save as". */
  const showBytes = useCallback((bytes: Uint8Array) => {
    viewing.current?.abort();
    const view = new AbortController();
    viewing.current = view;
    releasePages(shownPages.current);
    const pages: RenderedPage[] = [];
    shownPages.current = pages;
    setState((s) => ({ ...s, phase: 'showing', bytes, pages: [] }));
    void renderPages(bytes.slice(), (page) => {
      pages.push(page);
      setState((s) => ({ ...s, pages: [...pages] }));
    }, view.signal)
      .then(() => {
        if (!view.signal.aborted) setState((s) => ({ ...s, phase: 'ready' }));
      })
      .catch((error: unknown) => {
        if (!view.signal.aborted) setState((s) => ({ ...s, phase: 'failed', error: asErrorValue(error) }));
      });
  }, []);
  return { state, cancel, showBytes };
}
