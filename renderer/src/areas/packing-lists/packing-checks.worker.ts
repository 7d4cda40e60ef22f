import type { PackingList } from '../../../../shared/model/packing-list';
import { checkPackingList } from './packing-checks';

/** The worker's side of its messages (the renderer's type check knows the window's globals only). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<{ seq: number; list: PackingList }>) => void) | null;
  postMessage(message: unknown): void;
}

/** Runs the packing list's live check for the editor (see use-packing-checks.ts). */
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { seq, list } = event.data;
  scope.postMessage({ seq, checks: checkPackingList(list) });
};
