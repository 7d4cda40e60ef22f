import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { AppError, type AppErrorValue } from '../../../shared/ipc/errors';
import { SubmissionSchema, type Submission, type SubmissionResult } from '../../../shared/gateway/api';
import { parseReceipt } from '../../../shared/messages/receipts';
import type { ChannelReceipt, ProbeResult, ReceiptBatch, SubmissionChannel, SubmitOutcome } from './channel';
import { InboxScanner } from './transfer-folder/inbox-scanner.node';
import { InboxStore, type InboxRow, type NewInboxRow } from './transfer-folder/inbox-store.node';
import { BOXES, folderLayout, importResponseStem, isInProgressName, keyOfZipStem, zipStemOf, type FolderLayout } from './transfer-folder/layout.node';
import { failBoxReason, folderProblems } from './transfer-folder/problems';
import { readReceiptFile, rowFor } from './transfer-folder/receipt-file.node';
import { buildSubmissionZip, fsyncDirectory, writeFileAtomically, zipPathIn } from './transfer-folder/zip-writer.node';

export interface TransferFolderOptions {
  impPath: string;
  database: Database.Database;
  now?: () => Date;
  /** Consecutive scans with the same size and mtime before an InBox file is read (default 2). */
  stableScans?: number;
  /** Pause between InBox scans while pullReceipts waits (default 500 ms). */
  scanIntervalMs?: number;
}

/** The folder channel, plus the manual FailBox retry S3 offers (also done by submit on a FailBox key). */
export interface TransferFolderChannel extends SubmissionChannel {
  readonly kind: 'transfer-folder';
  retryFailed(idempotencyKey: string): Promise<SubmitOutcome>;
}

/** S3 moves a refused file back from FailBox at most this many times. */
export const MAX_FAILBOX_RETRIES = 3;
const BATCH_LIMIT = 200;

/**
 * The Single Window transfer client's folders as a submission channel (spec §7).
 *
 * submit writes `OutBox/E_<ClientSeqNo>_<revision>.zip` atomically and answers `pending`; the
 * same key never produces a second zip while the first is in OutBox, SentBox or FailBox or has
 * been answered. The client's import response (Successed_/Failed_) and the DEC_RESULT receipts
 * come back through pullReceipts: finished files only (stable across scans), each content once
 * (SHA-256, then SeqNo|CHANNEL|NOTICE_DATE), stored in transfer_folder_inbox whose seq is the
 * cursor. The engine commits that cursor with the receipts it applied; a later pull from an older
 * cursor re-delivers from the table, so a crash in between loses nothing and doubles nothing.
 * acknowledge() then moves the consumed files to InBox/processed.
 *
 * status(key): 'unreachable' when ImpPath is gone; the import response when one was read (the
 * newest since the last FailBox retry); a rejection naming FailBox when the client refused the
 * zip without a response; otherwise null: no answer yet, whether the zip waits in OutBox/SentBox
 * or is nowhere. That is safe because submit is idempotent: a resend after null writes nothing
 * when the zip is already with the client.
 */
