// Undo and redo for the review session: each entry holds the state before and after, so undo and
// redo are exact and cheap (immutable snapshots share everything they did not change).
export class CommandStack<T> {
  #done = $state.raw<readonly T[]>([]);
  #undone = $state.raw<readonly T[]>([]);
  readonly limit: number;

  constructor(limit = 200) {
    this.limit = limit;
  }

  canUndo = $derived(this.#done.length > 0);
  canRedo = $derived(this.#undone.length > 0);
  nextUndo = $derived(this.#done.at(-1));
  nextRedo = $derived(this.#undone.at(-1));

  push(entry: T): void {
    this.#done = [...this.#done, entry].slice(-this.limit);
    this.#undone = [];
  }

  /** The entry to reverse, moved to the redo side; undefined when there is none. */
  undo(): T | undefined {
    const entry = this.#done.at(-1);
    if (entry === undefined) return undefined;
    this.#done = this.#done.slice(0, -1);
    this.#undone = [...this.#undone, entry];
    return entry;
  }

  redo(): T | undefined {
    const entry = this.#undone.at(-1);
    if (entry === undefined) return undefined;
    this.#undone = this.#undone.slice(0, -1);
    this.#done = [...this.#done, entry];
    return entry;
  }

  clear(): void {
    this.#done = [];
    this.#undone = [];
  }
}
