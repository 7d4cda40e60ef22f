// pdf.render / pdf.cancel behind the contract: loads the saved document, names its codes from
// the profile's code tables, draws, saves, checks the attachment limits (splitting a file over
// 4 MB into numbered parts) and reports progress. A cancelled job stops at its next page.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/errors';
import type { CodeTableId } from '../../../shared/codes/schema';
import type { PdfProgress, PdfRenderInput, PdfRenderOutput } from '../../../shared/pdf/schema';
import type { Store } from '../store/store.node';
import { RenderCancelled } from './canvas.node';
import { bodyHash } from './qr-code.node';
import type { CodeNamer } from './declaration-form';
import { buildDeclarationPdf, buildPackingListPdf, checkAttachment, savePdf, signatureBoxOf, splitPdf } from './pdf-api.node';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Characters Windows and the single window do not accept in file names. */
const fileSafe = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);

export class PdfService {
  private readonly jobs = new Map<string, AbortController>();

  constructor(
    private readonly store: () => Store,
    private readonly emit: (progress: PdfProgress) => void,
  ) {}

  cancel(jobId: string): { cancelled: boolean } {
    const job = this.jobs.get(jobId);
    if (!job) return { cancelled: false };
    job.abort();
    return { cancelled: true };
  }

  async render(input: PdfRenderInput): Promise<PdfRenderOutput> {
    const jobId = input.jobId ?? randomUUID();
    if (this.jobs.has(jobId)) {
      throw new AppError({ code: 'CONFLICT', field: 'jobId', messageZh: '同一编号的打印任务正在进行。', messageEn: 'A PDF job with this id is already running.' });
    }
    const controller = new AbortController();
    this.jobs.set(jobId, controller);
    try {
      return await this.run(input, jobId, controller.signal);
    } catch (error) {
      if (error instanceof RenderCancelled) {
        throw new AppError({ code: 'CANCELLED', messageZh: 'PDF 生成已取消。', messageEn: 'The PDF was cancelled.', details: { jobId, cancelled: true } });
      }
      throw error;
    } finally {
      this.jobs.delete(jobId);
    }
  }

  private async run(input: PdfRenderInput, jobId: string, signal: AbortSignal): Promise<PdfRenderOutput> {
    const store = this.store();
    const doc = store.documents.get(input.id);
    const language = input.language ?? store.settings.get().language;
    const sha256 = bodyHash(doc.body.data);
    const onProgress = (done: number, total: number) => this.emit({ jobId, phase: 'draw', done, total });
    const options = { language, signal, onProgress };
    const common = { clientSeqNo: doc.clientSeqNo, sha256, revision: doc.revision, codeName: this.namer(store) };
    let pdf;
    let fileName: string;
    if (doc.body.kind === 'declaration') {
      pdf = await buildDeclarationPdf({ ...common, draft: doc.body.data }, options);
      fileName = `${language === 'en' ? 'declaration' : '报关单'}-${fileSafe(doc.body.data.head.entryId || doc.clientSeqNo)}.pdf`;
    } else if (doc.body.kind === 'packing-list') {
      pdf = await buildPackingListPdf({ ...common, list: doc.body.data }, options);
      fileName = `${language === 'en' ? 'packing-list' : '装箱单'}-${fileSafe(doc.body.data.header.plNo || doc.clientSeqNo)}.pdf`;
    } else {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'id',
        messageZh: '只能打印报关单和装箱单。',
        messageEn: 'Only declarations and packing lists can be printed.',
      });
    }
    if (signal.aborted) throw new RenderCancelled();
    this.emit({ jobId, phase: 'save', done: 0, total: 1 });
    const bytes = await savePdf(pdf);
    this.emit({ jobId, phase: 'check', done: 0, total: 1 });
    const sizeCheck = await checkAttachment(fileName, bytes);
    const parts = sizeCheck.violations.some((v) => v.rule === 'file-size') ? await splitPdf(fileName, bytes) : [];
    this.emit({ jobId, phase: 'check', done: 1, total: 1 });
    return {
      fileName,
      kind: doc.body.kind,
      clientSeqNo: doc.clientSeqNo,
      revision: doc.revision,
      pages: pdf.getPageCount(),
      bytesBase64: base64(bytes),
      sha256,
      sizeCheck,
      parts: parts.map((p) => ({ fileName: p.fileName, firstPage: p.firstPage, lastPage: p.lastPage, bytesBase64: base64(p.bytes) })),
      signatureBox: signatureBoxOf(pdf),
    };
  }

  /** Code names from the profile's tables, each looked up once per render. */
  private namer(store: Store): CodeNamer {
    const cache = new Map<string, ReturnType<CodeNamer>>();
    return (table: CodeTableId, code: string) => {
      const key = `${table}\u0000${code}`;
      if (!cache.has(key)) {
        const hit = store.codes.lookup(table, code);
        cache.set(key, hit ? { nameZh: hit.nameZh, nameEn: hit.nameEn } : null);
      }
      return cache.get(key) ?? null;
    };
  }
}
