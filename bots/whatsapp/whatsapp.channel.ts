import { and, eq, inArray } from 'drizzle-orm';
import type wweb from 'whatsapp-web.js';
import { type InboundMessage, isLang, type Lang } from '../../src/conversation/types.js';
import type { Database } from '../../src/db/client.js';
import { lookupHashes } from '../../src/db/encrypted.js';
import { conversations } from '../../src/db/schema.js';
import { t } from '../../src/i18n/index.js';
import type { Logger } from '../../src/log.js';
import { personDeliveryKind } from '../../src/notify/outbox.js';
import { personDeliveryNotifier } from '../../src/notify/person.delivery.js';
import type { Core } from '../../src/service.js';
import { renderPlain } from '../console/render.js';
import { ChatSender, DEFAULT_PACING, type Pacing } from './chat.sender.js';
import { chatKind, e164FromChatId, isPersonChatId } from './chat-id.js';
import type { WhatsAppMessagingClient } from './client.port.js';
import { KeyedQueue } from './keyed.queue.js';
import { classifyMessage, type MessageKind } from './message-kind.js';
import { safeErrorSummary } from './safe-error.js';
import { WhatsAppDeliverer } from './whatsapp.deliverer.js';

export interface WhatsAppChannelOptions {
  client: WhatsAppMessagingClient;
  core: Core;
  db: Database;
  log: Logger;
  hotlineNumber: string;
  /** Spacing of messages to one chat (tests inject a short interval or a fake clock). */
  pacing?: Pacing;
  /** Most unread messages fetched per chat at catch-up. */
  catchUpLimit?: number;
}

/** What became of one WhatsApp message or call. */
export type Outcome = 'handled' | 'duplicate' | 'ignored' | 'failed';

export interface CatchUpReport {
  chats: number;
  handled: number;
  duplicate: number;
  ignored: number;
  failed: number;
  /** Unread messages beyond the limit, left aside. */
  skipped: number;
}

type Incoming = Exclude<MessageKind, { kind: 'ignored' }> | { kind: 'call' };

/**
 * The WhatsApp adapter: turns whatsapp-web.js events into the core's
 * inbound messages and sends the replies, paced per chat. Only 1:1 chats
 * are answered; groups, status updates and the bot's own messages are
 * ignored. Each message or call has one top-level error handler that logs a
 * correlation id (never the text) and tells the person, as a bot, that
 * something went wrong and which number to call.
 */
export class WhatsAppChannel {
  readonly sender: ChatSender;
  readonly deliverer: WhatsAppDeliverer;
  private readonly chats = new KeyedQueue();
  private readonly catchUpLimit: number;
  private readonly phoneOfLid = new Map<string, string>();
  private connected = false;
  private routed = false;
  private stopped = false;
  /** Live messages that arrive during a catch-up wait for it, so a chat's older unread messages go first. */
  private held: wweb.Message[] | undefined;
  private catchUps: Promise<unknown> = Promise.resolve();
  private pendingCatchUps = 0;

  constructor(private readonly o: WhatsAppChannelOptions) {
    this.sender = new ChatSender(o.client, o.pacing ?? DEFAULT_PACING);
    this.deliverer = new WhatsAppDeliverer({ sender: this.sender, isConnected: () => this.connected, log: o.log });
    this.catchUpLimit = o.catchUpLimit ?? 100;
  }

  /** Listens to the client. Deliveries to persons are routed to this process once WhatsApp Web is ready. */
  attach(): this {
    const { client, log } = this.o;
    client.on('message', (message) => {
      if (this.stopped) return;
      if (this.held) this.held.push(message);
      else void this.receive(message, 'live');
    });
    client.on('call', (call) => {
      if (!this.stopped) void this.receiveCall(call);
    });
    client.on('ready', () => {
      if (!this.stopped) void this.onReady();
    });
    client.on('disconnected', () => {
      this.connected = false;
      log.debug('whatsapp.deliveries_paused');
    });
    return this;
  }

  /** Stops taking new events and waits for the messages being handled and sent. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.connected = false;
    await this.idle();
  }

  /** Resolves once every message received so far is handled and its replies sent. */
  async idle(): Promise<void> {
    await this.catchUps;
    await this.chats.idle();
    await this.sender.idle();
  }

