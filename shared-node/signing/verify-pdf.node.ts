import { createHash, verify as cryptoVerify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SignatureCheck, VerificationReport } from '../../shared/signing/schema';
import { OID } from './cms-oids';
import { findSignatureDictionaries, signedBytes, type SignatureDictionary } from './pdf-signatures.node';
import { checkChain } from './certificate-chain.node';
import { certificateDetails, commonName } from './certificate-info.node';

const digestNames: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** Signature algorithm OIDs that name their own digest (…WithRSAEncryption, ecdsa-with-…). */
const signatureDigest: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'sha1',
  [OID.sha256WithRsa]: 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  [OID.ecdsaWithSha256]: 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function attributeValue(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType | null {
  const attr = signerInfo.signedAttrs?.attributes.find((a) => a.type === type);
  return (attr?.values[0] as asn1js.AsnType | undefined) ?? null;
}

/** The certificate the SignerInfo names (issuer + serial, or subject key identifier). */
function signerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): pkijs.Certificate | null {
  const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signerInfo.sid as unknown;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  if (sid instanceof asn1js.Constructed || sid instanceof asn1js.OctetString) {
    const keyId = Buffer.from((sid as asn1js.OctetString).valueBlock.valueHexView ?? new Uint8Array());
    return (
      certs.find((c) => {
        const ext = c.extensions?.find((e) => e.extnID === '2.5.29.14');
        const parsed = ext?.parsedValue as asn1js.OctetString | undefined;
        return parsed ? Buffer.from(parsed.valueBlock.valueHexView).equals(keyId) : false;
      }) ?? null
    );
  }
  return null;
}

/** What the signature (not the chain) says: integrity, CMS signature, who signed, claimed time. */
function checkCms(cms: Uint8Array, content: Uint8Array) {
  const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(cms));
  if (contentInfo.contentType !== OID.signedData) throw new Error('not CMS SignedData');
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new Error('no SignerInfo');
  const cert = signerCertificate(signedData, signerInfo);
  const digestName = digestNames[signerInfo.digestAlgorithm.algorithmId] ?? null;
  const digest = digestName ? createHash(digestName).update(content).digest() : null;

  let integrity: boolean;
  let toVerify: Buffer;
  if (signerInfo.signedAttrs) {
    const md = attributeValue(signerInfo, OID.messageDigest) as asn1js.OctetString | null;
    integrity = !!(digest && md && Buffer.from(md.valueBlock.valueHexView).equals(digest));
    // The signature covers the attributes' DER as a SET (tag 0x31), not the [0] IMPLICIT tag.
    const der = Buffer.from(signerInfo.signedAttrs.toSchema().toBER());
    der[0] = 0x31;
    toVerify = der;
  } else {
    integrity = digest !== null; // no attributes: the signature itself is over the content
    toVerify = Buffer.from(content);
  }

  let signatureValid = false;
  const certDer = cert ? new Uint8Array(cert.toSchema().toBER()) : null;
  if (cert && certDer) {
    const x509 = new X509Certificate(Buffer.from(certDer));
    const sigAlg = signerInfo.signatureAlgorithm.algorithmId;
    const hash = signatureDigest[sigAlg] ?? digestName;
    const isEc = x509.publicKey.asymmetricKeyType === 'ec';
    try {
      signatureValid =
        hash !== null &&
        cryptoVerify(
          hash,
          toVerify,
          isEc ? { key: x509.publicKey, dsaEncoding: 'der' } : x509.publicKey,
          Buffer.from(signerInfo.signature.valueBlock.valueHexView),
        );
    } catch {
      signatureValid = false;
    }
    // ESS signing-certificate(-v2): when present, it must name this certificate.
    const ess = attributeValue(signerInfo, OID.signingCertificateV2);
    if (ess) {
      const certHash = (ess as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence | undefined;
      const first = certHash?.valueBlock.value[0] as asn1js.Sequence | undefined;
      const parts = first?.valueBlock.value ?? [];
      const hashAlg = parts[0] instanceof asn1js.Sequence ? (parts[0].valueBlock.value[0] as asn1js.ObjectIdentifier).valueBlock.toString() : OID.sha256;
      const hashValue = parts.find((p): p is asn1js.OctetString => p instanceof asn1js.OctetString);
      const name = digestNames[hashAlg];
      if (!name || !hashValue || !createHash(name).update(certDer).digest().equals(Buffer.from(hashValue.valueBlock.valueHexView))) {
        signatureValid = false;
      }
    }
  }
  const timeAttr = attributeValue(signerInfo, OID.signingTime);
  const claimedTime = timeAttr instanceof asn1js.UTCTime || timeAttr instanceof asn1js.GeneralizedTime ? timeAttr.toDate() : null;
  const chain = (signedData.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => new Uint8Array(c.toSchema().toBER()));
  return { certDer, integrity, signatureValid, claimedTime, chain, hasPadesAttributes: !!attributeValue(signerInfo, OID.signingCertificateV2) };
}

