/**
 * What the bot does after a crisis signal (DESIGN, "Safety first", rule 1).
 *
 * - Acute (intent, plan, means, self-harm, farewell): the card at once, one
 *   line that the team is being alerted, coordinators alerted now, and one
 *   question only: how to call back ("this number" accepted). Then an urgent
 *   case, and the person goes on talking or continues the form, whose
 *   questions have become optional. Never the main menu.
 * - Possible (ambiguous exhaustion): the card and a direct question. Yes is
 *   acute; a plain no goes back exactly where the person was; anything else
 *   goes on, and the coordinators' post says "to check".
 * - A sentinel reporting someone at risk gets the guidance for a third
 *   person, and their answers are kept 24 hours so that the alert resumes
 *   when the person agrees.
 *
 * Pure decisions and texts live here; the engine applies them.
 */

import { t } from '../i18n/index.js';
import type { CrisisFamily } from '../language/crisis-screen.js';
import { asksForCall, hasNegation, isPlainNo, meansThisNumber, parseEmail, parsePhone, parseYesNo, thisNumberRuledOut } from './answers.js';
import type { Command } from './commands.js';
import type { FlowId } from './form.js';
import type { Channel, Lang } from './types.js';

/** How long a sentinel's answers are kept when the alert stops for lack of consent after a crisis signal. */
export const PARKED_ALERT_MS = 24 * 60 * 60 * 1000;

/** Bump when the wording of the call-back question changes: the consent record names it. */
export const CRISIS_CALLBACK_VERSION = 'crisis-callback-2026-12';

/** After this many answers that are not a way to call back, the case is filed without one (the team answers in the chat). */
export const CALLBACK_TRIES = 3;

/** The crisis step a conversation is in, stored with its state. */
export type CrisisStep =
  | {
      stage: 'check';
      /** The languages the message was written in, for the card. */
      langs: Lang[];
      /** The question was asked again once, after an answer that was neither yes nor no. */
      again?: boolean;
      /** Asked of a sentinel about the person they report, not about themselves. */
      third?: boolean;
      /**
       * What the message that raised the question asked of the bot ("wis alles
       * wat ge over mij weet", "laat maar"): done after a plain no, not lost.
       */
      deferred?: Command;
      /** The way in that message named at the menu ("mon entreprise coule, je voudrais de l'aide"): taken after a plain no. */
      way?: FlowId;
    }
  | {
      stage: 'callback';
      langs: Lang[];
      family: CrisisFamily;
      misses: number;
    };

export type CallbackAnswer =
  | { kind: 'phone'; value: string }
  | { kind: 'email'; value: string }
  | { kind: 'declined' }
  | { kind: 'unclear' };

/**
 * Reads the answer to "how can we call you back?". "ce numéro", a yes or
 * "call me" on WhatsApp mean the number they write from; a number or an
 * e-mail address is taken as given; only a plain no declines.
 */
export function readCallback(text: string, channel: Channel, userId: string, lang: Lang): CallbackAnswer {
  // An address typed or said aloud ("marie point d at gmail point com").
  const email = parseEmail(text);
  if (email.ok) return { kind: 'email', value: email.value };
  const phone = parsePhone(text);
  if (phone.ok) return { kind: 'phone', value: phone.value };
  if (isPlainNo(text)) return { kind: 'declined' };
  // "je veux pas qu'on m'appelle, j'ai honte", "please don't call me": no call, which is theirs to say (not "not tonight").
  if (refusesCall(text)) return { kind: 'declined' };
  // "pas sur ce numéro", "nicht auf diese Nummer": this one ruled out, another way is meant.
  if (channel === 'whatsapp' && !thisNumberRuledOut(text)) {
    // "ici", "deze", "this one" only as the answer itself: "je sais pas pk j'écris ici" gives no number.
    const words = fold(text).split(/\s+/).filter(Boolean).length;
    const short = words <= 3 && !hasNegation(text);
    // A call-back needs the person's yes: "this number" said as such, not "I'm writing from here because…".
    // "mijn nummer geef ik liever niet", "my number is private": the person's number named, not offered.
    const possessive = MY_NUMBER.test(fold(text)) && words > 3 && !asksForCall(text);
    const saysNumber = (words <= 6 || NUMBER_WORD.test(fold(text))) && !possessive && !hasNegation(text);
    if ((short && THIS_NUMBER.test(fold(text))) || (saysNumber && meansThisNumber(text))) return { kind: 'phone', value: userId };
    const yes = parseYesNo(text, lang);
    if (yes.ok && yes.value) return { kind: 'phone', value: userId };
    // "i didn't say no, i want someone to call me" is a call; "don't call me" is not.
    if (asksForCall(text) && !refusesCall(text)) return { kind: 'phone', value: userId };
  }
  return { kind: 'unclear' };
}

