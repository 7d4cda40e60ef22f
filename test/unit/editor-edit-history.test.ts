import { describe, expect, it } from 'vitest';
import { COALESCE_MS, EditHistory } from '../../renderer/src/areas/editor/edit-history';

/** A history on a clock the test moves by hand. */
function historyAt() {
  let now = 0;
  const history = new EditHistory<string>(() => now);
  return { history, advance: (ms: number) => (now += ms) };
}

describe('undo/redo history of the open document', () => {
  it('counts a typing burst as one step and a pause as a new one', () => {
    const { history, advance } = historyAt();
    // "AB" typed quickly, a pause, then "X".
    history.recordEdit('');
    advance(100);
    history.recordEdit('A');
    advance(COALESCE_MS + 1);
    history.recordEdit('AB');
    expect(history.undo('ABX')).toBe('AB');
    expect(history.undo('AB')).toBe('');
    expect(history.undo('')).toBeNull();
    expect(history.redo('')).toBe('AB');
    expect(history.redo('AB')).toBe('ABX');
    expect(history.redo('ABX')).toBeNull();
  });

  it('a new edit after undo drops the redo steps; an edit right after undo is its own step', () => {
    const { history, advance } = historyAt();
    history.recordEdit('a');
    advance(COALESCE_MS + 1);
    history.recordEdit('ab');
    expect(history.undo('abc')).toBe('ab');
    expect(history.canRedo()).toBe(true);
    history.recordEdit('ab'); // typed at once after undo: not merged into the step before
    expect(history.canRedo()).toBe(false);
    expect(history.undo('abZ')).toBe('ab');
    expect(history.undo('ab')).toBe('a');
  });

  it('keeps at most 200 steps, dropping the oldest', () => {
    const { history, advance } = historyAt();
    for (let i = 0; i < 250; i++) {
      history.recordEdit(String(i));
      advance(COALESCE_MS + 1);
    }
    let steps = 0;
    let state = 'now';
    for (let next = history.undo(state); next !== null; next = history.undo(state)) {
      state = next;
      steps++;
    }
    expect(steps).toBe(200);
    expect(state).toBe('50');
  });
});
