import { EventEmitter } from 'node:events';
import wweb from 'whatsapp-web.js';
import type { WhatsAppClient } from '../../../bots/whatsapp/client.port.js';

/**
 * The one cast of these tests. whatsapp-web.js's `Message` and `Chat` are
 * large (dozens of fields and browser-backed methods); the adapter reads a
 * few of them. The fields given here are checked against the library's own
 * types through the `Pick`s below; the rest is absent.
 */
function libraryObject<T>(fields: Partial<T>): T {
  return fields as T;
}

type MessageFields = Pick<wweb.Message, 'id' | 'from' | 'to' | 'fromMe' | 'type' | 'body' | 'timestamp' | 'isStatus' | 'hasMedia'>;
type ChatFields = Pick<wweb.Chat, 'id' | 'isGroup' | 'unreadCount' | 'fetchMessages' | 'sendSeen'>;

let counter = 0;
const BOT = '32000000000@c.us';

export interface FakeMessage {
  from: string;
  body?: string;
  type?: wweb.MessageTypes;
  fromMe?: boolean;
  /** The random part of the WhatsApp id; the serialized id embeds the chat, like the real one. */
  key?: string;
  timestamp?: number;
  isStatus?: boolean;
}

/** A received message as whatsapp-web.js builds it (`false_<chat>_<key>`). */
export function fakeMessage(m: FakeMessage): wweb.Message {
  const key = m.key ?? `3EB0${(++counter).toString(16).toUpperCase().padStart(16, '0')}`;
  const type = m.type ?? wweb.MessageTypes.TEXT;
  const fields: MessageFields = {
    id: { fromMe: m.fromMe ?? false, remote: m.from, id: key, _serialized: `${m.fromMe ? 'true' : 'false'}_${m.from}_${key}` },
    from: m.from,
    to: BOT,
    fromMe: m.fromMe ?? false,
    type,
    body: m.body ?? '',
    timestamp: m.timestamp ?? 1_790_000_000 + counter,
    isStatus: m.isStatus ?? m.from === 'status@broadcast',
    hasMedia: type !== wweb.MessageTypes.TEXT,
  };
  return libraryObject<wweb.Message>(fields);
}

export interface FakeChat {
  chat: wweb.Chat;
  /** How many times the chat was marked read. */
  seen: () => number;
}

/**
 * A chat with its messages; `fetchMessages` behaves like the library's
 * (the last `limit` messages, filtered on `fromMe`, oldest first unless the
 * test hands them in another order), `sendSeen` resets the unread count.
 */
export function fakeChat(
  chatId: string,
  messages: wweb.Message[],
  unreadCount: number,
  options: { isGroup?: boolean; beforeFetch?: () => Promise<void> } = {},
): FakeChat {
  let seen = 0;
  const fields: ChatFields = {
    id: { server: chatId.split('@')[1] ?? '', user: chatId.split('@')[0] ?? '', _serialized: chatId },
    isGroup: options.isGroup ?? chatId.endsWith('@g.us'),
    unreadCount,
    fetchMessages: async (search) => {
      await options.beforeFetch?.();
      const wanted = messages.filter((msg) => search.fromMe === undefined || msg.fromMe === search.fromMe);
      return search.limit && search.limit > 0 ? wanted.slice(-search.limit) : wanted;
    },
    sendSeen: async () => {
      seen += 1;
      chat.unreadCount = 0;
      return true;
    },
  };
  const chat = libraryObject<wweb.Chat>(fields);
  return { chat, seen: () => seen };
}

/** An incoming call; `wweb.Call` is small enough to build whole, no cast. */
export function fakeCall(from: string, options: { isGroup?: boolean; onReject?: () => void } = {}): wweb.Call {
  return {
    id: `CALL${(++counter).toString(16).toUpperCase()}`,
    from,
    timestamp: 1_790_000_000,
    isVideo: false,
    isGroup: options.isGroup ?? false,
    fromMe: false,
    canHandleLocally: false,
    webClientShouldHandle: false,
    participants: {},
    reject: async () => options.onReject?.(),
  };
}

export interface SentMessage {
  chatId: string;
  text: string;
  /** performance.now() when `sendMessage` was called. */
  at: number;
  options: wweb.MessageSendOptions | undefined;
}

/**
 * Implements exactly what the channel uses of whatsapp-web.js's `Client`
 * (`WhatsAppClient`, a `Pick` of the library's type plus its typed events):
 * a change in the library's API breaks this class at compile time. Events
 * are emitted as the real client does (`message`, `call`, `ready`, …).
 */
export class FakeWhatsAppClient extends EventEmitter implements WhatsAppClient {
  readonly sent: SentMessage[] = [];
  readonly markedSeen: string[] = [];
  chats: wweb.Chat[] = [];
  /** `@lid` chat id → phone chat id, as WhatsApp resolves privacy ids. */
  readonly phoneOfLid = new Map<string, string>();
  /** Decides whether one send fails (called before each send). */
  failSend: (chatId: string, text: string) => Error | undefined = () => undefined;
  initializeCalls = 0;
  destroyCalls = 0;
  /** What `initialize()` does: resolves by default (a session restored). */
  onInitialize: () => Promise<void> = async () => {};

  async sendMessage(chatId: string, content: wweb.MessageContent, options?: wweb.MessageSendOptions): Promise<wweb.Message> {
    if (typeof content !== 'string') throw new Error('the channel sends text only');
    const at = performance.now();
    const failure = this.failSend(chatId, content);
    if (failure) throw failure;
    this.sent.push({ chatId, text: content, at, options });
    return fakeMessage({ from: BOT, body: content, fromMe: true });
  }

  async sendSeen(chatId: string): Promise<boolean> {
    this.markedSeen.push(chatId);
    return true;
  }

  async getChats(): Promise<wweb.Chat[]> {
    return this.chats;
  }

  async getContactLidAndPhone(userIds: string[]): Promise<{ lid: string; pn: string }[]> {
    return userIds.map((lid) => ({ lid, pn: this.phoneOfLid.get(lid) ?? '' }));
  }

  async initialize(): Promise<void> {
    this.initializeCalls += 1;
    await this.onInitialize();
  }

  async destroy(): Promise<void> {
    this.destroyCalls += 1;
  }

  /** Texts sent to one chat, in order. */
  textsTo(chatId: string): string[] {
    return this.sent.filter((s) => s.chatId === chatId).map((s) => s.text);
  }
}