/** "ne m'appelez pas", "bel me niet", "ruft mich nicht an", "don't call me": no call wanted (not "not tonight, tomorrow"). */
export function refusesCall(text: string): boolean {
  const folded = fold(text);
  return (
    folded.split(/[,;.!?]+/u).some((clause) => {
      const c = clause.trim();
      return (NO_CALL_BEFORE.test(c) && !NOT_A_REFUSAL.test(c)) || NO_CALL_AFTER.test(c);
    }) && !LATER.test(folded)
  );
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]/g, ' ');
}

/** A negation right before the verb of calling: "don't call", "ne pas m'appeler", "niet bellen", "nicht anrufen". */
/** A call refused, the negation before the verb: "don't call me", "je veux pas qu'on m'appelle", "niet bellen". */
const NO_CALL_BEFORE =
  /\b(?:don t|dont|do not|not|pas|niet|nie|nicht|kein)\s+(?:\p{L}+\s+){0,3}?(?:call|phone|ring|m?rappel\w*|m?appel\w*|bel|bellen|belt|ruf|anruf\w*)\b/u;
/** A call refused, the negation after the verb: "ne m'appelez pas", "bel me niet", "ruft mich nicht an". */
const NO_CALL_AFTER =
  /\bne\s+(?:\p{L}+\s+){0,2}(?:rappel|appel|telephon)\w*\s+pas\b|\b(?:bel|belt|bellen)\s+(?:me|mij|ons)\s+(?:(?:maar|dan|even|aub|nu|vandaag|vanavond|vannacht|nog)\s+){0,2}(?:niet|nie)\b(?!\s+(?:te|na|voor|om|tussen|mailen|sms|schrijven))|\b(?:ruf|ruft|rufen)\s+(?:mich|mi|uns)\s+(?:(?:bitte|lieber|aber|jetzt|heute|heut|grad|gerade)\s+){0,2}(?:nicht|ned|net|nit)\s+an\b|\b(?:nicht|ned|net|nit)\s+anrufen\b/u;
/** What makes a "not" before the verb no refusal: "why not call me", "pas de souci, appelez-moi", "kein Problem". */
const NOT_A_REFUSAL =
  /\b(?:why not|pourquoi pas|waarom niet|warum nicht|pas de souci|pas de probleme|pas de soucis|kein problem|geen probleem|geen punt|no problem|not a problem|nicht schlimm)\b/;
/** Another time named: "pas ce soir, demain", "niet vandaag, morgen wel". */
const LATER = /\b(?:demain|plus tard|apres|morgen|straks|later|spater|tomorrow)\b/;
/** "my number", "mon numéro", "mijn nummer", "meine Nummer". */
const MY_NUMBER = /\b(?:my|mon|ma|mijn|m n|mn|meine|mein)\s+(?:number|numero|num|nummer|nr|gsm|portable|handy)\b/;
/** A word for a phone number: "ce numéro", "dit nummer", "my number", "this phone". */
const NUMBER_WORD = /\b(?:numero|num|nr|nummer|number|gsm|portable|telephone|tel|telefoon|telefon|handy|natel|phone|mobile)\b/;

