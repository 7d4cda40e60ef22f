import type { DeclarationDraft } from '../../../../../shared/model/declaration';
import type { ChildBlockKey } from './child-blocks';

/**
 * Edits of the blocks after the items, as pure functions of the draft. An emptied field is
 * removed rather than stored as ''; a block with no rows left is removed from the body, so an
 * untouched block and an emptied one are the same draft.
 */
type Rows = Record<string, string | undefined>[];

function rowsOf(draft: DeclarationDraft, key: ChildBlockKey): Rows {
  return [...((draft[key] ?? []) as Rows)];
}

function withRows(draft: DeclarationDraft, key: ChildBlockKey, rows: Rows): DeclarationDraft {
  if (rows.length > 0) return { ...draft, [key]: rows };
  const { [key]: _gone, ...rest } = draft;
  return rest;
}

/** A new empty row after `after` (or at the end when `after` is past the last row). */
export function addChildRow(draft: DeclarationDraft, key: ChildBlockKey, after?: number): DeclarationDraft {
  const rows = rowsOf(draft, key);
  const at = after === undefined ? rows.length : Math.min(after + 1, rows.length);
  rows.splice(at, 0, {});
  return withRows(draft, key, rows);
}

export function removeChildRow(draft: DeclarationDraft, key: ChildBlockKey, index: number): DeclarationDraft {
  const rows = rowsOf(draft, key);
  if (index < 0 || index >= rows.length) return draft;
  rows.splice(index, 1);
  return withRows(draft, key, rows);
}

export function withChildField(draft: DeclarationDraft, key: ChildBlockKey, index: number, field: string, value: string): DeclarationDraft {
  const rows = rowsOf(draft, key);
  const row = rows[index];
  if (!row || (row[field] ?? '') === value) return draft;
  const { [field]: _old, ...rest } = row;
  rows[index] = value === '' ? rest : { ...rest, [field]: value };
  return withRows(draft, key, rows);
}
