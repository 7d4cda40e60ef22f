import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackingList } from '../../../../../shared/model/packing-list';
import type { Finding } from '../../../../../shared/rules/engine';
import { usePackingStore } from '../packing-store';
import { usePackingUiStore } from '../packing-ui-store';
import { cellText, columnOfField, gridColumnIds, type GridColumnId } from './grid-columns';
import { deleteLine, fillDown, insertLine, pasteBlock, setCell } from './grid-edits';
import { movedCursor } from './grid-keys';
import { GridRow } from './grid-row';

const ROW_HEIGHT = 28;
/** Rows drawn above and below the visible ones, so a scroll step rarely shows an empty band. */
const OVERSCAN = 8;

/**
 * Row components are keyed by a slot (index modulo the most rows the view can render), not by
 * line: scrolling then hands the row that left the view to the line that entered it (row i and
 * row i + slots share a slot), and React updates its text in place instead of building and
 * discarding DOM nodes at every step. The count is the bound for the viewport's height, not the
 * rendered count, which changes by one as rows are cut at the edges and would reshuffle the keys.
 */
function slotCount(rendered: number, viewportHeight: number): number {
  return Math.max(rendered, Math.ceil(viewportHeight / ROW_HEIGHT) + 1 + 2 * OVERSCAN);
}

/** Finding paths "lines.<i>.<field>" as the columns to flag per row. */
function flaggedCells(findings: Finding[]): Map<number, GridColumnId[]> {
  const map = new Map<number, GridColumnId[]>();
  for (const f of findings) {
    const [part, row, field] = f.path.split('.');
    if (part !== 'lines' || row === undefined || !/^\d+$/.test(row)) continue;
    const list = map.get(Number(row)) ?? [];
    list.push(columnOfField(field));
    map.set(Number(row), list);
  }
  return map;
}

interface Props {
  list: PackingList;
  readOnly: boolean;
  findings: Finding[];
  onLeave(): void;
}

/**
 * The carton lines: only the rows in view are in the DOM (10,000 lines scroll like 10). One
 * cursor cell holds the focus; typing starts editing, Enter/Tab commit and move, Ctrl+D fills
 * down, and a block pasted from Excel lands at the cursor.
 */
