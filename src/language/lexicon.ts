/**
 * A small engine for language data: named classes of words, and patterns
 * over them, matched against what a person wrote.
 *
 * A class lists entries separated by white space:
 *   - `mourir`   the word and every word with the same stem ("meurs" does not
 *                share it, so irregular forms are listed too);
 *   - `=me`      exactly this word (short or ambiguous words);
 *   - `suicid*`  words that start with it; `*pillen` words that end with it
 *                (compounds); `*mord*` words that contain it;
 *   - `en_finir` several words in a row, each written as above;
 *   - `@WANT`    every entry of another class.
 * A class named `QUANTITY` also holds every number from 20 to 999 written in
 * digits ("60" pills saved up is a quantity, "2" months is not).
 * A word of five letters or more (or a stem or prefix that long) also
 * matches with one typo (a letter dropped, added, changed or two swapped);
 * a word of three or four letters with two letters swapped, and a
 * five-letter word with one dropped; unless what was written is itself a
 * known word (`notTypos` and the generated guard).
 * Two neighbouring words are also read as one ("zelf moord", "self harm").
 *
 * A pattern is a line of elements separated by spaces:
 *   - `WANT`       a class; `mourir`, `=me`, `en_finir` an entry as above;
 *   - `(A|b|=c)`   any of these;   `?A` optional;
 *   - `~` `~N`     up to 3 (or N) other words in between, in the same sentence;
 *   - `~~` `~~N`   up to 12 (or N) other words, across sentences;
 *   - `-N`         up to N other words in the same clause (no comma or emoji between);
 *   - `$`          the clause ends here (end of text, punctuation, emoji);
 *   - `^`          a clause starts here;
 *   - `!A`         the next word (in the same clause) is not A;
 *   - `{A B C}` `{A B C}~N`  all of them within 8 (or N) words, in any
 *                  order, in one sentence (`~~N`: across sentences);
 *                  `{A B !C}`: and no C within that window.
 * Without `~` between them, two elements are next to each other (a comma or
 * an emoji between them does not count).
 */
import type { Lang } from '../conversation/types.js';
import { withinEdits } from './edit-distance.js';
import { stem } from './stemmer.js';
import { foldLetters, pairFirsts, readTokens, respell, SENTENCE, SOFT, type Tokens } from './tokens.js';

/** Word classes and spellings of one language. */
export interface WordData {
  readonly lang: Lang;
  /** Named classes: entries separated by white space (see above). */
  readonly words: Readonly<Record<string, string>>;
  /** Whole words rewritten before matching: contractions ("jveux": "je veux"). */
  readonly spellings?: Readonly<Record<string, string>>;
  /** Real words never read as a typo of a lexicon word ("prendre" is not "pendre"), separated by white space. */
  readonly notTypos?: string;
  /**
   * Regional and spoken letter changes, as [pattern, replacement] pairs
   * (`["^ch", "k"]`: Swiss "chind" is "kind"). A word that no entry reads as
   * written is read again with each change, then with all of them; the
   * changed word must match an entry as written, by its stem or its
   * beginning or end, never within a typo.
   */
  readonly dialect?: ReadonlyArray<readonly [string, string]>;
}

/** Numbers from 20 to 999, in digits: the `QUANTITY` class. */
const QUANTITY_DIGITS = /^(?:[2-9]\d|[1-9]\d\d)$/;
const DEFAULT_GAP = 3;
const DEFAULT_CROSSING_GAP = 12;
const DEFAULT_WINDOW = 8;
/** Typos are only allowed on words (and stems) this long. */
const TYPO_MIN_LENGTH = 5;
/**
 * Shorter words get fewer typos: three or four letters, two letters swapped
 * ("teur", "vei"); four letters, one dropped from a five-letter word ("jous",
 * "cupe").
 */
const SHORT_TYPO_LENGTH = 3;
/** Shorter stems match only the word as written. */
const MIN_STEM_LENGTH = 4;

type EntryKind = 'word' | 'exact' | 'prefix' | 'suffix' | 'infix';

interface Entry {
  readonly kind: EntryKind;
  readonly text: string;
}

const ENTRY = /^=?\*?[\p{L}\p{N}]+\*?$/u;

function parseEntry(raw: string): Entry {
  const folded = foldLetters(raw);
  if (!ENTRY.test(folded)) throw new Error(`lexicon: "${raw}" is not an entry (letters, with = or * around them)`);
  if (folded.startsWith('=')) return { kind: 'exact', text: folded.slice(1) };
  const starts = folded.startsWith('*');
  const ends = folded.endsWith('*') && folded.length > 1;
  const text = folded.replace(/^\*|\*$/g, '');
  if (starts && ends) return { kind: 'infix', text };
  if (starts) return { kind: 'suffix', text };
  if (ends) return { kind: 'prefix', text };
  return { kind: 'word', text };
}

interface FuzzyKey {
  readonly key: string;
  readonly ids: readonly number[];
}

/** Pattern elements, compiled. */
type Element =
  | {
      readonly t: 'class';
      readonly mask: Uint8Array;
      readonly ids: readonly number[];
      readonly optional: boolean;
      /** `$` among the alternatives: the clause may end here instead. */
      readonly orEnd: boolean;
      /** `+`: required, but only as context: an idiom does not cut it out. */
      readonly context: boolean;
    }
  | { readonly t: 'gap'; readonly max: number; readonly cross: boolean; readonly tight?: boolean }
  | { readonly t: 'end' }
  | { readonly t: 'start' }
  | { readonly t: 'not'; readonly mask: Uint8Array; readonly ids: readonly number[] };

/**
 * Every element as an object of one shape (the fields it does not use at
 * their neutral value): the matcher reads them in its innermost loop, and
 * one shape keeps those reads fast.
 */
function sameShape(el: Element): Element {
  const all = {
    t: el.t,
    mask: 'mask' in el ? el.mask : new Uint8Array(0),
    ids: 'ids' in el ? el.ids : NONE,
    optional: 'optional' in el ? el.optional : false,
    orEnd: 'orEnd' in el ? el.orEnd : false,
    context: 'context' in el ? el.context : false,
    max: 'max' in el ? el.max : 0,
    cross: 'cross' in el ? el.cross : false,
    tight: 'tight' in el ? el.tight === true : false,
  };
  return all as Element;
}

export interface Pattern {
  readonly source: string;
  readonly elements: readonly Element[];
  /** For a bag `{…}`: its groups, how many of them must be there, the window and whether it crosses sentences. */
  readonly bag?: {
    readonly groups: readonly Element[];
    /** `!A` in a bag: none of these may stand within the window ("a rope for the hay", unless it was bought "for me"). */
    readonly absent: readonly Element[];
    readonly least: number;
    readonly window: number;
    readonly cross: boolean;
  };
  /** Class ids of which at least one must be in the text, one list per required element. */
  readonly required: ReadonlyArray<readonly number[]>;
  /**
   * `required` in the order `possible` checks it: an element found missing
   * moves to the front, so the words a text usually lacks are checked first.
   * Only the speed depends on it, never the answer.
   */
  readonly checks: Array<readonly number[]>;
  /** How many of `required` must be satisfied (all of them, but for a bag `{k/ …}`). */
  readonly least: number;
}

