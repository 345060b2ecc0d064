/** Any UTF-16 code unit outside ASCII. Most messages (and most of what is left of them once accents are stripped) have none. */
const NON_ASCII = /[\u0080-\uFFFF]/;

/** True when every character is ASCII, so that `\p{L}` and `\p{N}` can be read as `[A-Za-z]` and `[0-9]`. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * Punctuation and symbols, together with the whitespace around them: each run
 * becomes one space. Doing both in one pass gives the same text as turning
 * punctuation into spaces and then collapsing whitespace, since whitespace is
 * never a letter, digit or one of the kept marks.
 */
const PUNCTUATION_RUN = /[^\p{L}\p{N}'@+.-]+/gu;
/** The same on ASCII text, where `\p{L}` and `\p{N}` are `[A-Za-z]` and `[0-9]`. */
const PUNCTUATION_RUN_ASCII = /[^A-Za-z0-9'@+.-]+/g;

/** What is left of `normalise` once the text is ASCII: no marks, invisible characters, ß or curly quotes can occur. */
function normaliseAscii(text: string): string {
  return text.toLowerCase().replace(/`/g, "'").replace(PUNCTUATION_RUN_ASCII, ' ').trim();
}

/**
 * Folds a person's text to a form that lexicons and parsers can compare:
 * lower case, no accents or diacritics, no zero-width or bidi control
 * characters, apostrophes unified, punctuation turned into spaces, runs of
 * whitespace collapsed. Digits are kept.
 *
 * Called on every message by several screens, so ASCII text (and accented
 * text that is ASCII once its accents are gone) takes a shorter path with the
 * same result.
 */
export function normalise(text: string): string {
  if (isAscii(text)) return normaliseAscii(text);
  const bare = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (isAscii(bare)) return normaliseAscii(bare);
  return bare
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(PUNCTUATION_RUN, ' ')
    .trim();
}

/** Collapses any letter repeated three times or more to one ("nooon" → "non", "helppp" → "help"). */
export function squeezeRepeats(text: string): string {
  // The ASCII class gives the same result on ASCII text and runs much faster than \p{L}.
  return isAscii(text) ? text.replace(/([A-Za-z])\1{2,}/g, '$1') : text.replace(/(\p{L})\1{2,}/gu, '$1');
}

/** Splits normalised text into words (letters, digits and apostrophes). */
export function words(text: string): string[] {
  return normalise(text)
    .split(/[\s'.-]+/)
    .filter((w) => w.length > 0);
}
