import { AppError } from '../../shared/ipc/errors';
import { declarationTitle } from '../../shared/model/declaration';
import { DocumentBodySchema, type ClearwayDocument } from '../../shared/model/documents';
import { invoiceTitle } from '../../shared/model/invoice';
import { packingListTitle } from '../../shared/model/packing-list';
import type { RevisionEntry } from '../../shared/model/revisions';
import type { Store } from './store/store.node';

interface EntryRow {
  revision: number;
  savedAt: string;
  byteLength: number;
  kind: string;
  tradeName: string | null;
  billNo: string | null;
  plNo: string | null;
  invoiceNo: string | null;
  buyerName: string | null;
  sellerName: string | null;
  rows: number | null;
  containers: number | null;
}

/** Only the fields the titles are made of, read in SQLite: a long packing list's body is never parsed here. */
function titleOf(row: EntryRow): string {
  const text = (v: string | null) => v ?? undefined;
  switch (row.kind) {
    case 'declaration':
      return declarationTitle({ head: { tradeName: text(row.tradeName), billNo: text(row.billNo) } });
    case 'packing-list':
      return packingListTitle({ header: { plNo: text(row.plNo), buyerName: text(row.buyerName), sellerName: text(row.sellerName) } });
    default:
      return invoiceTitle({ header: { invoiceNo: text(row.invoiceNo), buyerName: text(row.buyerName) } });
  }
}

/** The saved revisions of a document, newest first, each with a short summary of its body. */
export function revisionEntries(store: Store, id: string): RevisionEntry[] {
  store.documents.revisions(id); // NOT_FOUND for an unknown id, with the repository's message.
  const rows = store.db
    .prepare(
      `SELECT revision, saved_at AS savedAt, length(CAST(body AS BLOB)) AS byteLength,
              json_extract(body, '$.kind') AS kind,
              json_extract(body, '$.data.head.tradeName') AS tradeName,
              json_extract(body, '$.data.head.billNo') AS billNo,
              json_extract(body, '$.data.header.plNo') AS plNo,
              json_extract(body, '$.data.header.invoiceNo') AS invoiceNo,
              json_extract(body, '$.data.header.buyerName') AS buyerName,
              json_extract(body, '$.data.header.sellerName') AS sellerName,
              coalesce(json_array_length(body, '$.data.items'), json_array_length(body, '$.data.lines'), 0) AS rows,
              coalesce(json_array_length(body, '$.data.containers'), 0) AS containers
       FROM revisions WHERE document_id = ? ORDER BY revision DESC`,
    )
    .all(id) as EntryRow[];
  return rows.map((row) => ({
    revision: row.revision,
    savedAt: row.savedAt,
    byteLength: row.byteLength,
    title: titleOf(row),
    rows: row.rows ?? 0,
    containers: row.containers ?? 0,
  }));
}

/**
 * An earlier revision becomes the current draft by being saved again as a NEW revision: the
 * revisions after it stay in the history, so restoring loses nothing and can itself be undone
 * by restoring the revision before it. The ordinary save runs, with its checks (a draft, not in
 * the recycle bin, `baseRevision` current).
 */
export function restoreRevision(store: Store, id: string, revision: number, baseRevision: number): ClearwayDocument {
  const stored = store.db.prepare('SELECT body FROM revisions WHERE document_id = ? AND revision = ?').get(id, revision) as { body: string } | undefined;
  if (!stored) {
    store.documents.revisions(id); // An unknown document says so first.
    throw new AppError({
      code: 'NOT_FOUND',
      field: 'revision',
      messageZh: `找不到版本 ${revision}：只保留最近的版本，较早的已被清理。`,
      messageEn: `Revision ${revision} was not found: only recent revisions are kept and older ones are pruned.`,
      details: { id, revision },
    });
  }
  const body = DocumentBodySchema.parse(JSON.parse(stored.body));
  store.documents.save(id, baseRevision, body);
  return store.documents.get(id);
}
