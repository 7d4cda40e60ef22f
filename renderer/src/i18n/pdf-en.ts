import type { pdfZh } from './pdf-zh';

/** PDF preview, print, save as; mirrors pdf-zh.ts. */
export const pdfEn: typeof pdfZh = {
  pdf: {
    open: 'Print preview',
    title: 'Print preview',
    titleWithFile: 'Print preview: {{file}}',
    hint: 'Ctrl+P print · Ctrl+S save as · Esc close',
    close: 'Close',
    language: 'PDF language',
    print: 'Print',
    saveAs: 'Save as',
    cancel: 'Cancel',
    building: 'Making the PDF…',
    drawing: 'Laying out: {{done}} / {{total}} rows',
    showing: 'Showing: {{done}} / {{total}} pages',
    summary: '{{pages}} pages · {{size}} · largest page {{page}} · PDF {{version}}',
    limitsOk: 'Meets the single window attached-document limits (PDF 1.4+, ≤ 400 KB a page, ≤ 4 MB a file, names ≤ 64 characters).',
    limitsBad: 'Does not meet the attached-document limits:',
    parts: 'Over 4 MB, split into {{count}} files:',
    pagesLabel: 'PDF pages',
    pageAlt: 'Page {{n}} of {{total}}',
  },
};
