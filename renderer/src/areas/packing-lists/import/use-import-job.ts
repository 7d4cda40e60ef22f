import { useEffect, useRef, useState } from 'react';
import { isLibraryTarget, type ImportField, type ImportTarget } from '../../../../../shared/import/fields';
import type { ImportOptions, ImportPreview, ImportProgress } from '../../../../../shared/import/schema';
import type { FeeInvoiceDefaults, FeeListHeaderInput } from '../../../../../shared/fees/schema';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import { asErrorValue } from '../../../app/as-error-value';
import { api } from '../../../transport/current-transport';
import { newJobId } from './read-file';

export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export interface CommitTarget {
  documentId: string;
  baseRevision: number;
}

/** What a commit wrote: a document's lines, or library records added and updated. */
export type ImportOutcome = { written: true; lines: number; documentId: string | null; created: number; updated: number } | { written: false };

/**
 * A fee import (issue 8) commits through fees.importList / fees.importInvoices with what the sheet
 * does not carry: the list's party and dates, or the invoices' defaults.
 */
export type FeeCommit = { target: 'fee-list'; header: FeeListHeaderInput } | { target: 'fee-invoice'; defaults: FeeInvoiceDefaults };

interface Settings {
  file: ImportFile;
  sheet: string | undefined;
  choices: ReadonlyMap<number, ImportField | null>;
}

/**
 * One import as the dialog runs it: the file, the broker's column choices, the preview of both,
 * and the long calls with their progress (import.progress) and a cancel (import.cancel).
 * `target` says what the rows become: a document's lines (import.commit) or library records
 * (library.import).
 */
export function useImportJob(target: ImportTarget = 'packing-list', fee?: FeeCommit | null) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const jobId = useRef<string | null>(null);

  useEffect(
    () =>
      api().on('import.progress', (p) => {
        if (p.jobId === jobId.current) setProgress(p);
      }),
    [],
  );

  /** A fresh job id per call, so progress and cancel address the call now running. */
  const options = (s: Settings): ImportOptions => {
    const id = newJobId();
    jobId.current = id;
    return {
      jobId: id,
      file: s.file,
      target,
      ...(s.sheet ? { sheet: s.sheet } : {}),
      ...(s.choices.size > 0 ? { columns: [...s.choices].map(([column, field]) => ({ column, field })) } : {}),
      ...(fee?.target === 'fee-invoice' ? { defaults: fee.defaults } : {}),
    };
  };

  /** Every change of file, sheet or column choice asks for a new preview; it writes nothing. */
  const refresh = (next: Settings) => {
    setSettings(next);
    setBusy('preview');
    setProgress(null);
    const request = options(next);
    api()
      .import.preview(request)
      .then((p) => {
        if (jobId.current !== request.jobId) return;
        setPreview(p);
        setError(null);
      })
      .catch((e: unknown) => jobId.current === request.jobId && setError(asErrorValue(e)))
      .finally(() => jobId.current === request.jobId && setBusy(null));
  };

  const write = async (into: CommitTarget | null, skipRejected: boolean): Promise<{ outcome: ImportOutcome; preview: ImportPreview }> => {
    const request = { ...options(settings as Settings), ...(skipRejected ? { skipRejected } : {}) };
    if (fee?.target === 'fee-list') {
      const result = await api().fees.importList({ ...request, target: fee.target, header: fee.header });
      const outcome: ImportOutcome = result.written
        ? { written: true, lines: result.list.items, documentId: null, created: result.replaced ? 0 : 1, updated: result.replaced ? 1 : 0 }
        : { written: false };
      return { outcome, preview: result.preview };
    }
    if (fee?.target === 'fee-invoice') {
      const result = await api().fees.importInvoices({ ...request, target: fee.target, defaults: fee.defaults });
      const outcome: ImportOutcome = result.written
        ? { written: true, lines: result.invoices.reduce((n, i) => n + i.lines, 0), documentId: null, created: result.created, updated: result.updated }
        : { written: false };
      return { outcome, preview: result.preview };
    }
    if (isLibraryTarget(target)) {
      const result = await api().library.import({ ...request, target });
      const outcome: ImportOutcome = result.written ? { written: true, lines: result.created + result.updated, documentId: null, created: result.created, updated: result.updated } : { written: false };
      return { outcome, preview: result.preview };
    }
    const result = await api().import.commit({ ...request, ...(into ?? {}) });
    const outcome: ImportOutcome = result.written ? { written: true, lines: result.lines, documentId: result.document.id, created: 0, updated: 0 } : { written: false };
    return { outcome, preview: result.preview };
  };

  const commit = async (into: CommitTarget | null, skipRejected: boolean): Promise<ImportOutcome | null> => {
    if (!settings) return null;
    setBusy('commit');
    setProgress(null);
    try {
      const { outcome, preview: written } = await write(into, skipRejected);
      setPreview(written);
      setError(null);
      return outcome;
    } catch (e) {
      setError(asErrorValue(e));
      return null;
    } finally {
      setBusy(null);
    }
  };

  // Invoice defaults typed after the file was chosen change what the preview rejects: ask again
  // once the typing pauses (not a preview per keystroke).
  const defaultsKey = fee?.target === 'fee-invoice' ? JSON.stringify(fee.defaults) : '';
  const lastDefaults = useRef(defaultsKey);
  useEffect(() => {
    if (lastDefaults.current === defaultsKey) return;
    const timer = setTimeout(() => {
      lastDefaults.current = defaultsKey;
      if (settings) refresh(settings);
    }, 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the defaults asks again; refresh is recreated each render
  }, [defaultsKey]);

  const cancel = () => {
    const id = jobId.current;
    if (id) void api().import.cancel({ jobId: id }).catch(() => undefined);
  };

  return {
    sheet: settings?.sheet,
    preview,
    error,
    busy,
    progress,
    commit,
    cancel,
    chooseFile: (file: ImportFile) => {
      setPreview(null);
      refresh({ file, sheet: undefined, choices: new Map() });
    },
    setSheet: (sheet: string) => settings && refresh({ ...settings, sheet, choices: new Map() }),
    choose: (column: number, field: ImportField | null) => settings && refresh({ ...settings, choices: new Map(settings.choices).set(column, field) }),
  };
}
