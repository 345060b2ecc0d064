import type { Lang } from '../conversation/types.js';
import { dateTimeFormat } from './date-format.js';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

export type MessageKey = keyof typeof fr;
/** Every language has every key: the compiler checks it, and a test checks the placeholders. */
export type Catalogue = Record<MessageKey, string>;

export const catalogues: Record<Lang, Catalogue> = { fr, nl, de, en };

/** The text for `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string> = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** "mardi 12 janvier à 18:00", Brussels time, in the person's language: when a session starts. */
export function formatSessionStart(startsAt: Date, lang: Lang): string {
  const locale = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' }[lang];
  return dateTimeFormat(locale, {
    timeZone: 'Europe/Brussels',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(startsAt);
}
