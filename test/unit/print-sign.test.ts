import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { splitPdf } from '../../electron/backend/pdf/attachment-limits.node';
import type { PdfRenderOutput } from '../../shared/pdf/schema';
import type { CertificateSummary } from '../../shared/signing/schema';
import { reservedBoxInPart, stampBoxFor } from '../../shared/signing/stamp-box';
import { ok } from '../fixtures/import/files';
import { fiftyItemDeclaration, thousandLinePackingList } from '../fixtures/pdf-documents';
import { inkIn, rasterise } from './helpers/poppler';
import { opensslVerify, pdfsig, tamper } from './helpers/signature-checks';
import { useTempProfiles } from './helpers/temp-profile';
import { P12_PASSWORD, useTestPki } from './helpers/test-pki';

/**
 * The backend path of "print and sign" through the contract on a real profile: pdf.render ->
 * signatures.sign with the render's reserved box (the reviewer's stamp beside it) ->
 * signatures.verify -> pdf.checkLimits on the signed bytes; checked by pdfsig and openssl cms.
 */
const tempProfile = useTempProfiles();
const seedsDir = join(process.cwd(), 'seeds');
const pki = useTestPki();

const b64 = (path: string) => readFileSync(path).toString('base64');
const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const rectOf = (box: { x: number; y: number; width: number; height: number }): [number, number, number, number] => [box.x, box.y, box.x + box.width, box.y + box.height];

async function profileWithCertificates(): Promise<{ backend: Backend; declarant: CertificateSummary; reviewer: CertificateSummary; expired: CertificateSummary }> {
  const backend = new Backend({ profileDir: tempProfile(), version: 'test', seedsDir });
  await ok(backend, 'keys.unlock', { passphrase: 'print-and-sign-test' });
  const add = (name: 'rsa' | 'reviewer' | 'expired') => ok(backend, 'certificates.import', { p12Base64: b64(pki.p12[name]), password: P12_PASSWORD });
  const result = { backend, declarant: await add('rsa'), reviewer: await add('reviewer'), expired: await add('expired') };
  await ok(backend, 'trust.add', { certificate: pki.caPem });
  return result;
}

async function rendered(backend: Backend, kind: 'declaration' | 'packing-list'): Promise<PdfRenderOutput> {
  const doc = await ok(backend, 'documents.create', kind === 'declaration' ? { kind, direction: 'I' } : { kind });
  const data = kind === 'declaration' ? fiftyItemDeclaration() : thousandLinePackingList();
  await ok(backend, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind, data } });
  return ok(backend, 'pdf.render', { id: doc.id, language: 'zh-CN' });
}

