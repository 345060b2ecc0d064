/**
 * Which of the four languages a message is written in, and whether that is
 * clear enough to act on.
 *
 * Two readers. Short messages ("hoofdberoep", "ja hoor", "goeiedag") are
 * told by their words: each language's markers (`<lang>/markers.ts`), and a
 * word that two languages share counts for neither. Longer ones add the
 * letter trigrams of `franc-min` (a well-kept detector, restricted to French,
 * Dutch, German and English): it reads dialect and typos that no word list
 * holds, and it is what the words are checked against.
 *
 * "Clear" is deliberately strict: a conversation only changes language on
 * clear messages, and a wrong switch costs more than waiting for the next one.
 */
import { francAll } from 'franc-min';
import { LANGS, type Lang } from '../conversation/types.js';
import { deMarkers } from './de/markers.js';
import { enMarkers } from './en/markers.js';
import { frMarkers } from './fr/markers.js';
import { nlMarkers } from './nl/markers.js';
import { words } from './normalise.js';

export interface DetectedLanguage {
  /** The likeliest language. */
  readonly lang: Lang;
  /** Whether the evidence is clear enough to change a conversation's language on. */
  readonly clear: boolean;
}

const MARKER_TEXT: Record<Lang, string> = { fr: frMarkers, nl: nlMarkers, de: deMarkers, en: enMarkers };

/** Each marker word and the languages it belongs to. */
const ALL_MARKERS: ReadonlyMap<string, readonly Lang[]> = (() => {
  const seen = new Map<string, Lang[]>();
  for (const lang of LANGS) {
    for (const word of words(MARKER_TEXT[lang])) {
      const langs = seen.get(word) ?? [];
      if (!langs.includes(lang)) langs.push(lang);
      seen.set(word, langs);
    }
  }
  return seen;
})();

/** The marker words of one language only: words of several languages ("hallo", "merci") tell nothing for sure. */
const MARKERS: ReadonlyMap<string, Lang> = new Map(
  [...ALL_MARKERS].filter(([, langs]) => langs.length === 1).map(([word, langs]) => [word, langs[0] as Lang]),
);

const FRANC_LANGS: Record<string, Lang> = { fra: 'fr', nld: 'nl', deu: 'de', eng: 'en' };
const FRANC_ONLY = Object.keys(FRANC_LANGS);
/** Below this many letters, trigrams say little. */
const TRIGRAM_MIN_LETTERS = 20;
/** The runner-up's trigram score (the best is 1) at or under which the trigrams are clear. */
const TRIGRAM_CLEAR_RUNNER_UP = 0.8;

/**
 * Word endings that belong to one language: trades and compounds that no
 * list can hold ("beenhouwerij", "Schreinerei", "deeltijds", "coiffeuse").
 * Only on words long enough for the ending to be one.
 */
const ENDINGS: readonly (readonly [RegExp, Lang])[] = [
  [/^.{3,}(erij|derij|lijk|lijke|heid|heden|tijds|schap|isch)$/, 'nl'],
  [/^.{3,}(erei|ung|ungen|keit|heit|lich|liche|zeit|schaft|chen|igkeit)$/, 'de'],
  [/^.{3,}(euse|eux|erie|ement|aient|ions|iez|ait|ais)$/, 'fr'],
  [/^.{3,}(ness|ship|ful|ery|ly|ough|ight)$/, 'en'],
];

/** Letters only one of the four languages writes: German umlauts and ß, French accents. */
const LETTERS: readonly (readonly [RegExp, Lang])[] = [
  [/[äöüß]/i, 'de'],
  [/[àâçèêîôùû]/i, 'fr'],
];

/** Whether a folded word is a common word of one of the four languages (a marker, shared or not). */
export function isCommonWord(word: string): boolean {
  return ALL_MARKERS.has(word);
}

/** The evidence for each language in a text: its marker words, then its endings and letters where no marker spoke for a word. */
export function markerCounts(text: string): Record<Lang, number> {
  const counts: Record<Lang, number> = { fr: 0, nl: 0, de: 0, en: 0 };
  for (const word of words(text)) {
    const lang = MARKERS.get(word);
    if (lang) {
      counts[lang]++;
      continue;
    }
    if (word.length < 6) continue;
    for (const [ending, of] of ENDINGS) {
      if (ending.test(word)) {
        counts[of]++;
        break;
      }
    }
  }
  for (const [letters, lang] of LETTERS) if (letters.test(text)) counts[lang]++;
  return counts;
}

interface Trigrams {
  readonly lang: Lang;
  readonly clear: boolean;
}

function trigrams(text: string): Trigrams | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < TRIGRAM_MIN_LETTERS) return undefined;
  const [best, runnerUp] = francAll(text, { only: FRANC_ONLY, minLength: TRIGRAM_MIN_LETTERS });
  const lang = best ? FRANC_LANGS[best[0]] : undefined;
  if (!lang) return undefined;
  return { lang, clear: (runnerUp?.[1] ?? 0) <= TRIGRAM_CLEAR_RUNNER_UP };
}

/** The language of a message, or undefined when nothing in it points to one ("ok", "1050", "👍"). */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const counts = markerCounts(text);
  const ranked = [...LANGS].sort((a, b) => counts[b] - counts[a]);
  const best = ranked[0] as Lang;
  const top = counts[best];
  const second = counts[ranked[1] as Lang];
  // Two more words for one language than any other outweigh the trigrams, which read short texts poorly.
  if (top - second >= 2) return { lang: best, clear: true };
  const tri = trigrams(text);

  if (top === 0) return tri ? { lang: tri.lang, clear: tri.clear } : sharedGuess(text);
  if (top === second) {
    // A tie between word lists: the trigrams may break it, if they pick one of the tied.
    if (tri?.clear && counts[tri.lang] === top) return { lang: tri.lang, clear: true };
    return { lang: best, clear: false };
  }
  if (tri?.clear && tri.lang !== best) return { lang: best, clear: false };
  return { lang: best, clear: second === 0 || tri?.lang === best };
}

/**
 * Words two languages share ("hallo", "ja") still narrow it down: the first
 * of their languages, in the order French, Dutch, German, English, is a
 * guess, never clear.
 */
function sharedGuess(text: string): DetectedLanguage | undefined {
  const counts: Record<Lang, number> = { fr: 0, nl: 0, de: 0, en: 0 };
  for (const word of words(text)) for (const lang of ALL_MARKERS.get(word) ?? []) counts[lang]++;
  const best = LANGS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? { lang: best, clear: false } : undefined;
}
