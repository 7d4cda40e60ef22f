// Draws the pages of a PDF into images with pdf.js, in the renderer, without any network: the
// worker is bundled by Vite (an asset of our own origin, allowed by script-src 'self'), fonts
// are embedded in our PDFs, and eval is off for the Content-Security-Policy.
// pdf.js (about 0.7 MB) is loaded on the first preview only, so that it does not slow every
// start of the app: Vite puts it in its own chunk.
type PdfJs = typeof import('pdfjs-dist');

let pdfJs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfJs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([lib, worker]) => {
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return lib;
  });
  return pdfJs;
}

/** 2 × 72 dpi: sharp on screen and good enough for the system print dialog. */
const SCALE = 2;

export interface RenderedPage {
  /** An object URL of a PNG of the page; revoke with `releasePages`. */
  url: string;
  width: number;
  height: number;
}

/**
 * Renders every page in order, reporting each as it is ready; stops (and frees what it made)
 * when `signal` is aborted.
 */
export async function renderPages(bytes: Uint8Array, onPage: (page: RenderedPage, index: number, total: number) => void, signal: AbortSignal): Promise<void> {
  const { getDocument } = await loadPdfJs();
  if (signal.aborted) return;
  const task = getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false });
  const pdf = await task.promise;
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal.aborted) return;
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      page.cleanup();
      if (!blob) throw new Error(`page ${n} could not be drawn`);
      if (signal.aborted) return;
      onPage({ url: URL.createObjectURL(blob), width: viewport.width / SCALE, height: viewport.height / SCALE }, n - 1, pdf.numPages);
    }
  } finally {
    await task.destroy();
  }
}

export function releasePages(pages: readonly RenderedPage[]): void {
  for (const page of pages) URL.revokeObjectURL(page.url);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** "Save as": the browser's download (Electron shows its save dialog for it). */
export function saveBytesAs(bytes: Uint8Array, fileName: string, mimeType = 'application/pdf'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
