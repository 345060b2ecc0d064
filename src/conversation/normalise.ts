/**
 * Folds a person's text to a form that lexicons and parsers can compare:
 * lower case, no accents or diacritics, no zero-width or bidi control
 * characters, apostrophes unified, punctuation turned into spaces, runs of
 * whitespace collapsed. Digits are kept.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'@+.\-\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Collapses any letter repeated three times or more to one ("nooon" → "non", "helppp" → "help"). */
export function squeezeRepeats(text: string): string {
  return text.replace(/(\p{L})\1{2,}/gu, '$1');
}

/** Splits normalised text into words (letters, digits and apostrophes). */
export function words(text: string): string[] {
  return normalise(text)
    .split(/[\s'.-]+/)
    .filter((w) => w.length > 0);
}
