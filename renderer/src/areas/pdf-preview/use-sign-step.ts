import { useCallback, useRef, useState } from 'react';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { PdfRenderOutput, SizeCheckValue } from '../../../../shared/pdf/schema';
import type { VerificationReport } from '../../../../shared/signing/schema';
import { reservedBoxInPart, stampBoxFor, type ReservedBox } from '../../../../shared/signing/stamp-box';
import { asErrorValue } from '../../app/as-error-value';
import { api } from '../../transport/current-transport';
import { base64ToBytes } from './pdf-pages';

export type SignerChoice = { kind: 'certificate'; certificateId: string } | { kind: 'eport'; pin: string };

export interface SignedFile {
  fileName: string;
  base64: string;
  bytes: Uint8Array;
  sizeCheck: SizeCheckValue;
}

export interface SignedResult {
  /** The whole document, signed (what the preview shows and "save as" writes). */
  whole: SignedFile;
  /** Each part of a document over 4 MB, signed on its own (empty when not split). */
  parts: SignedFile[];
  report: VerificationReport;
  signatureCount: number;
}

export interface SignStepState {
  busy: 'sign' | 'verify' | 'check' | null;
  error: AppErrorValue | null;
  signed: SignedResult | null;
}

/**
 * Signs what the preview shows: signatures.sign on the rendered (or already signed) bytes, with
 * the stamp in the render's reserved box (a reviewer beside the declarant), then
 * signatures.verify and the attached-document check again on the signed bytes. A split
 * document's parts are signed too, each on its own: the part that holds the reserved box gets
 * the visible stamp, the others an invisible signature. `cancel` drops a result still coming.
 */
export function useSignStep(render: PdfRenderOutput | null, onSigned: (bytes: Uint8Array) => void) {
  const [state, setState] = useState<SignStepState>({ busy: null, error: null, signed: null });
  const run = useRef(0);

  const sign = useCallback(
    async (signer: SignerChoice, role: string | undefined) => {
      if (!render) return;
      const mine = ++run.current;
      const live = () => run.current === mine;
      const reserved: ReservedBox = render.signatureBox;
      const earlier = state.signed?.signatureCount ?? 0;
      const signOne = async (base64: string, fileName: string, box: ReservedBox | null) => {
        const place = box ? stampBoxFor(box, earlier) : null;
        const out = await api().signatures.sign({
          pdfBase64: base64,
          signer,
          ...(role ? { role } : {}),
          ...(place ? { box: place } : box ? {} : { visible: false }),
        });
        return { fileName, base64: out.pdfBase64, signatureCount: out.signatureCount };
      };
      try {
        setState((s) => ({ ...s, busy: 'sign', error: null }));
        const whole = await signOne(state.signed?.whole.base64 ?? render.bytesBase64, render.fileName, reserved);
        const partsIn = render.parts.map((p, i) => ({ ...p, bytesBase64: state.signed?.parts[i]?.base64 ?? p.bytesBase64 }));
        const parts = [];
        for (const part of partsIn) {
          if (!live()) return;
          parts.push(await signOne(part.bytesBase64, part.fileName, reservedBoxInPart(reserved, part.firstPage, part.lastPage)));
        }
        if (!live()) return;
        setState((s) => ({ ...s, busy: 'verify' }));
        const report = await api().signatures.verify({ pdfBase64: whole.base64 });
        if (!live()) return;
        setState((s) => ({ ...s, busy: 'check' }));
        const check = async (file: { fileName: string; base64: string }): Promise<SignedFile> => ({
          fileName: file.fileName,
          base64: file.base64,
          bytes: base64ToBytes(file.base64),
          sizeCheck: await api().pdf.checkLimits({ fileName: file.fileName, pdfBase64: file.base64 }),
        });
        const signed: SignedResult = { whole: await check(whole), parts: await Promise.all(parts.map(check)), report, signatureCount: whole.signatureCount };
        if (!live()) return;
        setState({ busy: null, error: null, signed });
        onSigned(signed.whole.bytes);
      } catch (failure) {
        if (live()) setState((s) => ({ ...s, busy: null, error: asErrorValue(failure) }));
      }
    },
    [render, state.signed, onSigned],
  );

  const cancel = useCallback(() => {
    run.current++;
    setState((s) => ({ ...s, busy: null }));
  }, []);
  const reset = useCallback(() => {
    run.current++;
    setState({ busy: null, error: null, signed: null });
  }, []);
  return { state, sign, cancel, reset };
}
