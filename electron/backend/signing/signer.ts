/**
 * What signs a PDF: something holding a private key (a PKCS#12 key kept in the profile, the
 * E-Port card control, later a PKCS#11/SKF USB key). It is given the DER of the CMS signed
 * attributes (what PAdES signs) and returns the raw signature over SHA-256 of those bytes, so a
 * device that never reveals its key fits the same shape (spec pitfall 9).
 */
export type SignatureAlgorithm = 'rsa-sha256' | 'ecdsa-sha256';

export interface SignerIdentity {
  /** The signing certificate, DER. */
  certificate: Uint8Array;
  /** Issuers to embed after it (DER), nearest first; may be empty. */
  chain: Uint8Array[];
  algorithm: SignatureAlgorithm;
}

export interface Signer {
  identity(): Promise<SignerIdentity>;
  /**
   * Signs SHA-256(`toBeSigned`). RSA: PKCS#1 v1.5 signature bytes; ECDSA: the DER
   * `ECDSA-Sig-Value` (what CMS carries), never the raw r||s form.
   */
  sign(toBeSigned: Uint8Array): Promise<Uint8Array>;
}