export function createTransferFolderChannel(options: TransferFolderOptions): TransferFolderChannel {
  const now = options.now ?? (() => new Date());
  const stableScans = options.stableScans ?? 2;
  const scanIntervalMs = options.scanIntervalMs ?? 500;
  const store = new InboxStore(options.database, now);
  const layout = (): FolderLayout => folderLayout(options.impPath);
  let inboxScanner: { dir: string; scanner: InboxScanner } | undefined;
  let failBoxScanner: { dir: string; scanner: InboxScanner } | undefined;
  /** name@size@mtime of finished InBox files that are not receipts: not re-read until they change. */
  const unreadable = new Set<string>();
  const keyLocks = new Map<string, Promise<unknown>>();
  const closing = new AbortController();

  function impPathExists(): boolean {
    try {
      return statSync(options.impPath).isDirectory();
    } catch {
      return false;
    }
  }

  /** The business folder and its four boxes, created when ImpPath itself exists. */
  function ensureBoxes(): FolderLayout | AppErrorValue {
    if (!impPathExists()) return folderProblems.impPathMissing(options.impPath);
    const folders = layout();
    try {
      for (const box of BOXES) mkdirSync(folders.box(box), { recursive: true });
    } catch (error) {
      return folderProblems.notWritable(folders.biz, String(error));
    }
    return folders;
  }

  function whereIsZip(folders: FolderLayout, stem: string): 'OutBox' | 'SentBox' | 'FailBox' | null {
    // OutBox before SentBox: the client moves OutBox -> SentBox, so in this order a zip in flight
    // is seen in one of the two (checked the other way round it could slip between both checks).
    for (const box of ['OutBox', 'SentBox', 'FailBox'] as const) if (existsSync(zipPathIn(folders.box(box), stem))) return box;
    return null;
  }

  /** Successed_/Failed_ files for `stem` still in InBox (complete XML only), newest name first. */
  function responsesInInbox(folders: FolderLayout, stem: string): NewInboxRow[] {
    const inbox = folders.box('InBox');
    const rows: NewInboxRow[] = [];
    for (const name of safeReaddir(inbox).sort().reverse()) {
      if (isInProgressName(name) || importResponseStem(name)?.stem !== stem) continue;
      const read = readReceiptFile(join(inbox, name), name);
      if (read.ok && read.receipt.kind === 'import-response' && read.row.zipStem === stem) rows.push(read.row);
    }
    return rows;
  }

  /** The newest response in InBox for `stem` that was not stored before the last retry. */
  function responseInInbox(folders: FolderLayout, stem: string, afterSeq: number): InboxRow | null {
    for (const row of responsesInInbox(folders, stem)) {
      const storedSeq = store.seqOfSha(row.sha256);
      if (storedSeq !== undefined && storedSeq <= afterSeq) continue; // answered an earlier try
      return { ...row, seq: storedSeq ?? 0, readAt: now().toISOString() };
    }
    return null;
  }

  function resultOf(key: string, clientSeqNo: string, row: InboxRow): SubmissionResult {
    const receipt = parseReceipt(row.xml);
    const code = receipt.responseCode ?? '';
    return {
      idempotencyKey: key,
      clientSeqNo: receipt.clientSeqNo ?? clientSeqNo,
      status: code === '0' ? 'accepted' : 'rejected',
      responseCode: code,
      seqNo: receipt.seqNo ?? null,
      errorMessage: code === '0' ? null : (receipt.errorMessage ?? null),
      importResponseXml: row.xml,
      receivedAt: new Date(row.readAt).toISOString(),
      replayed: false,
    };
  }

  function failBoxResult(key: string, clientSeqNo: string, zipPath: string): SubmissionResult {
    const reason = failBoxReason(zipPath);
    return {
      idempotencyKey: key,
      clientSeqNo,
      status: 'rejected',
      responseCode: '-1',
      seqNo: null,
      errorMessage: `${reason.zh} / ${reason.en}`,
      importResponseXml: syntheticFailResponse(clientSeqNo, `${reason.zh} / ${reason.en}`),
      receivedAt: now().toISOString(),
      replayed: false,
    };
  }

  async function withKeyLock<T>(key: string, work: () => T | Promise<T>): Promise<T> {
    const before = keyLocks.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.catch(() => undefined);
    keyLocks.set(key, settled);
    try {
      return await run;
    } finally {
      if (keyLocks.get(key) === settled) keyLocks.delete(key);
    }
  }

  function retryFromFailBox(folders: FolderLayout, key: string): SubmitOutcome {
    const stem = zipStemOf(key);
    const failed = zipPathIn(folders.box('FailBox'), stem);
    if (!existsSync(failed)) {
      const where = whereIsZip(folders, stem);
      if (where) return { kind: 'pending' };
      return { kind: 'failed', problem: folderProblems.notInFailBox(`${stem}.zip`), retryable: true };
    }
    const { attempts } = store.retries(stem);
    if (attempts >= MAX_FAILBOX_RETRIES) {
      return { kind: 'failed', problem: folderProblems.retriesExhausted(`${stem}.zip`, attempts), retryable: false };
    }
    // Store the responses to the refused try first, then count the retry (its seq hides them),
    // and only then move the zip: a crash in between leaves it in FailBox, counted, never lost.
    for (const row of responsesInInbox(folders, stem)) store.add(row);
    store.recordRetry(stem);
    renameSync(failed, zipPathIn(folders.box('OutBox'), stem));
    fsyncDirectory(folders.box('OutBox'));
    return { kind: 'pending' };
  }

  function ingestInbox(folders: FolderLayout, after: number): Map<string, number> {
    const inbox = folders.box('InBox');
    if (inboxScanner?.dir !== inbox) inboxScanner = { dir: inbox, scanner: new InboxScanner(inbox, stableScans) };
    const toMove = new Map<string, number>();
    const { finished } = inboxScanner.scanner.scan();
    const stillUnreadable = new Set<string>();
    for (const file of finished) {
      const mark = `${file.name}@${file.size}@${file.mtimeMs}`;
      if (unreadable.has(mark)) {
        stillUnreadable.add(mark);
        continue;
      }
      const read = readReceiptFile(file.path, file.name);
      if (!read.ok) {
        // Not a receipt, or a truncated one that looked still: leave it, look again if it changes.
        stillUnreadable.add(mark);
        continue;
      }
      const { seq } = store.add(read.row);
      if (seq <= after) moveToProcessed(folders, file.name);
      else toMove.set(file.name, seq);
    }
    unreadable.clear();
    for (const mark of stillUnreadable) unreadable.add(mark);
    return toMove;
  }

  /** A zip the client refused without writing a Failed_ response still becomes a rejection receipt. */
  function noticeFailBox(folders: FolderLayout): void {
    const failBox = folders.box('FailBox');
    if (failBoxScanner?.dir !== failBox) failBoxScanner = { dir: failBox, scanner: new InboxScanner(failBox, stableScans) };
    for (const file of failBoxScanner.scanner.scan().finished) {
      if (!file.name.toLowerCase().endsWith('.zip')) continue;
      const stem = file.name.slice(0, -4);
      const key = keyOfZipStem(stem);
      if (!key) continue;
      const { afterSeq, attempts } = store.retries(stem);
      if (store.lastImportResponse(stem, key.clientSeqNo, afterSeq) || responseInInbox(folders, stem, afterSeq)) continue;
      const reason = failBoxReason(file.path);
      const xml = syntheticFailResponse(key.clientSeqNo, `${reason.zh} / ${reason.en}`);
      const sha256 = createHash('sha256').update(`FailBox/${stem}#${attempts}`).digest('hex');
      // Named like a client response (timestamp 0) so it is tied to this zip, not to the ClientSeqNo.
      store.add(rowFor(`Failed_${stem}_0.xml`, sha256, parseReceipt(xml)));
    }
  }

  function moveToProcessed(folders: FolderLayout, name: string): void {
    const from = join(folders.box('InBox'), name);
    if (!existsSync(from)) return;
    mkdirSync(folders.processed, { recursive: true });
    let target = join(folders.processed, name);
    for (let n = 1; existsSync(target); n++) target = join(folders.processed, `${n}-${name}`);
    renameSync(from, target);
    inboxScanner?.scanner.forget(name);
  }

  const channel: TransferFolderChannel = {
    kind: 'transfer-folder',

    probe(): Promise<ProbeResult> {
      const folders = ensureBoxes();
      if (!('biz' in folders)) return Promise.resolve({ reachable: false, problem: folders });
      for (const box of ['OutBox', 'InBox'] as const) {
        const dir = folders.box(box);
        try {
          accessSync(dir, constants.W_OK);
          // access() can pass where a write still fails (read-only share, ACLs): prove it.
          const probe = join(dir, `.clearway-probe-${process.pid}.tmp`);
          writeFileSync(probe, 'ok');
          rmSync(probe);
        } catch (error) {
          return Promise.resolve({ reachable: false, problem: folderProblems.notWritable(dir, String(error)) });
        }
      }
      return Promise.resolve({ reachable: true });
    },

    submit(submission: Submission, signal?: AbortSignal): Promise<SubmitOutcome> {
      return withKeyLock(submission.idempotencyKey, (): SubmitOutcome => {
        if (signal?.aborted) return { kind: 'failed', problem: folderProblems.cancelled(), retryable: true };
        const parsed = SubmissionSchema.safeParse(submission);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = issue?.path.join('.') ?? '';
          return {
            kind: 'failed',
            retryable: false,
            problem: { code: 'INVALID_INPUT', field: where, messageZh: `提交内容的字段 ${where} 无效。`, messageEn: `Field ${where} of the submission is invalid.` },
          };
        }
        const folders = ensureBoxes();
        if (!('biz' in folders)) return { kind: 'failed', problem: folders, retryable: true };
        const stem = zipStemOf(submission.idempotencyKey);
        const where = whereIsZip(folders, stem);
        if (where === 'OutBox' || where === 'SentBox') return { kind: 'pending' };
        if (where === 'FailBox') return retryFromFailBox(folders, submission.idempotencyKey);
        if (store.lastImportResponse(stem, submission.clientSeqNo, store.retries(stem).afterSeq)) return { kind: 'pending' };
        let zip: Uint8Array;
        try {
          zip = buildSubmissionZip(stem, parsed.data);
        } catch (error) {
          if (error instanceof AppError) return { kind: 'failed', problem: error.toValue(), retryable: false };
          throw error;
        }
        const target = zipPathIn(folders.box('OutBox'), stem);
        try {
          writeFileAtomically(target, zip);
        } catch (error) {
          return { kind: 'failed', problem: folderProblems.writeFailed(target, String(error)), retryable: true };
        }
        return { kind: 'pending' };
      });
    },

    retryFailed(idempotencyKey: string): Promise<SubmitOutcome> {
      return withKeyLock(idempotencyKey, (): SubmitOutcome => {
        const folders = ensureBoxes();
        if (!('biz' in folders)) return { kind: 'failed', problem: folders, retryable: true };
        return retryFromFailBox(folders, idempotencyKey);
      });
    },

    status(idempotencyKey: string): Promise<SubmissionResult | null | 'unreachable'> {
      const folders = ensureBoxes();
      if (!('biz' in folders)) return Promise.resolve('unreachable');
      const stem = zipStemOf(idempotencyKey);
      const key = keyOfZipStem(stem);
      if (!key) return Promise.resolve(null);
      const where = whereIsZip(folders, stem);
      if (where === 'OutBox') return Promise.resolve(null); // waiting for the client to pick it up
      const { afterSeq } = store.retries(stem);
      const stored = store.lastImportResponse(stem, key.clientSeqNo, afterSeq);
      if (stored) return Promise.resolve(resultOf(idempotencyKey, key.clientSeqNo, stored));
      const unread = responseInInbox(folders, stem, afterSeq);
      if (unread) return Promise.resolve(resultOf(idempotencyKey, key.clientSeqNo, unread));
      if (where === 'FailBox') return Promise.resolve(failBoxResult(idempotencyKey, key.clientSeqNo, zipPathIn(folders.box('FailBox'), stem)));
      return Promise.resolve(null);
    },

    async pullReceipts(cursor: string, waitMs: number, signal?: AbortSignal): Promise<ReceiptBatch> {
      const after = cursorSeq(cursor);
      const deadline = Date.now() + Math.max(0, waitMs);
      for (;;) {
        const folders = ensureBoxes();
        if (!('biz' in folders)) throw new AppError(folders);
        const toMove = ingestInbox(folders, after);
        noticeFailBox(folders);
        const rows = store.after(after, BATCH_LIMIT);
        const remaining = deadline - Date.now();
        if (rows.length > 0 || remaining <= 0 || signal?.aborted || closing.signal.aborted) {
          const last = rows.length > 0 ? (rows[rows.length - 1]?.seq ?? after) : after;
          const nextCursor = `${CURSOR_PREFIX}${last}`;
          const receipts: ChannelReceipt[] = rows.map((row) => ({
            xml: row.xml,
            // The file name tells which zip an import response answers; DEC_RESULTs match by SeqNo.
            idempotencyKey: row.zipStem ? (keyOfZipStem(row.zipStem)?.key ?? null) : null,
          }));
          return {
            receipts,
            nextCursor,
            acknowledge: () => {
              for (const [name, seq] of toMove) if (seq <= last) moveToProcessed(folders, name);
              if (toMove.size > 0) fsyncDirectory(folders.processed);
              return Promise.resolve();
            },
          };
        }
        await sleep(Math.min(scanIntervalMs, remaining), signal, closing.signal);
      }
    },

    close(): Promise<void> {
      closing.abort();
      return Promise.resolve();
    },
  };
  return channel;
}

