import { detectLanguage } from '../language/detect.js';
import type { Channel, Lang } from './types.js';

export interface FirstLanguage {
  readonly lang: Lang;
  /** Whether the message itself made it clear; otherwise the next clear message may change it at once. */
  readonly sure: boolean;
}

/**
 * WhatsApp numbers whose country speaks one of the four languages.
 * Belgium (+32), Switzerland and Luxembourg speak several and are left out.
 * Country codes are prefix-free, so the first that starts a number is its own.
 */
const COUNTRY_CODES: readonly (readonly [string, Lang])[] = [
  ['33', 'fr'],
  ['377', 'fr'],
  ['31', 'nl'],
  ['49', 'de'],
  ['43', 'de'],
  ['44', 'en'],
  ['353', 'en'],
  ['1', 'en'],
  ['61', 'en'],
];

/** The language of a WhatsApp number's country, when that country has one of the four as its language. */
export function numberLanguage(channel: Channel, userId: string): Lang | undefined {
  if (channel !== 'whatsapp') return undefined;
  const digits = /^\+(\d{6,15})$/.exec(userId)?.[1];
  if (!digits) return undefined;
  return COUNTRY_CODES.find(([code]) => digits.startsWith(code))?.[1];
}

/**
 * The language a new conversation starts in: the first message's when it is
 * clear; otherwise the channel's locale, then the WhatsApp number's country,
 * then the message's likeliest language, then French (most of the
 * programme's public).
 */
export function firstLanguage(
  text: string,
  locale: string | undefined,
  channel: Channel,
  userId: string,
  fallback: Lang = 'fr',
): FirstLanguage {
  const detected = detectLanguage(text);
  if (detected?.clear) return { lang: detected.lang, sure: true };
  return { lang: localeLanguage(locale) ?? numberLanguage(channel, userId) ?? detected?.lang ?? fallback, sure: false };
}

export function localeLanguage(locale: string | undefined): Lang | undefined {
  const prefix = locale?.slice(0, 2).toLowerCase();
  return prefix === 'fr' || prefix === 'nl' || prefix === 'de' || prefix === 'en' ? prefix : undefined;
}
