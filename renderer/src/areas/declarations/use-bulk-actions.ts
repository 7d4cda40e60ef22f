import type { TFunction } from 'i18next';
import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model/documents';
import type { BundleReport } from '../../../../shared/rules/finding-schema';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { api } from '../../transport/current-transport';

export interface BulkActions {
  /** undefined: no report open; null: the check is running. */
  report: BundleReport[] | null | undefined;
  validate(ids: string[]): void;
  closeReport(): void;
  trash(summaries: DocumentSummary[]): Promise<void>;
}

/** 批量检查 and 批量删除 on the selected declarations; a bulk delete is undone as a whole. */
export function useBulkActions(t: TFunction): BulkActions {
  const [report, setReport] = useState<BundleReport[] | null | undefined>(undefined);
  const validate = (ids: string[]) => {
    if (ids.length === 0) return;
    setReport(null);
    api()
      .validation.bulk({ phase: 'declare', ids })
      .then(setReport)
      .catch((error: unknown) => {
        setReport(undefined);
        showErrorToast(error);
      });
  };
  const trash = async (summaries: DocumentSummary[]) => {
    const drafts = summaries.filter((s) => s.status === 'draft');
    const done: string[] = [];
    try {
      for (const summary of drafts) {
        await api().documents.trash({ id: summary.id });
        done.push(summary.id);
      }
    } catch (error) {
      showErrorToast(error);
    }
    if (done.length === 0) return;
    useToastStore.getState().show({
      message: t('listTools.bulkTrashed', { count: done.length }),
      action: {
        label: t('declarations.undo'),
        run: () => {
          for (const id of done) api().documents.restore({ id }).catch(showErrorToast);
        },
      },
    });
  };
  return { report, validate, closeReport: () => setReport(undefined), trash };
}
