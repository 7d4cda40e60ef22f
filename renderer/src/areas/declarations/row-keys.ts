import type { KeyboardEvent } from 'react';

/** ↑/↓ move between the rows of the same table body, like a list in a desktop app. */
export function moveRowFocus(event: KeyboardEvent<HTMLTableRowElement>): boolean {
  const row = event.currentTarget;
  const target =
    event.key === 'ArrowDown' ? row.nextElementSibling : event.key === 'ArrowUp' ? row.previousElementSibling : null;
  if (!(target instanceof HTMLTableRowElement)) return false;
  event.preventDefault();
  target.focus();
  return true;
}
