/**
 * Snowball stemmers for the four languages, from nlp.js (`@nlpjs/lang-*`,
 * MIT, maintained by AXA): the Snowball algorithms compiled to plain
 * JavaScript, about 0.1 µs a word. The older `snowball-stemmers` package
 * gives the same stems but took about 16 µs a word here, too slow to stem
 * every word of every message in four languages.
 *
 * Words are stemmed in their folded form (lower case, no accents), both in
 * the lexicons and in what people write, so the two always meet.
 */
import { StemmerDe } from '@nlpjs/lang-de';
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerFr } from '@nlpjs/lang-fr';
import { StemmerNl } from '@nlpjs/lang-nl';
import type { Lang } from '../conversation/types.js';

interface SnowballStemmer {
  stemWord(word: string): string;
}

const STEMMERS: Readonly<Record<Lang, SnowballStemmer>> = {
  fr: new StemmerFr(),
  nl: new StemmerNl(),
  de: new StemmerDe(),
  en: new StemmerEn(),
};

/** The stem of one folded word in `lang`. */
export function stem(word: string, lang: Lang): string {
  return STEMMERS[lang].stemWord(word);
}
