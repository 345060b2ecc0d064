/**
 * The way in, at the menu or as a first message: a flow chosen by its label
 * or a word of it ("formation", "opleiding"), or named in the person's own
 * words ("ik zou graag hulp hebben", "un client va mal").
 */

import { menuFlows } from '../flows/index.js';
import { option } from '../flows/options.js';
import { type ChoiceOption, parseChoice } from './answers.js';
import type { FlowId } from './form.js';
import { menuIntent } from './intents.js';
import type { Lang } from './types.js';

/** The menu's options, with the words that choose each. */
export function menuOptions(): ChoiceOption[] {
  const synonyms: Record<FlowId, string[]> = {
    sentinel_alert: ['alerte', 'signaler', 'sentinelle', 'melding', 'signaal', 'alarm', 'meldung', 'alert', 'sentinel', 'report'],
    help_request: ['aide pour moi', "demander de l'aide", 'hulp voor mezelf', 'hilfe fur mich', 'help for myself', 'help me', 'aidez-moi'],
    sentinel_training: ['formation', 'devenir sentinelle', 'opleiding', 'signaalgever worden', 'schulung', 'training', 'become a sentinel'],
    about: [
      'info',
      'infos',
      'information',
      'a propos',
      'service',
      'over',
      'uber',
      'about',
      'horaires',
      'openingsuren',
      'offnungszeiten',
      'hours',
    ],
  };
  return menuFlows.map((f) => option(f.id, f.menuLabel, synonyms[f.id]));
}

/** A flow chosen by its label or one of its words. */
export function menuChoice(text: string, lang: Lang): FlowId | undefined {
  const parsed = parseChoice(text, menuOptions(), lang, { stems: false });
  return parsed.ok ? (parsed.value as FlowId) : undefined;
}

/**
 * A choice is a few words ("2", "formation svp", "info over de uren"); a word of a label inside a story
 * ("I've thought about ending it") chooses nothing.
 */
const MAX_CHOICE_WORDS = 8;

/** The way a message at the menu points to: named in the person's words first, then chosen. */
export function menuWay(text: string, lang: Lang): FlowId | undefined {
  const named = menuIntent(text, lang);
  if (named) return named;
  return text.trim().split(/\s+/).length <= MAX_CHOICE_WORDS ? menuChoice(text, lang) : undefined;
}
