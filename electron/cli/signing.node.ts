import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { AppError } from '../../shared/ipc/errors';
import type { SignatureCheck, VerificationReport } from '../../shared/signing/schema';
import { commonName, validityAt } from '../../shared-node/signing/certificate-info.node';
import { notUsable } from '../backend/signing/certificate-store.node';
import { readPkcs12 } from '../backend/signing/pkcs12.node';
import { signPdfBytes } from '../backend/signing/sign-pdf.node';
import { findSignatureDictionaries } from '../../shared-node/signing/pdf-signatures.node';
import { SoftwareSigner } from '../backend/signing/software-signer.node';
import type { Command } from './args.node';
import type { ExitCode } from './commands.node';
import { readSecret } from './secret-prompt.node';
import type { Session } from './session.node';
import { say, UsageError, type Lang } from './text';

/** The environment variable a script sets for the .p12 password (never a command-line argument: ps shows those). */
export const P12_PASSWORD_ENV = 'CLEARWAY_P12_PASSWORD';
const MAX_PDF = 48 * 1024 * 1024;

function readFile(path: string, max: number): Buffer {
  const full = resolve(path);
  if (!existsSync(full) || !statSync(full).isFile()) throw new UsageError({ zh: `找不到文件「${path}」。`, en: `File not found: "${path}".` });
  if (statSync(full).size > max) throw new UsageError({ zh: `文件「${path}」太大。`, en: `"${path}" is too large.` });
  return readFileSync(full);
}

function appError(error: unknown): never {
  if (error instanceof AppError) throw new UsageError({ zh: error.messageZh, en: error.messageEn });
  throw error;
}

/**
 * `clearway sign <file.pdf> --cert <file.p12> [--out f] [--role r]`: signs with a certificate
 * file directly (no profile key store involved); a signed input gets an incremental signature.
 */
export async function signCommand(s: Session, cmd: Extract<Command, { command: 'sign' }>, env: NodeJS.ProcessEnv): Promise<ExitCode> {
  const pdf = readFile(cmd.file, MAX_PDF);
  const p12 = readFile(cmd.cert, 1024 * 1024);
  const password =
    env[P12_PASSWORD_ENV] ??
    (await readSecret(say(s.lang, { zh: `证书文件「${basename(cmd.cert)}」的密码：`, en: `Password for "${basename(cmd.cert)}": ` })));
  if (password === null) {
    throw new UsageError({
      zh: `需要证书密码：请在终端中输入，或设置环境变量 ${P12_PASSWORD_ENV}（不接受命令行参数）。`,
      en: `The certificate password is needed: type it in a terminal or set ${P12_PASSWORD_ENV} (it is never taken as an argument).`,
    });
  }
  const contents = await readPkcs12(p12, password).catch(appError);
  const cert = new X509Certificate(Buffer.from(contents.certificate));
  const { state } = validityAt(cert, new Date());
  const name = commonName(cert.subject);
  if (state === 'expired' || state === 'not-yet-valid') {
    appError(notUsable({ commonName: name, state, notBefore: new Date(cert.validFrom).toISOString(), notAfter: new Date(cert.validTo).toISOString() }));
  }
  const signer = new SoftwareSigner(contents.keyPkcs8, {
    certificate: contents.certificate,
    chain: contents.chain,
    algorithm: cert.publicKey.asymmetricKeyType === 'ec' ? 'ecdsa-sha256' : 'rsa-sha256',
  });
  contents.keyPkcs8.fill(0);
  const signed = await signPdfBytes(pdf, signer, { signerName: name, at: new Date(), ...(cmd.role ? { role: cmd.role } : {}) }).catch(appError);
  const out = cmd.out ?? join(dirname(cmd.file), `${basename(cmd.file, extname(cmd.file))}.signed.pdf`);
  writeFileSync(resolve(out), signed);
  const count = findSignatureDictionaries(signed).length;
  s.out(say(s.lang, { zh: `已签名：${out}（签名人 ${name}，共 ${count} 个签名）。`, en: `Signed: ${out} (signer ${name}; ${count} signature(s) in the file).` }));
  return 0;
}

const chainText: Record<SignatureCheck['chain'], { zh: string; en: string }> = {
  trusted: { zh: '证书受信任', en: 'certificate trusted' },
  untrusted: { zh: '证书链的根不在受信任列表中', en: 'chain root not in the trusted list' },
  incomplete: { zh: '证书链不完整', en: 'certificate chain incomplete' },
  expired: { zh: '证书已过期或未生效', en: 'a certificate is outside its validity' },
  invalid: { zh: '证书链签名无效', en: 'certificate chain signature invalid' },
  'no-certificate': { zh: '找不到签名证书', en: 'no signer certificate' },
};

export function verificationText(lang: Lang, file: string, report: VerificationReport): string {
  const yes = (ok: boolean, zh: string, en: string, zhBad: string, enBad: string) => say(lang, ok ? { zh, en } : { zh: zhBad, en: enBad });
  const lines = [say(lang, { zh: `${file}：${report.signatures.length} 个签名`, en: `${file}: ${report.signatures.length} signature(s)` })];
  for (const s of report.signatures) {
    lines.push(
      say(lang, { zh: `#${s.index} ${s.signer ?? '（未知签名人）'}${s.signingTime ? `，${s.signingTime}` : ''}`, en: `#${s.index} ${s.signer ?? '(unknown signer)'}${s.signingTime ? `, ${s.signingTime}` : ''}` }),
      `  ${say(lang, s.coverage === 'whole' ? { zh: '覆盖整个文件', en: 'covers the whole file' } : s.coverage === 'revision' ? { zh: '覆盖较早的版本（之后有追加的修订）', en: 'covers an earlier revision (later updates appended)' } : { zh: '签名范围无效', en: 'signed range is broken' })}`,
      `  ${yes(s.integrity, '内容未被改动', 'content unchanged', '内容已被改动（摘要不符）', 'content changed (digest mismatch)')}`,
      `  ${yes(s.signatureValid, '签名有效', 'signature valid', '签名无效', 'signature invalid')}`,
      `  ${say(lang, chainText[s.chain])}`,
    );
  }
  if (report.modifiedAfterLastSignature) lines.push(say(lang, { zh: '最后一个签名之后文件被改动过。', en: 'The file was changed after the last signature.' }));
  if (report.signatures.length === 0) lines.push(say(lang, { zh: '文件中没有数字签名。', en: 'The file has no digital signatures.' }));
  return lines.join('\n');
}

/** `clearway verify <file.pdf> [--trust ca.pem]... [--json]`: 0 every signature valid and covering what it claims, 1 not, 2 bad input. */
export async function verifyCommand(s: Session, cmd: Extract<Command, { command: 'verify' }>): Promise<ExitCode> {
  const pdf = readFile(cmd.file, MAX_PDF);
  const extraTrusted = cmd.trust.map((path) => readFile(path, 256 * 1024).toString('latin1'));
  const report = await s.call('signatures.verify', { pdfBase64: pdf.toString('base64'), ...(extraTrusted.length ? { extraTrusted } : {}) });
  s.out(cmd.json ? JSON.stringify(report, null, 2) : verificationText(s.lang, cmd.file, report));
  return report.allValid ? 0 : 1;
}
