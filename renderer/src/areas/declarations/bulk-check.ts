import type { BundleReport } from '../../../../shared/rules/finding-schema';

/**
 * Drafts per call of 批量检查: a chunk takes some tens of milliseconds, so the progress moves and a
 * cancel lands between two chunks. (The backend takes up to 1,000 ids in one call; large drafts at
 * that count pass a second, with nothing to show meanwhile.)
 */
export const BULK_CHUNK = 25;

export interface BulkCheck {
  reports: BundleReport[];
  done: number;
  total: number;
  state: 'running' | 'cancelled' | 'finished';
}

/**
 * Checks `ids` chunk by chunk through `checkChunk`, reporting after each chunk. Stops before the
 * next chunk once `cancelled()` says so; the reports of the chunks already checked are kept.
 */
export async function checkInChunks(
  ids: readonly string[],
  checkChunk: (chunk: string[]) => Promise<BundleReport[]>,
  onProgress: (check: BulkCheck) => void,
  cancelled: () => boolean,
  chunkSize = BULK_CHUNK,
): Promise<BulkCheck> {
  let check: BulkCheck = { reports: [], done: 0, total: ids.length, state: 'running' };
  onProgress(check);
  for (let start = 0; start < ids.length; start += chunkSize) {
    if (cancelled()) {
      check = { ...check, state: 'cancelled' };
      onProgress(check);
      return check;
    }
    const chunk = ids.slice(start, start + chunkSize);
    const reports = await checkChunk(chunk);
    check = { ...check, reports: [...check.reports, ...reports], done: check.done + chunk.length };
    onProgress(check);
  }
  check = { ...check, state: 'finished' };
  onProgress(check);
  return check;
}
