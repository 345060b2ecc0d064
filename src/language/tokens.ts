/**
 * What people type, as a list of folded words: lower case, no accents, ß as
 * ss, leetspeak read as letters ("su1c1de"), spelled-out words joined
 * ("s u i c i d e", "s.u.i.c.i.d.e"), letters repeated three times or more
 * squeezed ("mourirrr"), apostrophes and hyphens splitting words ("j'veux",
 * "zelf-moord": the matcher joins neighbours back when a lexicon word needs
 * it). Punctuation becomes one of two marks: a sentence break (`#`: . ! ? ;
 * and line breaks) or a soft break (`,`: commas, colons, dashes, ellipses
 * and emoji), which phrases may run across but which ends a clause.
 */

/** A sentence break: phrases do not run across it unless they say so. */
export const SENTENCE = '#';
/** A soft break (comma, emoji…): phrases run across it, but it ends a clause. */
export const SOFT = ',';

export interface Tokens {
  /** The words and breaks, in order. */
  readonly words: readonly string[];
  /**
   * Another reading of a word whose letters were squeezed: "dooood" reads
   * "dood" (two letters kept) and also "dod". Undefined almost everywhere.
   */
  readonly alternates: ReadonlyArray<string | undefined>;
  /** After `respell`: for each word, the position of the word it came from in the text as read. Absent: the same positions. */
  readonly origin?: readonly number[];
}

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const MARKS = /\p{M}+/gu;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Whether every character of a text is at most `max` (0x7f: ASCII; 0xff: one byte a character). */
function within(text: string, max: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > max) return false;
  return true;
}

