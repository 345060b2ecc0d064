/**
 * Runs tasks one at a time per key (a chat), in the order they were added;
 * different keys run side by side. A failing task does not stop the ones
 * queued after it. Nothing is kept for a key once its queue is empty.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, { tail: Promise<void>; size: number }>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const entry = this.tails.get(key) ?? { tail: Promise.resolve(), size: 0 };
    const result = entry.tail.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    entry.tail = tail;
    entry.size += 1;
    this.tails.set(key, entry);
    void tail.then(() => {
      entry.size -= 1;
      if (entry.size === 0 && this.tails.get(key) === entry) this.tails.delete(key);
    });
    return result;
  }

  /** Tasks queued or running for `key`, the one asking included. */
  size(key: string): number {
    return this.tails.get(key)?.size ?? 0;
  }

  /** Resolves once every task queued so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()].map((e) => e.tail));
  }
}
