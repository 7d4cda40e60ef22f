import type { CreditTier } from '../../shared/model/parties';
import type { FeedMilestone, FeedReceipt, MilestoneKind } from '../../shared/gateway/api';

/**
 * The gateway's one storage interface. Two implementations: embedded SQLite (the default, one
 * data folder) and PostgreSQL (DATABASE_URL; several gateway processes on one database). Every
 * method that writes more than one row does so in one transaction.
 */
export interface Enterprise {
  id: number;
  name: string;
  uscc: string;
  customsCode: string;
  tier: CreditTier;
  createdAt: string;
}

export interface Device {
  id: number;
  enterpriseId: number;
  name: string;
  createdAt: string;
}

/** Who a bearer token belongs to. */
export interface Caller {
  deviceId: number;
  deviceName: string;
  enterprise: Enterprise;
}

export interface RegisteredCertificate {
  id: number;
  enterpriseId: number;
  fingerprint: string;
  subject: string;
  der: Uint8Array;
}

export type SubmissionStatus = 'accepted' | 'rejected';

/** A submission as stored: the answer the key gives forever. */
export interface StoredSubmission {
  id: number;
  enterpriseId: number;
  deviceId: number;
  idempotencyKey: string;
  clientSeqNo: string;
  revision: number;
  payloadHash: string;
  status: SubmissionStatus;
  responseCode: string;
  seqNo: string | null;
  errorMessage: string | null;
  importResponseXml: string;
  receivedAt: string;
  billNo: string | null;
  /** Rule ids the gateway found (the E receipt names them), comma-separated; null when clean. */
  ruleIds: string | null;
}

export type NewSubmission = Omit<StoredSubmission, 'id'>;

/** One receipt the simulator will publish when the simulated clock reaches `dueAt`. */
export interface ScheduledReceipt {
  channel: string;
  /** Simulated epoch milliseconds when it becomes visible on the feed. */
  dueAt: number;
  xml: string;
}

export interface ScheduledMilestone {
  kind: MilestoneKind;
  /** Simulated time it happened (ISO UTC). */
  at: string;
  dueAt: number;
}

export interface ClockState {
  anchorRealMs: number;
  anchorSimMs: number;
  /** Simulated milliseconds per real millisecond. */
  speed: number;
}

export interface AuditEntry {
  actor: string;
  action: string;
  outcome: string;
  enterpriseId?: number | null;
  deviceId?: number | null;
  target?: string | null;
  detail?: string | null;
}

export interface AuditRecord extends Required<AuditEntry> {
  id: number;
  at: string;
}

export interface InsertOutcome {
  submission: StoredSubmission;
  /** False when a row with the same (enterprise, key) existed: nothing was written. */
  created: boolean;
}

export interface PublishOutcome {
  receipts: number;
  milestones: number;
}

export interface GatewayStorage {
  readonly kind: 'sqlite' | 'postgres';
  createEnterprise(input: Omit<Enterprise, 'id' | 'createdAt'>, now: string): Promise<Enterprise>;
  listEnterprises(): Promise<Enterprise[]>;
  findEnterprise(idOrUscc: string): Promise<Enterprise | null>;
  registerCertificate(input: Omit<RegisteredCertificate, 'id'>, now: string): Promise<RegisteredCertificate>;
  certificatesOf(enterpriseId: number): Promise<RegisteredCertificate[]>;
  enrolDevice(enterpriseId: number, name: string, tokenHash: string, now: string): Promise<Device>;
  callerByTokenHash(tokenHash: string): Promise<Caller | null>;

  /** A number never handed out before, for SeqNo and EntryId serials (gaps allowed). */
  nextSerial(): Promise<number>;
  findSubmission(enterpriseId: number, idempotencyKey: string): Promise<StoredSubmission | null>;
  /**
   * Stores the submission with its receipt and milestone schedule in one transaction, unless the
   * (enterprise, key) exists: then nothing is written and the stored row is read back.
   */
  insertSubmission(submission: NewSubmission, receipts: ScheduledReceipt[], milestones: ScheduledMilestone[]): Promise<InsertOutcome>;
  listSubmissions(enterpriseId?: number): Promise<StoredSubmission[]>;

  /** Gives every receipt and milestone due by `simNowMs` a feed cursor, serialised across processes. */
  publishDue(simNowMs: number, deliveredAt: string, limit: number): Promise<PublishOutcome>;
  receiptsAfter(enterpriseId: number, after: string, limit: number): Promise<FeedReceipt[]>;
  milestonesAfter(enterpriseId: number, after: string, limit: number): Promise<FeedMilestone[]>;

  readClock(): Promise<ClockState | null>;
  writeClock(state: ClockState): Promise<void>;

  audit(entry: AuditEntry, now: string): Promise<void>;
  auditLog(limit: number): Promise<AuditRecord[]>;
  close(): Promise<void>;
}
