import { describe, expect, it } from 'vitest';
import { applyMirror, planMirror, type MirrorMessage } from '../../renderer/src/areas/packing-lists/lines-mirror';

type Line = { lineNo: number; text: string };

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const lines = (n: number, tag = 'a'): Line[] => Array.from({ length: n }, (_, i) => ({ lineNo: i + 1, text: `${tag}${i}` }));

describe('the worker copy of the packing-list lines', () => {
  it('sends a first copy in slices and only changed lines after that', () => {
    const first = lines(2500);
    const plan = planMirror(null, first, 1000);
    expect(plan.map((m) => m.op)).toEqual(['length', 'slice', 'slice', 'slice']);
    const copy: Line[] = [];
    plan.forEach((m) => applyMirror(copy, m));
    expect(copy).toEqual(first);

    const edited = [...first];
    edited[7] = { lineNo: 8, text: 'edited' };
    edited.push({ lineNo: 2501, text: 'added' });
    const patch = planMirror(first, edited, 1000);
    expect(patch).toEqual([{ op: 'patch', length: 2501, changes: [[7, edited[7]], [2500, edited[2500]]] }]);
    patch.forEach((m) => applyMirror(copy, m));
    expect(copy).toEqual(edited);
  });

  it('resends everything when more lines changed than a slice holds (an insertion at the top)', () => {
    const before = lines(1500);
    const after = [{ lineNo: 1, text: 'new' }, ...before.map((l) => ({ ...l, lineNo: l.lineNo + 1 }))];
    expect(planMirror(before, after, 1000)[0]).toEqual({ op: 'length', length: 1501 });
  });

  it('stays equal to the page’s lines through 300 random edits, deletions and pastes', () => {
    const next = random(20261127);
    let current = lines(300);
    const copy: Line[] = [];
    let sent: Line[] | null = null;
    const messages: MirrorMessage<Line>[] = [];
    for (let step = 0; step < 300; step++) {
      const roll = next();
      const at = Math.floor(next() * (current.length + 1));
      if (roll < 0.4 && current.length > 0) current = current.map((l, i) => (i === Math.min(at, current.length - 1) ? { ...l, text: `e${step}` } : l));
      else if (roll < 0.6) current = [...current.slice(0, at), { lineNo: 0, text: `i${step}` }, ...current.slice(at)];
      else if (roll < 0.8) current = current.filter((_, i) => i !== at);
      else current = [...current, ...lines(Math.floor(next() * 120), `p${step}-`)];
      for (const message of planMirror(sent, current, 64)) {
        messages.push(message);
        applyMirror(copy, message);
      }
      sent = current;
      expect(copy).toEqual(current);
    }
    // Both kinds were exercised.
    expect(messages.some((m) => m.op === 'patch')).toBe(true);
    expect(messages.some((m) => m.op === 'slice')).toBe(true);
  });
});
