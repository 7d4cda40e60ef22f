import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import { trackingEventNames, type AddTrackingEventInput, type TrackingEvent, type TrackingEventSource } from '../../../shared/model/tracking';
import { chinaWallClock } from '../../../shared/metrics/china-time';
import { isTooFarAhead, requireDeclaration } from './declaration-check.node';
import { eventColumns, insertEvent, isDeletableSource, toTrackingEvent, type TrackingEventRow } from './event-store.node';
import { rebuildChains } from './chains.node';

/** An event entered by hand: checked, written and its declaration's chain rebuilt in one transaction. */
export function addManualEvent(db: Database.Database, input: AddTrackingEventInput, now: Date): TrackingEvent {
  return db.transaction(() => {
    requireDeclaration(db, input.documentId);
    const at = new Date(input.at).toISOString();
    if (isTooFarAhead(at, now)) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: 'at',
        messageZh: `事件时间（${chinaWallClock(at)}）晚于现在一天以上，请检查日期。`,
        messageEn: `The event time (${chinaWallClock(at)} China time) is more than a day in the future; check the date.`,
      });
    }
    const id = insertEvent(db, {
      documentId: input.documentId,
      containerNo: input.containerNo ?? null,
      kind: input.kind,
      at,
      source: 'manual',
      sourceRef: randomUUID(),
      recordedAt: now.toISOString(),
      note: input.note?.trim() || null,
      outcome: input.outcome ?? null,
    });
    rebuildChains(db, now, [input.documentId]);
    const row = db.prepare(`SELECT ${eventColumns} FROM tracking_events WHERE id = ?`).get(id) as TrackingEventRow;
    return toTrackingEvent(row);
  })();
}

const sourceNames: Record<TrackingEventSource, { zh: string; en: string }> = {
  receipt: { zh: '海关回执', en: 'a customs receipt' },
  gateway: { zh: '单一窗口物流数据', en: "the single window's logistics feed" },
  import: { zh: '导入', en: 'an import' },
  manual: { zh: '手工录入', en: 'manual entry' },
};

/** Deletes (softly) a manual or imported event; receipt and feed events are facts and stay. Returns the document. */
export function deleteEvent(db: Database.Database, id: string, now: Date): string {
  return db.transaction(() => {
    const row = db.prepare('SELECT document_id, kind, source FROM tracking_events WHERE id = ? AND deleted_at IS NULL').get(id) as
      | { document_id: string | null; kind: TrackingEvent['kind']; source: TrackingEventSource }
      | undefined;
    if (!row) {
      throw new AppError({
        code: 'NOT_FOUND',
        field: 'id',
        messageZh: `找不到跟踪事件（${id}），可能已被删除。`,
        messageEn: `Tracking event ${id} was not found; it may already have been deleted.`,
      });
    }
    if (!isDeletableSource(row.source)) {
      const name = trackingEventNames[row.kind];
      const source = sourceNames[row.source];
      throw new AppError({
        code: 'CONFLICT',
        field: 'id',
        messageZh: `「${name.zh}」来自${source.zh}，是事实记录，不能删除；只能删除手工录入或导入的事件。`,
        messageEn: `"${name.en}" came from ${source.en} and is a record of fact, so it cannot be deleted; only manual or imported events can.`,
        details: { id, source: row.source },
      });
    }
    db.prepare('UPDATE tracking_events SET deleted_at = ? WHERE id = ?').run(now.toISOString(), id);
    if (row.document_id) rebuildChains(db, now, [row.document_id]);
    return row.document_id ?? '';
  })();
}
