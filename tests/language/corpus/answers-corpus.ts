/**
 * The answers corpus: for every question of every flow, what people answer
 * and what the bot should understand (`tests/language/corpus/answers.*.jsonl`,
 * written apart from the matchers). `tune` is read while tuning; `blind`
 * only gives figures (`npm run answers:eval`).
 *
 * An answer is read as the engine reads it: a question asked back, a
 * greeting or a language remark is answered and the question asked again
 * (a re-ask, never a value); anything else goes through the question's
 * parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHotlineCalendar, parseHotlineHours } from '../../../src/cases/hotline-hours.js';
import { askedBack, languageRemark } from '../../../src/conversation/asked-back.js';
import type { AnswerValue, FormContext, Question } from '../../../src/conversation/form.js';
import { parseAnswer } from '../../../src/conversation/questions.js';
import { isLang, type Lang } from '../../../src/conversation/types.js';
import { menuFlows } from '../../../src/flows/index.js';
import { languageOptions } from '../../../src/flows/options.js';

/** `dev` to `dev15` were written later, apart from the matchers, and measured fresh before they were tuned on. */
export const ANSWERS_HALVES = [
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
  'blind',
] as const;
export type AnswersHalf = (typeof ANSWERS_HALVES)[number];

export interface AnswerItem {
  readonly flow: string;
  readonly question: string;
  readonly lang: Lang;
  readonly text: string;
  /** The value the bot should take; "unclear" when the right thing is to ask again; null, a skip. */
  readonly expect: unknown;
}

const DIR = path.dirname(fileURLToPath(import.meta.url));
export const USER_ID = '+32470000000';

export function loadAnswers(half: AnswersHalf): AnswerItem[] {
  return fs
    .readFileSync(path.join(DIR, `answers.${half}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (
        typeof o.flow !== 'string' ||
        typeof o.question !== 'string' ||
        !isLang(o.lang) ||
        typeof o.text !== 'string' ||
        !('expect' in o)
      ) {
        throw new Error(`answers.${half}.jsonl:${i + 1}: malformed`);
      }
      return { flow: o.flow, question: o.question, lang: o.lang, text: o.text, expect: o.expect };
    });
}

const hotline = createHotlineCalendar(parseHotlineHours('Mon-Fri 08:30-17:00'));

function context(lang: Lang): FormContext {
  return {
    lang,
    channel: 'whatsapp',
    userId: USER_ID,
    now: new Date('2026-12-01T20:00:00+01:00'),
    answers: {},
    hotline,
    settings: {
      orgName: 'Passerelle',
      hotlineNumber: '0800/300.25',
      hotlineHours: parseHotlineHours('Mon-Fri 08:30-17:00'),
      maxSessions: 4,
      firstContactWorkingHours: 8,
    },
  };
}

export function questionOf(item: AnswerItem): Question {
  const q = menuFlows.find((f) => f.id === item.flow)?.questions.find((x) => x.id === item.question);
  if (!q) throw new Error(`answers corpus: no question ${item.flow}.${item.question}`);
  return q;
}

export type AnswerOutcome = 'understood' | 'reasked' | 'wrong';

/** What the bot takes from one answer: a value, or nothing (it asks again). */
export function readAnswer(item: AnswerItem): { value: AnswerValue } | undefined {
  const q = questionOf(item);
  // As the engine does: at the question that asks for a language, "en français" is the answer, not a remark.
  const asksLanguage = q.type.kind === 'choice' && q.type.options(context(item.lang)) === languageOptions;
  if (askedBack(item.text) || (!asksLanguage && languageRemark(item.text))) return undefined;
  // As the engine does: a greeting or thanks is answered briefly only when it is not an answer ("ok" to a yes or no is a yes).
  const parsed = parseAnswer(q, item.text, context(item.lang));
  return parsed.ok ? { value: parsed.value } : undefined;
}

function normalised(value: AnswerValue): unknown {
  if (value === USER_ID) return 'this_number';
  if (value && typeof value === 'object' && !Array.isArray(value) && 'code' in value) return value.code;
  if (Array.isArray(value)) return [...value].sort();
  if (typeof value === 'string') return value.trim().toLowerCase();
  return value;
}

function expected(item: AnswerItem): unknown {
  const e = item.expect;
  if (Array.isArray(e)) return [...(e as string[])].sort();
  if (typeof e === 'string') return e.trim().toLowerCase();
  return e;
}

/**
 * Understood: the value the person meant (or a re-ask where one is right).
 * Re-asked: nothing taken where a value was meant; it costs a turn.
 * Wrong: a value the person did not say; it is worse than a re-ask.
 */
export function outcomeOf(item: AnswerItem): AnswerOutcome {
  const read = readAnswer(item);
  if (item.expect === 'unclear') return read ? 'wrong' : 'understood';
  if (!read) return 'reasked';
  const got = normalised(read.value);
  const meant = expected(item);
  if (JSON.stringify(got) === JSON.stringify(meant)) return 'understood';
  // Free text keeps the person's own words: the name of their organisation with the town after it is still what they
  // said ("Steuerbüro Kessler in St. Vith" for "Steuerbüro Kessler"), not a value they did not give.
  if (questionOf(item).type.kind === 'text' && typeof got === 'string' && typeof meant === 'string' && meant !== '' && got.includes(meant))
    return 'understood';
  // Part of several picks, and nothing the person did not say: kept, the rest asked about (a re-ask, not a wrong value).
  if (Array.isArray(got) && Array.isArray(meant) && got.every((v) => meant.includes(v))) return 'reasked';
  return 'wrong';
}
