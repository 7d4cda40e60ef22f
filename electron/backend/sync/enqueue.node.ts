import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/errors';
import { idempotencyKeyOf } from '../../../shared/gateway/api';
import { buildDecMessage } from '../../../shared/messages/dec-message';
import type { AttachedDocument, DeclarationDraft } from '../../../shared/model/declaration';
import type { OutboxItem, SyncChannelKind } from '../../../shared/sync/schema';
import type { Finding } from '../../../shared/rules/engine';
import type { Store } from '../store/store.node';
import { linkedPackingLists, validateDocument } from '../validation/validate.node';
import { PACKING_LIST_EDOC_CODE, signedPackingLists, type AttachmentServices, type FrozenAttachment } from './attachments.node';
import { getOutboxItem, recordAttempt, setDocumentStatus } from './outbox-store.node';

function blockingError(findings: Finding[]): AppError {
  const shown = findings.slice(0, 5);
  const more = findings.length - shown.length;
  return new AppError({
    code: 'INVALID_INPUT',
    ...(shown[0] ? { field: shown[0].path } : {}),
    messageZh: `报关单有 ${findings.length} 处错误，改正后才能发送：${shown.map((f) => `${f.ruleId} ${f.messageZh}`).join('；')}${more > 0 ? `；另有 ${more} 处` : ''}`,
    messageEn: `The declaration has ${findings.length} error(s) to fix before it can be sent: ${shown.map((f) => `${f.ruleId} ${f.messageEn}`).join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    details: { findings },
  });
}

function frozenElsewhere(status: string): AppError {
  return new AppError({
    code: 'CONFLICT',
    messageZh:
      status === 'rejected'
        ? '这份报关单已被退回；请先修改并保存（会生成新的版本），再重新发送。'
        : `这份报关单已发送（状态：${status}），不能再次加入发送队列。`,
    messageEn:
      status === 'rejected'
        ? 'This declaration was rejected; edit and save it first (that starts a new revision), then send it again.'
        : `This declaration has already been sent (status: ${status}); it cannot be queued again.`,
    details: { status },
  });
}

/** The declaration as it will be sent: its own attachments, with the signed packing lists in place of any listed by hand. */
function withAttachments(draft: DeclarationDraft, attachments: readonly FrozenAttachment[]): DeclarationDraft {
  if (attachments.length === 0) return draft;
  const kept = (draft.attachedDocuments ?? []).filter((d) => d.edocCode !== PACKING_LIST_EDOC_CODE);
  const added: AttachedDocument[] = attachments.map((a) => ({
    edocId: a.edocId,
    edocCode: a.edocCode,
    edocFomatType: 'US',
    edocSize: String(a.pdf.length),
  }));
  return { ...draft, attachedDocuments: [...kept, ...added] };
}

export interface EnqueueContext {
  store: Store;
  services: AttachmentServices;
  channel: SyncChannelKind;
  now: () => Date;
}

/**
 * sync.enqueue: validates the declaration (errors block), renders and signs its packing lists,
 * builds the DecMessage, and then in ONE transaction freezes it: the outbox row with the exact
 * XML and PDFs, and the document's status `queued`. Enqueueing a revision already queued returns
 * its item; a revision cancelled before it left reuses its row and key (the gateway never saw it).
 */
export async function enqueueDeclaration(ctx: EnqueueContext, documentId: string): Promise<OutboxItem> {
  const { store } = ctx;
  const db = store.db;
  const doc = store.documents.get(documentId);
  if (doc.body.kind !== 'declaration') {
    throw new AppError({
      code: 'INVALID_INPUT',
      field: 'documentId',
      messageZh: '只有报关单可以发送；装箱单随报关单作为随附单据发送。',
      messageEn: 'Only declarations are sent; packing lists travel with their declaration as attachments.',
    });
  }
  if (doc.deletedAt !== null) {
    throw new AppError({ code: 'CONFLICT', messageZh: '此单据在回收站中，请先恢复。', messageEn: 'This document is in the recycle bin; restore it first.' });
  }
  const key = idempotencyKeyOf(doc.clientSeqNo, doc.revision);
  if (doc.status !== 'draft') {
    const existing = db.prepare("SELECT id FROM outbox WHERE idempotency_key = ? AND state <> 'cancelled'").get(key) as { id: string } | undefined;
    if (existing) return getOutboxItem(db, existing.id);
    throw frozenElsewhere(doc.status);
  }

  const report = validateDocument(store, documentId, 'declare');
  const errors = [...report.declaration.findings, ...report.packingLists.flatMap((p) => p.findings), ...report.crossDocument].filter(
    (f) => f.severity === 'error',
  );
  if (errors.length) throw blockingError(errors);

  const attachments = await signedPackingLists(ctx.services, doc, linkedPackingLists(store, doc));
  const xml = buildDecMessage(withAttachments(doc.body.data, attachments), { operType: 'C', clientSeqNo: doc.clientSeqNo });

  const id = db.transaction(() => {
    const now = ctx.now();
    const nowIso = now.toISOString();
    const current = db.prepare('SELECT status, revision, deleted_at FROM documents WHERE id = ?').get(documentId) as
      | { status: string; revision: number; deleted_at: string | null }
      | undefined;
    if (!current || current.revision !== doc.revision || current.status !== 'draft' || current.deleted_at !== null) {
      throw new AppError({
        code: 'CONFLICT',
        messageZh: '准备发送期间报关单被修改或已加入队列，请重新发送。',
        messageEn: 'The declaration changed or was queued while it was being prepared; send it again.',
        details: { documentId },
      });
    }
    const cancelled = db.prepare("SELECT id FROM outbox WHERE idempotency_key = ? AND state = 'cancelled'").get(key) as { id: string } | undefined;
    const outboxId = cancelled?.id ?? randomUUID();
    if (cancelled) {
      db.prepare('DELETE FROM outbox_attachments WHERE outbox_id = ?').run(outboxId);
      db.prepare(
        `UPDATE outbox SET state = 'queued', title = ?, channel = ?, attempts = 0, next_attempt_at = NULL, needs_status_query = 0,
           last_error = NULL, dec_message_xml = ?, updated_at = ? WHERE id = ?`,
      ).run(doc.title, ctx.channel, xml, nowIso, outboxId);
    } else {
      db.prepare(
        `INSERT INTO outbox (id, document_id, revision, client_seq_no, idempotency_key, title, channel, state, dec_message_xml, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)`,
      ).run(outboxId, documentId, doc.revision, doc.clientSeqNo, key, doc.title, ctx.channel, xml, nowIso, nowIso);
    }
    const insertAttachment = db.prepare('INSERT INTO outbox_attachments (outbox_id, position, edoc_id, edoc_code, pdf) VALUES (?, ?, ?, ?, ?)');
    attachments.forEach((a, i) => insertAttachment.run(outboxId, i + 1, a.edocId, a.edocCode, a.pdf));
    setDocumentStatus(db, documentId, 'queued', now);
    recordAttempt(db, outboxId, now, 'queued', null, null);
    return outboxId;
  })();
  return getOutboxItem(db, id);
}
