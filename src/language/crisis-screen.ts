/**
 * The crisis screen (DESIGN, "Safety first", rule 1): every message, in all
 * four languages at once (people mix them, and a sentinel may quote a client
 * in another one). Deterministic and explainable: the result names a rule
 * and a family, never the text.
 *
 * Each language's lexicon (`src/language/<lang>/crisis.ts`) is data: word
 * classes matched through stems, one typo and joined words, idioms cut out
 * where they stand, and rules whose patterns allow gaps and free order.
 */

import { LANGS, type Lang } from '../conversation/types.js';
import type { CrisisFamily, CrisisLexicon, CrisisTier } from './crisis-lexicon.js';
import { CRISIS_MODEL } from './crisis-model.generated.js';
import { compileModel, modelReadsContent, modelScore } from './crisis-model.js';
import { de } from './de/crisis.js';
import { detectLanguage } from './detect.js';
import { en } from './en/crisis.js';
import { fr } from './fr/crisis.js';
import { type Analysis, find, Lexicon, type Pattern, PatternIndex, type PatternMatch, Readings } from './lexicon.js';
import { nl } from './nl/crisis.js';
import { readTokens, SENTENCE, SOFT } from './tokens.js';
import { TYPO_GUARD } from './typo-guard.generated.js';

export type { CrisisFamily, CrisisTier } from './crisis-lexicon.js';

export interface CrisisScreenResult {
  tier: CrisisTier | 'none';
  /** The rule that decided, e.g. "fr.want_to_die": never the person's text. */
  rule?: string;
  family?: CrisisFamily;
  /** The languages whose rules matched at that tier: the card adds their lines. */
  languages: Lang[];
}

const LEXICONS: Readonly<Record<Lang, CrisisLexicon>> = { fr, nl, de, en };

interface CompiledRule {
  readonly id: string;
  readonly family: CrisisFamily;
  readonly tier: CrisisTier;
  readonly negatable: boolean;
  readonly patterns: readonly Pattern[];
}

interface CompiledLanguage {
  readonly lang: Lang;
  readonly lexicon: Lexicon;
  readonly idioms: readonly Pattern[];
  readonly rules: readonly CompiledRule[];
  /** The idioms, indexed by a word each needs. */
  readonly idiomIndex: PatternIndex;
  /** Every rule's patterns in order, indexed the same way; \`slotRule\` names each one's rule. */
  readonly slots: PatternIndex;
  readonly slotRule: readonly number[];
  readonly negation: number;
  /** A bare "no" that opens a sentence ("non", "nee", "nein", "no"). */
  readonly denial: number;
  readonly doubt: number;
  readonly none: number;
  readonly said: number;
  /** Words for a thought or a plan ("gedachten", "idées", "thoughts"): "no thoughts of …" denies what follows. */
  readonly think: number;
  /** Words that say it will be all right ("het komt wel goed", "I want to live"): they outweigh a possible sign. */
  readonly reassure: number;
}

/** Real words of every language that are never read as a typo. */
const SHARED_NOT_TYPOS = new Set(
  [TYPO_GUARD, ...LANGS.map((lang) => LEXICONS[lang].notTypos ?? '')].flatMap((words) => words.split(/\s+/).filter(Boolean)),
);

function compileLanguage(data: CrisisLexicon): CompiledLanguage {
  const lexicon = new Lexicon(data, SHARED_NOT_TYPOS);
  const idioms = data.idioms.map((p) => lexicon.pattern(p));
  const rules = data.rules.map((r) => {
    if (!r.id.startsWith(`${data.lang}.`)) throw new Error(`crisis lexicon ${data.lang}: rule ${r.id} is not named ${data.lang}.…`);
    return {
      id: r.id,
      family: r.family,
      tier: r.tier,
      negatable: r.negatable === true,
      patterns: r.patterns.map((p) => lexicon.pattern(p)),
    };
  });
  lexicon.ready([...idioms, ...rules.flatMap((r) => r.patterns)]);
  const slotRule = rules.flatMap((r, index) => r.patterns.map(() => index));
  return {
    lang: data.lang,
    lexicon,
    idioms,
    rules,
    idiomIndex: new PatternIndex(lexicon, idioms),
    slots: new PatternIndex(
      lexicon,
      rules.flatMap((r) => r.patterns),
    ),
    slotRule,
    negation: lexicon.classId('NEG'),
    denial: lexicon.classId('DENY'),
    doubt: lexicon.classId('DOUBT'),
    none: lexicon.classId('NONE'),
    said: lexicon.classId('SAID'),
    think: lexicon.classId('THINK'),
    reassure: lexicon.classId('REASSURE'),
  };
}

