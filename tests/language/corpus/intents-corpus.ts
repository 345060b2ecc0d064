/**
 * The intents corpus: the global commands said in people's own words
 * (`tests/language/corpus/intents.*.jsonl`, written apart from the
 * matchers), and answers to the form's questions that share their words and
 * must stay answers (`expect: null`). `tune` is read while tuning; `blind`
 * only gives figures (`npm run intents:eval`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Intent, readIntent } from '../../../src/conversation/intents.js';
import { isLang, type Lang } from '../../../src/conversation/types.js';

/**
 * `tune`, `dev` and `dev2` are read while tuning; each dev set was written
 * after a round of tuning and first measured fresh. `blind` never is.
 */
export type IntentsHalf = 'tune' | 'dev' | 'dev2' | 'blind';
export const INTENTS_HALVES: readonly IntentsHalf[] = ['tune', 'dev', 'dev2', 'blind'];

export interface IntentItem {
  readonly lang: Lang;
  readonly text: string;
  /** The command meant, or null for an answer that is not one. */
  readonly expect: Intent | null;
}

const DIR = path.dirname(fileURLToPath(import.meta.url));

export function loadIntents(half: IntentsHalf): IntentItem[] {
  return fs
    .readFileSync(path.join(DIR, `intents.${half}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const item = JSON.parse(line) as { lang: string; text: string; expect: Intent | null };
      if (!isLang(item.lang)) throw new Error(`intents.${half}: unknown language ${item.lang}`);
      return { lang: item.lang, text: item.text, expect: item.expect };
    });
}

/**
 * understood: the command meant, or no command for an answer; missed: a
 * command read as no command (the person is asked again or the text goes on
 * as an answer); wrong: another command, or a command where none was meant.
 */
export function intentOutcome(item: IntentItem): 'understood' | 'missed' | 'wrong' {
  const read = readIntent(item.text) ?? null;
  if (read === item.expect) return 'understood';
  return read === null ? 'missed' : 'wrong';
}
