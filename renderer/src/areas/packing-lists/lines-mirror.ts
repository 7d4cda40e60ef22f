/**
 * Keeps a copy of the packing list's lines in the checks worker without cloning all of them at
 * each check. Copying 10,000 lines to a worker in one postMessage blocks the page for 40–70 ms
 * (the structured clone runs on the sending thread); the broker is scrolling the grid by then.
 * The first copy goes in slices, one per task; after that only the lines that changed go (the
 * store replaces a line object when it edits it, so identity says what changed).
 */

/** Lines per message: cloning a slice of this size takes a few milliseconds. */
export const MIRROR_SLICE = 1000;

export type MirrorMessage<Line> =
  /** The worker's copy gets this length (truncated, or holes to be filled by slices). */
  | { op: 'length'; length: number }
  /** Lines from `from` on, replacing what the copy held there. */
  | { op: 'slice'; from: number; lines: Line[] }
  /** Single lines at their indexes, and the length after the edit. */
  | { op: 'patch'; length: number; changes: [number, Line][] };

/**
 * What to post so that a copy equal to `sent` becomes equal to `next`: a patch when few lines
 * changed, else the whole list in slices (an insertion near the top moves every line after it).
 */
export function planMirror<Line>(sent: readonly Line[] | null, next: readonly Line[], slice = MIRROR_SLICE): MirrorMessage<Line>[] {
  if (sent !== null) {
    const changes: [number, Line][] = [];
    for (let i = 0; i < next.length && changes.length <= slice; i++) {
      const line = next[i] as Line;
      if (sent[i] !== line) changes.push([i, line]);
    }
    if (changes.length <= slice) return [{ op: 'patch', length: next.length, changes }];
  }
  const messages: MirrorMessage<Line>[] = [{ op: 'length', length: next.length }];
  for (let from = 0; from < next.length; from += slice) messages.push({ op: 'slice', from, lines: next.slice(from, from + slice) });
  return messages;
}

/** The worker's side: brings its copy up to date with one message. */
export function applyMirror<Line>(copy: Line[], message: MirrorMessage<Line>): void {
  switch (message.op) {
    case 'length':
      copy.length = message.length;
      return;
    case 'slice':
      for (let i = 0; i < message.lines.length; i++) copy[message.from + i] = message.lines[i] as Line;
      return;
    case 'patch':
      copy.length = message.length;
      for (const [index, line] of message.changes) copy[index] = line;
      return;
  }
}
