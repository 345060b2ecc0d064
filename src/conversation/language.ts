import { words } from '../language/normalise.js';
import type { Lang } from './types.js';

/** Greetings and frequent words that give the language away in a first message. */
const MARKERS: Record<Lang, string[]> = {
  fr: [
    'bonjour',
    'bonsoir',
    'salut',
    'coucou',
    'je',
    'j',
    'suis',
    'aide',
    'besoin',
    'merci',
    'oui',
    'non',
    'comptable',
    'mon',
    'ma',
    'une',
    'est',
    'pas',
    'pour',
    'avec',
    'francais',
  ],
  nl: [
    'hallo',
    'hoi',
    'goedemorgen',
    'goedemiddag',
    'goedenavond',
    'dag',
    'ik',
    'ben',
    'hulp',
    'nodig',
    'dank',
    'bedankt',
    'ja',
    'nee',
    'een',
    'het',
    'niet',
    'mijn',
    'voor',
    'met',
    'is',
    'nederlands',
  ],
  de: [
    'hallo',
    'guten',
    'tag',
    'morgen',
    'abend',
    'servus',
    'ich',
    'bin',
    'hilfe',
    'brauche',
    'danke',
    'ja',
    'nein',
    'ein',
    'eine',
    'nicht',
    'mein',
    'fur',
    'mit',
    'ist',
    'deutsch',
  ],
  en: [
    'hello',
    'hi',
    'hey',
    'good',
    'morning',
    'evening',
    'i',
    'am',
    'help',
    'need',
    'thanks',
    'thank',
    'yes',
    'no',
    'the',
    'not',
    'my',
    'for',
    'with',
    'is',
    'english',
  ],
};

/**
 * Guesses the language of a first message; falls back to the channel's
 * locale, then to French (most of the programme's public).
 */
export function guessLanguage(text: string, locale?: string, fallback: Lang = 'fr'): Lang {
  const fromLocale = localeLanguage(locale);
  const seen = words(text);
  let best: Lang | undefined;
  let bestScore = 0;
  let tie = false;
  for (const lang of Object.keys(MARKERS) as Lang[]) {
    const score = seen.filter((w) => MARKERS[lang].includes(w)).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) {
      tie = true;
      if (lang === fromLocale) best = lang;
    }
  }
  // A tie ("hallo" is Dutch and German) goes to the channel's locale, else to the
  // first of the tied languages in the order fr, nl, de, en (Belgium's largest groups first).
  if (best && tie && fromLocale && fromLocale !== best) return fromLocale;
  return best ?? fromLocale ?? fallback;
}

/** The language whose frequent words a text uses most, if it uses any (ties go to the first in fr, nl, de, en). */
export function markedLanguage(text: string): Lang | undefined {
  const seen = words(text);
  let best: Lang | undefined;
  let bestScore = 0;
  for (const lang of Object.keys(MARKERS) as Lang[]) {
    const score = seen.filter((w) => MARKERS[lang].includes(w)).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

export function localeLanguage(locale: string | undefined): Lang | undefined {
  const prefix = locale?.slice(0, 2).toLowerCase();
  return prefix === 'fr' || prefix === 'nl' || prefix === 'de' || prefix === 'en' ? prefix : undefined;
}
