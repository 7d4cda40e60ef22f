import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import type { PdfProgress } from '../../shared/pdf/schema';
import { ok } from '../fixtures/import/files';
import { fiftyItemDeclaration, thousandLinePackingList } from '../fixtures/pdf-documents';
import { useTempProfiles } from './helpers/temp-profile';
import { pdfinfo, pdftotext, qpdfCheck } from './helpers/poppler';

const tempProfile = useTempProfiles();
const seedsDir = join(process.cwd(), 'seeds');
const open = () => new Backend({ profileDir: tempProfile(), version: 'test', seedsDir });
const flat = (s: string) => s.replace(/\s+/g, '');

async function savedDeclaration(backend: Backend, draft = fiftyItemDeclaration()): Promise<string> {
  const doc = await ok(backend, 'documents.create', { kind: 'declaration', direction: 'I' });
  await ok(backend, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'declaration', data: draft } });
  return doc.id;
}

async function savedPackingList(backend: Backend, lines = 1000): Promise<string> {
  const doc = await ok(backend, 'documents.create', { kind: 'packing-list' });
  await ok(backend, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'packing-list', data: thousandLinePackingList(lines) } });
  return doc.id;
}

describe('pdf.render', () => {
  it('prints a saved declaration with code names from the profile tables, in the profile language by default', async () => {
    const backend = open();
    const id = await savedDeclaration(backend);
    const doc = await ok(backend, 'documents.get', { id });
    const out = await ok(backend, 'pdf.render', { id });
    const bytes = Buffer.from(out.bytesBase64, 'base64');
    expect(out).toMatchObject({ kind: 'declaration', clientSeqNo: doc.clientSeqNo, revision: doc.revision, fileName: '报关单-223320261000123456.pdf' });
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.pages).toBe(Number(pdfinfo(bytes).Pages));
    expect(out.sizeCheck).toMatchObject({ ok: true, bytes: bytes.length, pages: out.pages, violations: [] });
    expect(out.parts).toEqual([]);
    expect(out.signatureBox.pageIndex).toBe(out.pages - 1);
    expect(qpdfCheck(bytes).status).toBe(0);
    const text = flat(pdftotext(bytes));
    expect(text).toContain('0110一般贸易');
    expect(text).toContain(`ClientSeqNo${doc.clientSeqNo}`);

    await ok(backend, 'settings.update', { language: 'en' });
    const en = await ok(backend, 'pdf.render', { id });
    expect(en.fileName).toBe('declaration-223320261000123456.pdf');
    expect(pdftotext(Buffer.from(en.bytesBase64, 'base64'))).toContain('0110 General trade');
    backend.close();
  }, 60_000);

  it('reports progress of a 1,000-line packing list and can be cancelled, writing nothing', async () => {
    const backend = open();
    const id = await savedPackingList(backend);
    const events: PdfProgress[] = [];
    backend.onEvent((event, payload) => {
      if (event === 'pdf.progress') events.push(payload as PdfProgress);
    });
    const out = await ok(backend, 'pdf.render', { id, language: 'zh-CN', jobId: 'job-1' });
    expect(out.fileName).toBe('装箱单-PL-2026-001.pdf');
    expect(out.sizeCheck.ok).toBe(true);
    const draws = events.filter((e) => e.jobId === 'job-1' && e.phase === 'draw');
    expect(draws.length).toBeGreaterThanOrEqual(10);
    expect(draws.at(-1)).toMatchObject({ done: 1000, total: 1000 });
    expect(events.at(-1)).toMatchObject({ phase: 'check', done: 1, total: 1 });

    const running = backend.call('pdf.render', { id, jobId: 'job-2' });
    // Cancel once the first rows are drawn.
    await new Promise<void>((resolve) => {
      const stop = backend.onEvent((event, payload) => {
        if (event === 'pdf.progress' && (payload as PdfProgress).jobId === 'job-2') {
          stop();
          resolve();
        }
      });
    });
    expect(await ok(backend, 'pdf.cancel', { jobId: 'job-2' })).toEqual({ cancelled: true });
    const result = await running;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'CANCELLED', messageZh: 'PDF 生成已取消。' });
    expect(await ok(backend, 'pdf.cancel', { jobId: 'job-2' })).toEqual({ cancelled: false });
    backend.close();
  }, 60_000);

  it('names the field holding a character the font lacks, and refuses invoices', async () => {
    const backend = open();
    const draft = fiftyItemDeclaration();
    draft.head.tradeName = '上海𠀾贸易有限公司';
    const id = await savedDeclaration(backend, draft);
    const result = await backend.call('pdf.render', { id });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'INVALID_INPUT', field: 'head.tradeName' });
      expect(result.error.messageZh).toContain('境内收货人含有无法打印的字符“𠀾”');
      expect(result.error.messageEn).toContain('Domestic consignee contains a character the PDF font cannot print');
    }
    const invoice = await ok(backend, 'documents.create', { kind: 'invoice' });
    const refused = await backend.call('pdf.render', { id: invoice.id });
    expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    const missing = await backend.call('pdf.render', { id: 'no-such-draft' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    backend.close();
  }, 60_000);
});