  /**
   * Handles the messages that arrived while the process was down: chats with
   * unread messages, oldest first, each message once (a message handled
   * before is a duplicate for the core and gets no second answer). A chat
   * is marked read only when all its messages were handled, so a failure is
   * tried again at the next start.
   */
  catchUp(): Promise<CatchUpReport> {
    this.held ??= [];
    this.pendingCatchUps += 1;
    const run = this.catchUps.then(() => this.catchUpChats());
    this.catchUps = run
      .catch(() => undefined)
      .finally(() => {
        this.pendingCatchUps -= 1;
        if (this.pendingCatchUps > 0) return;
        const held = this.held ?? [];
        this.held = undefined;
        // Once stopped, they stay unread in WhatsApp: the next start catches them up.
        if (!this.stopped) for (const message of held) void this.receive(message, 'live');
      });
    return run;
  }

  /** One WhatsApp message: filtered, turned into the core's inbound message, answered. Never throws. */
  receive(message: wweb.Message, origin: 'live' | 'catch_up'): Promise<Outcome> {
    const chatId = message.from;
    const kind = chatKind(chatId);
    if (message.fromMe || message.isStatus || (kind !== 'person' && kind !== 'person_lid')) {
      this.o.log.debug('whatsapp.ignored', { why: message.fromMe ? 'own_message' : message.isStatus ? 'status' : kind });
      return Promise.resolve('ignored');
    }
    const content = classifyMessage(String(message.type), message.body ?? '');
    if (content.kind === 'ignored') {
      this.o.log.debug('whatsapp.ignored', { why: 'type', type: String(message.type) });
      return Promise.resolve('ignored');
    }
    // The serialized id embeds the sender's number: logs get the message's own key only.
    return this.chats.run(chatId, () => this.handleInChat(chatId, message.id._serialized, message.id.id, content, origin));
  }

  /** A call cannot be answered here: reject it and write the person why, with the hotline number. */
  async receiveCall(call: wweb.Call): Promise<Outcome> {
    if (call.fromMe) return 'ignored';
    try {
      await call.reject();
    } catch (error) {
      this.o.log.warn('whatsapp.call_reject_failed', { call: call.id, error: safeErrorSummary(error) });
    }
    const chatId = call.from;
    if (!chatId || call.isGroup || !isPersonChatId(chatId)) {
      this.o.log.info('whatsapp.call_rejected', { call: call.id, group: call.isGroup });
      return 'ignored';
    }
    const platformId = `call:${call.id}`;
    return this.chats.run(chatId, () => this.handleInChat(chatId, platformId, platformId, { kind: 'call' }, 'live'));
  }

  private async onReady(): Promise<void> {
    this.connected = true;
    if (!this.routed) {
      // Registered only now: before WhatsApp Web is ready, deliveries wait in the outbox instead of failing attempts.
      this.o.core.dispatcher.route(personDeliveryKind('whatsapp'), personDeliveryNotifier(this.o.db, this.deliverer));
      this.routed = true;
    }
    await this.catchUp().catch(() => undefined);
    this.o.core.dispatcher.wake();
  }

  private async handleInChat(
    chatId: string,
    platformId: string,
    logRef: string,
    content: Incoming,
    origin: 'live' | 'catch_up',
  ): Promise<Outcome> {
    let userId: string | undefined;
    try {
      userId = await this.resolveUserId(chatId);
      const base = { channel: 'whatsapp' as const, userId, conversationId: `whatsapp:${userId}`, address: { chatId } };
      const inbound: InboundMessage[] = [];
      if (content.kind === 'text') inbound.push({ ...base, platformMessageId: platformId, text: content.text });
      if (content.kind === 'call') inbound.push({ ...base, platformMessageId: platformId, text: '', event: 'call' });
      if (content.kind === 'media') {
        if (content.caption) inbound.push({ ...base, platformMessageId: `${platformId}:caption`, text: content.caption });
        inbound.push({ ...base, platformMessageId: platformId, text: '', event: 'unsupported_media' });
      }
      let outcome: Outcome = 'duplicate';
      for (const message of inbound) {
        const result = await this.o.core.handle(message);
        if (result.status === 'duplicate') continue;
        outcome = 'handled';
        await this.sender.send(chatId, result.replies.map(renderPlain));
        await this.o.core.replied(message);
      }
      // Read = handled: only when nothing else of this chat waits (catch-up marks its chats itself).
      if (origin === 'live' && content.kind !== 'call' && this.chats.size(chatId) === 1) await this.markSeen(chatId);
      return outcome;
    } catch (error) {
      await this.reportFailure(chatId, userId, logRef, error);
      return 'failed';
    }
  }

