/** Edits closer together than this are one undo step: a typed word is undone at once, not letter by letter. */
export const COALESCE_MS = 800;
const MAX_STEPS = 200;

/**
 * The undo/redo history of the open document: earlier and later states of its body, in memory
 * only (the saved revisions are the durable history). A burst of edits counts as one step.
 */
export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastEditAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Called with the state an edit is about to replace. */
  recordEdit(before: T): void {
    const at = this.now();
    if (at - this.lastEditAt > COALESCE_MS) {
      this.past.push(before);
      if (this.past.length > MAX_STEPS) this.past.shift();
    }
    this.lastEditAt = at;
    this.future = [];
  }

  /** The state to go back to, or null; `current` becomes the redo step. */
  undo(current: T): T | null {
    const previous = this.past.pop();
    if (previous === undefined) return null;
    this.future.push(current);
    this.lastEditAt = Number.NEGATIVE_INFINITY;
    return previous;
  }

  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(current);
    this.lastEditAt = Number.NEGATIVE_INFINITY;
    return next;
  }

  canUndo(): boolean {
    return this.past.length > 0;
  }

  canRedo(): boolean {
    return this.future.length > 0;
  }
}
