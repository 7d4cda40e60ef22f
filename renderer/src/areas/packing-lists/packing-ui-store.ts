import { create } from 'zustand';
import { gridColumnIds, type GridColumnId } from './grid/grid-columns';
import { columnOfField } from './grid/grid-columns';

export interface GridCursor {
  row: number;
  column: GridColumnId;
}

/**
 * Where the packing-list editor's cursor is, and what a clicked finding asks to focus: a header
 * input (by element id) or a grid cell (the grid scrolls it into view first).
 */
interface PackingUiStore {
  cursor: GridCursor;
  /** Bumped when the grid should move the keyboard focus to the cursor cell. */
  focusTick: number;
  pendingField: string | null;
  setCursor(cursor: GridCursor, focus?: boolean): void;
  requestField(elementId: string): void;
  fieldDone(): void;
}

export const usePackingUiStore = create<PackingUiStore>((set) => ({
  cursor: { row: 0, column: gridColumnIds[0] },
  focusTick: 0,
  pendingField: null,
  setCursor: (cursor, focus = false) => set((s) => ({ cursor, focusTick: focus ? s.focusTick + 1 : s.focusTick })),
  requestField: (elementId) => set({ pendingField: elementId }),
  fieldDone: () => set({ pendingField: null }),
}));

export const plFieldId = (section: string, field: string) => `pl-${section}-${field}`;

/** "lines.12.netPerCarton" -> that cell; "header.plNo" -> the header input; "containers.1.sealNo". */
export function focusPackingPath(path: string): void {
  const [part, second, third] = path.split('.');
  const ui = usePackingUiStore.getState();
  if (part === 'lines' && second !== undefined && /^\d+$/.test(second)) {
    ui.setCursor({ row: Number(second), column: columnOfField(third) }, true);
    return;
  }
  if (part === 'lines') return ui.setCursor({ row: 0, column: gridColumnIds[0] }, true);
  if (part === 'header' && second) return ui.requestField(plFieldId('header', second));
  if (part === 'containers' && second !== undefined) return ui.requestField(plFieldId(`container-${second}`, third ?? 'containerId'));
  if (part === 'declaredTotals' && second) return ui.requestField(plFieldId('declared', second));
}
