import { X509Certificate } from 'node:crypto';
import type { CreditTier } from '../shared/model/parties';
import { newDeviceToken, tokenHash } from './auth.node';
import type { Device, Enterprise, GatewayStorage, RegisteredCertificate } from './storage/storage';

/**
 * What an administrator does, as functions: the CLI calls them, tests call them directly.
 * Each writes an audit row naming the administrator (the OS user running the command).
 */
export class AdminError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'AdminError';
  }
}

const actor = () => `admin:${process.env.USER ?? process.env.USERNAME ?? 'unknown'}`;
const nowIso = () => new Date().toISOString();

export async function createEnterprise(storage: GatewayStorage, input: { name: string; uscc: string; customsCode: string; tier: CreditTier }): Promise<Enterprise> {
  if (await storage.findEnterprise(input.uscc)) {
    throw new AdminError(`统一社会信用代码 ${input.uscc} 的企业已存在。`, `An enterprise with USCC ${input.uscc} exists already.`);
  }
  const enterprise = await storage.createEnterprise(input, nowIso());
  await storage.audit({ actor: actor(), action: 'enterprise.create', outcome: 'ok', enterpriseId: enterprise.id, target: input.uscc }, nowIso());
  return enterprise;
}

/** The enterprise by id or USCC, or a bilingual error naming what was asked for. */
export async function enterpriseNamed(storage: GatewayStorage, idOrUscc: string): Promise<Enterprise> {
  const enterprise = await storage.findEnterprise(idOrUscc);
  if (!enterprise) throw new AdminError(`找不到企业 ${idOrUscc}（编号或统一社会信用代码）。`, `No enterprise ${idOrUscc} (id or USCC).`);
  return enterprise;
}

/** Reads a PEM or DER certificate; several PEM blocks (a chain) register each one. */
export function readCertificates(bytes: Uint8Array): X509Certificate[] {
  const text = Buffer.from(bytes).toString('latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  try {
    return blocks ? blocks.map((pem) => new X509Certificate(pem)) : [new X509Certificate(Buffer.from(bytes))];
  } catch {
    throw new AdminError('文件不是有效的 X.509 证书（PEM 或 DER）。', 'The file is not a valid X.509 certificate (PEM or DER).');
  }
}

export async function registerCertificates(storage: GatewayStorage, enterprise: Enterprise, bytes: Uint8Array): Promise<RegisteredCertificate[]> {
  const out: RegisteredCertificate[] = [];
  for (const cert of readCertificates(bytes)) {
    const stored = await storage.registerCertificate(
      { enterpriseId: enterprise.id, fingerprint: cert.fingerprint256, subject: cert.subject.replace(/\n/g, ', '), der: new Uint8Array(cert.raw) },
      nowIso(),
    );
    await storage.audit({ actor: actor(), action: 'certificate.register', outcome: 'ok', enterpriseId: enterprise.id, target: cert.fingerprint256 }, nowIso());
    out.push(stored);
  }
  return out;
}

/** Enrols a device; the token is returned here once and never stored (only its hash). */
export async function enrolDevice(storage: GatewayStorage, enterprise: Enterprise, name: string): Promise<{ device: Device; token: string }> {
  const token = newDeviceToken();
  const device = await storage.enrolDevice(enterprise.id, name, tokenHash(token), nowIso());
  await storage.audit({ actor: actor(), action: 'device.enrol', outcome: 'ok', enterpriseId: enterprise.id, deviceId: device.id, target: name }, nowIso());
  return { device, token };
}
