/**
 * The best time for a call, when a person already said it in what they
 * wrote about their situation ("je suis épuisée, appelez-moi plutôt le
 * matin", "bereikbaar na 18u", "am besten vormittags", "best to ring me in
 * the afternoon"): the clause is kept as they wrote it, and the moments
 * question is not asked again.
 *
 * A clause counts only when it names a time of day, a weekday or an hour
 * AND says it is about being called or preferred: "le soir je n'arrive pas
 * à dormir" names a time and is not a preference.
 */
import { normalise } from '../language/normalise.js';

const TIME = new RegExp(
  [
    // French
    'matin(?:ee|s)?',
    'midi',
    'apres ?midi',
    'aprem',
    'soir(?:ee|s)?',
    'fin de (?:journee|matinee)',
    'debut de (?:journee|soiree)',
    '(?:lun|mar|mercre|jeu|vendre|same)di|dimanche',
    // Dutch
    'ochtend(?:en)?',
    'voormiddag',
    'namiddag',
    'middag',
    'avond(?:en)?',
    "(?:s|'s) ?(?:morgens|middags|avonds|ochtends|namiddags|voormiddags)",
    'smorgens|savonds|smiddags',
    '(?:maan|dins|woens|donder|vrij|zater|zon)dag',
    'middagpauze|lunchpauze',
    // German
    'vormittags?',
    'nachmittags?',
    'mittags?',
    'abends?',
    'morgens',
    'in der fruh',
    'fruh',
    '(?:mon|diens|donners|frei|sams|sonn)tags?',
    'mittwochs?',
    'mittagspause',
    // English
    'mornings?',
    'afternoons?',
    'evenings?',
    'lunch ?(?:time|break)?',
    '(?:mon|tues|wednes|thurs|fri|satur|sun)days?',
    // An hour: "9h", "18u", "10 uhr", "6pm", "14:30"
    '\\d{1,2} ?(?:h|u|uur|uhr|am|pm|o clock)(?:\\d{2})?',
    '\\d{1,2}[:.]\\d{2}',
  ].join('|'),
);

const PREFERENCE = new RegExp(
  [
    // French
    'plutot',
    'de preference',
    'preferen\\w*',
    'prefere\\w*',
    'idealement',
    'appel\\w*',
    'rappel\\w*',
    'joign\\w*',
    'dispo\\w*',
    'libre',
    'contact\\w*',
    // Dutch
    'liefst',
    'liever',
    'bij voorkeur',
    'bel(?:t|len)?',
    'terugbel\\w*',
    'bereikbaar',
    'beschikbaar',
    // German
    'lieber',
    'am besten',
    'bevorzugt',
    'vorzugsweise',
    'anruf\\w*',
    'ruf\\w*',
    'erreichbar',
    'verfugbar',
    // English
    'prefer\\w*',
    'preferably',
    'best',
    'ideally',
    'call\\w*',
    'ring',
    'reach\\w*',
    'available',
  ].join('|'),
);

const TIME_WORD = new RegExp(`(?:^|\\s)(?:${TIME.source})(?=\\s|$)`);
const PREFERENCE_WORD = new RegExp(`(?:^|\\s)(?:${PREFERENCE.source})(?=\\s|$)`);
const MAX_CLAUSE_WORDS = 15;

/** The clause that gives the best time to call, as written, or undefined. */
export function momentsIn(text: string): string | undefined {
  for (const clause of text.split(/[.;!?\n]+|,(?!\d)/)) {
    const folded = normalise(clause).replace(/['-]/g, ' ').trim();
    if (folded === '' || folded.split(' ').length > MAX_CLAUSE_WORDS) continue;
    if (TIME_WORD.test(folded) && PREFERENCE_WORD.test(folded)) return clause.trim();
  }
  return undefined;
}