/** Where a pattern matched: its span, and the word positions its elements took. */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  /** Pairs of [start, end) positions taken by the pattern's elements (not by its gaps). */
  readonly taken: readonly number[];
}

/** The text read against one language's classes: which class starts where, and where it ends. */
export interface Analysis {
  readonly tokens: Tokens;
  /** Per position: flat pairs of (class id, end position). */
  readonly starts: number[][];
  /**
   * 1 when the class occurs somewhere in the text. The lexicon's own buffer,
   * reused: an analysis is read before the same lexicon analyses another text.
   */
  readonly present: Uint8Array;
  /** The same classes (and groups) as a list, each once: the lexicon's own buffer too. */
  readonly found: number[];
  /** Per position: the number of words before it, breaks not counted. */
  readonly wordIndex: number[];
  /** Per position: the number of sentence breaks before it. */
  readonly sentence: number[];
}

/**
 * The lexicon words that a word may begin ("zelf" of "zelfmoord"), by the
 * rest of them: a next word that is the rest of a word, or that starts with
 * the rest of a prefix, is read with it as one.
 */
interface Joins {
  readonly words: Map<string, number[]>;
  /** The prefixes the rest may start, by the rest's first two letters (a short word begins many of them). */
  readonly prefixes: Map<string, Array<{ readonly tail: string; readonly ids: readonly number[] }>>;
  /** What each next word made of this one, remembered (bounded): the same pairs come back text after text. */
  readonly made: Map<string, readonly number[]>;
}

/** How many next words a beginning remembers before it starts again. */
const JOINS_MEMO = 256;

/** What a lexicon knows of one word on its own: its classes, and the lexicon words it may begin. */
export interface WordReading {
  readonly classes: readonly number[];
  readonly joins: Joins | undefined;
  /** The word is, or begins, one of the lexicon's spellings ("jveux", "won t"). */
  readonly spelled: boolean;
  /**
   * The word may end a lexicon word that the word before begins: it is the
   * rest of one ("moord" of "zelfmoord") or starts the rest of a prefix.
   * Only then are the two read as one.
   */
  readonly tail: boolean;
  /** One of its classes is the key word of a phrase: only such positions are tried for phrases. */
  readonly phrased: boolean;
  /** Its classes and the groups they belong to: what the word makes present in a text. */
  readonly marks: readonly number[];
}

/** A bounded cache: the oldest entry goes once `limit` is reached. */
class Bounded<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.limit) {
      const [oldest] = this.map.keys();
      if (oldest !== undefined) this.map.delete(oldest);
    }
    this.map.set(key, value);
  }
}

const NONE: readonly number[] = Object.freeze([]);
/**
 * The class list of every position that starts no class. Never added to:
 * phrases start on a word of a class, and masking only empties lists.
 */
const NO_CLASSES: number[] = [];

/** Every run of one letter written once ("dissapear" and "disappear" both give "disapear"). */
function single(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** The word with two neighbouring letters swapped, each way it can be ("vie" → "ive", "vei"). */
function swaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2));
  }
  return out;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/**
 * One language's classes, compiled into look-up tables. Patterns are
 * compiled against it (`pattern`), texts read with it (`analyse`).
 */
