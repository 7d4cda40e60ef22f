import { useCallback, useEffect, useRef } from 'react';
import { navigate } from '../../app/route';
import { showErrorToast } from '../../components/show-error-toast';
import { api } from '../../transport/current-transport';

/** 新建报关单: create the draft in the store at once and open it; Ctrl+N does the same on the list. */
export function useCreateDeclaration(): () => void {
  const busy = useRef(false);
  const create = useCallback(() => {
    // A held-down Ctrl+N must not create a stack of empty drafts.
    if (busy.current) return;
    busy.current = true;
    api()
      .documents.create({ kind: 'declaration' })
      .then((doc) => navigate({ area: 'declarations', draftId: doc.id }))
      .catch(showErrorToast)
      .finally(() => {
        busy.current = false;
      });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'n') return;
      event.preventDefault();
      if (!event.repeat) create();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [create]);

  return create;
}