/**
 * Cursors look like `tf:<seq>`. Anything else (the engine's empty start, or a gateway cursor kept
 * from before the broker switched channels) reads from the beginning: the engine deduplicates
 * receipts, so re-reading is harmless where skipping would lose some.
 */
const CURSOR_PREFIX = 'tf:';

function cursorSeq(cursor: string): number {
  const match = /^tf:(\d+)$/.exec(cursor);
  return match?.[1] ? Number(match[1]) : 0;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function sleep(ms: number, ...signals: (AbortSignal | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const live = signals.filter((s): s is AbortSignal => s !== undefined);
    function done(): void {
      clearTimeout(timer);
      for (const s of live) s.removeEventListener('abort', done);
      resolve();
    }
    for (const s of live) s.addEventListener('abort', done, { once: true });
  });
}

/**
 * A DecImportResponse standing for "the client refused the zip" when it left no Failed_ file,
 * so the engine and the receipt timeline treat it like any import failure. ResponseCode -1.
 */
function syntheticFailResponse(clientSeqNo: string, message: string): string {
  const escaped = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><DecImportResponse xmlns="http://www.chinaport.gov.cn/dec">' +
    `<ResponseCode>-1</ResponseCode><ErrorMessage>${escaped}</ErrorMessage><ClientSeqNo>${clientSeqNo}</ClientSeqNo><SeqNo></SeqNo></DecImportResponse>`
  );
}