const COMPILED: readonly CompiledLanguage[] = LANGS.map((lang) => compileLanguage(LEXICONS[lang]));

/** The four lexicons, compiled: for the typo-guard generator. */
export const CRISIS_LEXICONS: readonly Lexicon[] = COMPILED.map((c) => c.lexicon);

/** Each word looked up once for the four lexicons. */
const READINGS = new Readings(CRISIS_LEXICONS);

const MODEL = compileModel(CRISIS_MODEL);

/** The rule id of a message that only the model (`crisis-model.ts`) found worrying. */
export const MODEL_RULE_ID = 'model';

/** Every rule id, for reporting and tests. */
export const CRISIS_RULE_IDS: readonly string[] = Object.freeze([...COMPILED.flatMap((c) => c.rules.map((r) => r.id)), MODEL_RULE_ID]);

/** Messages longer than this are screened in overlapping pieces (a pasted document must not stall a turn). */
const MAX_SCREENED_CHARACTERS = 20_000;

/** How many words before a match a negation still reaches ("I don't want to die", "he's not thinking of dying"). */
const NEGATION_REACH = 3;
/** And after it, where Dutch and German put it ("aan doodgaan denk ik niet", "an Sterben denk ich nicht"). */
const NEGATION_REACH_AFTER = 3;

/** A negation that the match did not take, inside it or near it in the same sentence. */
function negated(a: Analysis, m: PatternMatch, negation: number): boolean {
  const words = a.tokens.words;
  let from = m.start;
  for (let reach = 0; from > 0 && reach < NEGATION_REACH; ) {
    if (words[from - 1] === SENTENCE) break;
    from--;
    if (words[from] !== ',') reach++;
  }
  let to = m.end;
  for (let reach = 0; to < words.length && reach < NEGATION_REACH_AFTER; ) {
    const word = words[to];
    if (word === SENTENCE || word === ',') break;
    to++;
    reach++;
  }
  for (let i = from; i < to; i++) if (!takenAt(m, i) && hasClass(a, i, negation)) return true;
  return false;
}

function hasClass(a: Analysis, i: number, id: number): boolean {
  const list = a.starts[i];
  if (list) for (let j = 0; j < list.length; j += 2) if (list[j] === id) return true;
  return false;
}

/** Whether some language reads a word of reassurance in the text. */
function reassured(analyses: readonly Analysis[]): boolean {
  for (let k = 0; k < COMPILED.length; k++) {
    const c = COMPILED[k];
    const a = analyses[k];
    if (!c || !a || c.reassure < 0) continue;
    for (let i = 0; i < a.tokens.words.length; i++) if (hasClass(a, i, c.reassure)) return true;
  }
  return false;
}

/** How far into its sentence a "no" still opens it ("mais non", "ma nee", "no no"). */
const DENIAL_OPENING = 3;

/**
 * A denial: the sentence opens with a bare "no" and the match is negated in
 * its own clause, with no comma between ("non non je veux pas me tuer", "nein,
 * an so was denk ich nicht", "no i don't want to kill myself"). The person is
 * saying what they are not doing, so that match says nothing. A match that
 * took a negation itself ("nee, ik wil niet meer leven") is never a denial,
 * nor is a "no" in an earlier clause ("non ça va pas, je veux me tuer").
 */
