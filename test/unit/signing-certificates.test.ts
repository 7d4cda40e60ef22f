import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend.node';
import { readPkcs12 } from '../../electron/backend/signing/pkcs12.node';
import type { CallResult } from '../../shared/ipc/errors';
import type { CertificateSummary, KeyStatus, VerificationReport } from '../../shared/signing/schema';
import { useTempProfiles } from './helpers/temp-profile';
import { P12_PASSWORD, useTestPki } from './helpers/test-pki';
import { opensslVerify, pdfsig, samplePdf } from './helpers/signature-checks';

const tempProfile = useTempProfiles();
const pki = useTestPki();

const PASSPHRASE = 'correct horse battery';
const b64 = (path: string) => readFileSync(path).toString('base64');

function value<T>(result: CallResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.messageEn}`);
  return result.value as T;
}

function open(options: { now?: () => Date; dataKey?: Uint8Array } = {}) {
  const profileDir = tempProfile();
  const backend = new Backend({ profileDir, version: 'test', seedsDir: null, ...options });
  return { backend, profileDir };
}

/** Every byte of the profile folder (database, WAL), to look for a key in clear. */
function profileBytes(dir: string): Buffer {
  return Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f))));
}

describe('certificates: import, sealed at rest, list, sign, delete (browser host / CLI: passphrase)', () => {
  it('imports RSA and EC .p12 files (OpenSSL 3 PBES2/AES) once unlocked, never storing the plain key', async () => {
    const { backend, profileDir } = open();
    expect(value<KeyStatus>(await backend.call('keys.status', {}))).toEqual({ protection: 'passphrase', unlocked: false, passphraseSet: false });

    const lockedImport = await backend.call('certificates.import', { p12Base64: b64(pki.p12.rsa), password: P12_PASSWORD });
    expect(lockedImport).toMatchObject({ ok: false, error: { code: 'KEYS_LOCKED' } });

    expect(value<KeyStatus>(await backend.call('keys.unlock', { passphrase: PASSPHRASE }))).toMatchObject({ unlocked: true, passphraseSet: true });
    const rsa = value<CertificateSummary>(await backend.call('certificates.import', { p12Base64: b64(pki.p12.rsa), password: P12_PASSWORD }));
    const ec = value<CertificateSummary>(await backend.call('certificates.import', { p12Base64: b64(pki.p12.ec), password: P12_PASSWORD }));
    expect(rsa).toMatchObject({ commonName: '张三 RSA', keyType: 'rsa', keyBits: 2048, state: 'valid', chainLength: 1 });
    expect(ec).toMatchObject({ commonName: '张三 EC', keyType: 'ec', keyBits: 256, state: 'valid' });
    expect(rsa.issuer).toContain('Test Root CA');
    expect(rsa.subject).toContain('上海某某报关有限公司');
    expect(rsa.fingerprint).toBe(new X509Certificate(readFileSync(pki.certPem.rsa)).fingerprint256);

    const list = value<CertificateSummary[]>(await backend.call('certificates.list', {}));
    expect(list.map((c) => c.commonName).sort()).toEqual(['张三 EC', '张三 RSA']);

    // The key at rest is not the plain PKCS#8 (nor any long piece of it).
    backend.close();
    const bytes = profileBytes(profileDir);
    for (const name of ['rsa', 'ec'] as const) {
      const plain = Buffer.from((await readPkcs12(readFileSync(pki.p12[name]), P12_PASSWORD)).keyPkcs8);
      expect(bytes.includes(plain)).toBe(false);
      // The private scalar / exponent itself (the tail of an EC PKCS#8 is the public key, also in the certificate).
      const d = createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' }).d ?? '';
      expect(d.length).toBeGreaterThan(40);
      expect(bytes.includes(Buffer.from(d, 'base64url'))).toBe(false);
    }
    expect(bytes.includes(Buffer.from(P12_PASSWORD))).toBe(false);
    expect(bytes.includes(Buffer.from(PASSPHRASE))).toBe(false);
  });

  it('reports a wrong .p12 password and a wrong passphrase clearly, naming the field', async () => {
    const { backend } = open();
    value(await backend.call('keys.unlock', { passphrase: PASSPHRASE }));
    const wrong = await backend.call('certificates.import', { p12Base64: b64(pki.p12.ec), password: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'password' } });
    if (!wrong.ok) {
      expect(wrong.error.messageZh).toContain('密码不正确');
      expect(wrong.error.messageEn).toContain('Wrong password');
    }
    const notP12 = await backend.call('certificates.import', { p12Base64: Buffer.from('hello').toString('base64'), password: 'x' });
    expect(notP12).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'file' } });
    expect(value<CertificateSummary[]>(await backend.call('certificates.list', {}))).toEqual([]);
    backend.close();

    // A new session on the same profile must type the same passphrase.
    const again = new Backend({ profileDir: (backend as unknown as { profileDir: string }).profileDir, version: 'test', seedsDir: null });
    expect(value<KeyStatus>(await again.call('keys.status', {}))).toEqual({ protection: 'passphrase', unlocked: false, passphraseSet: true });
    expect(await again.call('keys.unlock', { passphrase: 'another passphrase' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'passphrase' } });
    expect(value<KeyStatus>(await again.call('keys.unlock', { passphrase: PASSPHRASE })).unlocked).toBe(true);
    again.close();
  });

  it('refuses to sign with an expired or a not-yet-valid certificate', async () => {
    const { backend } = open();
    value(await backend.call('keys.unlock', { passphrase: PASSPHRASE }));
    const pdfBase64 = Buffer.from(await (await samplePdf()).save()).toString('base64');
    for (const [name, state] of [['expired', 'expired'], ['future', 'not-yet-valid']] as const) {
      const cert = value<CertificateSummary>(await backend.call('certificates.import', { p12Base64: b64(pki.p12[name]), password: P12_PASSWORD }));
      expect(cert.state).toBe(state);
      const result = await backend.call('signatures.sign', { pdfBase64, signer: { kind: 'certificate', certificateId: cert.id } });
      expect(result).toMatchObject({ ok: false, error: { code: 'CERTIFICATE_NOT_VALID', field: 'certificate' } });
      if (!result.ok) expect(result.error.messageZh).toMatch(state === 'expired' ? /已于 2021-01-01 过期/ : /自 2099-01-01 起才生效/);
    }
    backend.close();
  });

  it('warns 30 days before expiry', async () => {
    const notAfter = new Date(new X509Certificate(readFileSync(pki.certPem.ec)).validTo);
    const { backend } = open({ now: () => new Date(notAfter.getTime() - 10 * 86_400_000) });
    value(await backend.call('keys.unlock', { passphrase: PASSPHRASE }));
    const ec = value<CertificateSummary>(await backend.call('certificates.import', { p12Base64: b64(pki.p12.ec), password: P12_PASSWORD }));
    expect(ec).toMatchObject({ state: 'expiring', daysLeft: 10 });
    backend.close();
  });

  it('signs through the contract (declarant, then reviewer) and verifies against the trusted list', async () => {
    const { backend } = open();
    value(await backend.call('keys.unlock', { passphrase: PASSPHRASE }));
    const declarant = value<CertificateSummary>(await backend.call('certificates.import', { p12Base64: b64(pki.p12.rsa), password: P12_PASSWORD }));
    const reviewer = value<CertificateSummary>(await backend.call('certificates.import', { p12Base64: b64(pki.p12.reviewer), password: P12_PASSWORD }));
    const unsigned = Buffer.from(await (await samplePdf()).save()).toString('base64');

    const first = value<{ pdfBase64: string; signatureCount: number }>(
      await backend.call('signatures.sign', { pdfBase64: unsigned, signer: { kind: 'certificate', certificateId: declarant.id }, role: '申报人' }),
    );
    expect(first.signatureCount).toBe(1);
    const second = value<{ pdfBase64: string; signatureCount: number; signer: string }>(
      await backend.call('signatures.sign', { pdfBase64: first.pdfBase64, signer: { kind: 'certificate', certificateId: reviewer.id } }),
    );
    expect(second).toMatchObject({ signatureCount: 2, signer: '李四 审核' });
    const pdf = Buffer.from(second.pdfBase64, 'base64');
    expect(pdfsig(pdf, pki.nssDir).map((s) => s.valid && s.trusted)).toEqual([true, true]);
    expect(opensslVerify(pdf, 1, pki.caPem).ok).toBe(true);

    const untrusted = value<VerificationReport>(await backend.call('signatures.verify', { pdfBase64: second.pdfBase64 }));
    expect(untrusted).toMatchObject({ allValid: true, allTrusted: false });
    value(await backend.call('trust.add', { certificate: pki.caPem }));
    expect(value<unknown[]>(await backend.call('trust.list', {}))).toHaveLength(1);
    const trusted = value<VerificationReport>(await backend.call('signatures.verify', { pdfBase64: second.pdfBase64 }));
    expect(trusted).toMatchObject({ allValid: true, allTrusted: true });
    expect(trusted.signatures.map((s) => [s.signer, s.coverage])).toEqual([
      ['张三 RSA', 'revision'],
      ['李四 审核', 'whole'],
    ]);

    const fingerprint = new X509Certificate(pki.caPem).fingerprint256;
    value(await backend.call('trust.delete', { fingerprint }));
    expect(value<unknown[]>(await backend.call('trust.list', {}))).toEqual([]);

    value(await backend.call('certificates.delete', { id: declarant.id }));
    expect(value<CertificateSummary[]>(await backend.call('certificates.list', {})).map((c) => c.id)).toEqual([reviewer.id]);
    expect(await backend.call('signatures.sign', { pdfBase64: unsigned, signer: { kind: 'certificate', certificateId: declarant.id } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await backend.call('signatures.verify', { pdfBase64: Buffer.from('not a pdf').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'pdfBase64' },
    });
    backend.close();
  });
});

describe('certificates in the desktop app (data key from Electron main)', () => {
  it('needs no passphrase, and another data key cannot open the stored key', async () => {
    const dataKey = randomBytes(32);
    const { backend, profileDir } = open({ dataKey });
    expect(value<KeyStatus>(await backend.call('keys.status', {}))).toMatchObject({ protection: 'os', unlocked: true });
    const cert = value<CertificateSummary>(await backend.call('certificates.import', { p12Base64: b64(pki.p12.ec), password: P12_PASSWORD }));
    const pdfBase64 = Buffer.from(await (await samplePdf()).save()).toString('base64');
    expect((await backend.call('signatures.sign', { pdfBase64, signer: { kind: 'certificate', certificateId: cert.id } })).ok).toBe(true);
    backend.close();

    const other = new Backend({ profileDir, version: 'test', seedsDir: null, dataKey: randomBytes(32) });
    const result = await other.call('signatures.sign', { pdfBase64, signer: { kind: 'certificate', certificateId: cert.id } });
    expect(result).toMatchObject({ ok: false, error: { code: 'KEYS_LOCKED', details: { reason: 'unseal-failed' } } });
    other.close();

    const browserHost = new Backend({ profileDir, version: 'test', seedsDir: null });
    value(await browserHost.call('keys.unlock', { passphrase: PASSPHRASE }));
    const fromHost = await browserHost.call('signatures.sign', { pdfBase64, signer: { kind: 'certificate', certificateId: cert.id } });
    expect(fromHost).toMatchObject({ ok: false, error: { code: 'KEYS_LOCKED', details: { protection: 'os' } } });
    browserHost.close();
  });
});
