import type { DeclarationDraft, DeclarationHead } from '../../../../shared/model/declaration';
import type { DocumentBody } from '../../../../shared/model/documents';
import { headLabels } from '../../../../shared/model/field-labels';

/** Any header field; the form's layout and order live in head-layout.ts. */
export type HeadField = keyof DeclarationHead;

function isHeadField(name: string | undefined): name is HeadField {
  return name !== undefined && Object.prototype.hasOwnProperty.call(headLabels, name);
}

/** Empty fields are left out of the body rather than stored as '' (an empty field and an absent one are the same). */
export function withField(draft: DeclarationDraft, field: HeadField, value: string): DeclarationDraft {
  if (field === 'ieFlag') {
    return value === 'I' || value === 'E' ? { ...draft, head: { ...draft.head, ieFlag: value } } : draft;
  }
  if (value !== '') return { ...draft, head: { ...draft.head, [field]: value } };
  const { [field]: _cleared, ...rest } = draft.head;
  const head: DeclarationHead = rest;
  return { ...draft, head };
}

export function declarationBody(draft: DeclarationDraft): DocumentBody {
  return { kind: 'declaration', data: draft };
}

/** JSON with object keys sorted, so two drafts compare equal whatever order their keys were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameDraft(a: DeclarationDraft, b: DeclarationDraft): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** The server names the failing field by its path in the save input. */
const HEAD_PATH = 'body.data.head.';

export function headFieldOfError(path: string | undefined): HeadField | null {
  if (!path?.startsWith(HEAD_PATH)) return null;
  const name = path.slice(HEAD_PATH.length).split('.')[0];
  return isHeadField(name) ? name : null;
}