function denied(a: Analysis, m: PatternMatch, c: CompiledLanguage, family: CrisisFamily): boolean {
  const words = a.tokens.words;
  for (let k = 0; k < m.taken.length; k += 2) {
    for (let i = m.taken[k] ?? 0; i < (m.taken[k + 1] ?? 0); i++) if (hasClass(a, i, c.negation)) return false;
  }
  if ((family === 'suicide_intent' || family === 'self_harm') && (noneBefore(a, m, c) || answeredNo(a, m, c))) return true;
  let start = m.start;
  while (start > 0 && words[start - 1] !== SENTENCE && words[start - 1] !== SOFT) start--;
  if (!opensWithNo(a, c, start, m.start)) {
    // Or a clause of its own just before: "nein, an so was denk ich nicht".
    if (start < 2 || words[start - 1] !== SOFT) return false;
    let before = start - 1;
    while (before > 0 && words[before - 1] !== SENTENCE && words[before - 1] !== SOFT) before--;
    if (start - 1 - before > DENIAL_OPENING || !opensWithNo(a, c, before, start - 1)) return false;
  }
  // The negation: in the clause just before the match, inside it, or just after it.
  let from = m.start;
  for (let reach = 0; from > 0 && reach < NEGATION_REACH; reach++) {
    const word = words[from - 1];
    if (word === SENTENCE || word === SOFT) break;
    from--;
  }
  let to = m.end;
  for (let reach = 0; to < words.length && reach < NEGATION_REACH_AFTER; reach++) {
    const word = words[to];
    if (word === SENTENCE || word === SOFT) break;
    to++;
  }
  // Two negations undo each other ("no, I can't promise I won't …"): not a denial.
  let negations = 0;
  for (let i = from; i < to; i++) if (hasClass(a, i, c.negation) && !hasClass(a, i, c.denial) && !takenAt(m, i)) negations++;
  for (let i = start; i < from; i++) if (hasClass(a, i, c.negation) && !hasClass(a, i, c.denial)) negations++;
  if (negations !== 1) return false;
  for (let i = from; i < to; i++) {
    if (!hasClass(a, i, c.negation) || takenAt(m, i)) continue;
    let doubt = false;
    for (let j = i + 1; j < m.start; j++) if (hasClass(a, j, c.doubt)) doubt = true;
    if (!doubt) return true;
  }
  return false;
}

/**
 * Intent or self-harm named with a "no" in front of it ("sie hat keine
 * Suizidgedanken", "dass er sich nie was antun würde", "geen
 * zelfmoordgedachten"), with no other negation in the clause to undo it.
 */
function noneBefore(a: Analysis, m: PatternMatch, c: CompiledLanguage): boolean {
  const words = a.tokens.words;
  let found = -1;
  for (let i = m.start - 1, seen = 0; i >= 0 && seen < 2; i--) {
    if (words[i] === SENTENCE || words[i] === SOFT) break;
    seen++;
    if (hasClass(a, i, c.none)) {
      found = i;
      break;
    }
  }
  // Or inside the match, untaken: "sich nie was antun".
  if (found < 0) for (let i = m.start; i < m.end; i++) if (!takenAt(m, i) && hasClass(a, i, c.none)) found = i;
  if (found < 0) found = noThoughtOf(a, m, c);
  if (found < 0) return false;
  let start = found;
  while (start > 0 && words[start - 1] !== SENTENCE && words[start - 1] !== SOFT) start--;
  for (let i = start; i < m.end; i++) if (i !== found && !takenAt(m, i) && hasClass(a, i, c.negation)) return false;
  return true;
}

/** Words that tie a thought to what it is about: "thoughts of", "idées de", "gedachten om", "Gedanken an". */
/** Words that turn a "no" before a thought into its opposite: "never stop thinking", "no day without thoughts". */
const NOT_A_DENIAL = new Set(
  'without zonder ohne sans stop stops stopped stopping ophouden ophoud aufhoren aufhor arrete arreter cesse day dag tag jour night nacht nuit moment minute'.split(
    ' ',
  ),
);
const THOUGHT_LINK = new Set(['of', 'about', 'to', 'de', 'd', 'a', 'om', 'aan', 'over', 'an', 'zu', 'dran', 'daran', 'iets']);

/**
 * The "no" before a thought the match is about: "je n'ai pas d'idées de me
 * faire du mal", "no thoughts of harming myself", "keine Gedanken, mir das
 * Leben zu nehmen", "geen gedachten om mezelf iets aan te doen". Only a
 * thought tied to the match (by a linking word or the comma before a German
 * infinitive), so that "I never thought I'd want to die" is not a denial.
 * The index of the "no", or -1.
 */
function noThoughtOf(a: Analysis, m: PatternMatch, c: CompiledLanguage): number {
  const words = a.tokens.words;
  let thought = -1;
  for (let i = m.start - 1, links = 0; i >= 0; i--) {
    const word = words[i] ?? '';
    if (word === SOFT && i === m.start - 1) continue;
    if (hasClass(a, i, c.think)) {
      thought = i;
      break;
    }
    if (!THOUGHT_LINK.has(word) || ++links > 2) return -1;
  }
  if (thought < 0) return -1;
  for (let j = thought - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
    if (words[j] === SENTENCE || words[j] === SOFT) break;
    // "never stop thinking", "geen dag zonder gedachten", "aucun jour sans penser": the "no" is not about the thought.
    if (NOT_A_DENIAL.has(words[j] ?? '')) return -1;
    if (hasClass(a, j, c.none)) return j;
  }
  return -1;
}

