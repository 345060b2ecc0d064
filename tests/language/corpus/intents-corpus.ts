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
import { askedBack, languageRemark } from '../../../src/conversation/asked-back.js';
import type { FlowId } from '../../../src/conversation/form.js';
import { aboutSomeoneElse, type Intent, readIntent } from '../../../src/conversation/intents.js';
import { menuWay } from '../../../src/conversation/menu-way.js';
import { isLang, type Lang } from '../../../src/conversation/types.js';
import { screenForCrisis } from '../../../src/language/crisis-screen.js';

/**
 * `tune`, `dev` and `dev2` are read while tuning; each dev set was written
 * after a round of tuning and first measured fresh. `blind` never is.
 */
export const INTENTS_HALVES = ['tune', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'blind'] as const;
export type IntentsHalf = (typeof INTENTS_HALVES)[number];

export interface IntentItem {
  readonly lang: Lang;
  readonly text: string;
  /** The command meant, or null for an answer that is not one. */
  readonly expect: Intent | null;
}

const DIR = path.dirname(fileURLToPath(import.meta.url));

export function loadIntents(half: IntentsHalf): IntentItem[] {
  return loadLines<Intent | null>(`intents.${half}`);
}

/** One JSON Lines file of this folder: language, text and what is expected of it. */
function loadLines<E>(name: string): Array<{ lang: Lang; text: string; expect: E }> {
  return fs
    .readFileSync(path.join(DIR, `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const item = JSON.parse(line) as { lang: string; text: string; expect: E };
      if (!isLang(item.lang)) throw new Error(`${name}: unknown language ${item.lang}`);
      return { lang: item.lang, text: item.text, expect: item.expect };
    });
}

/**
 * What the engine takes a message for, in the order it reads it: the crisis
 * screen first (an acute message gets the card and the coordinators' alert,
 * which is what "urgent" asks for), then the commands and intents, then a
 * remark about the language (the engine switches to it).
 */
export function engineReads(text: string): Intent | undefined {
  // A "possible" message is asked about first; what it asks of the bot is done after a plain no.
  if (screenForCrisis(text).tier === 'acute') return 'urgent';
  return readIntent(text) ?? (languageRemark(text) ? 'language' : undefined);
}

/**
 * understood: the command meant, or no command for an answer; missed: a
 * command read as no command (the person is asked again or the text goes on
 * as an answer); wrong: another command, or a command where none was meant.
 */
export function intentOutcome(item: IntentItem): 'understood' | 'missed' | 'wrong' {
  const read = engineReads(item.text) ?? null;
  if (read === item.expect) return 'understood';
  return read === null ? 'missed' : 'wrong';
}

/**
 * The menu corpus (`menu.tune.jsonl`, `menu.blind.jsonl`, written apart from
 * the matchers): what people write when the menu is shown or as their first
 * message, and the way in it points to (null: a greeting, thanks, nothing
 * chosen). The blind half's misses are never read.
 */
export const MENU_HALVES = ['tune', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'blind'] as const;
export type MenuHalf = (typeof MENU_HALVES)[number];
export type MenuExpect = FlowId | null;

export interface MenuItem {
  readonly lang: Lang;
  readonly text: string;
  readonly expect: MenuExpect;
}

export function loadMenu(half: MenuHalf): MenuItem[] {
  return loadLines<MenuExpect>(`menu.${half}`);
}

/**
 * What the engine does with a message at the menu: an acute one takes the
 * crisis path (right for a person asking help for themselves or for someone
 * else); otherwise the way it names (a "possible" one is asked about first,
 * then taken after a plain no: help for themselves when it names none, an
 * alert when it speaks of someone else's trouble); a
 * question about the service is answered.
 */
export function menuReads(text: string, lang: Lang): FlowId | 'crisis' | null {
  const tier = screenForCrisis(text).tier;
  if (tier === 'acute') return 'crisis';
  const way = menuWay(text, lang);
  if (way) return way;
  // Asked about first, then help for themselves after a plain no (the engine's `possible`).
  if (tier === 'possible') return aboutSomeoneElse(text, lang) ? 'sentinel_alert' : 'help_request';
  // How it works ("help"), a question the bot answers, or a language asked for (the engine switches to it):
  // each tells the person about the service.
  const back = askedBack(text);
  if (back && back !== 'why' && back !== 'required' && back !== 'person') return 'about';
  return readIntent(text) === 'help' || languageRemark(text) ? 'about' : null;
}

export function menuOutcome(item: MenuItem): 'understood' | 'missed' | 'wrong' {
  const read = menuReads(item.text, item.lang);
  if (read === item.expect) return 'understood';
  if (read === 'crisis' && (item.expect === 'help_request' || item.expect === 'sentinel_alert')) return 'understood';
  return read === null ? 'missed' : 'wrong';
}
