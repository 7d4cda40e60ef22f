import { navigate } from '../../app/route';
import { focusPackingPath } from './packing-ui-store';

/**
 * Opens a packing list with the cursor at a finding's path ("lines.12.netPerCarton",
 * "header.plNo"): the focus request waits in the packing-list UI store until the editor has
 * rendered the field, as it does for a click in the packing list's own panel.
 */
export function openPackingListAt(packingListId: string, path: string): void {
  focusPackingPath(path);
  navigate({ area: 'packing-lists', packingListId });
}
