import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The transfer client's folders (spec §7): `<ImpPath>/<Biz>/{OutBox,SentBox,FailBox,InBox}`.
 * The spec names the goods-declaration business folder `DecCus001`; the S3 bridge spells it
 * `Deccus001`. On a case-sensitive disk both can exist in principle: we use whichever is already
 * there (exact spelling first) and create `DecCus001` only when neither is.
 */
export const BIZ_FOLDER = 'DecCus001';
export const BOXES = ['OutBox', 'SentBox', 'FailBox', 'InBox'] as const;
export type BoxName = (typeof BOXES)[number];

/** Consumed InBox files end up here (InBox/processed), out of the scanner's way but kept. */
export const PROCESSED_FOLDER = 'processed';

export interface FolderLayout {
  impPath: string;
  biz: string;
  box(name: BoxName): string;
  processed: string;
}

/** The business folder that exists (either spelling), or the spec's spelling when none does. */
export function resolveBizFolder(impPath: string): string {
  const exact = join(impPath, BIZ_FOLDER);
  if (existsSync(exact)) return exact;
  let entries: string[];
  try {
    entries = readdirSync(impPath);
  } catch {
    return exact;
  }
  const other = entries.find((name) => name.toLowerCase() === BIZ_FOLDER.toLowerCase() && isDirectory(join(impPath, name)));
  return other ? join(impPath, other) : exact;
}

export function folderLayout(impPath: string): FolderLayout {
  const biz = resolveBizFolder(impPath);
  return {
    impPath,
    biz,
    box: (name) => join(biz, name),
    processed: join(biz, 'InBox', PROCESSED_FOLDER),
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Zip names. We follow S3's convention `E_<ClientSeqNo>_<revision>.zip` (S3 writes a `t-1`
 * suffix; ours is the declaration revision), so the file name alone says which idempotency key
 * `<ClientSeqNo>:<revision>` it carries, and a modify/withdraw revision gets its own zip. The
 * DecMessage inside is `<stem>.xml`. ClientSeqNo may itself contain `_`; the revision is the last
 * `_`-separated number, so parsing stays unambiguous.
 */
const KEY = /^([A-Za-z0-9_-]{1,18}):(\d{1,9})$/;
const STEM = /^E_([A-Za-z0-9_-]{1,18})_(\d{1,9})$/;

export function zipStemOf(idempotencyKey: string): string {
  const match = KEY.exec(idempotencyKey);
  if (!match) throw new Error(`not an idempotency key: ${idempotencyKey}`);
  return `E_${match[1]}_${match[2]}`;
}

export function keyOfZipStem(stem: string): { key: string; clientSeqNo: string; revision: number } | null {
  const match = STEM.exec(stem);
  if (!match?.[1] || !match[2]) return null;
  return { key: `${match[1]}:${match[2]}`, clientSeqNo: match[1], revision: Number(match[2]) };
}

/** A file still being written by someone (ours `.temp`, others `.tmp`), never to be read. */
export function isInProgressName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.tmp') || lower.endsWith('.temp') || name.startsWith('.');
}

/**
 * `Successed_<X>_<timestamp>.xml` / `Failed_<X>_<timestamp>.xml` (spec §6.1, naming inferred):
 * the zip stem X it answers, when the name has that shape. X may carry `.zip`; the timestamp is
 * the last `_`-separated run of digits.
 */
export function importResponseStem(fileName: string): { stem: string; success: boolean } | null {
  const match = /^(Successed|Failed)_(.+)_(\d+)\.xml$/i.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const stem = match[2].replace(/\.zip$/i, '');
  return { stem, success: match[1].toLowerCase() === 'successed' };
}
