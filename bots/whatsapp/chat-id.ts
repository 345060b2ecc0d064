/**
 * WhatsApp chat ids: `32470123456@c.us` is a person by phone number,
 * `…@lid` a person by WhatsApp's privacy id (the number must be looked up),
 * `…@g.us` a group, `status@broadcast` the status feed, `…@broadcast` a
 * broadcast list, `…@newsletter` a channel. The bot only talks to persons.
 */
export type ChatKind = 'person' | 'person_lid' | 'group' | 'status' | 'broadcast' | 'newsletter' | 'other';

const PHONE_CHAT = /^(\d{6,15})@c\.us$/;
const LID_CHAT = /^\d{1,30}@lid$/;

export function chatKind(chatId: string): ChatKind {
  if (PHONE_CHAT.test(chatId)) return 'person';
  if (LID_CHAT.test(chatId)) return 'person_lid';
  if (chatId.endsWith('@g.us')) return 'group';
  if (chatId === 'status@broadcast') return 'status';
  if (chatId.endsWith('@broadcast')) return 'broadcast';
  if (chatId.endsWith('@newsletter')) return 'newsletter';
  return 'other';
}

/** `32470123456@c.us` → `+32470123456`; undefined for anything that is not a phone-number chat. */
export function e164FromChatId(chatId: string): string | undefined {
  const digits = PHONE_CHAT.exec(chatId)?.[1];
  return digits ? `+${digits}` : undefined;
}

/** `+32470123456` → `32470123456@c.us`; undefined when the value is not an E.164 number. */
export function chatIdFromE164(userId: string): string | undefined {
  const digits = /^\+(\d{6,15})$/.exec(userId)?.[1];
  return digits ? `${digits}@c.us` : undefined;
}

/** A chat id we may write to, as stored in a conversation's `address`. */
export function isPersonChatId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const kind = chatKind(value);
  return kind === 'person' || kind === 'person_lid';
}