/** Folds letters: lower case, no accents or diacritics, ß as ss, invisible characters gone, one kind of apostrophe. */
export function foldLetters(text: string): string {
  // Most messages are plain ASCII: nothing to decompose.
  if (within(text, 0x7f)) return text.toLowerCase().replace(/`/g, "'");
  const folded = text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´ʼ]/g, "'");
  // Decomposing leaves the text in V8's two-byte form, where every later expression runs several times slower
  // (and every word cut from it is two-byte too): back to one byte a character when no letter needs more.
  return within(folded, 0xff) ? Buffer.from(folded, 'latin1').toString('latin1') : folded;
}

/** Runs of 4 or more single letters, separated by a space, dot, hyphen or underscore ("s u i c i d e"). */
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?:[ ._-]\p{L}(?![\p{L}\p{N}])){3,}/gu;
/** One piece of folded text: a word (letters and digits), or a mark. Apostrophes and hyphens only separate words. */
const PIECE = /[\p{L}\p{N}]+|[.!?;\n\r]+|[,:…–—(){}[\]"«»/|*]+|\p{Extended_Pictographic}/gu;

function letterFor(digit: string): string {
  return LEET[digit] ?? digit;
}

/** A spelled-out run ("s u i c i d e") as one word. */
function joinSpelled(run: string): string {
  return run.replace(/[ ._-]/g, '');
}

/** Reads leetspeak only in words that mix letters and digits ("k1ll", "d00d"); numbers stay numbers. */
function unleet(word: string): string {
  if (!/[013457]/.test(word) || !/\p{L}/u.test(word)) return word;
  return word.replace(/[013457]/g, letterFor);
}

/** Whether a piece of folded text is a word (it starts with a letter or a digit) rather than a mark. */
function startsWord(piece: string): boolean {
  const c = piece.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(piece[0] ?? '');
}

/** Whether a word has one character three times in a row (cheap test before the squeezing expression). */
function hasTriple(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  return false;
}

/** Faces that laugh: read as the word "haha". */
/**
 * Pictures that stand for a means, read as a word each language's
 * lexicon lists ("emojirope" beside "corde", "touw", "Strick", "rope").
 */
const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([
  ['🪢', 'emojirope'],
  ['💊', 'emojipill'],
  ['🔫', 'emojigun'],
  ['🌉', 'emojibridge'],
  ['🔪', 'emojiknife'],
  ['🗡', 'emojiknife'],
]);

const LAUGHING = new Set(['😂', '🤣', '😆', '😹']);

const THOUSANDS = /(\d)[.,'’](?=\d{3}(?!\d))/g;

/** What each character of one byte is to `PIECE`: 0 nothing, 1 a word's, 2 a sentence mark, 3 a soft mark, 4 a piece alone. */
const LATIN1_KIND: Uint8Array = (() => {
  const kinds = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    const ch = String.fromCharCode(c);
    if (/[\p{L}\p{N}]/u.test(ch)) kinds[c] = 1;
    else if (/[.!?;\n\r]/.test(ch)) kinds[c] = 2;
    else if (/[,:…–—(){}[\]"«»/|*]/.test(ch)) kinds[c] = 3;
    else if (/\p{Extended_Pictographic}/u.test(ch)) kinds[c] = 4;
  }
  return kinds;
})();

/**
 * The pieces of a folded text, as `PIECE` cuts them. A text of one byte a
 * character (nearly all, once folded) is cut by a table: the expression costs
 * more than the rest of the reading.
 */
function pieces(folded: string, each: (piece: string) => void): void {
  if (!within(folded, 0xff)) {
    for (const match of folded.matchAll(PIECE)) each(match[0]);
    return;
  }
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const kind = LATIN1_KIND[folded.charCodeAt(i)] ?? 0;
    if (kind === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if (kind !== 4) while (j < n && LATIN1_KIND[folded.charCodeAt(j)] === kind) j++;
    each(folded.slice(i, j));
    i = j;
  }
}

/** The message as folded words and breaks. */
export function readTokens(text: string): Tokens {
  const words: string[] = [];
  const alternates: Array<string | undefined> = [];
  // "200.000 euro", "45'000 Franken": a number's thousands separator is not the end of a sentence.
  const folded = foldLetters(text).replace(SPELLED, joinSpelled).replace(THOUSANDS, '$1');
  pieces(folded, (piece) => {
    if (LAUGHING.has(piece)) {
      // A laughing face is read as laughter: "ik kan ni meer 😂" is a joke, not a clause that ends there.
      words.push('haha');
      alternates.push(undefined);
      return;
    }
    const named = EMOJI_WORDS.get(piece);
    if (named) {
      // "🪢 Garage. Heute.", "💊💊💊 alle gesammelt": a picture that stands for a means is read as a word for it.
      words.push(named);
      alternates.push(undefined);
      return;
    }
    if (!startsWord(piece)) {
      const mark = /[.!?;\n\r]/.test(piece) ? SENTENCE : SOFT;
      // One mark between words is enough; a sentence break wins over a soft one.
      const last = words.length - 1;
      if (last >= 0 && (words[last] === SENTENCE || words[last] === SOFT)) {
        if (mark === SENTENCE) words[last] = SENTENCE;
      } else if (last >= 0) {
        words.push(mark);
        alternates.push(undefined);
      }
      return;
    }
    const word = unleet(piece);
    const twice = hasTriple(word) ? word.replace(/(\p{L})\1{2,}/gu, '$1$1') : word;
    if (twice === word) {
      words.push(word);
      alternates.push(undefined);
    } else {
      words.push(twice);
      alternates.push(word.replace(/(\p{L})\1{2,}/gu, '$1'));
    }
  });
  // No trailing mark: the end of the text ends the clause anyway.
  while (words.length > 0 && (words[words.length - 1] === SENTENCE || words[words.length - 1] === SOFT)) {
    words.pop();
    alternates.pop();
  }
  return { words, alternates };
}

const PAIR_FIRSTS = new WeakMap<ReadonlyMap<string, readonly string[]>, ReadonlySet<string>>();

/** The first words of the two-word spellings ("won" of "won t"): only those are looked up as a pair. */
export function pairFirsts(spellings: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> {
  let firsts = PAIR_FIRSTS.get(spellings);
  if (!firsts) {
    firsts = new Set([...spellings.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''));
    PAIR_FIRSTS.set(spellings, firsts);
  }
  return firsts;
}

/**
 * The same words with one language's contractions written out ("jveux" →
 * "je veux", "kzie" → "ik zie", "nimma" → "nicht mehr"), so that they read
 * like the words they stand for. Each language applies its own: "i" is
 * "ich" in Austrian German, not in English. Returns `tokens` itself when
 * nothing changes, which is nearly always.
 */
export function respell(tokens: Tokens, spellings: ReadonlyMap<string, readonly string[]>): Tokens {
  if (spellings.size === 0) return tokens;
  const { words: source, alternates: alts } = tokens;
  const firsts = pairFirsts(spellings);
  let i = 0;
  while (i < source.length && rewrite(source, i, spellings, firsts) === undefined) i++;
  if (i === source.length) return tokens;
  const words = source.slice(0, i);
  const alternates = alts.slice(0, i);
  const origin: number[] = [];
  for (let k = 0; k < i; k++) origin.push(k);
  while (i < source.length) {
    const rewritten = rewrite(source, i, spellings, firsts);
    if (rewritten) {
      // A word respelled as one other word is still read as written too: a pattern may list the regional form.
      const alone = rewritten.length === 1 && rewritten.to.length === 1 ? source[i] : undefined;
      for (const w of rewritten.to) {
        words.push(w);
        alternates.push(alone);
        origin.push(i);
      }
      i += rewritten.length;
    } else {
      words.push(source[i] ?? '');
      alternates.push(alts[i]);
      origin.push(i);
      i++;
    }
  }
  return { words, alternates, origin };
}

/** The spelling that rewrites the word at `i` (or it and the next), if any. */
function rewrite(
  source: readonly string[],
  i: number,
  spellings: ReadonlyMap<string, readonly string[]>,
  firsts: ReadonlySet<string>,
): { length: number; to: readonly string[] } | undefined {
  const one = source[i] ?? '';
  const next = source[i + 1];
  // Two words written as one contraction ("won t" for "won't"): the pair first.
  const pair = next === undefined || !firsts.has(one) ? undefined : spellings.get(`${one} ${next}`);
  if (pair) return { length: 2, to: pair };
  const single = spellings.get(one);
  return single ? { length: 1, to: single } : undefined;
}
