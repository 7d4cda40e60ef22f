import { z } from 'zod';

/**
 * Certificates, trust and signatures as they cross the contract. The private key never does:
 * only summaries go to the UI.
 */

/** How a certificate's chain ended when checked against the user's trusted certificates. */
export const ChainStatus = z.enum([
  'trusted', // chains (by signature) to a trusted certificate, every link valid now
  'untrusted', // a complete chain, but its root is not in the trusted list
  'incomplete', // an issuer is missing from the file and from the trusted list
  'expired', // a certificate of the chain is outside its validity period now
  'invalid', // a link's signature does not verify
  'no-certificate',
]);
export type ChainStatus = z.infer<typeof ChainStatus>;

export const CertificateDetailsSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  /** SHA-256 of the DER, colon-separated hex (as browsers and openssl show it). */
  fingerprint: z.string(),
});
export type CertificateDetails = z.infer<typeof CertificateDetailsSchema>;

export const CertificateSummarySchema = CertificateDetailsSchema.extend({
  id: z.string(),
  commonName: z.string(),
  keyType: z.enum(['rsa', 'ec']),
  keyBits: z.number().int(),
  serialNumber: z.string(),
  importedAt: z.iso.datetime(),
  /** valid: usable now; expiring: usable, ends within 30 days; expired / not-yet-valid: cannot sign. */
  state: z.enum(['valid', 'expiring', 'expired', 'not-yet-valid']),
  daysLeft: z.number().int(),
  chainLength: z.number().int(),
});
export type CertificateSummary = z.infer<typeof CertificateSummarySchema>;

export const TrustedCertificateSchema = CertificateDetailsSchema.extend({
  commonName: z.string(),
  addedAt: z.iso.datetime(),
});
export type TrustedCertificate = z.infer<typeof TrustedCertificateSchema>;

export const KeyStatusSchema = z.object({
  /** os: the desktop app's data key (kept by the system keychain via Electron safeStorage); passphrase: typed by the user. */
  protection: z.enum(['os', 'passphrase']),
  unlocked: z.boolean(),
  /** passphrase mode: whether a passphrase was ever set for this profile. */
  passphraseSet: z.boolean(),
});
export type KeyStatus = z.infer<typeof KeyStatusSchema>;

export const SignatureCheckSchema = z.object({
  index: z.number().int(),
  signer: z.string().nullable(),
  signingTime: z.iso.datetime().nullable(),
  byteRange: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** whole: up to the end of the file; revision: an earlier revision, later ones appended; broken: not a proper range. */
  coverage: z.enum(['whole', 'revision', 'broken']),
  subFilter: z.string().nullable(),
  integrity: z.boolean(),
  signatureValid: z.boolean(),
  chain: ChainStatus,
  pades: z.boolean(),
  valid: z.boolean(),
  certificate: CertificateDetailsSchema.nullable(),
  problem: z.enum(['unreadable']).nullable(),
});
export type SignatureCheck = z.infer<typeof SignatureCheckSchema>;

export const VerificationReportSchema = z.object({
  fileBytes: z.number().int(),
  signatures: z.array(SignatureCheckSchema),
  modifiedAfterLastSignature: z.boolean(),
  allValid: z.boolean(),
  allTrusted: z.boolean(),
});
export type VerificationReport = z.infer<typeof VerificationReportSchema>;

const MAX_PDF_BASE64 = 64 * 1024 * 1024;
const Base64 = (max: number) => z.string().min(1).max(max).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');

export const SignatureBoxSchema = z
  .object({ pageIndex: z.number().int().min(0), x: z.number().min(0), y: z.number().min(0), width: z.number().positive(), height: z.number().positive() })
  .strict();

export const SignerChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('certificate'), certificateId: z.string().min(1).max(64) }).strict(),
  /** The E-Port card control; the PIN is used for this one call and never stored. */
  z.object({ kind: z.literal('eport'), pin: z.string().min(1).max(32), url: z.string().max(200).optional() }).strict(),
]);

export const SignInputSchema = z
  .object({
    pdfBase64: Base64(MAX_PDF_BASE64),
    signer: SignerChoiceSchema,
    role: z.string().max(20).optional(),
    box: SignatureBoxSchema.optional(),
    /** false: no visible stamp (the parts of a split document without the reserved box). */
    visible: z.boolean().optional(),
  })
  .strict();

export const SignOutputSchema = z.object({ pdfBase64: z.string(), signatureCount: z.number().int(), signer: z.string() });

export const VerifyInputSchema = z
  .object({
    pdfBase64: Base64(MAX_PDF_BASE64),
    /** Certificates (PEM) trusted for this check only, besides the profile's list (CLI --trust). */
    extraTrusted: z.array(z.string().min(1).max(256 * 1024)).max(20).optional(),
  })
  .strict();

export const ImportCertificateInputSchema = z
  .object({
    fileName: z.string().max(255).optional(),
    p12Base64: Base64(1024 * 1024),
    /** The PKCS#12 password: used to open the file, never stored. */
    password: z.string().max(256),
  })
  .strict();

export const AddTrustedInputSchema = z
  .object({
    /** PEM text or base64 DER of one certificate (.pem / .cer / .crt). */
    certificate: z.string().min(1).max(256 * 1024),
  })
  .strict();

export const UnlockInputSchema = z.object({ passphrase: z.string().min(8).max(256) }).strict();
