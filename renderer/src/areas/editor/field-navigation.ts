import type { KeyboardEvent } from 'react';

/** Marks the inputs that take part in Enter-to-next-field, in document order. */
export const FIELD_ATTRIBUTE = 'data-editor-field';

/** Fields in document order, except those inside a folded section (a closed details element). */
function fieldsOf(form: HTMLElement): HTMLElement[] {
  return Array.from(form.querySelectorAll<HTMLElement>(`[${FIELD_ATTRIBUTE}]`)).filter((field) => !field.closest('details:not([open])'));
}

/**
 * Enter moves to the next field (wrapping to the first), as brokers expect from the customs
 * clients they know. Not while an input method is composing: there Enter picks the characters.
 * Shift+Enter keeps its ordinary meaning (a new line in the remarks).
 */
export function moveOnEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  if (event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLElement) || !target.hasAttribute(FIELD_ATTRIBUTE)) return;
  event.preventDefault();
  const fields = fieldsOf(event.currentTarget);
  const next = fields[(fields.indexOf(target) + 1) % fields.length];
  next?.focus();
  if (next instanceof HTMLInputElement || next instanceof HTMLTextAreaElement) next.select();
}
