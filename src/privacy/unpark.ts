import { eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import { restoreState } from '../conversation/engine.js';
import type { Database } from '../db/client.js';
import { conversations } from '../db/schema.js';
import type { Notifier, OutboxRow } from '../notify/outbox.dispatcher.js';

/**
 * A sentinel's answers are kept 24 hours after a crisis signal, so the alert
 * resumes when the person agrees (DESIGN, "Safety first", rule 1). When the
 * time is up they go, whether or not the sentinel wrote again: this runs at
 * that time from the outbox, and survives restarts like any outbox row.
 */
export function unparkNotifier(o: { db: Database; clock: Clock }): Notifier {
  return {
    async deliver(row: OutboxRow) {
      const { conversationId } = row.payload as { conversationId: string };
      const now = o.clock.now();
      await o.db.transaction(async (tx) => {
        const [found] = await tx
          .select({ state: conversations.state })
          .from(conversations)
          .where(eq(conversations.id, conversationId))
          .for('update');
        const state = found ? restoreState(found.state) : undefined;
        // Parked again since (a later row will come), or already resumed or gone: nothing to do.
        if (!state?.parked || Date.parse(state.parked.until) > now.getTime()) return;
        delete state.parked;
        await tx.update(conversations).set({ state, updatedAt: now }).where(eq(conversations.id, conversationId));
      });
    },
  };
}
