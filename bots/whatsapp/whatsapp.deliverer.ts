import type { OutboundMessage } from '../../src/conversation/types.js';
import type { Logger } from '../../src/log.js';
import { PermanentDeliveryError, RetryLaterError } from '../../src/notify/outbox.dispatcher.js';
import type { ChannelDeliverer, PersonAddress } from '../../src/notify/person.delivery.js';
import { renderPlain } from '../console/render.js';
import type { ChatSender } from './chat.sender.js';
import { chatIdFromE164, isPersonChatId } from './chat-id.js';

/** While WhatsApp Web is not connected, a delivery waits this long before its next attempt. */
const NOT_CONNECTED_RETRY_MS = 60_000;

/**
 * Writes to a person outside a turn (a coordinator's reply): an outbox row
 * of kind `person.deliver.whatsapp`, sent to the chat id stored at the
 * person's last message. A failed send throws, so the row stays in the
 * outbox and is retried; it is marked delivered only after every message
 * went out. WhatsApp cannot deduplicate, so the messages of a row already
 * sent are remembered (in memory) and not sent again on its retry.
 */
export class WhatsAppDeliverer implements ChannelDeliverer {
  private readonly progress = new Map<string, number>();

  constructor(
    private readonly o: {
      sender: ChatSender;
      isConnected: () => boolean;
      log: Logger;
    },
  ) {}

  async deliver(to: PersonAddress, messages: OutboundMessage[], deliveryId: string): Promise<void> {
    const stored = to.address?.chatId;
    const chatId = isPersonChatId(stored) ? stored : chatIdFromE164(to.userId);
    if (!chatId) throw new PermanentDeliveryError(`conversation ${to.conversationId} has no WhatsApp chat to write to`);
    if (!this.o.isConnected()) throw new RetryLaterError('WhatsApp Web is not connected', NOT_CONNECTED_RETRY_MS);

    const alreadySent = this.progress.get(deliveryId) ?? 0;
    const texts = messages.slice(alreadySent).map(renderPlain);
    if (this.progress.size > 1_000) this.progress.clear();
    await this.o.sender.send(chatId, texts, (index) => this.progress.set(deliveryId, alreadySent + index + 1));
    this.progress.delete(deliveryId);
    this.o.log.info('whatsapp.delivered', { delivery: deliveryId, messages: texts.length, resumedAt: alreadySent || undefined });
  }
}
