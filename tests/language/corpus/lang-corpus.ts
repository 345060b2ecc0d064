/**
 * The language-detection corpus: what language a person wrote a message in,
 * or `null` when a careful reader could not tell from that message alone
 * ("ok", a postcode, "hallo"). Two halves written apart from the detector's
 * word lists: `tune`, read while tuning, and `blind`, whose misses are never
 * printed (`npm run lang:eval`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLang, type Lang } from '../../../src/conversation/types.js';
import { detectLanguage } from '../../../src/language/detect.js';

export type LangHalf = 'tune' | 'blind';
export const LANG_HALVES: readonly LangHalf[] = ['tune', 'blind'];

export interface LangItem {
  readonly text: string;
  readonly lang: Lang | null;
}

const DIR = path.dirname(fileURLToPath(import.meta.url));

export function loadLangCorpus(half: LangHalf): LangItem[] {
  return fs
    .readFileSync(path.join(DIR, `lang.${half}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (typeof o.text !== 'string' || !(o.lang === null || isLang(o.lang))) throw new Error(`lang.${half}.jsonl:${i + 1}: malformed`);
      return { text: o.text, lang: o.lang };
    });
}

export type Outcome = 'right' | 'unclear' | 'wrong';

/**
 * Right: a clear verdict in the language written (or no clear verdict on a
 * message that has none). Unclear: no clear verdict on a message that has a
 * language; the conversation keeps its language, which costs nothing.
 * Wrong: a clear verdict in another language, or a clear one where none can
 * be given: that one would switch a conversation by mistake.
 */
export function outcome(item: LangItem): Outcome {
  const d = detectLanguage(item.text);
  const clear = d?.clear ? d.lang : undefined;
  if (item.lang === null) return clear ? 'wrong' : 'right';
  if (!clear) return 'unclear';
  return clear === item.lang ? 'right' : 'wrong';
}

export interface LangScore {
  readonly label: string;
  readonly total: number;
  readonly right: number;
  readonly unclear: number;
  readonly wrong: number;
}

export function score(items: readonly LangItem[], label: string): LangScore {
  const counts = { right: 0, unclear: 0, wrong: 0 };
  for (const item of items) counts[outcome(item)]++;
  return { label, total: items.length, ...counts };
}