export class Lexicon {
  readonly lang: Lang;
  private readonly classIds = new Map<string, number>();
  private readonly classNames: string[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly suffixes = new Map<string, number[]>();
  private readonly infixes: Array<{ text: string; ids: number[] }> = [];
  private prefixLengths: number[] = [];
  private suffixLengths: number[] = [];
  private readonly phrases: Array<{ ids: number[]; parts: number[] }> = [];
  /** The same phrases by their parts' ids ("12,40"): a phrase listed twice is one phrase of several classes. */
  private readonly phraseByParts = new Map<string, { ids: number[]; parts: number[] }>();
  /**
   * Per class id: the phrases (indices in `phrases`) keyed on it, each by its
   * longest word (the least common, as a rule): a phrase is only tried when
   * that word is in the text.
   */
  private phrasesByKey: Array<number[] | undefined> = [];
  /** Scratch for `addPhrases`: 1 for a phrase already listed. */
  private phraseTried = new Uint8Array(0);

  private readonly fuzzySurface = new Map<string, FuzzyKey[]>();
  private readonly fuzzyStem = new Map<string, FuzzyKey[]>();
  private readonly fuzzyPrefix = new Map<string, FuzzyKey[]>();
  /** Short words (three or four letters) with two letters swapped ("tuer" as "teur", "vie" as "vei"). */
  private readonly swapped = new Map<string, number[]>();
  /** Words and exact entries with their doubled letters written once ("disappear" as "disapear"): "dissapear" is read too. */
  private readonly singled = new Map<string, number[]>();
  /** The same for the ends of compounds ("*tabletten"): "schlaftablletten" is read too. */
  private readonly singledSuffixes = new Map<string, number[]>();
  private singledSuffixLengths: number[] = [];
  private fuzzyPrefixLengths: number[] = [];
  private readonly entryIds = new Map<string, number[]>();
  readonly spellings: ReadonlyMap<string, readonly string[]>;
  private readonly notTypos: ReadonlySet<string>;
  private readonly sharedNotTypos: ReadonlySet<string>;
  private readonly words = new Bounded<WordReading>(50_000);
  /** One reading per distinct set of classes and flags (see `reading`); as many as the lexicon has combinations. */
  private readonly alike = new Map<string, WordReading>();
  /** The `present` buffer of the latest analysis (see `Analysis.present`). */
  private present = new Uint8Array(0);
  /** The `found` buffer of the latest analysis. */
  private readonly found: number[] = [];

  /**
   * Two words read as one: for each beginning (2 letters or more) of a
   * lexicon word or prefix, the rest of it (at least 2 letters) and its
   * classes. The second word must be that rest (a word) or start with it (a
   * prefix).
   */
  private readonly joins = new Map<string, Joins>();
  /** Every rest of a word in `joins`. */
  private readonly tails = new Set<string>();
  /** Every rest of a prefix in `joins`, and the longest one's length. */
  private readonly prefixTails = new Set<string>();
  private prefixTailLength = 0;
  private sealed = false;
  /** The `QUANTITY` class, or -1: numbers written in digits join it (see the header). */
  private readonly quantity: number;
  private readonly dialect: ReadonlyArray<readonly [RegExp, string]>;
  /**
   * Per class id: the groups it belongs to. A group stands for an element of
   * several alternatives (`(WANT|GO|THINK)`), so that checking whether a
   * pattern can match reads one flag per element.
   */
  private groupsOf: Array<number[] | undefined> = [];
  /** Per group id: the classes it stands for. */
  private readonly groupMembers = new Map<number, readonly number[]>();

  constructor(data: WordData, sharedNotTypos: ReadonlySet<string> = new Set()) {
    this.lang = data.lang;
    this.spellings = new Map(
      Object.entries(data.spellings ?? {}).map(([k, v]) => [foldLetters(k), foldLetters(v).split(/\s+/).filter(Boolean)]),
    );
    // The shared set is large: it is kept as it is, beside this language's own words.
    this.sharedNotTypos = sharedNotTypos;
    const notTypos = new Set<string>();
    for (const w of (data.notTypos ?? '').split(/\s+/)) if (w) notTypos.add(foldLetters(w));
    this.notTypos = notTypos;
    // Classes first get their ids, so that `@NAME` can point forwards.
    for (const name of Object.keys(data.words)) this.idFor(name);
    for (const [name, body] of Object.entries(data.words)) {
      const id = this.idFor(name);
      for (const raw of this.expand(body, data.words, new Set([name]))) this.addEntry(raw, id);
    }
    this.quantity = this.classIds.get('QUANTITY') ?? -1;
    this.dialect = (data.dialect ?? []).map(([from, to]) => [new RegExp(from, 'u'), to] as const);
  }

  /** Number of classes (named and anonymous): the size of `present`. */
  get classCount(): number {
    return this.classNames.length;
  }

  /** The id of a named class; throws on an unknown name (a typo in the data). */
  classId(name: string): number {
    const id = this.classIds.get(name);
    if (id === undefined) throw new Error(`lexicon ${this.lang}: unknown class ${name}`);
    return id;
  }

  private idFor(name: string): number {
    let id = this.classIds.get(name);
    if (id === undefined) {
      id = this.classNames.length;
      this.classIds.set(name, id);
      this.classNames.push(name);
    }
    return id;
  }

  private expand(body: string, all: Readonly<Record<string, string>>, seen: Set<string>): string[] {
    const out: string[] = [];
    for (const raw of body.split(/\s+/)) {
      if (!raw) continue;
      if (raw.startsWith('@')) {
        const name = raw.slice(1);
        const included = all[name];
        if (included === undefined) throw new Error(`lexicon ${this.lang}: @${name} is not a class`);
        if (seen.has(name)) continue;
        out.push(...this.expand(included, all, new Set([...seen, name])));
      } else {
        out.push(raw);
      }
    }
    return out;
  }

  /** Registers one entry (a word or a phrase) as belonging to class `id`. */
  private addEntry(raw: string, id: number): void {
    if (this.sealed) throw new Error('lexicon: entries are added before the first text is read');
    // "=a_b": every word exact; "a_b": each word read on its own terms.
    const exactPhrase = raw.startsWith('=');
    const parts = (exactPhrase ? raw.slice(1) : raw)
      .split('_')
      .filter(Boolean)
      .map((p) => (exactPhrase ? `=${p}` : p));
    if (parts.length > 1) {
      const partIds = parts.map((p) => this.entryClass(p));
      const key = partIds.join(',');
      const existing = this.phraseByParts.get(key);
      if (existing) {
        if (!existing.ids.includes(id)) existing.ids.push(id);
      } else {
        const phrase = { ids: [id], parts: partIds };
        this.phrases.push(phrase);
        this.phraseByParts.set(key, phrase);
      }
      return;
    }
    const entry = parseEntry(raw);
    if (entry.text === '') return;
    switch (entry.kind) {
      case 'exact':
        push(this.exact, entry.text, id);
        this.addSwaps(entry.text, id);
        if (entry.text.length >= TYPO_MIN_LENGTH - 1) push(this.singled, single(entry.text), id);
        if (entry.text.length >= TYPO_MIN_LENGTH) this.addFuzzy(this.fuzzySurface, entry.text, id);
        return;
      case 'prefix':
        push(this.prefixes, entry.text, id);
        if (entry.text.length >= TYPO_MIN_LENGTH) this.addFuzzy(this.fuzzyPrefix, entry.text, id);
        return;
      case 'suffix':
        push(this.suffixes, entry.text, id);
        if (entry.text.length >= TYPO_MIN_LENGTH) push(this.singledSuffixes, single(entry.text), id);
        return;
      case 'infix': {
        const found = this.infixes.find((x) => x.text === entry.text);
        if (found) {
          if (!found.ids.includes(id)) found.ids.push(id);
        } else {
          this.infixes.push({ text: entry.text, ids: [id] });
        }
        return;
      }
      case 'word': {
        push(this.exact, entry.text, id);
        this.addSwaps(entry.text, id);
        if (entry.text.length >= TYPO_MIN_LENGTH - 1) push(this.singled, single(entry.text), id);
        const s = stem(entry.text, this.lang);
        // A stem this short is shared by unrelated words ("tuer" and "tu" both give "tu"): the word alone, then.
        if (s.length >= MIN_STEM_LENGTH) push(this.stems, s, id);
        if (entry.text.length >= TYPO_MIN_LENGTH) this.addFuzzy(this.fuzzySurface, entry.text, id);
        if (s.length >= TYPO_MIN_LENGTH) this.addFuzzy(this.fuzzyStem, s, id);
        return;
      }
    }
  }

  private addSwaps(text: string, id: number): void {
    if (text.length < SHORT_TYPO_LENGTH || text.length >= TYPO_MIN_LENGTH || !/^\p{L}+$/u.test(text)) return;
    for (const variant of swaps(text)) push(this.swapped, variant, id);
  }

  private addFuzzy(index: Map<string, FuzzyKey[]>, key: string, id: number): void {
    for (const variant of [key, ...deletions(key)]) {
      const list = index.get(variant) ?? [];
      const found = list.find((k) => k.key === key);
      if (found) {
        if (!found.ids.includes(id)) (found.ids as number[]).push(id);
      } else {
        list.push({ key, ids: [id] });
      }
      index.set(variant, list);
    }
  }

  /** An anonymous class for an entry written inside a pattern (or a phrase part): one id per distinct entry. */
  private entryClass(raw: string): number {
    const key = `\u0000${raw}`;
    const known = this.entryIds.get(key);
    if (known) return known[0] ?? 0;
    const id = this.idFor(key);
    this.entryIds.set(key, [id]);
    this.addEntry(raw, id);
    return id;
  }

  // --- patterns -------------------------------------------------------------

  /** Compiles one pattern line (see the module comment). */
  pattern(source: string): Pattern {
    const bag = /^\{(?:(\d+)\/)?([^}]*)\}(~~?)?(\d+)?$/.exec(source.trim());
    if (bag) {
      const raws = (bag[2] ?? '').trim().split(/\s+/);
      const groups = raws.filter((x) => !x.startsWith('!')).map((x) => this.classElement(x, false));
      const absent = raws
        .filter((x) => x.startsWith('!'))
        .map((x) => {
          const el = this.classElement(x.slice(1), false);
          return sameShape({ t: 'not', mask: el.t === 'class' ? el.mask : new Uint8Array(0), ids: el.t === 'class' ? el.ids : NONE });
        });
      const least = bag[1] ? Number(bag[1]) : groups.length;
      if (least < 1 || least > groups.length) throw new Error(`lexicon ${this.lang}: bad count in ${source}`);
      const cross = bag[3] === '~~';
      const window = bag[4] ? Number(bag[4]) : DEFAULT_WINDOW;
      const required = groups.map((g) => (g.t === 'class' ? g.ids : []));
      groups.forEach((g, i) => {
        groups[i] = sameShape(g);
      });
      return { source, elements: [], bag: { groups, absent, least, window, cross }, required, checks: [...required], least };
    }
    const elements: Element[] = [];
    for (const raw of source.trim().split(/\s+/)) {
      const gap = /^(~~?|-)(\d+)?$/.exec(raw);
      if (gap) {
        const cross = gap[1] === '~~';
        const tight = gap[1] === '-';
        elements.push({ t: 'gap', max: gap[2] ? Number(gap[2]) : cross ? DEFAULT_CROSSING_GAP : DEFAULT_GAP, cross, tight });
      } else if (raw === '$') {
        elements.push({ t: 'end' });
      } else if (raw === '^') {
        elements.push({ t: 'start' });
      } else if (raw.startsWith('!')) {
        const el = this.classElement(raw.slice(1), false);
        if (el.t !== 'class') throw new Error(`lexicon ${this.lang}: bad "!" in ${source}`);
        elements.push({ t: 'not', mask: el.mask, ids: el.ids });
      } else if (raw.startsWith('?')) {
        elements.push(this.classElement(raw.slice(1), true));
      } else {
        elements.push(this.classElement(raw, false));
      }
    }
    const required = elements.filter((e) => e.t === 'class' && !e.optional && !e.orEnd).map((e) => (e.t === 'class' ? e.ids : []));
    if (required.length === 0) throw new Error(`lexicon ${this.lang}: pattern without a required word: ${source}`);
    return { source, elements: elements.map(sameShape), required, checks: [...required], least: required.length };
  }