/** Words that say a question was asked: "auf die Frage, ob …", "asked whether", "la question si". */
const ASKED_WHETHER = new Set(['frage', 'question', 'vraag', 'gefragt', 'demande', 'gevraagd', 'asked', 'whether']);

/** Asked, and the answer was no: "je lui ai demandé s'il pensait à se faire du mal et il m'a dit non". */
function answeredNo(a: Analysis, m: PatternMatch, c: CompiledLanguage): boolean {
  const words = a.tokens.words;
  // "Auf die Frage, ob ich … mir das Leben zu nehmen: nein, nie": asked whether, and the "no" right after it.
  let next = m.end;
  while (next < words.length && (words[next] === SOFT || words[next] === SENTENCE)) next++;
  if (next > m.end && next < words.length && hasClass(a, next, c.denial)) {
    // The "no" stands as the answer: alone, or with "never" ("nein, nie"); "No idea…", "No, I'm not joking", "No one…",
    // "nein, aber …" are not.
    let after = next + 1;
    while (after < words.length && words[after] === SOFT) after++;
    const alone = after >= words.length || words[after] === SENTENCE || hasClass(a, after, c.none);
    if (alone) for (let i = Math.max(0, m.start - 12); i < m.start; i++) if (ASKED_WHETHER.has(words[i] ?? '')) return true;
  }
  let said = false;
  for (let i = m.end, seen = 0; i < words.length && seen < 8; i++) {
    if (words[i] === SENTENCE) break;
    if (words[i] === SOFT) continue;
    seen++;
    if (hasClass(a, i, c.said)) said = true;
    else if (said && hasClass(a, i, c.denial)) return true;
  }
  return false;
}

/** A "no" among the first words from `from` (before `to`). */
function opensWithNo(a: Analysis, c: CompiledLanguage, from: number, to: number): boolean {
  for (let i = from; i < to && i < from + DENIAL_OPENING; i++) if (hasClass(a, i, c.denial)) return true;
  return false;
}

function takenAt(m: PatternMatch, i: number): boolean {
  for (let k = 0; k < m.taken.length; k += 2) if (i >= (m.taken[k] ?? 0) && i < (m.taken[k + 1] ?? 0)) return true;
  return false;
}

interface Verdict {
  tier: CrisisTier;
  rule: CompiledRule;
  /** The pattern that matched and the words it took: for `explainCrisis` only, never logged. */
  pattern: Pattern;
  words: string[];
}

/** Finds this language's idioms and marks the words they take, in the text as first read. */
function findIdioms(c: CompiledLanguage, a: Analysis, masked: Uint8Array, seen?: string[]): void {
  for (const index of c.idiomIndex.candidates(a)) {
    const idiom = c.idioms[index];
    if (!idiom) continue;
    for (let guard = 0; guard < 50; guard++) {
      const m = find(idiom, a);
      if (!m) break;
      seen?.push(`${c.lang}: ${idiom.source}`);
      c.lexicon.origins(a, m, masked);
      c.lexicon.mask(a, m);
      c.lexicon.refresh(a);
    }
  }
}

function applyRules(c: CompiledLanguage, a: Analysis): Verdict | undefined {
  let possible: Verdict | undefined;
  // Only the patterns whose key word is in the text, in the rules' order; a rule is done at its first match.
  let done = -1;
  for (const slot of c.slots.candidates(a)) {
    const index = c.slotRule[slot] ?? 0;
    const rule = c.rules[index];
    const pattern = c.slots.patterns[slot];
    if (!rule || !pattern || index === done) continue;
    if (rule.tier === 'possible' && possible) continue;
    let m = find(pattern, a);
    // A denied match says nothing; the same words may still come later, undenied.
    for (let guard = 0; m && guard < 8 && denied(a, m, c, rule.family); guard++) m = find(pattern, a, m.start + 1);
    if (!m || denied(a, m, c, rule.family)) continue;
    // "je ne veux pas mourir", "I have no wish to die": the wish denied says nothing (other words may still).
    if (rule.negatable && negated(a, m, c.negation)) continue;
    const tier = rule.tier;
    const words: string[] = [];
    for (let k = 0; k < m.taken.length; k += 2) words.push(a.tokens.words.slice(m.taken[k], m.taken[k + 1]).join(' '));
    if (tier === 'acute') return { tier, rule, pattern, words };
    possible ??= { tier, rule, pattern, words };
    done = index;
  }
  return possible;
}

/**
 * Screens one message. Pure and deterministic; the result names the rule and
 * family that decided, and the languages that matched, never the text.
 */
export function screenForCrisis(text: string): CrisisScreenResult {
  const { result } = screen(text);
  return result;
}

