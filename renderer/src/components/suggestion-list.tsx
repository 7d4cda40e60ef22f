import type { ReactNode } from 'react';

interface Props<T> {
  id: string;
  items: readonly T[];
  active: number;
  itemKey(item: T): string;
  onPick(item: T): void;
  children(item: T): ReactNode;
  className?: string;
  ariaLabel?: string;
  /** A line after the options (a hint), not selectable. */
  footer?: ReactNode;
}

/**
 * The dropdown of a combobox: options with ids for aria-activedescendant, the active one
 * marked, picked on mousedown so the input keeps focus (and does not commit raw text) first.
 */
export function SuggestionList<T>({ id, items, active, itemKey, onPick, children, className, ariaLabel, footer }: Props<T>) {
  return (
    <ul className={className ? `code-list ${className}` : 'code-list'} id={id} role="listbox" aria-label={ariaLabel}>
      {items.map((item, index) => (
        <li
          key={itemKey(item)}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'active' : undefined}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(item);
          }}
        >
          {children(item)}
        </li>
      ))}
      {footer}
    </ul>
  );
}