  private classElement(raw: string, optional: boolean): Element {
    const context = raw.startsWith('+');
    const body = context ? raw.slice(1) : raw;
    const alternatives = body.startsWith('(') && body.endsWith(')') ? body.slice(1, -1).split('|') : [body];
    const orEnd = alternatives.includes('$');
    const ids = alternatives
      .filter((alt) => alt !== '$')
      .map((alt) => (/^[A-Z][A-Z0-9_]*$/.test(alt) ? this.classId(alt) : this.entryClass(alt)));
    // The mask is sized when the first text is read (classes may still be added by later patterns).
    return { t: 'class', mask: new Uint8Array(0), ids, optional, orEnd, context };
  }

  /** Sizes the masks once every pattern is compiled. Called by `analyse`. */
  private seal(patterns: readonly Pattern[]): void {
    this.sealed = true;
    this.prefixLengths = [...new Set([...this.prefixes.keys()].map((k) => k.length))].sort((a, b) => a - b);
    this.suffixLengths = [...new Set([...this.suffixes.keys()].map((k) => k.length))].sort((a, b) => a - b);
    this.singledSuffixLengths = [...new Set([...this.singledSuffixes.keys()].map((k) => k.length))].sort((a, b) => a - b);
    this.fuzzyPrefixLengths = [...new Set([...this.prefixes.keys()].filter((k) => k.length >= TYPO_MIN_LENGTH).map((k) => k.length))];
    for (const p of patterns) for (const el of [...p.elements, ...(p.bag?.groups ?? []), ...(p.bag?.absent ?? [])]) this.fillMask(el);
    const groups = new Map<string, number>();
    for (const p of patterns) {
      for (let r = 0; r < p.checks.length; r++) {
        const ids = p.checks[r] ?? NONE;
        if (ids.length < 2) continue;
        const key = [...ids].sort(ascending).join(',');
        let group = groups.get(key);
        if (group === undefined) {
          group = this.idFor(`\u0001${key}`);
          groups.set(key, group);
          this.groupMembers.set(group, ids);
          for (const id of ids) {
            const list = this.groupsOf[id] ?? [];
            list.push(group);
            this.groupsOf[id] = list;
          }
        }
        p.checks[r] = [group];
      }
    }
    const addJoins = (index: Map<string, number[]>, prefix: boolean) => {
      for (const [key, ids] of index) {
        for (let n = 2; n < key.length - 1; n++) {
          const head = key.slice(0, n);
          const joins = this.joins.get(head) ?? {
            words: new Map<string, number[]>(),
            prefixes: new Map(),
            made: new Map(),
          };
          const tail = key.slice(n);
          if (prefix) {
            const start = tail.slice(0, 2);
            const bucket = joins.prefixes.get(start) ?? [];
            bucket.push({ tail, ids });
            joins.prefixes.set(start, bucket);
            this.prefixTails.add(tail);
            this.prefixTailLength = Math.max(this.prefixTailLength, tail.length);
          } else {
            for (const id of ids) push(joins.words, tail, id);
            this.tails.add(tail);
          }
          this.joins.set(head, joins);
        }
      }
    };
    this.phrasesByKey = new Array(this.classCount);
    this.phraseTried = new Uint8Array(this.phrases.length);
    this.phrases.forEach((phrase, index) => {
      let key = phrase.parts[0] ?? 0;
      for (const part of phrase.parts) if ((this.classNames[part]?.length ?? 0) > (this.classNames[key]?.length ?? 0)) key = part;
      const list = this.phrasesByKey[key] ?? [];
      list.push(index);
      this.phrasesByKey[key] = list;
    });
    addJoins(this.exact, false);
    addJoins(this.prefixes, true);
  }

  private fillMask(el: Element): void {
    if (el.t !== 'class' && el.t !== 'not') return;
    const mask = new Uint8Array(this.classCount);
    for (const id of el.ids) mask[id] = 1;
    (el as { mask: Uint8Array }).mask = mask;
  }

  /** The classes that stand for a pattern's check: a group's members, or the class itself. */
  members(id: number): readonly number[] {
    return this.groupMembers.get(id) ?? [id];
  }

  /** Prepares the lexicon for reading: call once, with every pattern compiled against it. */
  ready(patterns: readonly Pattern[]): void {
    this.seal(patterns);
  }

  // --- reading ----------------------------------------------------------------

