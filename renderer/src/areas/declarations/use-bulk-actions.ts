import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { api } from '../../transport/current-transport';
import { checkInChunks, type BulkCheck } from './bulk-check';

export interface BulkActions {
  /** undefined: no report open. */
  report: BulkCheck | undefined;
  validate(ids: string[]): void;
  /** Stops the running check after the chunk in hand; what was checked stays in the report. */
  cancelCheck(): void;
  closeReport(): void;
  trash(summaries: DocumentSummary[]): Promise<void>;
}

/** 批量检查 and 批量删除 on the selected declarations; a bulk delete is undone as a whole. */
export function useBulkActions(t: TFunction): BulkActions {
  const [report, setReport] = useState<BulkCheck | undefined>(undefined);
  /** The running check's number: a closed or restarted check stops and its late results are dropped. */
  const run = useRef(0);
  const cancelled = useRef(false);
  const validate = (ids: string[]) => {
    if (ids.length === 0) return;
    const mine = ++run.current;
    cancelled.current = false;
    const current = () => run.current === mine;
    checkInChunks(
      ids,
      (chunk) => api().validation.bulk({ phase: 'declare', ids: chunk }),
      (check) => {
        if (current()) setReport(check);
      },
      () => cancelled.current || !current(),
    ).catch((error: unknown) => {
      if (!current()) return;
      setReport(undefined);
      showErrorToast(error);
    });
  };
  const cancelCheck = () => {
    cancelled.current = true;
  };
  const closeReport = () => {
    run.current++;
    setReport(undefined);
  };
  /** Sent declarations stay (only drafts can be deleted); the drafts go in one call, undone in one. */
  const trash = async (summaries: DocumentSummary[]) => {
    const ids = summaries.filter((s) => s.status === 'draft').map((s) => s.id);
    if (ids.length === 0) return;
    try {
      await api().documents.trashMany({ ids });
    } catch (error) {
      showErrorToast(error);
      return;
    }
    useToastStore.getState().show({
      message: t('listTools.bulkTrashed', { count: ids.length }),
      action: {
        label: t('declarations.undo'),
        run: () => void api().documents.restoreMany({ ids }).catch(showErrorToast),
      },
    });
  };
  return { report, validate, cancelCheck, closeReport, trash };
}
