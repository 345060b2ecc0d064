/** The languages the bot speaks. */
export const LANGS = ['fr', 'nl', 'de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const CHANNELS = ['whatsapp', 'teams', 'console'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Belgian regions, as the programme's coordinators split their work. */
export const REGIONS = ['brussels', 'wallonia', 'flanders', 'german_community'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * What a platform adapter hands to the core: one message a person sent.
 * `userId` is the stable address of the person on that channel (E.164 on
 * WhatsApp, the AAD object id on Teams); `platformMessageId` is what the
 * platform uses to redeliver, and the key we dedupe on.
 */
export interface InboundMessage {
  channel: Channel;
  userId: string;
  conversationId: string;
  platformMessageId: string;
  text: string;
  /**
   * Something other than a text message: the bot was added to a chat (greet
   * once), the person sent media we cannot read, or tried to call.
   */
  event?: 'conversation_start' | 'unsupported_media' | 'call';
  /** BCP 47 locale the platform reported, if any (e.g. "nl-BE"). */
  locale?: string;
  /** Opaque, JSON-serialisable data the adapter needs to write back later (proactive replies). */
  address?: Record<string, unknown>;
}

export interface Choice {
  /** What comes back as the answer when a button is pressed. */
  value: string;
  label: string;
}

/**
 * One message the core wants shown to the person. Adapters render choices as
 * the platform allows (Teams suggested actions, a numbered list on WhatsApp).
 */
export interface OutboundMessage {
  text: string;
  choices?: Choice[];
  /** Several choices may be picked at once ("1, 3"): adapters show the list, not single buttons. */
  multiple?: boolean;
  /** Set on the crisis card so adapters can make it stand out. */
  crisis?: boolean;
  /** Set on the end-of-form summary so adapters can render it as a card. */
  summary?: { title: string; rows: Array<{ label: string; value: string }> };
}
