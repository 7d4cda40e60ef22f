import type { TFunction } from 'i18next';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { api } from '../../transport/current-transport';
import { displayTitle } from './document-title';

/** Deleting is never final: the draft goes to the recycle bin and the toast offers 撤销. */
export async function trashWithUndo(summary: DocumentSummary, t: TFunction): Promise<void> {
  try {
    await api().documents.trash({ id: summary.id });
  } catch (error) {
    showErrorToast(error);
    return;
  }
  const title = displayTitle(summary, t);
  useToastStore.getState().show({
    message: t('declarations.trashed', { title }),
    action: {
      label: t('declarations.undo'),
      run: () => {
        api().documents.restore({ id: summary.id }).catch(showErrorToast);
      },
    },
  });
}

export async function restoreWithNotice(summary: DocumentSummary, t: TFunction): Promise<void> {
  try {
    await api().documents.restore({ id: summary.id });
  } catch (error) {
    showErrorToast(error);
    return;
  }
  useToastStore.getState().show({ message: t('recycleBin.restored', { title: displayTitle(summary, t) }) });
}