  /** The top-level error handler of one message: a correlation id in the log, a plain notice to the person. */
  private async reportFailure(chatId: string, userId: string | undefined, logRef: string, error: unknown): Promise<void> {
    const correlation = `ERR-${this.o.core.ids.code(6)}`;
    this.o.log.error('whatsapp.message_failed', { correlation, message: logRef, error: safeErrorSummary(error) });
    const lang = await this.languageOf(userId);
    try {
      await this.sender.send(chatId, [t(lang, 'error.generic', { hotline: this.o.hotlineNumber })]);
    } catch (sendError) {
      this.o.log.error('whatsapp.error_notice_failed', { correlation, error: safeErrorSummary(sendError) });
    }
  }

  /** The conversation's language when the database can tell, else French (the programme's reference language). */
  private async languageOf(userId: string | undefined): Promise<Lang> {
    if (!userId) return 'fr';
    try {
      const [row] = await this.o.db
        .select({ language: conversations.language })
        .from(conversations)
        .where(and(eq(conversations.channel, 'whatsapp'), inArray(conversations.userKey, lookupHashes(userId))));
      return isLang(row?.language) ? row.language : 'fr';
    } catch {
      return 'fr';
    }
  }

  /**
   * The sender as E.164: it is what "this number" means in the flows. A
   * chat by privacy id (`@lid`) is looked up; without a number the message
   * fails (the person is told) rather than filing a case with no way back.
   */
  private async resolveUserId(chatId: string): Promise<string> {
    const direct = e164FromChatId(chatId);
    if (direct) return direct;
    const known = this.phoneOfLid.get(chatId);
    if (known) return known;
    const [pair] = await this.o.client.getContactLidAndPhone([chatId]);
    const phone = pair?.pn ? e164FromChatId(pair.pn) : undefined;
    if (!phone) throw new Error('no phone number is known for this WhatsApp privacy id (@lid)');
    if (this.phoneOfLid.size > 10_000) this.phoneOfLid.clear();
    this.phoneOfLid.set(chatId, phone);
    return phone;
  }

  private async markSeen(chatId: string): Promise<void> {
    try {
      await this.o.client.sendSeen(chatId);
    } catch (error) {
      this.o.log.warn('whatsapp.mark_seen_failed', { error: safeErrorSummary(error) });
    }
  }

  private async catchUpChats(): Promise<CatchUpReport> {
    const report: CatchUpReport = { chats: 0, handled: 0, duplicate: 0, ignored: 0, failed: 0, skipped: 0 };
    let chats: wweb.Chat[];
    try {
      chats = await this.o.client.getChats();
    } catch (error) {
      this.o.log.error('whatsapp.catch_up_failed', { error: safeErrorSummary(error) });
      throw error;
    }
    for (const chat of chats) {
      const chatId = chat.id._serialized;
      if (chat.unreadCount <= 0 || chat.isGroup || !isPersonChatId(chatId)) continue;
      report.chats += 1;
      try {
        const limit = Math.min(chat.unreadCount, this.catchUpLimit);
        report.skipped += chat.unreadCount - limit;
        const messages = await chat.fetchMessages({ limit, fromMe: false });
        // Oldest first; the sort is stable, so messages of the same second keep WhatsApp's order.
        const ordered = [...messages].sort((a, b) => a.timestamp - b.timestamp);
        let failed = false;
        for (const message of ordered) {
          const outcome = await this.receive(message, 'catch_up');
          report[outcome] += 1;
          if (outcome === 'failed') failed = true;
        }
        if (!failed) await chat.sendSeen();
      } catch (error) {
        report.failed += 1;
        this.o.log.error('whatsapp.catch_up_chat_failed', { error: safeErrorSummary(error) });
      }
    }
    const level = report.failed > 0 || report.skipped > 0 ? 'warn' : 'info';
    this.o.log[level]('whatsapp.catch_up', { ...report });
    return report;
  }
}
