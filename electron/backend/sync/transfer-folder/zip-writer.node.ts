import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { AppError } from '../../../../shared/ipc/errors';
import type { Submission } from '../../../../shared/gateway/api';

/**
 * The zip the transfer client uploads (spec §7): `<stem>.xml` (the DecMessage, UTF-8 as built)
 * plus every PDF attachment under its EdocID, which is the file name EdocRealation names.
 * PDFs are stored, not deflated: they are compressed already and the zip is built in memory.
 */
export function buildSubmissionZip(stem: string, submission: Submission): Uint8Array {
  const files: Zippable = { [`${stem}.xml`]: [new TextEncoder().encode(submission.decMessageXml), { level: 6 }] };
  submission.attachments.forEach((attachment, index) => {
    const name = attachment.edocId;
    if (!isSafeEntryName(name) || name === `${stem}.xml`) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: `attachments.${index}.edocId`,
        messageZh: `随附单据编号 ${name} 不能用作文件名（不得含路径分隔符或与报文同名）。`,
        messageEn: `Attachment EdocID ${name} cannot be used as a file name (no path separators, not the message's name).`,
      });
    }
    if (name in files) {
      throw new AppError({
        code: 'INVALID_INPUT',
        field: `attachments.${index}.edocId`,
        messageZh: `随附单据编号 ${name} 重复。`,
        messageEn: `Attachment EdocID ${name} appears twice.`,
      });
    }
    files[name] = [new Uint8Array(Buffer.from(attachment.pdfBase64, 'base64')), { level: 0 }];
  });
  return zipSync(files);
}

function isSafeEntryName(name: string): boolean {
  return name !== '.' && name !== '..' && !/[\\/:*?"<>|\0]/.test(name);
}

/**
 * Writes `bytes` so that `finalPath` either does not exist or holds all of them: first
 * `<final>.temp` in the same folder (the client skips it), flushed to disk, then renamed, then
 * the folder entry flushed. A crash leaves at most a stale `.temp`, overwritten next time.
 */
export function writeFileAtomically(finalPath: string, bytes: Uint8Array): void {
  const temp = `${finalPath}.temp`;
  const fd = openSync(temp, 'w');
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, finalPath);
  fsyncDirectory(dirname(finalPath));
}

/** Makes a rename durable; Windows cannot open a folder for fsync, and NTFS journals renames. */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function zipPathIn(box: string, stem: string): string {
  return join(box, `${stem}.zip`);
}
