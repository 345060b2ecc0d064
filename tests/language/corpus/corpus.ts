/**
 * The crisis-screen corpus, as data: JSON Lines, one file per language and
 * half. The `tune` half is what the lexicon is tuned on; the `blind` half was
 * written apart from the lexicon and its misses are never read while tuning
 * (`npm run crisis:eval` reports them only as figures).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../../../src/conversation/types.js';
import { CRISIS_FAMILIES, type CrisisFamily } from '../../../src/language/crisis-lexicon.js';
import { de } from '../../../src/language/de/crisis.js';
import { en } from '../../../src/language/en/crisis.js';
import { fr } from '../../../src/language/fr/crisis.js';
import { nl } from '../../../src/language/nl/crisis.js';

export type Label = 'acute' | 'possible' | 'benign';
export const HALVES = [
  'tune',
  'dev',
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'dev9',
  'dev10',
  'dev11',
  'dev12',
  'dev13',
  'dev14',
  'dev15',
  'dev16',
  'dev17',
  'dev18',
  'dev19',
  'dev20',
  'dev21',
  'dev22',
  'dev23',
  'dev24',
  'dev25',
  'dev26',
  'dev27',
  'dev28',
  'dev29',
  'dev30',
  'dev31',
  'dev32',
  'dev33',
  'dev34',
  'dev35',
  'dev36',
  'dev37',
  'blind',
] as const;
export type Half = (typeof HALVES)[number];

export const BENIGN_FAMILIES = [
  'work_idiom',
  'title_quote',
  'business_ending',
  'holiday_goodbye',
  'names_places_numbers',
  'plain_distress',
  'grief_other',
  'medication_routine',
  'service_and_answers',
] as const;
export type BenignFamily = (typeof BENIGN_FAMILIES)[number];

export const TAGS = ['third_person', 'long', 'typo', 'sms', 'regional', 'word_order', 'mixed_language', 'past'] as const;
export type Tag = (typeof TAGS)[number];

export interface CorpusItem {
  readonly text: string;
  readonly label: Label;
  readonly family: CrisisFamily | BenignFamily;
  readonly tags: readonly Tag[];
  readonly lang: Lang;
  readonly half: Half;
}

const DIR = path.dirname(fileURLToPath(import.meta.url));

function check(item: unknown, where: string): asserts item is Omit<CorpusItem, 'lang' | 'half'> {
  const o = item as Record<string, unknown>;
  const label = o.label;
  const family = o.family as string;
  const ok =
    typeof o.text === 'string' &&
    o.text.length > 0 &&
    (label === 'acute' || label === 'possible' || label === 'benign') &&
    (label === 'benign'
      ? (BENIGN_FAMILIES as readonly string[]).includes(family)
      : (CRISIS_FAMILIES as readonly string[]).includes(family) && (label === 'possible') === (family === 'ambiguous_distress')) &&
    Array.isArray(o.tags) &&
    o.tags.every((t) => (TAGS as readonly string[]).includes(t as string));
  if (!ok) throw new Error(`crisis corpus: malformed item at ${where}`);
}

export function loadCorpus(half: Half, lang: Lang): CorpusItem[] {
  const file = path.join(DIR, `crisis.${half}.${lang}.jsonl`);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const item: unknown = JSON.parse(line);
      check(item, `${path.basename(file)}:${i + 1}`);
      return { ...item, lang, half };
    });
}

export function loadAll(half: Half): CorpusItem[] {
  return LANGS.flatMap((lang) => loadCorpus(half, lang));
}

/** A digest of the given halves as they are on disk: the model records the one it was trained on. */
/**
 * Digest of the four crisis lexicons' data (not of how the files are laid
 * out): the typo guard and the model are generated against them, and tests
 * check they still match.
 */
export function lexiconDigest(): string {
  const hash = createHash('sha256');
  for (const lexicon of [fr, nl, de, en]) hash.update(`${JSON.stringify(lexicon)}\n`);
  return hash.digest('hex').slice(0, 16);
}

export function corpusDigest(halves: readonly Half[]): string {
  const hash = createHash('sha256');
  for (const half of halves) {
    for (const lang of LANGS) {
      const file = path.join(DIR, `crisis.${half}.${lang}.jsonl`);
      hash.update(`${half}.${lang}\n`);
      if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
