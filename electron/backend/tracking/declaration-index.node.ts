import type Database from 'better-sqlite3';
import type { EventColumn } from './import-columns';

export type Lookup =
  | { kind: 'found'; id: string; title: string }
  | { kind: 'missing' }
  | { kind: 'unknown' | 'ambiguous'; column: EventColumn; value: string };

export interface DeclarationIndex {
  /** The first reference that names exactly one declaration, in the order entry no., ClientSeqNo, bill no., generic reference. */
  find(refs: { entryId: string; clientSeqNo: string; billNo: string; reference: string }): Lookup;
}

interface Row {
  id: string;
  title: string;
  client_seq_no: string;
  entry_id: string | null;
  bill_no: string | null;
}

/** Every live declaration by its references, read once per import (a desktop holds thousands, not millions). */
export function declarationIndex(db: Database.Database): DeclarationIndex {
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.client_seq_no, json_extract(r.body, '$.data.head.entryId') AS entry_id,
         json_extract(r.body, '$.data.head.billNo') AS bill_no
       FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision
       WHERE d.kind = 'declaration' AND d.deleted_at IS NULL`,
    )
    .all() as Row[];
  const by = (key: (row: Row) => string | null) => {
    const map = new Map<string, Row[]>();
    for (const row of rows) {
      const value = key(row)?.trim().toUpperCase();
      if (value) map.set(value, [...(map.get(value) ?? []), row]);
    }
    return map;
  };
  const maps = { entryId: by((r) => r.entry_id), clientSeqNo: by((r) => r.client_seq_no), billNo: by((r) => r.bill_no) };
  const candidates = (column: 'entryId' | 'clientSeqNo' | 'billNo', value: string) => maps[column].get(value.toUpperCase()) ?? [];

  return {
    find(refs) {
      const tries: { column: EventColumn; value: string; matches: Row[] }[] = [];
      for (const column of ['entryId', 'clientSeqNo', 'billNo'] as const) {
        if (refs[column]) tries.push({ column, value: refs[column], matches: candidates(column, refs[column]) });
      }
      if (refs.reference) {
        const all = [...candidates('entryId', refs.reference), ...candidates('clientSeqNo', refs.reference), ...candidates('billNo', refs.reference)];
        tries.push({ column: 'reference', value: refs.reference, matches: [...new Map(all.map((r) => [r.id, r])).values()] });
      }
      const single = tries.find((t) => t.matches.length === 1)?.matches[0];
      if (single) return { kind: 'found', id: single.id, title: single.title || single.client_seq_no };
      const first = tries[0];
      if (!first) return { kind: 'missing' };
      const ambiguous = tries.find((t) => t.matches.length > 1);
      if (ambiguous) return { kind: 'ambiguous', column: ambiguous.column, value: ambiguous.value };
      return { kind: 'unknown', column: first.column, value: first.value };
    },
  };
}
