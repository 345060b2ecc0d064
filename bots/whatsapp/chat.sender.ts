import type { WhatsAppMessagingClient } from './client.port.js';
import { KeyedQueue } from './keyed.queue.js';

export interface Pacing {
  /** Least time between two messages to one chat. */
  intervalMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * At least one second between two messages to one chat: WhatsApp flags
 * numbers that send bursts (an unofficial client can get the number banned,
 * DESIGN "Platform facts"), and a person reads a form better one message at
 * a time. One queue per chat keeps the order of replies, proactive messages
 * and error notices.
 */
export const DEFAULT_PACING: Pacing = {
  intervalMs: 1_000,
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class ChatSender {
  private readonly queue = new KeyedQueue();
  /** When the last message to each chat was sent; dropped once the interval is over. */
  private readonly lastSent = new Map<string, number>();

  constructor(
    private readonly client: Pick<WhatsAppMessagingClient, 'sendMessage'>,
    private readonly pacing: Pacing = DEFAULT_PACING,
  ) {}

  /**
   * Sends `texts` in order, after whatever was queued for the chat before.
   * Rejects at the first failed send (the rest is not sent); `onSent` is
   * told the index of each text that went out.
   */
  send(chatId: string, texts: readonly string[], onSent?: (index: number) => void): Promise<void> {
    return this.queue.run(chatId, async () => {
      for (const [index, text] of texts.entries()) {
        await this.waitForTurn(chatId);
        try {
          // sendSeen: false — a chat is marked read only once its messages are handled, so unread means "not handled yet" at catch-up.
          await this.client.sendMessage(chatId, text, { sendSeen: false });
        } finally {
          this.markSent(chatId);
        }
        onSent?.(index);
      }
    });
  }

  /** Resolves once everything queued so far was sent (or failed). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Timers may fire a little early against the clock: wait until the interval is really over. */
  private async waitForTurn(chatId: string): Promise<void> {
    const last = this.lastSent.get(chatId);
    if (last === undefined) return;
    for (;;) {
      const wait = last + this.pacing.intervalMs - this.pacing.now();
      if (wait <= 0) return;
      await this.pacing.sleep(Math.ceil(wait));
    }
  }

  private markSent(chatId: string): void {
    const now = this.pacing.now();
    this.lastSent.set(chatId, now);
    for (const [id, at] of this.lastSent) if (now - at > this.pacing.intervalMs) this.lastSent.delete(id);
  }
}
