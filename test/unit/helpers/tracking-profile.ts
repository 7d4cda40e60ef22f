import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Backend } from '../../../electron/backend/backend.node';
import { applyReceipts, type IncomingReceipt } from '../../../electron/backend/sync/apply-receipts.node';
import { DATABASE_FILE } from '../../../electron/backend/store/open-database.node';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import type { DeclarationDraft } from '../../../shared/model/declaration';
import type { OutboxItem } from '../../../shared/sync/schema';
import { ok, saveNew, syncBackend } from './sync-backend';

/** A real profile with one declaration in the outbox, and a second connection to its database, as the receipts feed has. */
export interface QueuedDeclaration {
  profile: string;
  backend: Backend;
  db: Database.Database;
  item: OutboxItem;
  /** Applies receipts in one transaction, as the feed does; each belongs to the item's key. */
  apply(xml: string[]): ReturnType<typeof applyReceipts>;
  /** The events the backend emitted, by name. */
  emitted<E extends EventName>(event: E): EventPayload<E>[];
  close(): void;
}

export function openProfileDb(profile: string): Database.Database {
  const db = new Database(join(profile, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Records every event a backend emits (tracking.changed, receipts.arrived ...). */
export function recordEvents(backend: Backend): <E extends EventName>(event: E) => EventPayload<E>[] {
  const seen: { event: EventName; payload: unknown }[] = [];
  backend.onEvent((event, payload) => seen.push({ event, payload }));
  return <E extends EventName>(event: E) => seen.filter((s) => s.event === event).map((s) => s.payload as EventPayload<E>);
}

export async function queuedDeclaration(profile: string, draft: DeclarationDraft): Promise<QueuedDeclaration> {
  const backend = syncBackend(profile);
  const emitted = recordEvents(backend);
  const id = await saveNew(backend, { kind: 'declaration', data: draft });
  const item = await ok<OutboxItem>(backend, 'sync.enqueue', { documentId: id });
  const db = openProfileDb(profile);
  const apply = (xml: string[]) => {
    const incoming = xml.map((x): IncomingReceipt => ({ xml: x, idempotencyKey: item.idempotencyKey }));
    return db.transaction(() => applyReceipts(db, incoming, new Date()))();
  };
  return {
    profile,
    backend,
    db,
    item,
    apply,
    emitted,
    close() {
      db.close();
      backend.close();
    },
  };
}