  /** The classes one word belongs to, on its own (typos included); cached by word. */
  reading(word: string): WordReading {
    const cached = this.words.get(word);
    if (cached) return cached;
    const classes = this.wordClasses(word);
    const joins = this.joins.get(word);
    const spelled = this.spellings.has(word) || pairFirsts(this.spellings).has(word);
    const tail = this.tails.has(word) || this.startsPrefixTail(word);
    // Words that read alike share one reading: reading a text touches a few objects that stay
    // in the processor's cache, instead of one per word scattered over the heap.
    const key = joins === undefined ? `${classes.join(',')}|${spelled ? 1 : 0}${tail ? 1 : 0}` : undefined;
    let reading = key === undefined ? undefined : this.alike.get(key);
    if (!reading) {
      reading = {
        classes,
        marks: this.withGroups(classes),
        phrased: classes.some((id) => this.phrasesByKey[id] !== undefined),
        joins,
        spelled,
        tail,
      };
      if (key !== undefined) this.alike.set(key, reading);
    }
    this.words.set(word, reading);
    return reading;
  }

  /** Classes and the groups they belong to. */
  private withGroups(classes: readonly number[]): readonly number[] {
    let marks: number[] | undefined;
    for (const id of classes) {
      const groups = this.groupsOf[id];
      if (!groups) continue;
      marks ??= [...classes];
      for (const g of groups) if (!marks.includes(g)) marks.push(g);
    }
    return marks ?? classes;
  }

  /** Marks a class present, and the groups it belongs to. */
  private mark(present: Uint8Array, found: number[], id: number): void {
    if (present[id] === 0) {
      present[id] = 1;
      found.push(id);
    }
    const groups = this.groupsOf[id];
    if (groups) {
      for (const g of groups) {
        if (present[g] === 1) continue;
        present[g] = 1;
        found.push(g);
      }
    }
  }

  private startsPrefixTail(word: string): boolean {
    for (let n = 2; n <= word.length && n <= this.prefixTailLength; n++) if (this.prefixTails.has(word.slice(0, n))) return true;
    return false;
  }

  /** The classes one word belongs to, on its own (regional forms and typos included). */
  private wordClasses(word: string): readonly number[] {
    const ids: number[] = [];
    const add = (list: readonly number[] | undefined) => {
      if (list) for (const id of list) if (!ids.includes(id)) ids.push(id);
    };
    this.directClasses(word, add);
    // A regional form is read as the standard word even when the form itself is listed somewhere ("umbringa" in one pattern).
    if (this.dialect.length > 0 && !/\d/.test(word)) this.dialectClasses(word, add);
    if (
      ids.length === 0 &&
      word.length >= SHORT_TYPO_LENGTH &&
      !this.notTypos.has(word) &&
      !this.sharedNotTypos.has(word) &&
      !/\d/.test(word)
    ) {
      // A doubled letter put in the wrong place, or one too many or too few ("dissapear", "diee").
      if (word.length >= TYPO_MIN_LENGTH - 1) {
        const once = single(word);
        add(this.singled.get(once));
        for (const n of this.singledSuffixLengths) if (n < once.length) add(this.singledSuffixes.get(once.slice(once.length - n)));
      }
      if (ids.length === 0) {
        const s = /\p{L}/u.test(word) ? stem(word, this.lang) : word;
        if (word.length >= TYPO_MIN_LENGTH) this.typos(word, s, add);
        else this.shortTypos(word, add);
      }
    }
    return ids.length === 0 ? NONE : ids;
  }

  /** A regional form read as the standard word: each change alone, then all of them (see `WordData.dialect`). */
  private dialectClasses(word: string, add: (list: readonly number[] | undefined) => void): void {
    let all = word;
    let found = false;
    const collect = (list: readonly number[] | undefined) => {
      if (list && list.length > 0) found = true;
      add(list);
    };
    for (const [from, to] of this.dialect) {
      const changed = word.replace(from, to);
      if (changed === word) continue;
      this.directClasses(changed, collect);
      all = all.replace(from, to);
    }
    if (!found && all !== word) this.directClasses(all, collect);
  }

  /** The entries a word matches as written: exactly, by its stem, beginning or end, or a number. */
  private directClasses(word: string, add: (list: readonly number[] | undefined) => void): void {
    add(this.exact.get(word));
    const s = /\p{L}/u.test(word) ? stem(word, this.lang) : word;
    add(this.stems.get(s));
    for (const n of this.prefixLengths) {
      if (n > word.length) break;
      add(this.prefixes.get(word.slice(0, n)));
    }
    for (const n of this.suffixLengths) {
      if (n > word.length) break;
      add(this.suffixes.get(word.slice(word.length - n)));
    }
    for (const x of this.infixes) if (word.includes(x.text)) add(x.ids);
    if (this.quantity >= 0 && QUANTITY_DIGITS.test(word)) add([this.quantity]);
  }

  /**
   * Whether `word` would be read as a typo of a lexicon word: it matches no
   * entry as written, but one within a typo. The typo-guard generator
   * (`npm run lexicon:guard`) runs every dictionary word through this, so
   * that real words are never read as typos.
   */
  readsAsTypo(word: string): boolean {
    if (word.length < SHORT_TYPO_LENGTH || /\d/.test(word)) return false;
    let direct = false;
    this.directClasses(word, (list) => {
      if (list && list.length > 0) direct = true;
    });
    if (direct) return false;
    if (word.length >= TYPO_MIN_LENGTH - 1) {
      const once = single(word);
      if (this.singled.has(once)) return true;
      for (const n of this.singledSuffixLengths) if (n < once.length && this.singledSuffixes.has(once.slice(once.length - n))) return true;
    }
    let found = false;
    const note = () => {
      found = true;
    };
    if (word.length >= TYPO_MIN_LENGTH) this.typos(word, stem(word, this.lang), note);
    else this.shortTypos(word, note);
    return found;
  }

  /** Short words: two letters swapped, or (four letters) one dropped from a five-letter word. */
  private shortTypos(word: string, add: (ids: readonly number[]) => void): void {
    add(this.swapped.get(word) ?? NONE);
    if (word.length === TYPO_MIN_LENGTH - 1) {
      for (const k of this.fuzzySurface.get(word) ?? []) if (k.key.length === TYPO_MIN_LENGTH) add(k.ids);
    }
  }

  /** Lexicon words within one typo of `word` (or of its stem, or starting within one typo). */
  private typos(word: string, s: string, add: (ids: readonly number[]) => void): void {
    const probe = (index: Map<string, FuzzyKey[]>, text: string) => {
      for (const variant of [text, ...deletions(text)]) {
        for (const k of index.get(variant) ?? []) if (withinEdits(text, k.key, 1)) add(k.ids);
      }
    };
    probe(this.fuzzySurface, word);
    if (s !== word && s.length >= TYPO_MIN_LENGTH) probe(this.fuzzyStem, s);
    for (const n of this.fuzzyPrefixLengths) {
      for (const len of [n - 1, n, n + 1]) if (len <= word.length) probe(this.fuzzyPrefix, word.slice(0, len));
    }
  }

