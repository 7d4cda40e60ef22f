import { useEffect } from 'react';
import { api } from '../../../transport/current-transport';
import { isEditableStatus } from '../editable-status';
import { currentDraftSession, useDraftStore } from '../draft-store';

/**
 * A submitted declaration changes status without being edited here (sent, receipts applied,
 * withdrawn from the Outbox). When the backend says it changed and the open copy is frozen,
 * read it again quietly so the status tag and notices follow. An editable draft is left alone:
 * its own saves raise the same event.
 */
export function useStatusRefresh(documentId: string): void {
  useEffect(() => {
    const refreshIfFrozen = () => {
      const session = currentDraftSession();
      if (session?.id === documentId && !isEditableStatus(session.snapshot().summary.status)) void useDraftStore.getState().refresh();
    };
    const stopDocuments = api().on('documents.changed', (event) => {
      if (event.ids.includes(documentId)) refreshIfFrozen();
    });
    const stopReceipts = api().on('receipts.arrived', (event) => {
      if (event.documentIds.includes(documentId)) refreshIfFrozen();
    });
    return () => {
      stopDocuments();
      stopReceipts();
    };
  }, [documentId]);
}