/** The lexicons' verdict alone, without the model: for training the model and for measuring each part. */
export function screenLexicons(text: string): CrisisScreenResult {
  const { result } = screen(text, undefined, undefined, false);
  return result;
}

/**
 * The screen's reasoning on one text: the pattern that decided and the words
 * it took. For tuning the lexicon on the tune half (`npm run crisis:eval --
 * --explain`); never logged, since it quotes the text.
 */
export function explainCrisis(text: string): {
  result: CrisisScreenResult;
  pattern?: string;
  words?: string[];
  idioms: string[];
  readings: Partial<Record<Lang, string>>;
  /** The model's score, when no rule matched. */
  score?: number;
} {
  const idioms: string[] = [];
  const readings: Partial<Record<Lang, string>> = {};
  const { result, verdict, score } = screen(text, idioms, readings);
  return verdict
    ? { result, pattern: verdict.pattern.source, words: verdict.words, idioms, readings }
    : { result, idioms, readings, ...(score === undefined ? {} : { score }) };
}

/** A text read in the four languages, with the words that idioms took marked. */
interface Reading {
  readonly tokens: ReturnType<typeof readTokens>;
  readonly masked: Uint8Array;
  readonly analyses: Analysis[];
}

function read(text: string, idioms?: string[]): Reading {
  const tokens = readTokens(text.length > MAX_SCREENED_CHARACTERS ? text.slice(0, MAX_SCREENED_CHARACTERS) : text);
  // Idioms first, in every language: a title or a turn of phrase recognised in one language
  // is cut out of every language's reading ("Suizidprävention" is not a French hit either).
  const masked = new Uint8Array(tokens.words.length);
  const known = READINGS.read(tokens);
  const analyses: Analysis[] = [];
  for (let i = 0; i < COMPILED.length; i++) {
    const c = COMPILED[i];
    if (!c) continue;
    const a = c.lexicon.analyse(tokens, known[i]);
    findIdioms(c, a, masked, idioms);
    analyses.push(a);
  }
  return { tokens, masked, analyses };
}

function screen(
  text: string,
  idioms?: string[],
  readings?: Partial<Record<Lang, string>>,
  withModel = true,
): { result: CrisisScreenResult; verdict?: Verdict; score?: number } {
  if (typeof text !== 'string' || text.trim() === '') return { result: { tier: 'none', languages: [] } };
  const { tokens, masked, analyses } = read(text, idioms);
  if (tokens.words.length === 0) return { result: { tier: 'none', languages: [] } };
  const anyMasked = masked.includes(1);
  // Reassurance is read before idioms cut words out ("je veux m'en sortir" is also an idiom).
  const calmBeforeIdioms = anyMasked ? reassured(analyses) : undefined;
  let best: Verdict | undefined;
  const languages: Lang[] = [];
  for (let i = 0; i < COMPILED.length; i++) {
    const c = COMPILED[i];
    const a = analyses[i];
    if (!c || !a) continue;
    // Most texts have no idiom: nothing to cut out of the other languages' readings.
    if (anyMasked) {
      c.lexicon.maskOrigins(a, masked);
      c.lexicon.refresh(a);
    }
    if (readings) readings[c.lang] = c.lexicon.describe(a).join(' ');
    const verdict = applyRules(c, a);
    if (!verdict) continue;
    if (!best || (verdict.tier === 'acute' && best.tier === 'possible')) {
      best = verdict;
      languages.length = 0;
    }
    if (verdict.tier === best.tier) languages.push(c.lang);
  }
  // "je suis crevé, mais ça va aller", "ich lieg wach, aber ich will leben": a possible sign, outweighed by the
  // person's own word that it will be all right. An acute sign never is.
  if (best?.tier !== 'acute' && (calmBeforeIdioms ?? reassured(analyses))) return { result: { tier: 'none', languages: [] } };
  if (best) return { result: { tier: best.tier, rule: best.rule.id, family: best.rule.family, languages }, verdict: best };
  if (!withModel || !modelReadsContent(tokens.words)) return { result: { tier: 'none', languages: [] } };
  // No rule matched: the model may still find the message worrying enough to ask.
  const score = modelScore(MODEL, tokens.words);
  if (score < MODEL.threshold) return { result: { tier: 'none', languages: [] }, score };
  const lang = detectLanguage(text)?.lang;
  return { result: { tier: 'possible', rule: MODEL_RULE_ID, family: 'ambiguous_distress', languages: lang ? [lang] : [] }, score };
}