describe('print and sign through the contract', () => {
  for (const kind of ['declaration', 'packing-list'] as const) {
    it(`${kind}: the declarant's stamp in the reserved box, the reviewer's beside it, both valid, limits still met`, async () => {
      const { backend, declarant, reviewer } = await profileWithCertificates();
      const render = await rendered(backend, kind);
      const first = stampBoxFor(render.signatureBox, 0);
      const second = stampBoxFor(render.signatureBox, 1);
      expect(first && rectOf(first)).toEqual(render.signatureBox.rect);
      if (!first || !second) throw new Error('no room for two stamps');
      const page = render.signatureBox.pageIndex + 1;
      // Both places are blank before signing: the layout keeps the whole strip free.
      const unsigned = rasterise(bytesOf(render.bytesBase64), page);
      expect(inkIn(unsigned, rectOf(first))).toBe(0);
      expect(inkIn(unsigned, rectOf(second))).toBe(0);

      const one = await ok(backend, 'signatures.sign', { pdfBase64: render.bytesBase64, signer: { kind: 'certificate', certificateId: declarant.id }, role: '申报人', box: first });
      const two = await ok(backend, 'signatures.sign', { pdfBase64: one.pdfBase64, signer: { kind: 'certificate', certificateId: reviewer.id }, role: '复核人', box: second });
      expect([one.signatureCount, two.signatureCount, two.signer]).toEqual([1, 2, '李四 审核']);
      const signed = bytesOf(two.pdfBase64);

      const report = await ok(backend, 'signatures.verify', { pdfBase64: two.pdfBase64 });
      expect(report).toMatchObject({ allValid: true, allTrusted: true, modifiedAfterLastSignature: false });
      expect(report.signatures.map((s) => [s.signer, s.coverage, s.pades])).toEqual([
        ['张三 RSA', 'revision', true],
        ['李四 审核', 'whole', true],
      ]);
      const check = await ok(backend, 'pdf.checkLimits', { fileName: render.fileName, pdfBase64: two.pdfBase64 });
      expect(check).toMatchObject({ ok: true, pages: render.pages, violations: [] });
      expect(check.bytes).toBe(signed.length);
      expect(check.largestPageBytes).toBeLessThan(400 * 1024);

      expect(pdfsig(signed, pki.nssDir).map((s) => [s.commonName, s.valid, s.trusted])).toEqual([
        ['张三 RSA', true, true],
        ['李四 审核', true, true],
      ]);
      expect(opensslVerify(signed, 0, pki.caPem).ok).toBe(true);
      expect(opensslVerify(signed, 1, pki.caPem).ok).toBe(true);
      // Each stamp is really drawn in its box (red frame and text), under an empty fontconfig.
      const after = rasterise(signed, page);
      expect(after.stderr).toBe('');
      expect(inkIn(after, rectOf(first))).toBeGreaterThan(0.02);
      expect(inkIn(after, rectOf(second))).toBeGreaterThan(0.02);

      const tampered = tamper(signed, Buffer.from(signed).indexOf('595.28') + 4);
      expect(pdfsig(tampered, pki.nssDir).every((s) => s.text.includes('Digest Mismatch.'))).toBe(true);
      const bad = await ok(backend, 'signatures.verify', { pdfBase64: Buffer.from(tampered).toString('base64') });
      expect(bad.allValid).toBe(false);
      backend.close();
    }, 120_000);
  }

  it('signs each part of a split document: the stamp on the part holding the reserved box, an invisible signature on the others', async () => {
    const { backend, declarant } = await profileWithCertificates();
    const render = await rendered(backend, 'packing-list');
    // The service splits only above 4 MB; the same split with a small budget gives real parts here.
    const parts = await splitPdf(render.fileName, bytesOf(render.bytesBase64), 60 * 1024);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const reserved = reservedBoxInPart(render.signatureBox, part.firstPage, part.lastPage);
      const box = reserved ? stampBoxFor(reserved, 0) : null;
      const out = await ok(backend, 'signatures.sign', {
        pdfBase64: Buffer.from(part.bytes).toString('base64'),
        signer: { kind: 'certificate', certificateId: declarant.id },
        ...(box ? { box } : { visible: false }),
      });
      const signed = bytesOf(out.pdfBase64);
      expect(pdfsig(signed, pki.nssDir).map((s) => s.valid && s.trusted && s.total)).toEqual([true]);
      const check = await ok(backend, 'pdf.checkLimits', { fileName: part.fileName, pdfBase64: out.pdfBase64 });
      expect(check.violations).toEqual([]);
      const lastPage = part.lastPage - part.firstPage + 1;
      if (box) {
        expect(inkIn(rasterise(signed, lastPage), rectOf(box))).toBeGreaterThan(0.02);
      } else {
        // Invisible: the last page looks exactly as before signing.
        expect(Buffer.from(rasterise(signed, lastPage).pixels).equals(Buffer.from(rasterise(part.bytes, lastPage).pixels))).toBe(true);
      }
    }
    backend.close();
  }, 120_000);

  it('refuses clearly: an expired certificate, a box off the page, bytes that are not a PDF', async () => {
    const { backend, expired, declarant } = await profileWithCertificates();
    const render = await rendered(backend, 'declaration');
    const expiredTry = await backend.call('signatures.sign', { pdfBase64: render.bytesBase64, signer: { kind: 'certificate', certificateId: expired.id } });
    expect(expiredTry).toMatchObject({ ok: false, error: { code: 'CERTIFICATE_NOT_VALID' } });
    if (!expiredTry.ok) expect(expiredTry.error.messageEn).toMatch(/expired/);
    const offPage = await backend.call('signatures.sign', {
      pdfBase64: render.bytesBase64,
      signer: { kind: 'certificate', certificateId: declarant.id },
      box: { pageIndex: render.pages - 1, x: 500, y: 10, width: 200, height: 60 },
    });
    expect(offPage).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'box' } });
    expect(await backend.call('pdf.checkLimits', { fileName: 'x.pdf', pdfBase64: Buffer.from('hello').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'pdfBase64', messageZh: '该文件不是 PDF 文件。' },
    });
    // A third stamp has no room in the strip: the preview leaves the place to the backend.
    expect(stampBoxFor(render.signatureBox, 2)).toBeNull();
    backend.close();
  }, 60_000);
});