  /**
   * The classes of two neighbouring words read as one ("zelf moord", "sui
   * cide"): whole words and prefixes only, no stems or typos.
   */
  private joinedClasses(joins: Joins, second: string): readonly number[] {
    const known = joins.made.get(second);
    if (known) return known;
    const ids = this.joinedAnew(joins, second);
    if (joins.made.size >= JOINS_MEMO) joins.made.clear();
    joins.made.set(second, ids);
    return ids;
  }

  private joinedAnew(joins: Joins, second: string): readonly number[] {
    const whole = this.tails.has(second) ? joins.words.get(second) : undefined;
    const bucket = joins.prefixes.get(second.slice(0, 2));
    if (!bucket) return whole ?? NONE;
    let ids: number[] | undefined;
    for (const c of bucket) {
      if (!second.startsWith(c.tail)) continue;
      ids ??= whole ? [...whole] : [];
      for (const id of c.ids) if (!ids.includes(id)) ids.push(id);
    }
    return ids ?? whole ?? NONE;
  }

  /**
   * Reads a text (or tokens already read) against this lexicon. `readings`,
   * when given, holds this lexicon's reading of each of `input`'s words
   * (`readAll`): it saves a look-up per word when several lexicons read one
   * text.
   */
  analyse(input: string | Tokens, readings?: ReadonlyArray<WordReading | undefined>): Analysis {
    if (!this.sealed) throw new Error('lexicon: call ready() with the patterns before reading');
    const read = typeof input === 'string' ? readTokens(input) : input;
    // Most texts have none of the lexicon's spellings, and the readings say so.
    let spelled = readings === undefined;
    if (readings) for (let i = 0; i < readings.length && !spelled; i++) if (readings[i]?.spelled) spelled = true;
    const tokens = spelled ? respell(read, this.spellings) : read;
    const { words, alternates } = tokens;
    const n = words.length;
    const starts: number[][] = new Array(n);
    // Allocating a typed array costs more than reading a short text: one buffer per lexicon, cleared.
    if (this.present.length !== this.classCount) this.present = new Uint8Array(this.classCount);
    const present = this.present;
    present.fill(0);
    const found = this.found;
    found.length = 0;
    const wordIndex: number[] = new Array(n + 1);
    const sentence: number[] = new Array(n + 1);
    // Whether some class may begin a phrase: only then does `addPhrases` look.
    let phrased = false;
    let w = 0;
    let sn = 0;
    for (let i = 0; i < n; i++) {
      wordIndex[i] = w;
      sentence[i] = sn;
      const word = words[i] ?? '';
      // A word of no class shares one empty list: most words of a text are such (nothing is ever added to it).
      starts[i] = NO_CLASSES;
      if (word === SENTENCE || word === SOFT) {
        if (word === SENTENCE) sn++;
        continue;
      }
      w++;
      const reading = this.readingAt(tokens, read, readings, i);
      const alt = alternates[i];
      const altClasses = alt === undefined ? NONE : this.reading(alt).classes;
      const next = words[i + 1];
      // Two words read as one only when the next one may end what this one begins (few words can).
      const joined =
        reading.joins !== undefined &&
        next !== undefined &&
        next !== SENTENCE &&
        next !== SOFT &&
        this.readingAt(tokens, read, readings, i + 1).tail
          ? this.joinedClasses(reading.joins, next)
          : NONE;
      if (reading.classes.length + altClasses.length + joined.length === 0) continue;
      if (reading.phrased || altClasses.length > 0 || joined.length > 0) phrased = true;
      const classes = reading.classes;
      const list: number[] = [];
      starts[i] = list;
      for (let k = 0; k < classes.length; k++) list.push(classes[k] as number, i + 1);
      const marks = reading.marks;
      for (let k = 0; k < marks.length; k++) {
        const id = marks[k] as number;
        if (present[id] === 1) continue;
        present[id] = 1;
        found.push(id);
      }
      for (const id of altClasses) {
        list.push(id, i + 1);
        this.mark(present, found, id);
      }
      for (const id of joined) {
        list.push(id, i + 2);
        this.mark(present, found, id);
      }
    }
    wordIndex[n] = w;
    sentence[n] = sn;
    if (phrased) this.addPhrases(starts, present, found, n);
    return { tokens, starts, present, found, wordIndex, sentence };
  }

  /**
   * The reading of the word at `i` of `tokens`. Spellings may have rewritten
   * some words: the others keep the reading given for them, at their first position.
   */
  private readingAt(tokens: Tokens, read: Tokens, readings: ReadonlyArray<WordReading | undefined> | undefined, i: number): WordReading {
    const word = tokens.words[i] ?? '';
    const from = tokens === read ? i : (tokens.origin?.[i] ?? i);
    return (read.words[from] === word ? readings?.[from] : undefined) ?? this.reading(word);
  }