/** Where a revision ends: %%EOF and its line end. A signed revision must end exactly there. */
function endsAtEof(pdf: Uint8Array, end: number): boolean {
  const tail = Buffer.from(pdf.subarray(Math.max(0, end - 8), end)).toString('latin1');
  return /%%EOF\s*$/.test(tail);
}

function coverageOf(pdf: Uint8Array, sig: SignatureDictionary): SignatureCheck['coverage'] {
  const [a, b, c, d] = sig.byteRange;
  const text = (i: number) => String.fromCharCode(pdf[i] ?? 0);
  const shapeOk = a === 0 && text(b) === '<' && text(c - 1) === '>' && c + d <= pdf.length;
  if (!shapeOk) return 'broken';
  if (c + d === pdf.length) return 'whole';
  return endsAtEof(pdf, c + d) ? 'revision' : 'broken';
}

/**
 * Checks every signature of a PDF, ours or anybody's. Each is judged on its own: the ByteRange
 * has the right shape and ends at a revision end (coverage), its bytes match the CMS digest
 * (integrity), the CMS signature verifies with the signer's certificate, and that certificate
 * chains to one the user trusts. `valid` means integrity + signature + coverage; trust is
 * reported beside it, as pdfsig and Acrobat do.
 */
export function verifyPdf(pdf: Uint8Array, trusted: readonly Uint8Array[], now: Date): VerificationReport {
  const dictionaries = findSignatureDictionaries(pdf);
  const signatures: SignatureCheck[] = dictionaries.map((sig, index) => {
    const coverage = coverageOf(pdf, sig);
    const base = {
      index: index + 1,
      byteRange: sig.byteRange,
      coverage,
      subFilter: sig.subFilter,
      signingTime: sig.signingTime?.toISOString() ?? null,
    };
    const content = signedBytes(pdf, sig.byteRange);
    if (!sig.cms || !content) {
      return { ...base, signer: sig.name, integrity: false, signatureValid: false, chain: 'no-certificate', valid: false, pades: false, certificate: null, problem: 'unreadable' };
    }
    try {
      const cms = checkCms(sig.cms, content);
      const certificate = cms.certDer ? new X509Certificate(Buffer.from(cms.certDer)) : null;
      const chain = cms.certDer ? checkChain(cms.certDer, cms.chain, trusted, now) : 'no-certificate';
      return {
        ...base,
        signingTime: base.signingTime ?? cms.claimedTime?.toISOString() ?? null,
        signer: certificate ? commonName(certificate.subject) : sig.name,
        integrity: cms.integrity,
        signatureValid: cms.signatureValid,
        chain,
        pades: cms.hasPadesAttributes && sig.subFilter === 'ETSI.CAdES.detached',
        valid: cms.integrity && cms.signatureValid && coverage !== 'broken',
        certificate: certificate ? certificateDetails(certificate) : null,
        problem: null,
      };
    } catch {
      return { ...base, signer: sig.name, integrity: false, signatureValid: false, chain: 'no-certificate', valid: false, pades: false, certificate: null, problem: 'unreadable' };
    }
  });
  const last = signatures[signatures.length - 1];
  const modifiedAfterLastSignature = !!last && last.coverage !== 'whole';
  return {
    fileBytes: pdf.length,
    signatures,
    modifiedAfterLastSignature,
    allValid: signatures.length > 0 && signatures.every((s) => s.valid) && !modifiedAfterLastSignature,
    allTrusted: signatures.length > 0 && signatures.every((s) => s.chain === 'trusted'),
  };
}
