import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPkcs12 } from '../../electron/backend/signing/pkcs12.node';
import { SoftwareSigner } from '../../electron/backend/signing/software-signer.node';
import { PLACEHOLDER_HEX_CHARS, signIncrementally, signNewDocument, signPdfBytes } from '../../electron/backend/signing/sign-pdf.node';
import { verifyPdf } from '../../shared-node/signing/verify-pdf.node';
import { makeTestPki, P12_PASSWORD, type TestPki } from './helpers/test-pki';
import { byteRanges, inkIn, opensslVerify, pdfsig, samplePdf, tamper } from './helpers/signature-checks';

let pki: TestPki;
let caDer: Uint8Array;
beforeAll(() => {
  pki = makeTestPki();
  caDer = new Uint8Array(new X509Certificate(pki.caPem).raw);
}, 60_000);
afterAll(() => pki.cleanup());

async function signerFor(name: 'rsa' | 'ec' | 'reviewer'): Promise<SoftwareSigner> {
  const p12 = await readPkcs12(readFileSync(pki.p12[name]), P12_PASSWORD);
  return new SoftwareSigner(p12.keyPkcs8, { certificate: p12.certificate, chain: p12.chain, algorithm: name === 'rsa' ? 'rsa-sha256' : 'ecdsa-sha256' });
}

// Whole seconds: /M has no milliseconds. The test certificates are issued just now.
const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);