  /** Phrases: only those whose key word is in the text are tried, in the order they were written. */
  private addPhrases(starts: number[][], present: Uint8Array, found: number[], n: number): void {
    const tried = this.phraseTried;
    const candidates: number[] = [];
    for (const id of found) {
      const indices = this.phrasesByKey[id];
      if (!indices) continue;
      for (const index of indices) {
        if (tried[index] === 1) continue;
        tried[index] = 1;
        candidates.push(index);
      }
    }
    if (candidates.length === 0) return;
    for (const index of candidates) tried[index] = 0;
    sortSmall(candidates);
    for (const index of candidates) {
      const phrase = this.phrases[index];
      if (!phrase) continue;
      let all = true;
      for (const part of phrase.parts) {
        if (present[part] !== 1) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      for (let i = 0; i < n; i++) {
        // Most positions start no class at all.
        if ((starts[i]?.length ?? 0) === 0) continue;
        let pos = i;
        let ok = true;
        for (const part of phrase.parts) {
          const end = endOf(starts[pos], part);
          if (end < 0) {
            ok = false;
            break;
          }
          pos = end;
        }
        if (!ok) continue;
        for (const id of phrase.ids) {
          starts[i]?.push(id, pos);
          this.mark(present, found, id);
        }
      }
    }
  }

  /**
   * Removes every class occurrence on the words a pattern takes: an idiom
   * ("mort de rire") is cut out where it stands, and the rest of the text is
   * read as before.
   */
  mask(analysis: Analysis, match: PatternMatch): void {
    for (let k = 0; k < match.taken.length; k += 2) {
      for (let i = match.taken[k] ?? 0; i < (match.taken[k + 1] ?? 0); i++) {
        const list = analysis.starts[i];
        if (list) list.length = 0;
      }
    }
  }

  /**
   * The positions, in the text as first read (before this language's
   * spellings), of the words a match took: so that an idiom found in one
   * language is cut out of every language's reading.
   */
  origins(analysis: Analysis, match: PatternMatch, into: Uint8Array): void {
    const origin = analysis.tokens.origin;
    for (let k = 0; k < match.taken.length; k += 2) {
      for (let i = match.taken[k] ?? 0; i < (match.taken[k + 1] ?? 0); i++) into[origin ? (origin[i] ?? i) : i] = 1;
    }
  }

  /** Removes every class occurrence that touches a word cut out in `masked` (positions in the text as first read). */
  maskOrigins(analysis: Analysis, masked: Uint8Array): void {
    const origin = analysis.tokens.origin;
    for (let i = 0; i < analysis.starts.length; i++) {
      const list = analysis.starts[i];
      if (!list || list.length === 0) continue;
      if (masked[origin ? (origin[i] ?? i) : i] === 1) {
        list.length = 0;
        continue;
      }
      // An occurrence that runs over a cut-out word (two words read as one) goes too.
      for (let k = list.length - 2; k >= 0; k -= 2) {
        const end = list[k + 1] ?? i + 1;
        for (let j = i + 1; j < end; j++) {
          if (masked[origin ? (origin[j] ?? j) : j] === 1) {
            list.splice(k, 2);
            break;
          }
        }
      }
    }
  }

  /** For tuning only: each word of an analysis with the names of the classes it starts. */
  describe(analysis: Analysis): string[] {
    const out: string[] = [];
    analysis.tokens.words.forEach((word, i) => {
      const list = analysis.starts[i] ?? [];
      const names: string[] = [];
      for (let k = 0; k < list.length; k += 2) {
        const end = list[k + 1] ?? i + 1;
        const name = (this.classNames[list[k] ?? 0] ?? '').replace('\u0000', "'");
        names.push(`${name}${end > i + 1 ? `+${end - i - 1}` : ''}`);
      }
      out.push(names.length > 0 ? `${word}[${names.join(' ')}]` : word);
    });
    return out;
  }

  /** Recomputes which classes are present (after masking). */
  refresh(analysis: Analysis): void {
    const { present, found } = analysis;
    present.fill(0);
    found.length = 0;
    for (const list of analysis.starts) for (let k = 0; k < list.length; k += 2) this.mark(present, found, list[k] ?? 0);
  }
}

/**
 * Several lexicons' readings of each word of a text, looked up once per word
 * for all of them (the crisis screen reads every text in four languages).
 * Bounded like each lexicon's own cache.
 */
export class Readings {
  private readonly memo = new Bounded<WordReading[]>(50_000);
  constructor(private readonly lexicons: readonly Lexicon[]) {}

  /** Per lexicon (in the order given), its reading of each word of `tokens` (undefined on breaks). */
  read(tokens: Tokens): Array<Array<WordReading | undefined>> {
    const words = tokens.words;
    const out: Array<Array<WordReading | undefined>> = [];
    for (let k = 0; k < this.lexicons.length; k++) out.push(new Array<WordReading | undefined>(words.length));
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      if (word === SENTENCE || word === SOFT) continue;
      let row = this.memo.get(word);
      if (!row) {
        row = [];
        for (const lexicon of this.lexicons) row.push(lexicon.reading(word));
        this.memo.set(word, row);
      }
      for (let k = 0; k < row.length; k++) {
        const list = out[k];
        if (list) list[i] = row[k];
      }
    }
    return out;
  }
}

/** How many texts a pattern index serves before it files its patterns again. */
const REFILE_EVERY = 2048;

/**
 * A list of patterns, each filed under the classes of one check it cannot
 * match without: a text is tried only against the patterns whose key it
 * has, in the list's order. The key is the check that `possible` last found
 * missing (it moves to the front), so it follows what texts lack most often;
 * only the speed adapts, never the answer (`find` still checks everything).
 */
export class PatternIndex {
  private byKey: Array<number[] | undefined> = [];
  private readonly stamp: Uint32Array;
  private round = 0;
  private served = 0;
  private readonly out: number[] = [];

  constructor(
    private readonly lexicon: Lexicon,
    readonly patterns: readonly Pattern[],
  ) {
    this.stamp = new Uint32Array(patterns.length);
    this.file();
  }

  private file(): void {
    const byKey: Array<number[] | undefined> = new Array(this.lexicon.classCount);
    this.patterns.forEach((pattern, index) => {
      // A bag that needs fewer of its groups than it has is filed under all of them.
      const keys = pattern.least === pattern.checks.length ? pattern.checks.slice(0, 1) : pattern.checks;
      for (const check of keys) {
        for (const id of check) {
          for (const member of this.lexicon.members(id)) {
            const list = byKey[member] ?? [];
            if (list[list.length - 1] !== index) list.push(index);
            byKey[member] = list;
          }
        }
      }
    });
    this.byKey = byKey;
  }

  /**
   * The indices (ascending) of the patterns that may match in the analysis.
   * The list is reused by the next call.
   */
  candidates(a: Analysis): readonly number[] {
    if (++this.served % REFILE_EVERY === 0) this.file();
    const out = this.out;
    out.length = 0;
    if (++this.round === 0xffffffff) {
      this.stamp.fill(0);
      this.round = 1;
    }
    const round = this.round;
    const stamp = this.stamp;
    const byKey = this.byKey;
    for (const id of a.found) {
      const filed = byKey[id];
      if (!filed) continue;
      for (let j = 0; j < filed.length; j++) {
        const index = filed[j] ?? 0;
        if (stamp[index] === round) continue;
        stamp[index] = round;
        out.push(index);
      }
    }
    sortSmall(out);
    return out;
  }
}

/** For sorting numbers; module level, so that no function is made per call (tsx names each one). */
function ascending(a: number, b: number): number {
  return a - b;
}

/** Scratch for `sortSmall`: a typed array sorts numbers natively, where `Array#sort` calls back into JavaScript per comparison. */
let sortScratch = new Int32Array(256);

/** Sorts a list of small non-negative integers (indices, ids) in place, ascending. */
function sortSmall(list: number[]): void {
  const n = list.length;
  if (n > 16) {
    if (sortScratch.length < n) sortScratch = new Int32Array(n * 2);
    const view = sortScratch.subarray(0, n);
    for (let i = 0; i < n; i++) view[i] = list[i] ?? 0;
    view.sort();
    for (let i = 0; i < n; i++) list[i] = view[i] ?? 0;
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = list[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (list[j] ?? 0) > x) {
      list[j + 1] = list[j] ?? 0;
      j--;
    }
    list[j + 1] = x;
  }
}

function endOf(list: readonly number[] | undefined, id: number): number {
  if (!list) return -1;
  for (let k = 0; k < list.length; k += 2) if (list[k] === id) return list[k + 1] ?? -1;
  return -1;
}

/** Whether every required element of the pattern has at least one of its classes in the text. */
export function possible(pattern: Pattern, analysis: Analysis): boolean {
  const checks = pattern.checks;
  const present = analysis.present;
  let missing = checks.length - pattern.least;
  for (let r = 0; r < checks.length; r++) {
    const ids = checks[r] ?? NONE;
    let any = false;
    for (let k = 0; k < ids.length; k++) {
      if (present[ids[k] ?? 0] === 1) {
        any = true;
        break;
      }
    }
    if (any || --missing >= 0) continue;
    if (r > 0) {
      checks[r] = checks[0] ?? ids;
      checks[0] = ids;
    }
    return false;
  }
  return true;
}

