import type { ConversationState } from './engine.js';

/** A conversation as this process last stored it, and the row version that write left. */
export interface CachedConversation {
  id: string;
  reference: string;
  state: ConversationState;
  /**
   * The row's `xmin` after this process's last write, as text. Any other
   * write (another instance, an erasure, a key rotation) changes it, so a
   * turn stored "only if the row is still at this version" cannot overwrite
   * what it did not see.
   */
  version: string;
}

/**
 * The last state this process stored for each recent conversation, so that
 * a turn can run without reading it back and be stored in one statement
 * (`handleTurn`). Only an optimisation: the database stays the truth, and a
 * turn whose row moved on meanwhile is run again the ordinary way.
 *
 * The states hold what people answered, so they are kept no longer than
 * needed: at most `maxEntries` conversations, each dropped after `idleMs`
 * without a turn (within a minute: see `sweep`), and dropped at once when a
 * turn cannot use it.
 */
export class ConversationCache {
  // A Map iterates in insertion order; every write re-inserts, so the first entries are the least recently written.
  private readonly entries = new Map<string, { value: CachedConversation; at: number }>();

  constructor(
    private readonly maxEntries = 1_000,
    private readonly idleMs = 10 * 60 * 1000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, now: Date): CachedConversation | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now.getTime() - entry.at >= this.idleMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: CachedConversation, now: Date): void {
    const at = now.getTime();
    this.entries.delete(key);
    this.entries.set(key, { value, at });
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && at - entry.at < this.idleMs) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops every conversation idle for its time; the service calls it every minute, so nothing waits for a next message to go. */
  sweep(now: Date): void {
    const at = now.getTime();
    for (const [key, entry] of this.entries) {
      if (at - entry.at < this.idleMs) break;
      this.entries.delete(key);
    }
  }

  /** A case was erased outside this person's turns (a coordinator): its conversation's state goes from memory too. */
  forgetCase(reference: string): void {
    for (const [key, entry] of this.entries) if (entry.value.state.caseReference === reference) this.entries.delete(key);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
