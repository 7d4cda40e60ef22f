import type { PackingLine, PackingList } from '../../../../shared/model/packing-list';
import { applyMirror, type MirrorMessage } from './lines-mirror';
import { checkPackingList } from './packing-checks';

/** What the page sends: updates of the copied lines, then a check of the list with them. */
export type ChecksRequest = MirrorMessage<PackingLine> | { op: 'check'; seq: number; rest: Omit<PackingList, 'lines'> };

/** The worker's side of its messages (the renderer's type check knows the window's globals only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ChecksRequest>) => void) | null;
  postMessage(message: unknown): void;
}

/** The lines as the page last sent them (see lines-mirror.ts). */
const lines: PackingLine[] = [];

/** Runs the packing list's live check for the editor (see use-packing-checks.ts). */
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const request = event.data;
  if (request.op !== 'check') return applyMirror(lines, request);
  scope.postMessage({ seq: request.seq, checks: checkPackingList({ ...request.rest, lines }) });
};
