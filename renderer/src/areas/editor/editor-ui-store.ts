import { create } from 'zustand';
import { childFieldId, childSectionId, isChildBlockKey } from './children/child-blocks';

/**
 * What the open editor shows besides the document: which item the detail form edits, and a
 * field waiting to be focused once the view it lives in has rendered (a finding was clicked).
 */
interface EditorUiStore {
  selectedItem: number;
  pendingFocus: string | null;
  selectItem(index: number): void;
  requestFocus(elementId: string): void;
  focusDone(): void;
}

export const useEditorUiStore = create<EditorUiStore>((set) => ({
  selectedItem: 0,
  pendingFocus: null,
  selectItem: (index) => set({ selectedItem: Math.max(0, index) }),
  requestFocus: (elementId) => set({ pendingFocus: elementId }),
  focusDone: () => set({ pendingFocus: null }),
}));

export const headFieldId = (field: string) => `field-${field}`;
export const itemFieldId = (field: string) => `item-field-${field}`;

/** "head.billNo" -> the header input; "items.2.gQty" -> item 3 selected, then its gQty input. */
export function focusFindingPath(path: string): void {
  const [part, second, third] = path.split('.');
  const ui = useEditorUiStore.getState();
  if (part === 'head' && second) return ui.requestFocus(headFieldId(second));
  if (part === 'items' && second !== undefined && /^\d+$/.test(second)) {
    ui.selectItem(Number(second));
    return ui.requestFocus(third ? itemFieldId(third) : 'items-grid');
  }
  // "containers.2.containerId" -> that cell; "containers" (a cross-document finding) -> the block.
  if (isChildBlockKey(part)) {
    if (second !== undefined && /^\d+$/.test(second) && third) return ui.requestFocus(childFieldId(part, Number(second), third));
    return ui.requestFocus(`${childSectionId(part)}-add`);
  }
}
