import { useCallback, useEffect, useState } from 'react';
import type { CertificateSummary, KeyStatus, TrustedCertificate } from '../../../../../shared/signing/schema';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import { asErrorValue } from '../../../app/as-error-value';
import { api } from '../../../transport/current-transport';

export interface SigningData {
  keys: KeyStatus | null;
  certificates: CertificateSummary[];
  trusted: TrustedCertificate[];
  error: AppErrorValue | null;
  reload(): void;
}

/** Key status, certificates and the trusted list, loaded together and reloaded after each change. */
export function useSigningData(): SigningData {
  const [keys, setKeys] = useState<KeyStatus | null>(null);
  const [certificates, setCertificates] = useState<CertificateSummary[]>([]);
  const [trusted, setTrusted] = useState<TrustedCertificate[]>([]);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const reload = useCallback(() => {
    Promise.all([api().keys.status({}), api().certificates.list({}), api().trust.list({})])
      .then(([k, c, t]) => {
        setKeys(k);
        setCertificates(c);
        setTrusted(t);
        setError(null);
      })
      .catch((failure: unknown) => setError(asErrorValue(failure)));
  }, []);
  useEffect(reload, [reload]);
  return { keys, certificates, trusted, error, reload };
}

/** A chosen file as base64 (the contract carries contents; the browser host has no paths). */
export function fileBase64(file: File): Promise<string> {
  return file.arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
}

/** A certificate file as text: PEM stays PEM, DER becomes base64 (the backend reads both). */
export async function certificateText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  return head.includes('-----BEGIN') ? new TextDecoder('latin1').decode(bytes) : fileBase64(file);
}
