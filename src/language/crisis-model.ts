/**
 * The screen's second reader: a linear model over letter groups, for the
 * crisis messages whose words no lexicon rule foresaw ("des pierres dans les
 * poches du bleu de travail"). The lexicons decide first and name the rule;
 * when none matches, a score above the model's threshold makes the message
 * "possible": the person is asked directly, with the card (DESIGN, "Safety
 * first"). It only ever adds a question, never removes a lexicon hit.
 *
 * Features: every group of 3 to 5 letters inside each word (with the word's
 * edges, so " mor" and "ort " differ), and every pair of neighbouring words,
 * hashed into a fixed number of buckets; the score is the sum of their
 * weights over the square root of their number, plus a bias. Letter groups
 * carry typos, inflections and compounds without a list of them.
 *
 * The weights are data, trained on the readable corpus halves by `npm run
 * crisis:train` (never on the blind half) and written to
 * `crisis-model.generated.ts`. Deterministic: the same text always gives the
 * same score.
 */
import { SENTENCE, SOFT } from './tokens.js';

export interface CrisisModelData {
  /** Number of hash buckets, as a power of two. */
  readonly bits: number;
  /** Bucket weights as signed bytes, base64; a weight is the byte times `scale`. */
  readonly weights: string;
  readonly scale: number;
  readonly bias: number;
  /** Scores at or above this make a message "possible". */
  readonly threshold: number;
}

export interface CompiledModel {
  readonly mask: number;
  readonly weights: Float32Array;
  readonly bias: number;
  readonly threshold: number;
}

/**
 * Shorter messages are left to the lexicons: a few words give the model too
 * little to weigh ("le soir après 19h" is an answer, not a worry), and the
 * short ways of saying it are the lexicons' to know.
 */
export const MODEL_MIN_WORDS = 6;

/** Whether the model reads a text of these words at all (see `MODEL_MIN_WORDS`). */
export function modelReads(words: readonly string[]): boolean {
  let n = 0;
  for (const w of words) if (w !== SENTENCE && w !== SOFT && ++n >= MODEL_MIN_WORDS) return true;
  return false;
}

/**
 * The words of a plain request for help, in the four languages: "ik zou graag hulp willen voor mezelf", "I would
 * like some help for myself please". They say what the person asks for, not how they are, so the model does not
 * count them towards `MODEL_MIN_WORDS` (a request and nothing more is left to the lexicons).
 */
const REQUEST_FRAME = new Set(
  (
    'help hulp aide aider aidez hilfe helfen helft hulpvraag ' +
    'would like want wants wish zou zouden graag wil willen wilt voudrais voudrait veux veut souhaite souhaiterais mochte moechte mochten will hatte haette gern gerne ' +
    'please pls svp stp alstublieft aub bitte danke merci thanks thank dank bedankt ' +
    'for voor pour fur fuer myself mezelf mijzelf moi meme mich mir selbst selber me mij ' +
    'some een wat un une de des du ein eine einen a an the het le la les die der das ' +
    'i ik je j ich can kan kann peux puis could kunnen konnen get krijgen avoir bekommen ask vraag vragen demander demande fragen ' +
    'hello hallo hi bonjour goeiedag goedendag dag guten tag morgen goeiemorgen goedemorgen'
  ).split(' '),
);

const HELP_WORDS = new Set(['help', 'hulp', 'aide', 'aider', 'aidez', 'hilfe', 'helfen', 'helft', 'hulpvraag']);

/**
 * Whether the model reads a text at all: enough words (`modelReads`), and not
 * a plain request for help with nothing else in it, which asks for the form
 * and says nothing of how the person is.
 */
export function modelReadsContent(words: readonly string[]): boolean {
  if (!modelReads(words)) return false;
  let help = false;
  let other = 0;
  for (const w of words) {
    if (w === SENTENCE || w === SOFT) continue;
    if (HELP_WORDS.has(w)) help = true;
    else if (!REQUEST_FRAME.has(w)) other++;
  }
  return !help || other > 1;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
const SPACE = 32;
const UNDERSCORE = 95;

export function compileModel(data: CrisisModelData): CompiledModel {
  const size = 1 << data.bits;
  const bytes = Buffer.from(data.weights, 'base64');
  if (bytes.length !== size) throw new Error(`crisis model: ${bytes.length} weights for ${size} buckets`);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = (((bytes[i] ?? 0) << 24) >> 24) * data.scale;
  return { mask: size - 1, weights, bias: data.bias, threshold: data.threshold };
}

/** One word's letter groups as hashes (before the bucket mask), and the hash of the whole word (for pairs). */
interface WordHashes {
  readonly grams: Int32Array;
  readonly whole: number;
  /** The letter groups' buckets under `mask`, each once: the mask of the last model that read the word. */
  buckets?: Int32Array;
  mask?: number;
}

const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordHashes>();

function wordHashes(word: string): WordHashes {
  const cached = wordCache.get(word);
  if (cached) return cached;
  // Letter groups of " word ": the spaces mark the word's edges.
  const length = word.length + 2;
  const grams: number[] = [];
  for (let start = 0; start + MIN_GRAM <= length; start++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < MAX_GRAM && start + k < length; k++) {
      const i = start + k;
      h = Math.imul(h ^ (i === 0 || i === length - 1 ? SPACE : word.charCodeAt(i - 1)), FNV_PRIME);
      if (k + 1 >= MIN_GRAM) grams.push(h);
    }
  }
  let whole = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) whole = Math.imul(whole ^ word.charCodeAt(i), FNV_PRIME);
  const hashes = { grams: Int32Array.from(grams), whole };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, hashes);
  return hashes;
}

/**
 * The distinct buckets of a text's words (as `readTokens` gives them; breaks
 * are skipped), in the order first seen. `seen` is scratch space of the
 * model's size, cleared on return.
 */
export function modelFeatures(words: readonly string[], bits: number, seen?: Uint8Array): number[] {
  const mask = (1 << bits) - 1;
  const marks = seen ?? new Uint8Array(mask + 1);
  const out: number[] = [];
  let previous: WordHashes | undefined;
  for (const word of words) {
    if (word === SENTENCE || word === SOFT) {
      previous = undefined;
      continue;
    }
    const hashes = wordHashes(word);
    if (hashes.mask !== mask) {
      hashes.buckets = Int32Array.from(new Set(Array.from(hashes.grams, (h) => (h >>> 0) & mask)));
      hashes.mask = mask;
    }
    const buckets = hashes.buckets ?? hashes.grams;
    for (let k = 0; k < buckets.length; k++) {
      const b = buckets[k] ?? 0;
      if (marks[b] === 0) {
        marks[b] = 1;
        out.push(b);
      }
    }
    if (previous !== undefined) {
      // The pair "previous_word", hashed as one string.
      let h = Math.imul(previous.whole ^ UNDERSCORE, FNV_PRIME);
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
      const b = (h >>> 0) & mask;
      if (marks[b] === 0) {
        marks[b] = 1;
        out.push(b);
      }
    }
    previous = hashes;
  }
  for (const b of out) marks[b] = 0;
  return out;
}

let scratch: Uint8Array | undefined;

/** The model's score for a text's words. */
export function modelScore(model: CompiledModel, words: readonly string[]): number {
  const bits = Math.log2(model.mask + 1);
  if (!scratch || scratch.length !== model.mask + 1) scratch = new Uint8Array(model.mask + 1);
  const features = modelFeatures(words, bits, scratch);
  if (features.length === 0) return model.bias;
  let sum = 0;
  for (const b of features) sum += model.weights[b] ?? 0;
  return sum / Math.sqrt(features.length) + model.bias;
}