describe('PAdES B-B signatures checked by pdfsig, openssl cms and our verifier', () => {
  for (const [name, cn] of [['rsa', '张三 RSA'], ['ec', '张三 EC']] as const) {
    it(`signs a new document with ${name.toUpperCase()}: valid, trusted, whole document, PAdES attributes only`, async () => {
      const signed = await signNewDocument(await samplePdf(), await signerFor(name), { signerName: cn, at, role: '申报人' });

      const [sig] = pdfsig(signed, pki.nssDir);
      expect(sig).toMatchObject({ commonName: cn, total: true, valid: true, trusted: true, type: 'ETSI.CAdES.detached' });

      const cms = opensslVerify(signed, 0, pki.caPem);
      expect(cms.ok, cms.stderr).toBe(true);
      expect(cms.printed).toContain('contentType');
      expect(cms.printed).toContain('messageDigest');
      expect(cms.printed).toContain('id-smime-aa-signingCertificateV2');
      expect(cms.printed).not.toContain('signingTime');
      expect(cms.printed).toContain(name === 'rsa' ? 'sha256WithRSAEncryption' : 'ecdsa-with-SHA256');

      const report = verifyPdf(signed, [caDer], at);
      expect(report.allValid).toBe(true);
      expect(report.signatures).toHaveLength(1);
      expect(report.signatures[0]).toMatchObject({ signer: cn, coverage: 'whole', integrity: true, signatureValid: true, chain: 'trusted', pades: true });
      expect(report.signatures[0]?.signingTime).toBe(at.toISOString());

      // The placeholder is 32 768 hex characters (spec pitfall 6).
      const [a, b, c] = byteRanges(signed)[0] ?? [0, 0, 0, 0];
      expect(c - (a + b) - 2).toBe(PLACEHOLDER_HEX_CHARS);
    });
  }

  it('adds the reviewer as an incremental update; both signatures stay valid', async () => {
    const first = await signNewDocument(await samplePdf(), await signerFor('ec'), { signerName: '张三 EC', at, role: '申报人' });
    const second = await signIncrementally(first, await signerFor('reviewer'), { signerName: '李四 审核', at: new Date(at.getTime() + 60_000) });
    expect(Buffer.from(second.subarray(0, first.length)).equals(Buffer.from(first))).toBe(true); // nothing earlier rewritten

    const sigs = pdfsig(second, pki.nssDir);
    expect(sigs.map((s) => [s.commonName, s.total, s.valid, s.trusted])).toEqual([
      ['张三 EC', false, true, true],
      ['李四 审核', true, true, true],
    ]);
    expect(opensslVerify(second, 0, pki.caPem).ok).toBe(true);
    expect(opensslVerify(second, 1, pki.caPem).ok).toBe(true);

    const report = verifyPdf(second, [caDer], at);
    expect(report.signatures.map((s) => [s.signer, s.coverage, s.valid, s.chain])).toEqual([
      ['张三 EC', 'revision', true, 'trusted'],
      ['李四 审核', 'whole', true, 'trusted'],
    ]);
    expect(report.allValid).toBe(true);
    // The form lists both fields (placeholder-plain kept the declarant's).
    // Both placeholders hold 32 768 hex characters, whichever library wrote them.
    expect(byteRanges(second).map(([a, b, c]) => c - (a + b) - 2)).toEqual([PLACEHOLDER_HEX_CHARS, PLACEHOLDER_HEX_CHARS]);
    const forms = [...Buffer.from(second).toString('latin1').matchAll(/\/Fields \[([^\]]*)\]/g)];
    const lastFields = (forms[forms.length - 1]?.[1] ?? '').trim().split(/\s+/);
    expect(lastFields.length / 3).toBe(2);
  });

  it('draws the reviewer’s stamp in an incremental update that the reviewer’s signature covers', async () => {
    const declarantBox = { pageIndex: 1, x: 60, y: 36, width: 210, height: 64 };
    const reviewerBox = { pageIndex: 1, x: 320, y: 36, width: 210, height: 64 };
    const first = await signNewDocument(await samplePdf(), await signerFor('ec'), { signerName: '张三 EC', at, role: '申报人' }, declarantBox);
    const second = await signIncrementally(first, await signerFor('reviewer'), { signerName: '李四 审核', at, role: '复核人' }, reviewerBox);

    expect(Buffer.from(second.subarray(0, first.length)).equals(Buffer.from(first))).toBe(true);
    expect(pdfsig(second, pki.nssDir).map((s) => [s.total, s.valid, s.trusted])).toEqual([
      [false, true, true],
      [true, true, true],
    ]);
    expect(opensslVerify(second, 0, pki.caPem).ok).toBe(true);
    expect(opensslVerify(second, 1, pki.caPem).ok).toBe(true);
    expect(verifyPdf(second, [caDer], at).allValid).toBe(true);

    // Rendered by poppler: the reviewer's box is empty before and inked after; the declarant's stamp is unchanged.
    expect(inkIn(first, 1, reviewerBox)).toBe(0);
    expect(inkIn(second, 1, reviewerBox)).toBeGreaterThan(500);
    expect(inkIn(second, 1, declarantBox)).toBe(inkIn(first, 1, declarantBox));
  });

  it('signPdfBytes stamps an unsigned file and appends to a signed one', async () => {
    const unsigned = await (await samplePdf()).save();
    const once = await signPdfBytes(unsigned, await signerFor('rsa'), { signerName: '张三 RSA', at });
    const twice = await signPdfBytes(once, await signerFor('reviewer'), { signerName: '李四 审核', at });
    expect(verifyPdf(twice, [caDer], at).signatures.map((s) => s.valid)).toEqual([true, true]);
  });

  it('a one-byte change inside either signed range fails pdfsig, openssl and our verifier', async () => {
    const signed = await signNewDocument(await samplePdf(), await signerFor('ec'), { signerName: '张三 EC', at });
    const [a, b, c, d] = byteRanges(signed)[0] ?? [0, 0, 0, 0];
    const text = Buffer.from(signed).toString('latin1');
    const inFirstRange = text.indexOf('595.28') + 5; // the MediaBox of page 1
    const inSecondRange = text.lastIndexOf('startxref') + 12; // a digit of the xref offset
    expect(inFirstRange).toBeGreaterThan(a);
    expect(inFirstRange).toBeLessThan(a + b);
    expect(inSecondRange).toBeGreaterThan(c);
    expect(inSecondRange).toBeLessThan(c + d);

    for (const offset of [inFirstRange, inSecondRange]) {
      const bad = tamper(signed, offset);
      const poppler = pdfsig(bad, pki.nssDir);
      expect(poppler.some((s) => s.valid)).toBe(false);
      expect(opensslVerify(bad, 0, pki.caPem).ok).toBe(false);
      const ours = verifyPdf(bad, [caDer], at);
      expect(ours.allValid).toBe(false);
      expect(ours.signatures[0]?.integrity).toBe(false);
    }
  });

  it('reports an untrusted chain when the CA is not in the trusted list, and content added after signing', async () => {
    const signed = await signNewDocument(await samplePdf(), await signerFor('rsa'), { signerName: '张三 RSA', at });
    expect(verifyPdf(signed, [], at).signatures[0]?.chain).toBe('untrusted');
    const appended = new Uint8Array([...signed, ...Buffer.from('\n% appended later\n')]);
    const report = verifyPdf(appended, [caDer], at);
    expect(report.modifiedAfterLastSignature).toBe(true);
    expect(report.allValid).toBe(false);
  });

  it('refuses, with a clear message, to add a signature to a signed file that uses cross-reference streams', async () => {
    // pdf-lib's default save writes an xref stream; the appended dictionary stands for another tool's signature.
    const xrefStream = await (await samplePdf()).save({ useObjectStreams: true });
    const signedElsewhere = new Uint8Array([...xrefStream, ...Buffer.from('\n99 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] >>\nendobj\n')]);
    const failure = await signPdfBytes(signedElsewhere, await signerFor('ec'), { signerName: '张三 EC', at }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'INVALID_INPUT', field: 'pdf', details: { reason: 'xref-stream' } });
  });

  it('an unsigned PDF has no signatures and is not "all valid"', async () => {
    const report = verifyPdf(await (await samplePdf()).save(), [caDer], at);
    expect(report).toMatchObject({ signatures: [], allValid: false });
  });
});
