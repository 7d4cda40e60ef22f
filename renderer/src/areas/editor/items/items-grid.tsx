import { memo, useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationItem } from '../../../../../shared/model/declaration';
import { cellDisplay, itemGridColumns } from './grid-columns';
import { ItemCellEditor, type EditStart } from './item-cell-editor';
import type { ItemField } from './item-edits';

interface Props {
  items: readonly DeclarationItem[];
  selected: number;
  readOnly: boolean;
  onSelect(index: number): void;
  onEdit(index: number, field: ItemField, value: string): void;
}

interface Editing {
  row: number;
  column: number;
  start: EditStart;
}

const lastColumn = itemGridColumns.length - 1;

/**
 * All items at a glance, editable in place. The cursor is a cell: ↑/↓ choose the item (the form
 * below follows), ←/→ the column. Enter, F2 or typing start editing the cell; Enter commits and
 * goes down, Tab/Shift+Tab commit and go right/left, Esc puts the old value back. Coded columns
 * edit with the same combobox as the form. Delete empties the cell.
 */
export function ItemsGrid({ items, selected, readOnly, onSelect, onEdit }: Props) {
  const { t } = useTranslation();
  const [column, setColumn] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const heading = (field: ItemField) => t(`itemsGrid.columns.${field}` as 'itemsGrid.columns.codeTs');
  const label = (field: ItemField, row: number) => `${heading(field)} ${row + 1}`;

  const startEditing = useCallback((row: number, col: number) => setEditing({ row, column: col, start: 'keep' }), []);

  const begin = (start: EditStart) => {
    if (readOnly || !items[selected]) return;
    setEditing({ row: selected, column, start });
  };

  // Focus returns to the grid first: the cell editor's blur stores what it holds.
  const finish = (move: 'down' | 'right' | 'left' | null) => {
    wrap.current?.focus();
    setEditing(null);
    if (move === 'down') onSelect(Math.min(items.length - 1, selected + 1));
    if (move === 'right') setColumn((c) => Math.min(lastColumn, c + 1));
    if (move === 'left') setColumn((c) => Math.max(0, c - 1));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || event.target !== event.currentTarget) return;
    if (event.nativeEvent.isComposing) return;
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
    const key = event.key;
    let handled = true;
    if (key === 'ArrowDown' || key === 'ArrowUp') onSelect(Math.max(0, Math.min(items.length - 1, selected + (key === 'ArrowDown' ? 1 : -1))));
    else if (key === 'ArrowRight' || key === 'ArrowLeft') setColumn((c) => Math.max(0, Math.min(lastColumn, c + (key === 'ArrowRight' ? 1 : -1))));
    else if (key === 'Home' && plain) setColumn(0);
    else if (key === 'End' && plain) setColumn(lastColumn);
    else if ((key === 'Enter' || key === 'F2') && plain && !event.shiftKey) begin('keep');
    else if ((key === 'Delete' || key === 'Backspace') && plain && !readOnly && items[selected]) {
      const field = itemGridColumns[column]?.field;
      if (field) onEdit(selected, field, '');
    } else if ((key.length === 1 || key === 'Process') && plain && key !== ' ') {
      // The character itself is not prevented: it lands in the editor focused during this keydown.
      begin('replace');
      event.stopPropagation();
      return;
    } else handled = false;
    if (handled) {
      // F2 here edits the cell; the editor-wide F2 (HS lookup) is for the form's fields.
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <div
      ref={wrap}
      className={`items-grid-wrap${editing && itemGridColumns[editing.column]?.input.kind === 'code' ? ' editing-code' : ''}`}
      id="items-grid"
      tabIndex={0}
      role="group"
      aria-label={t('items.listLabel')}
      aria-describedby="items-grid-keys"
      onKeyDown={onKeyDown}
    >
      <span id="items-grid-keys" className="visually-hidden">
        {t('itemsGrid.keys')}
      </span>
      <table className="data-table items-grid">
        <thead>
          <tr>
            <th className="num">{t('itemsGrid.gNo')}</th>
            {itemGridColumns.map((c) => (
              <th key={c.field} className={c.input.kind === 'decimal' ? 'num' : undefined}>
                {heading(c.field)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const isEditingRow = editing?.row === index;
            const editingColumn = isEditingRow ? editing.column : null;
            const editColumn = editingColumn === null ? undefined : itemGridColumns[editingColumn];
            return (
              <ItemRow
                key={index}
                item={item}
                index={index}
                selected={index === selected}
                cursorColumn={index === selected ? column : null}
                editingColumn={editingColumn}
                editor={
                  editing && editColumn ? (
                    <ItemCellEditor
                      row={index}
                      column={editColumn}
                      value={item[editColumn.field] ?? ''}
                      start={editing.start}
                      label={label(editColumn.field, index)}
                      onChange={(value) => onEdit(index, editColumn.field, value)}
                      onDone={finish}
                      onCancel={(original) => {
                        finish(null);
                        onEdit(index, editColumn.field, original);
                      }}
                    />
                  ) : null
                }
                readOnly={readOnly}
                onSelect={onSelect}
                onCursor={setColumn}
                onStartEditing={startEditing}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  item: DeclarationItem;
  index: number;
  selected: boolean;
  /** The cursor's column when the cursor is on this row. */
  cursorColumn: number | null;
  /** The column being edited on this row, whose cell shows `editor`. */
  editingColumn: number | null;
  editor: ReactNode;
  readOnly: boolean;
  onSelect(index: number): void;
  onCursor(column: number): void;
  onStartEditing(row: number, column: number): void;
}

/**
 * One item. Memoised: an edit of one item, or of the header, repaints that row only (the
 * stable callbacks and a null editor keep the other rows' props equal).
 */
const ItemRow = memo(function ItemRow({ item, index, selected, cursorColumn, editingColumn, editor, readOnly, onSelect, onCursor, onStartEditing }: RowProps) {
  return (
    <tr aria-selected={selected} className={selected ? 'selected' : undefined}>
      <td className="num" onClick={() => onSelect(index)}>
        {item.gNo}
      </td>
      {itemGridColumns.map((c, col) => {
        const isEditing = editingColumn === col;
        const classes = [
          c.input.kind === 'decimal' ? 'num mono' : c.input.kind === 'code' || (c.input.kind === 'text' && c.input.mono) ? 'mono' : 'cell-text',
          cursorColumn === col ? 'cursor' : '',
          isEditing ? 'editing' : '',
        ].join(' ');
        const shown = cellDisplay(item, c.field);
        return (
          <td
            key={c.field}
            className={classes}
            data-col={c.field}
            title={c.input.kind === 'text' && c.input.wide ? shown : undefined}
            onClick={() => {
              if (isEditing) return;
              onSelect(index);
              onCursor(col);
            }}
            onDoubleClick={() => {
              onSelect(index);
              onCursor(col);
              if (!readOnly) onStartEditing(index, col);
            }}
          >
            {isEditing ? editor : shown}
          </td>
        );
      })}
    </tr>
  );
});
