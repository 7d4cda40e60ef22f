import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { normalizeDecimalInput } from '../../../../../shared/model/decimal';
import { CodeCombobox } from '../codes/code-combobox';
import type { ItemGridColumn } from './grid-columns';
import { itemCellId } from './grid-columns';

/** How editing began: typing replaces the cell's text; Enter, F2 or a double click keep it. */
export type EditStart = 'replace' | 'keep';

interface Props {
  row: number;
  column: ItemGridColumn;
  value: string;
  start: EditStart;
  label: string;
  onChange(value: string): void;
  /** Enter (down), Tab (right), Shift+Tab (left): the edit is kept. */
  onDone(move: 'down' | 'right' | 'left'): void;
  /** Esc: the cell gets back the value it had when editing began. */
  onCancel(original: string): void;
}

/**
 * The editor inside one items-grid cell: a text input, or the code combobox for coded columns.
 * The key that started editing lands in this input because it is focused during that keydown.
 * Commit works through the controls' own blur handling (the combobox resolves names to codes
 * and keeps unmatched text for the rule to flag), so the grid only moves the focus away.
 */
export function ItemCellEditor({ row, column, value, start, label, onChange, onDone, onCancel }: Props) {
  const id = itemCellId(row, column.field);
  const original = useRef(value);
  const cancelled = useRef(false);
  const [text, setText] = useState(start === 'replace' ? '' : value);

  useLayoutEffect(() => {
    const input = document.getElementById(id);
    if (!(input instanceof HTMLInputElement)) return;
    input.focus();
    if (start === 'replace' || column.input.kind === 'code') input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, [id, start, column.input.kind]);

  // Esc is taken before the combobox sees it (which would only close its list): one Esc cancels.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    cancelled.current = true;
    onCancel(original.current);
  };
  // Enter and Tab after the combobox has taken its highlighted entry (bubbling from the input).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.nativeEvent.isComposing) return;
    const move = event.key === 'Enter' ? 'down' : event.key === 'Tab' ? (event.shiftKey ? 'left' : 'right') : null;
    if (move && !event.ctrlKey && !event.altKey && !event.metaKey) {
      // Not the form's Enter-to-next-field: in the grid Enter goes down a row.
      event.preventDefault();
      event.stopPropagation();
      onDone(move);
    }
  };

  const input = column.input;
  if (input.kind === 'code') {
    return (
      <div className="item-cell-editor" onKeyDown={onKeyDown} onKeyDownCapture={onKeyDownCapture}>
        <label className="visually-hidden" htmlFor={id}>
          {label}
        </label>
        <CodeCombobox id={id} table={input.table} value={value || undefined} readOnly={false} invalid={false} onChange={onChange} onLeave={() => undefined} />
      </div>
    );
  }
  const commit = () => {
    const normal = input.kind === 'decimal' ? normalizeDecimalInput(text) : null;
    onChange(normal ?? text);
  };
  return (
    <div className="item-cell-editor" onKeyDown={onKeyDown} onKeyDownCapture={onKeyDownCapture}>
      <input
        id={id}
        aria-label={label}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className={input.kind === 'decimal' ? 'mono num' : input.kind === 'text' && input.mono ? 'mono' : undefined}
        inputMode={input.kind === 'decimal' ? 'decimal' : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          // Esc already put the original back; anything else that takes the focus keeps the text.
          if (cancelled.current) return;
          commit();
        }}
      />
    </div>
  );
}
