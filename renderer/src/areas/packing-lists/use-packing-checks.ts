import { useEffect, useState } from 'react';
import type { PackingLine, PackingList } from '../../../../shared/model/packing-list';
import type { Finding } from '../../../../shared/rules/engine';
import { LIVE_DEBOUNCE_MS } from '../editor/validation/use-live-findings';
import { keepIfSame } from '../editor/validation/same-findings';
import { planMirror } from './lines-mirror';
import { checkPackingList, type PackingChecks, type TotalsFigures } from './packing-checks';
import type { ChecksRequest } from './packing-checks.worker';

type Reply = { seq: number; checks: PackingChecks };

/** One worker for the page, started with the first packing list opened. */
let worker: Worker | null | undefined;
let nextSeq = 0;
const waiting = new Map<number, (checks: PackingChecks) => void>();

function checksWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./packing-checks.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const done = waiting.get(event.data.seq);
      waiting.delete(event.data.seq);
      done?.(event.data.checks);
    };
    worker.onerror = () => {
      // A worker that cannot run (a policy, an old runtime): check on this thread from now on.
      worker?.terminate();
      worker = null;
      sentLines = null;
      const pending = [...waiting.values()];
      waiting.clear();
      for (const retry of pending) retry(EMPTY_RETRY);
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Marks a request the failed worker dropped: the caller runs it here instead. */
const EMPTY_RETRY: PackingChecks = { findings: [], totals: { cartons: '', pieces: '', netKg: '', grossKg: '', cbm: '', incompleteLines: 0 } };

/** The lines the worker holds (its copy is kept in step; see lines-mirror.ts). */
let sentLines: readonly PackingLine[] | null = null;
/** Checks run one after another, so that the copy's updates never interleave. */
let queue: Promise<unknown> = Promise.resolve();

/** A fresh task: the slices of a first copy are cloned one per task, with frames between. */
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

async function checkInWorker(w: Worker, list: PackingList): Promise<PackingChecks> {
  const { lines = [], ...rest } = list;
  const messages = planMirror(sentLines, lines);
  for (const [i, message] of messages.entries()) {
    if (i > 0) await nextTask();
    w.postMessage(message satisfies ChecksRequest);
  }
  // The worker failed while the slices went out: nobody will answer, check here.
  if (worker !== w) return checkPackingList(list);
  sentLines = lines;
  const seq = ++nextSeq;
  return new Promise((resolve) => {
    waiting.set(seq, (checks) => resolve(checks === EMPTY_RETRY ? checkPackingList(list) : checks));
    w.postMessage({ op: 'check', seq, rest } satisfies ChecksRequest);
  });
}

function check(list: PackingList): Promise<PackingChecks> {
  const w = checksWorker();
  if (!w) return Promise.resolve(checkPackingList(list));
  const result = queue.then(() => checkInWorker(w, list));
  queue = result.catch(() => undefined);
  return result;
}

/**
 * The PL- findings and the totals of the open list, worked out in a worker LIVE_DEBOUNCE_MS after
 * the last change: with 10,000 lines they take longer than a frame, and the grid must keep
 * scrolling and the first rows must paint at once. Totals are null until the first answer.
 */
export function usePackingChecks(list: PackingList): { findings: Finding[]; totals: TotalsFigures | null } {
  const [state, setState] = useState<{ findings: Finding[]; totals: TotalsFigures | null }>({ findings: [], totals: null });
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void check(list).then((checks) => {
        if (!current) return;
        setState((previous) => ({ findings: keepIfSame(previous.findings, checks.findings), totals: sameTotals(previous.totals, checks.totals) ? previous.totals : checks.totals }));
      });
    }, LIVE_DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [list]);
  return state;
}

function sameTotals(a: TotalsFigures | null, b: TotalsFigures): boolean {
  return a !== null && a.cartons === b.cartons && a.pieces === b.pieces && a.netKg === b.netKg && a.grossKg === b.grossKg && a.cbm === b.cbm && a.incompleteLines === b.incompleteLines;
}