export function CartonGrid({ list, readOnly, findings, onLeave }: Props) {
  const { t } = useTranslation();
  const lines = useMemo(() => list.lines ?? [], [list.lines]);
  const rowCount = lines.length + 1;
  const scroller = useRef<HTMLDivElement>(null);
  const cursor = usePackingUiStore((s) => s.cursor);
  const focusTick = usePackingUiStore((s) => s.focusTick);
  const setCursor = usePackingUiStore((s) => s.setCursor);
  const [editing, setEditing] = useState<string | null>(null);
  const flagged = useMemo(() => flaggedCells(findings), [findings]);
  const update = usePackingStore((s) => s.update);

  // The virtualiser keeps its own mutable state; the React compiler lint cannot see into it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // A scroll step's new rows render in a task of their own, not synchronously inside the
    // scroll event, i.e. inside the browser's frame: that frame then only lays out and paints
    // (the overscan rows cover the step), so no single task adds React's rendering to it.
    useFlushSync: false,
  });

  const focusCursorCell = useCallback(() => {
    const { row, column } = usePackingUiStore.getState().cursor;
    virtualizer.scrollToIndex(row, { align: 'auto' });
    // The row may only exist once the virtualiser has rendered the new range (a task after the
    // scroll): look for it frame by frame, a few frames at most.
    const focusWhenShown = (framesLeft: number) =>
      requestAnimationFrame(() => {
        const cell = scroller.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${column}"]`);
        if (cell) cell.focus({ preventScroll: true });
        else if (framesLeft > 0) focusWhenShown(framesLeft - 1);
      });
    focusWhenShown(10);
  }, [virtualizer]);

  useEffect(() => {
    if (focusTick > 0) focusCursorCell();
  }, [focusTick, focusCursorCell]);

  const move = (next: { row: number; column: GridColumnId }) => setCursor({ row: Math.min(next.row, rowCount - 1), column: next.column }, true);

  const commit = () => {
    if (editing === null) return;
    const text = editing;
    setEditing(null);
    update((l) => setCell(l, cursor.row, cursor.column, text));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing) return;
    const ctrl = event.ctrlKey || event.metaKey;
    if (editing !== null) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setEditing(null);
        focusCursorCell();
        return;
      }
      // Inside an input the left/right arrows move the caret; the rest leave the cell.
      if (['Enter', 'Tab', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
        event.preventDefault();
        commit();
        const next = movedCursor(cursor, event.key, event.shiftKey, rowCount + 1);
        if (next) move(next);
        else focusCursorCell();
      }
      return;
    }
    if (ctrl && event.key.toLowerCase() === 'd') {
      event.preventDefault();
      if (!readOnly) update((l) => fillDown(l, cursor.row, cursor.column));
      return;
    }
    if (ctrl && event.key === 'Insert') {
      event.preventDefault();
      if (!readOnly) update((l) => insertLine(l, cursor.row));
      return;
    }
    if (ctrl && event.key === 'Delete') {
      event.preventDefault();
      if (!readOnly) update((l) => deleteLine(l, cursor.row));
      return;
    }
    if (ctrl || event.altKey) return;
    if (event.key === 'F2' && !readOnly) {
      event.preventDefault();
      setEditing(cellText(lines[cursor.row], cursor.column));
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && !readOnly) {
      event.preventDefault();
      update((l) => (cursor.row < lines.length ? setCell(l, cursor.row, cursor.column, '') : l));
      return;
    }
    if (event.key.length === 1 && !readOnly) {
      event.preventDefault();
      setEditing(event.key);
      return;
    }
    const next = movedCursor(cursor, event.key, event.shiftKey, rowCount);
    if (next) {
      event.preventDefault();
      move(next);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    // A single value pasted while typing is the input's business.
    if (readOnly || (editing !== null && !/[\t\n]/.test(text))) return;
    event.preventDefault();
    setEditing(null);
    update((l) => pasteBlock(l, cursor.row, cursor.column, text).list);
  };

  // One handler for all cells (each knows its row and column from its data attributes).
  const onCellDown = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row][data-col]') : null;
      if (!cell) return;
      setEditing(null);
      setCursor({ row: Number(cell.dataset.row), column: cell.dataset.col as GridColumnId }, true);
    },
    [setCursor],
  );
  const label = useMemo(() => t('packing.grid.label'), [t]);

  const insertAtCursor = useCallback(() => update((l) => insertLine(l, cursor.row)), [update, cursor.row]);
  const deleteAtCursor = useCallback(() => update((l) => deleteLine(l, cursor.row)), [update, cursor.row]);
  const fillDownAtCursor = useCallback(() => update((l) => fillDown(l, cursor.row, cursor.column)), [update, cursor.row, cursor.column]);

  const items = virtualizer.getVirtualItems();
  const slots = slotCount(items.length, virtualizer.scrollRect?.height ?? 0);
  return (
    <div className="carton-grid-wrap">
      <div
        ref={scroller}
        className="carton-grid"
        role="grid"
        aria-label={label}
        aria-rowcount={rowCount + 1}
        aria-colcount={gridColumnIds.length + 1}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) {
            commit();
            onLeave();
          }
        }}
      >
        <GridHead />
        <div className="grid-body" style={{ height: virtualizer.getTotalSize() }} onMouseDown={onCellDown}>
          {items.map((item) => (
            <GridRow
              key={item.index % slots}
              index={item.index}
              line={lines[item.index]}
              top={item.start}
              cursorColumn={cursor.row === item.index ? cursor.column : null}
              editing={cursor.row === item.index ? editing : null}
              flagged={flagged.get(item.index)}
              onEditText={setEditing}
            />
          ))}
        </div>
      </div>
      <GridActions readOnly={readOnly} atEnd={cursor.row >= lines.length} count={lines.length} onInsert={insertAtCursor} onDelete={deleteAtCursor} onFillDown={fillDownAtCursor} />
    </div>
  );
}

/**
 * The column headings. The grid re-renders on every scroll step (the virtualiser's range), so
 * what does not depend on the range lives in memoised parts that skip those renders.
 */
const GridHead = memo(function GridHead() {
  const { t } = useTranslation();
  return (
    <div role="row" aria-rowindex={1} className="grid-row grid-head">
      <div role="columnheader" className="grid-cell grid-lineno">
        {t('packing.grid.lineNo')}
      </div>
      {gridColumnIds.map((column) => (
        <div key={column} role="columnheader" className={`grid-cell gcol-${column}`} title={t(`packing.grid.columns.${column}`)}>
          {t(`packing.grid.columns.${column}`)}
        </div>
      ))}
    </div>
  );
});

interface ActionsProps {
  readOnly: boolean;
  /** The cursor is on the empty row after the last line. */
  atEnd: boolean;
  count: number;
  onInsert(): void;
  onDelete(): void;
  onFillDown(): void;
}

const GridActions = memo(function GridActions({ readOnly, atEnd, count, onInsert, onDelete, onFillDown }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="grid-actions">
      <button type="button" className="small-button" disabled={readOnly} onClick={onInsert}>
        {t('packing.grid.insert')}
        <kbd>Ctrl+Insert</kbd>
      </button>
      <button type="button" className="small-button" disabled={readOnly || atEnd} onClick={onDelete}>
        {t('packing.grid.delete')}
        <kbd>Ctrl+Delete</kbd>
      </button>
      <button type="button" className="small-button" disabled={readOnly} onClick={onFillDown}>
        {t('packing.grid.fillDown')}
        <kbd>Ctrl+D</kbd>
      </button>
      <span className="muted">{t('packing.grid.count', { count })}</span>
    </div>
  );
});
