import { CreditTier } from '../../shared/model/parties';
import { MilestoneKind, type FeedMilestone, type FeedReceipt } from '../../shared/gateway/api';
import type { AuditRecord, Enterprise, RegisteredCertificate, StoredSubmission } from './storage';

/**
 * Row -> value mapping shared by both storages (same column names). PostgreSQL hands BIGINT back
 * as a string, SQLite as a number: ids go through Number(), cursors through String().
 */
export type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function enterpriseOf(row: Row): Enterprise {
  return {
    id: Number(row.id),
    name: str(row.name),
    uscc: str(row.uscc),
    customsCode: str(row.customs_code),
    tier: CreditTier.parse(row.tier),
    createdAt: str(row.created_at),
  };
}

export function certificateOf(row: Row): RegisteredCertificate {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    fingerprint: str(row.fingerprint),
    subject: str(row.subject),
    der: new Uint8Array(row.der as Uint8Array),
  };
}

export function submissionOf(row: Row): StoredSubmission {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    deviceId: Number(row.device_id),
    idempotencyKey: str(row.idempotency_key),
    clientSeqNo: str(row.client_seq_no),
    revision: Number(row.revision),
    payloadHash: str(row.payload_hash),
    status: row.status === 'accepted' ? 'accepted' : 'rejected',
    responseCode: str(row.response_code),
    seqNo: strOrNull(row.seq_no),
    errorMessage: strOrNull(row.error_message),
    importResponseXml: str(row.import_response_xml),
    receivedAt: str(row.received_at),
    billNo: strOrNull(row.bill_no),
    ruleIds: strOrNull(row.rule_ids),
  };
}

export function feedReceiptOf(row: Row): FeedReceipt {
  return {
    cursor: str(row.cursor),
    idempotencyKey: str(row.idempotency_key),
    clientSeqNo: str(row.client_seq_no),
    seqNo: str(row.seq_no),
    channel: str(row.channel),
    xml: str(row.xml),
    deliveredAt: str(row.delivered_at),
  };
}

export function feedMilestoneOf(row: Row): FeedMilestone {
  return {
    cursor: str(row.cursor),
    idempotencyKey: str(row.idempotency_key),
    clientSeqNo: str(row.client_seq_no),
    seqNo: str(row.seq_no),
    billNo: strOrNull(row.bill_no),
    kind: MilestoneKind.parse(row.kind),
    at: str(row.at),
  };
}

export function auditOf(row: Row): AuditRecord {
  return {
    id: Number(row.id),
    at: str(row.at),
    actor: str(row.actor),
    action: str(row.action),
    outcome: str(row.outcome),
    enterpriseId: row.enterprise_id === null ? null : Number(row.enterprise_id),
    deviceId: row.device_id === null ? null : Number(row.device_id),
    target: strOrNull(row.target),
    detail: strOrNull(row.detail),
  };
}

/** Column order of a submission insert, the same in both dialects. */
export const submissionColumns = [
  'enterprise_id', 'device_id', 'idempotency_key', 'client_seq_no', 'revision', 'payload_hash', 'status',
  'response_code', 'seq_no', 'error_message', 'import_response_xml', 'received_at', 'bill_no', 'rule_ids',
] as const;

export function submissionValues(s: Omit<StoredSubmission, 'id'>): unknown[] {
  return [
    s.enterpriseId, s.deviceId, s.idempotencyKey, s.clientSeqNo, s.revision, s.payloadHash, s.status,
    s.responseCode, s.seqNo, s.errorMessage, s.importResponseXml, s.receivedAt, s.billNo, s.ruleIds,
  ];
}

export const FEED_RECEIPT_SELECT = `SELECT r.cursor, r.channel, r.xml, r.delivered_at, s.idempotency_key, s.client_seq_no, s.seq_no
  FROM receipts r JOIN submissions s ON s.id = r.submission_id`;
export const FEED_MILESTONE_SELECT = `SELECT m.cursor, m.kind, m.at, s.idempotency_key, s.client_seq_no, s.seq_no, s.bill_no
  FROM milestones m JOIN submissions s ON s.id = m.submission_id`;
