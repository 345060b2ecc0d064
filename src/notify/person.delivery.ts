import { eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { Channel, OutboundMessage } from '../conversation/types.js';
import type { Database, Executor } from '../db/client.js';
import { openText, sealText } from '../db/encrypted.js';
import { conversations } from '../db/schema.js';
import { type Notifier, type OutboxRow, PermanentDeliveryError } from './outbox.dispatcher.js';
import { enqueue, type PersonDelivery, personDeliveryKind } from './outbox.js';

/** Where a person can be written to: what the channel adapter stored at their last message. */
export interface PersonAddress {
  conversationId: string;
  userId: string;
  address: Record<string, unknown> | null;
}

/**
 * A channel's way to write to a person outside a turn. Throw to have the
 * outbox retry; throw PermanentDeliveryError when the platform refuses for
 * good. `deliveryId` is stable across retries of one outbox row, for
 * platforms that can deduplicate on it.
 */
export interface ChannelDeliverer {
  deliver(to: PersonAddress, messages: OutboundMessage[], deliveryId: string): Promise<void>;
}

/** Queues messages for a person, in the caller's transaction (a coordinator's reply, later). */
export async function enqueueDeliveryToPerson(
  db: Executor,
  clock: Clock,
  target: { conversationId: string; channel: Channel },
  messages: OutboundMessage[],
  origin: string,
  dedupeKey?: string,
): Promise<boolean> {
  return enqueue(
    db,
    {
      kind: personDeliveryKind(target.channel),
      payload: { conversationId: target.conversationId, sealedMessages: sealText(JSON.stringify(messages)), origin },
    },
    { availableAt: clock.now(), dedupeKey },
  );
}

/** The outbox notifier for one channel's "deliver to person" rows. */
export function personDeliveryNotifier(db: Database, deliverer: ChannelDeliverer): Notifier {
  return {
    async deliver(row: OutboxRow) {
      const payload = row.payload as PersonDelivery;
      const [conversation] = await db
        .select({ id: conversations.id, userId: conversations.userId, address: conversations.address })
        .from(conversations)
        .where(eq(conversations.id, payload.conversationId));
      if (!conversation) throw new PermanentDeliveryError(`conversation ${payload.conversationId} no longer exists`);
      await deliverer.deliver(
        { conversationId: conversation.id, userId: conversation.userId, address: conversation.address ?? null },
        JSON.parse(openText(payload.sealedMessages)) as OutboundMessage[],
        `outbox-${row.id}`,
      );
    },
  };
}