/** "ce numéro", "dit nummer", "diese Nummer", "this number", "same one", "whatsapp", "ici". */
const THIS_NUMBER =
  /\b(?:ce (?:meme )?numero|meme numero|celui[- ]ci|ici|dit nummer|hetzelfde nummer|zelfde nummer|deze|diese nummer|dieselbe nummer|gleiche nummer|diese hier|this number|this one|same number|same one|whatsapp)\b/;

export type CheckAnswer = 'yes' | 'no' | 'other';

/**
 * The answer to "are you thinking of suicide right now?". Yes is yes; only
 * a plain no is no ("non, mais…" and "not really" are not); anything else
 * is neither.
 */
export function readCheck(text: string, lang: Lang): CheckAnswer {
  if (isPlainNo(text)) return 'no';
  const parsed = parseYesNo(text, lang);
  // "Video wär super, aber …, also Telefon": a wish or an offer accepted answers another question, not this one.
  const folded = fold(text);
  if (parsed.ok && parsed.value && WISH_OR_OFFER.test(folded) && !YES_WORD.test(folded)) return 'other';
  if (parsed.ok && parsed.value) return 'yes';
  return 'other';
}

/** Yeses that accept an offer or say a wish ("ce serait bien", "wär super", "please do"): not an answer to "are you thinking of suicide?". */
const WISH_OR_OFFER =
  /\b(?:(?:ce |ca |ça )?serait (?:bien|super|top|utile)|zou (?:fijn|goed|nuttig) zijn|zou helpen|(?:das |des )?w(?:a|ä)re? (?:super|gut|guat|toll|hilfreich)|would (?:really )?(?:help|be (?:great|nice|helpful))|please do|go ahead|no problem|no worries|happy to|glad to|met plezier|sehr gerne|avec plaisir|volontiers|graag|gerne)\b/;
/** A yes said as such, in any of the four languages. */
const YES_WORD = /\b(?:oui|ouais|ja|jawel|jaja|jo|yes|yeah|yep|yup|ok|okay|inderdaad|genau|exactement|exact|klopt|stimmt)\b/;

const UNSURE =
  /\b(?:sais pas|sais plus|sait pas|peut etre|bof|weet niet|weet nie|weet het niet|misschien|weiss nicht|weiss nich|vielleicht|keine ahnung|dont know|don t know|not sure|maybe|idk|kweetnie|jsp)\b/;

/**
 * An answer to the direct question that is neither yes nor no but is about
 * it: a negation ("nee ik ga niks doen vannacht"), a doubt ("je sais pas"),
 * or a yes or no word in any language. It is asked again, once, rather than
 * read as an answer to what came before.
 */
export function answersTheCheck(text: string): boolean {
  const folded = fold(text);
  return hasNegation(text) || UNSURE.test(folded) || parseYesNo(text, 'fr').ok;
}

/** The call-back question, as the channel allows ("this number" only where there is one). */
export function callbackQuestion(lang: Lang, channel: Channel): string {
  return t(lang, channel === 'whatsapp' ? 'crisis.callback_whatsapp' : 'crisis.callback');
}

export function callbackReask(lang: Lang, channel: Channel): string {
  return t(lang, channel === 'whatsapp' ? 'crisis.callback_reask_whatsapp' : 'crisis.callback_reask');
}

/**
 * "il est d'accord maintenant", "hij gaat akkoord", "sie ist einverstanden",
 * "he agrees now": a sentinel coming back with the person's consent.
 */
const CONSENT_NOW =
  /\b(?:d ?accord|accepte|ok pour|akkoord|stemt in|gaat akkoord|wil wel|einverstanden|zugestimmt|stimmt zu|agree[sd]?|agreed|consent(?:s|ed)?|said yes|dit oui|zei ja|hat ja gesagt)\b/;

export function bringsConsent(text: string): boolean {
  const folded = fold(text);
  return CONSENT_NOW.test(folded) && !/\b(?:pas|niet|nicht|not|n t|nie|geen|kein)\b/.test(folded);
}