/** The first match of a pattern in the text (leftmost start), or undefined. */
export function find(pattern: Pattern, a: Analysis, from = 0): PatternMatch | undefined {
  if (!possible(pattern, a)) return undefined;
  if (pattern.bag) return findBag(pattern.bag, a, from);
  const n = a.tokens.words.length;
  const taken: number[] = [];
  for (let start = from; start < n; start++) {
    const w = a.tokens.words[start];
    if (w === SENTENCE || w === SOFT) continue;
    taken.length = 0;
    const end = step(pattern.elements, 0, start, a, taken, true);
    if (end >= 0) return { start, end, taken: [...taken] };
  }
  return undefined;
}

function isBreak(a: Analysis, i: number): boolean {
  const w = a.tokens.words[i];
  return w === SENTENCE || w === SOFT;
}

/** Skips soft breaks (commas, emoji) forward. */
function overSoft(a: Analysis, i: number): number {
  let p = i;
  while (p < a.tokens.words.length && a.tokens.words[p] === SOFT) p++;
  return p;
}

function step(els: readonly Element[], k: number, pos: number, a: Analysis, taken: number[], first: boolean): number {
  if (k === els.length) return pos;
  const el = els[k];
  if (!el) return -1;
  const n = a.tokens.words.length;
  switch (el.t) {
    case 'class': {
      // The first element starts exactly where the caller tries; later ones may step over a comma or an emoji.
      const p = first ? pos : overSoft(a, pos);
      const list = p < n ? a.starts[p] : undefined;
      if (list) {
        for (let j = 0; j < list.length; j += 2) {
          if (el.mask[list[j] ?? 0] !== 1) continue;
          const end = list[j + 1] ?? p + 1;
          // Context words are matched but not recorded: an idiom leaves them in place.
          if (!el.context) taken.push(p, end);
          const r = step(els, k + 1, end, a, taken, false);
          if (r >= 0) return r;
          if (!el.context) taken.length -= 2;
        }
      }
      if (el.orEnd && !first && (pos >= n || isBreak(a, pos))) return step(els, k + 1, pos, a, taken, first);
      return el.optional ? step(els, k + 1, pos, a, taken, first) : -1;
    }
    case 'gap': {
      let p = pos;
      let skipped = 0;
      while (true) {
        const r = step(els, k + 1, p, a, taken, false);
        if (r >= 0) return r;
        if (p >= n) return -1;
        const w = a.tokens.words[p];
        if (w === SENTENCE && !el.cross) return -1;
        if (w === SOFT && el.tight) return -1;
        if (w !== SENTENCE && w !== SOFT) {
          skipped++;
          if (skipped > el.max) return -1;
        }
        p++;
      }
    }
    case 'end':
      return pos >= n || isBreak(a, pos) ? step(els, k + 1, pos, a, taken, first) : -1;
    case 'start':
      return pos === 0 || isBreak(a, pos - 1) ? step(els, k + 1, pos, a, taken, first) : -1;
    case 'not': {
      // What comes after a comma is another clause: it does not count as the next word.
      const p = pos;
      const list = p < n ? a.starts[p] : undefined;
      if (list) for (let j = 0; j < list.length; j += 2) if (el.mask[list[j] ?? 0] === 1) return -1;
      return step(els, k + 1, pos, a, taken, first);
    }
  }
}

/** Whether a word of the bag's `!` groups stands within its window of position `p`. */
function absentNear(bag: NonNullable<Pattern['bag']>, a: Analysis, p: number): boolean {
  const n = a.tokens.words.length;
  const at = a.wordIndex[p] ?? 0;
  for (let i = 0; i < n; i++) {
    if (!bag.cross && a.sentence[i] !== a.sentence[p]) continue;
    if (Math.abs((a.wordIndex[i] ?? 0) - at) > bag.window) continue;
    const list = a.starts[i];
    if (!list) continue;
    for (const el of bag.absent) {
      if (el.t !== 'not') continue;
      for (let j = 0; j < list.length; j += 2) if (el.mask[list[j] ?? 0] === 1) return true;
    }
  }
  return false;
}

/**
 * A bag: `least` of its groups (all, unless `{k/ …}`) within `window` words
 * of one of them, in any order, each on a word of its own.
 */
function findBag(bag: NonNullable<Pattern['bag']>, a: Analysis, from: number): PatternMatch | undefined {
  const n = a.tokens.words.length;
  // Occurrences of each group: [position, end] pairs, in text order.
  const occurrences: number[][] = [];
  let found = 0;
  for (const g of bag.groups) {
    const out: number[] = [];
    occurrences.push(out);
    if (g.t !== 'class') continue;
    for (let i = from; i < n; i++) {
      const list = a.starts[i];
      if (!list) continue;
      for (let j = 0; j < list.length; j += 2) {
        if (g.mask[list[j] ?? 0] === 1) {
          out.push(i, list[j + 1] ?? i + 1);
          break;
        }
      }
    }
    if (out.length > 0) found++;
  }
  if (found < bag.least) return undefined;
  for (let g0 = 0; g0 < occurrences.length; g0++) {
    const anchors = occurrences[g0] ?? NONE;
    for (let x = 0; x < anchors.length; x += 2) {
      const p = anchors[x] ?? 0;
      const used = [p];
      const spans: number[] = [p, anchors[x + 1] ?? p + 1];
      const groups: number[] = [g0];
      for (let g = 0; g < occurrences.length; g++) {
        if (g === g0) continue;
        const occ = occurrences[g] ?? NONE;
        for (let y = 0; y < occ.length; y += 2) {
          const q = occ[y] ?? 0;
          if (used.includes(q)) continue;
          if (!bag.cross && a.sentence[q] !== a.sentence[p]) continue;
          if (Math.abs((a.wordIndex[q] ?? 0) - (a.wordIndex[p] ?? 0)) > bag.window) continue;
          used.push(q);
          spans.push(q, occ[y + 1] ?? q + 1);
          groups.push(g);
          break;
        }
      }
      if (groups.length < bag.least) continue;
      if (bag.absent.length > 0 && absentNear(bag, a, p)) continue;
      // Context groups are part of the match but not of what it takes.
      let start = n;
      let end = 0;
      const taken: number[] = [];
      for (let i = 0; i < groups.length; i++) {
        const from = spans[2 * i] ?? 0;
        const to = spans[2 * i + 1] ?? 0;
        start = Math.min(start, from);
        end = Math.max(end, to);
        const el = bag.groups[groups[i] ?? 0];
        if (!(el?.t === 'class' && el.context)) taken.push(from, to);
      }
      return { start, end, taken };
    }
  }
  return undefined;
}
