// Progress and cancellation of a fee-audit export. A month of a few thousand lines takes seconds
// to write (exceljs and the PDF engine are CPU-bound), so the writers report every chunk of rows
// and, between chunks, let other work and a cancel request in.
import { AppError } from '../../../shared/ipc/errors';

export type ExportPhase = 'rows' | 'save';

export interface ExportControl {
  onProgress?: (phase: ExportPhase, done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Rows between two progress reports (and two chances to cancel). */
const CHUNK = 250;

export function exportCancelled(): AppError {
  return new AppError({ code: 'CANCELLED', messageZh: '导出已取消。', messageEn: 'The export was cancelled.' });
}

async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw exportCancelled();
}

/** Counts the rows of one export; every CHUNK rows it reports and yields. */
export class RowProgress {
  private done = 0;
  private reported = 0;

  constructor(
    private readonly total: number,
    private readonly control: ExportControl,
  ) {}

  /** Call after each row; resolves at once except at a chunk boundary. */
  async row(): Promise<void> {
    this.done++;
    if (this.done - this.reported < CHUNK) return;
    this.reported = this.done;
    this.control.onProgress?.('rows', this.done, this.total);
    await checkpoint(this.control.signal);
  }

  /** The rows are written: last report, last chance to cancel, then the save. */
  async saving(): Promise<void> {
    this.control.onProgress?.('rows', this.done, this.total);
    await checkpoint(this.control.signal);
    this.control.onProgress?.('save', 0, 1);
  }

  saved(): void {
    this.control.onProgress?.('save', 1, 1);
  }
}
