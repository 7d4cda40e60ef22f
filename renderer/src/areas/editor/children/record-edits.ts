import type { DeclarationDraft } from '../../../../../shared/model/declaration';

/**
 * The declaration's single-record blocks (DecFreeTxt, DecTpAccess, DecMarkLob) as pure edits.
 * Like the repeating blocks, an emptied field is removed, and a record with no field left is
 * removed from the body, so an untouched record and an emptied one are the same draft.
 */
export type RecordKey = 'freeText' | 'tpAccess' | 'markImage';
type Flat = Record<string, string | undefined>;

export function withRecordField(draft: DeclarationDraft, key: RecordKey, field: string, value: string): DeclarationDraft {
  const record = (draft[key] ?? {}) as Flat;
  if ((record[field] ?? '') === value) return draft;
  // An emptied field is dropped by withRecord.
  return withRecord(draft, key, { ...record, [field]: value });
}

export function withRecord(draft: DeclarationDraft, key: RecordKey, record: Flat | null): DeclarationDraft {
  const kept = Object.fromEntries(Object.entries(record ?? {}).filter(([, v]) => v !== undefined && v !== ''));
  if (Object.keys(kept).length > 0) return { ...draft, [key]: kept };
  const { [key]: _gone, ...rest } = draft;
  return rest;
}

/** The spec's limit for the shipping-mark image (DecMarkLob Attachment): 1 MB decoded. */
export const MARK_IMAGE_MAX_BYTES = 1024 * 1024;
export const markImageTypes: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/bmp': 'bmp' };

/** Decoded size of a base64 string. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
