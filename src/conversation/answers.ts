/**
 * Parsers for the answers people type to form questions. People answer on a
 * phone, in French, Dutch, German or English (often mixed), with typos,
 * repeated letters and emoji; every parser here accepts the natural forms and
 * returns a tagged result saying why it failed, so the caller can re-ask with a
 * short, specific message. Nothing here throws on bad input.
 */

import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { boundedDistance, withinEdits } from '../language/edit-distance.js';
import { normalise, squeezeRepeats } from '../language/normalise.js';
import { stem } from '../language/stemmer.js';
import { spokenDigits } from './spoken-numbers.js';
import type { Lang, Region } from './types.js';
import { LANGS } from './types.js';

export type ParseFailure =
  | 'empty'
  | 'not_understood'
  | 'ambiguous'
  | 'invalid_phone'
  | 'not_belgian_postal_code'
  | 'invalid_email'
  | 'too_many'
  /** "this number" where the channel gives none (Teams): which number? */
  | 'no_number_here'
  /** "Bruxelles" at a postcode: which of the nineteen communes? */
  | 'which_commune'
  /** A bare yes to "would you like to add something?": the words themselves, please. */
  | 'go_on'
  /** "je ne sais pas" at a question that cannot be skipped: say what would do instead. */
  | 'dont_know';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

export interface ChoiceOption {
  value: string;
  labels: Record<Lang, string>;
  /** Extra words that select this option, in any language. */
  synonyms?: string[];
}

/** Free text is kept whole up to this many characters: a disclosure at the end of a long message must reach the coordinator. */
export const MAX_TEXT_LENGTH = 4000;

/** Word lists are written as "a|b|c" strings, a few per language, so that they stay readable. */
const list = (...groups: string[]): string[] => groups.flatMap((g) => g.split('|'));

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(reason: ParseFailure): Parsed<T> => ({ ok: false, reason });

// ---------------------------------------------------------------------------
// Shared text helpers
// ---------------------------------------------------------------------------

/** Zero-width, bidi control and BOM characters (ZWJ excluded: see stripInvisible). */
const INVISIBLE = /[\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Removes invisible characters. The zero-width joiner is kept between two
 * pictographs because it glues emoji sequences (👨‍👩‍👧) together; anywhere else
 * it is noise pasted from other apps.
 */
function stripInvisible(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/(?<!\p{Extended_Pictographic}|\uFE0F|\p{Emoji_Modifier})\u200D|\u200D(?!\p{Extended_Pictographic})/gu, '');
}

/**
 * The comparison form used by all lexicons and labels: normalised, letter
 * repeats squeezed, split into word tokens joined by single spaces. A hyphen
 * between two digits is kept as its own token so that "1-3" stays a range.
 */
function fold(text: string): string {
  return tokens(text).join(' ');
}

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const t of squeezeRepeats(normalise(text))
    .replace(/(\d)\s*-\s*(?=\d)/g, '$1 - ')
    .split(/[\s'.]+/)) {
    // A lone "-" is the range token; any other hyphen separates words. (A loop rather than
    // flatMap/filter: this runs on every answer and on every label.)
    if (t === '-' || !t.includes('-')) {
      if (t.length > 0) out.push(t);
      continue;
    }
    for (const part of t.split('-')) if (part.length > 0) out.push(part);
  }
  return out;
}

/** Collapses doubled letters too ("yess" → "yes", "noo" → "no"); used only as a fallback lookup. */
function collapseDoubles(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** True when nothing but whitespace and invisible characters is left. */
function isBlank(text: string): boolean {
  return stripInvisible(text).trim().length === 0;
}

/** Courtesy words that never change the meaning of an answer. */
const POLITE = new Set(
  list('merci|beaucoup|svp|stp|please|pls|plz|thanks|thank|you|thx|bedankt|dank|je|u|aub|alstublieft', 'alsjeblieft|danke|schon|bitte').map(
    fold,
  ),
);

function withoutPolite(toks: readonly string[]): string[] {
  return toks.filter((t) => !POLITE.has(t));
}

// ---------------------------------------------------------------------------
// Yes / no
// ---------------------------------------------------------------------------

/** `later`: a deferral ("maybe later"), which answers nothing by itself and leaves a no a no. */
type Polarity = 'yes' | 'no' | 'unsure' | 'later';

const YES_PHRASES = list(
  // fr
  "oui|ouii|ouai|ouais|ouaip|ouep|oiu|ok|okay|okey|oki|okie|okido|d'accord|daccord|dac|dacc|d'ac",
  'bien sûr|bien entendu|absolument|évidemment|certainement|carrément|exactement|exact|tout à fait',
  "volontiers|avec plaisir|parfait|c'est bon|ça marche|ça roule|je veux bien|effectivement|affirmatif",
  'pas de problème|pas de souci|pas de soucis|sans problème|bien sûr que oui|tres bien',
  // nl
  'ja|jaja|jawel|jazeker|jep|jup|zeker|zekers|zeker weten|tuurlijk|natuurlijk|uiteraard|inderdaad|klopt',
  'akkoord|prima|graag|goed|oké|okee|absoluut|geen probleem',
  'liefst wel|liever wel|graag wel|eigenlijk wel|toch wel|best wel|zeker wel|wel graag|dat wel|da wel',
  // "in fact, yes": eigenlijk ja, eigentlich schon, au fond oui, actually yes
  'eigenlijk ja|in principe wel|in principe ja|eigentlich schon|eigentlich scho|eigentlich ja|im prinzip schon|im prinzip ja|grundsätzlich schon|grundsätzlich ja',
  'au fond oui|en principe oui|en fait oui|actually yes|actually yeah|in principle yes|basically yes',
  // de
  'jawohl|jawoll|genau|klar|natürlich|sicher|sicherlich|gerne|gern|richtig|stimmt|einverstanden|jo|joa|doe maar|keep me posted|keep me informed|tenez-moi au courant|hou me op de hoogte|halten sie mich auf dem laufenden',
  'selbstverständlich|auf jeden fall|kein problem|freilich|na klar|na sicher|na logo|na freilich|na gut|na sicha|passt|gärn|gärne|sehr gärn',
  // why not; I'm afraid so; helpful
  "pourquoi pas|waarom niet|warum nicht|why not|vrees van wel|vrees het wel|fürchte schon|fürchte ja|j'ai bien peur que oui|afraid so|i'm afraid so",
  'wär hilfreich|wäre hilfreich|des wär hilfreich|serait utile|ce serait utile|zou nuttig zijn|would be helpful|d acc|dacc|d acco',
  // en
  'yes|yep|yeah|yeh|yea|yup|yse|sure|of course|absolutely|definitely|certainly|indeed|correct|alright|agreed|i agree',
  "all right|fine|that's right|no problem|no worries|go ahead",
  // a wish in the conditional: "ce serait bien", "dat zou fijn zijn", "des wär super", "that would really help"
  'ce serait bien|ce serait super|ce serait top|ça serait bien|ça serait super|ca serait bien',
  'dat zou fijn zijn|dat zou goed zijn|dat zou helpen|zou fijn zijn',
  'das wäre super|das wär super|des wär super|des waar super|wär super|wäre super|das wäre gut|wär gut|wäre toll|des wär guat',
  'that would help|that would really help|would really help|that would be great|would be great|would be nice|please do',
  // a no denied: "je dirais pas non", "ik zeg geen nee", "da sag ich nicht nein", "I wouldn't say no"
  'dirais pas non|dis pas non|diria pas non|zeg geen nee|zou geen nee zeggen|zeg ik geen nee|zou ik geen nee zeggen',
  'sag ich nicht nein|sage nicht nein|sag nicht nein|würde nicht nein sagen|sag i ned na|sag i net na|sog i ned na',
  // agreeing, happily
  "happy to|glad to|j'accepte|j accepte|ik ga akkoord|ga akkoord|ich stimme zu|stimme zu|i accept|sehr gerne|met plezier",
  // leave given: "ge moogt het bijhouden", "vous pouvez les garder", "Sie dürfen das behalten", "you can keep it"
  'mag het bijhouden|moogt het bijhouden|mag het houden|moogt het houden|mag je bijhouden|mogen het bijhouden|vous pouvez garder|vous pouvez les garder|pouvez le garder',
  'dürfen sie behalten|dürft ihr behalten|dürfen das behalten|könnt ihr behalten|können sie behalten|you can keep it|you may keep it|you can keep them|feel free to keep',
  "wouldn't say no|would not say no|won't say no|wouldnt say no|wont say no|can't say no|cant say no",
  ...beliefPhrases('yes'),
);

const NO_PHRASES = list(
  // fr
  'non|nan|nop|jamais|pas du tout|absolument pas|certainement pas|sûrement pas|bien sûr que non',
  "pas question|hors de question|pas vraiment|pas d'accord|jamais de la vie|veux pas|pas envie|négatif",
  // nl
  'nee|neen|niet|nooit|helemaal niet|zeker niet|echt niet|niet echt|liever niet|natuurlijk niet',
  // "nee, da zeker nie", "nein, des sicher ned": the no said again
  'zeker nie|da zeker nie|dat zeker niet|da zeker niet|dat zeker nie|echt nie|das sicher nicht|des sicher ned|sicher ned|ça sûrement pas|ca surement pas|surement pas|certainly not that',
  'absoluut niet|geen sprake van|niet akkoord|niet mee akkoord',
  // de
  'nein|nö|nicht|nie|niemals|keineswegs|auf keinen fall|gar nicht|überhaupt nicht|lieber nicht',
  'sicher nicht|natürlich nicht|nicht wirklich|nicht unbedingt|ned unbedingt|net unbedingt|lieber ned|lieber net|lieber nit',
  'pas forcément|pas forcement|niet per se|niet noodzakelijk|not necessarily|préfère pas|prefere pas|prefer not|rather not|vrees van niet|afraid not|nn|nnn',
  // en
  'no|nope|nah|never|not|not really|not at all|no way|absolutely not|of course not|definitely not',
  'certainly not',
  // regional and softened: Bavarian and Austrian "na", "ned wirklich"; "not to that point"
  'ned wirklich|nit wirklich|net wirklich|eher nicht|eher ned|eher nit',
  'pas la peine|pas à ce point|pas a ce point|pas à ce point là|niet zo erg|nicht so schlimm|not that bad|not that much',
  // no need: "pas besoin", "hoeft niet", Swiss "nöd nötig"
  'pas besoin|pas nécessaire|pas necessaire|niet nodig|hoeft niet|moet niet|nicht nötig|nicht notig|ned nötig|net nötig|nöd nötig|nid nötig|brauch ich nicht|braucht es nicht|brauchts nicht|no need|not needed|not necessary',
  // Swiss "nei", "nenei" (and "gärn" among the yeses).
  'nöd|nüd|nid|nöd wirklich|lieber nöd|eher nöd|nei|nenei|nei nei',
  // not now
  // no time, no wish
  'pas le temps|pas de temps|geen tijd|keine zeit|no time|not interested|pas intéressé|pas interesse|geen interesse|kein interesse|geen goesting|keine lust|kei luscht',
  "pas pour l'instant|pas pour le moment|pas maintenant|nu niet|niet nu|voorlopig niet|jetzt nicht|nicht jetzt|vorerst nicht|not now|not right now|not for now",
  ...beliefPhrases('no'),
);

/**
 * "je pense pas", "denk het niet", "glaub eher ned", "don't think so", and
 * their yes ("je pense que oui", "denk het wel", "glaub schon", "I think
 * so"): a belief verb and its polarity, in the four languages.
 */
function beliefPhrases(polarity: 'yes' | 'no'): string[] {
  const forms: Array<{ verbs: string[]; no: string[]; yes: string[] }> = [
    { verbs: ['je pense', 'je crois', 'pense', 'crois'], no: ['pas', 'que non'], yes: ['que oui', 'bien'] },
    { verbs: ['je ne pense', 'je ne crois'], no: ['pas'], yes: [] },
    { verbs: ['ik denk', 'denk', 'ik geloof', 'geloof'], no: ['het niet', 'van niet', 'het nie'], yes: ['het wel', 'van wel', 'het'] },
    { verbs: ['denk ik', 'geloof ik'], no: ['niet', 'van niet'], yes: ['wel', 'van wel'] },
    {
      verbs: ['ich glaube', 'ich glaub', 'glaube', 'glaub', 'ich denke', 'denke', 'denk'],
      no: ['nicht', 'eher nicht', 'ned', 'eher ned', 'nit', 'net'],
      yes: ['schon', 'ja', 'eher schon'],
    },
    { verbs: ['i think', 'think', 'i believe', 'i guess', 'i reckon'], no: ['not'], yes: ['so'] },
    { verbs: ["i don't think", "don't think", 'i dont think', 'dont think', 'i do not think'], no: ['so'], yes: [] },
  ];
  const out: string[] = polarity === 'no' ? ['i doubt it', 'doubt it'] : [];
  for (const f of forms) for (const v of f.verbs) for (const m of polarity === 'no' ? f.no : f.yes) out.push(`${v} ${m}`);
  return out;
}

/** Hedges: the person is not committing either way, so we re-ask. */
const UNSURE_PHRASES = list(
  'peut-être|peut être|peutetre|sais pas|chais pas|jsp|pas sûr|pas sure|pas certain|pas certaine',
  'aucune idée|bof|mouais|ça dépend|misschien|weet niet|weet het niet|weet ik niet|geen idee|niet zeker',
  'hangt ervan af|vielleicht|weiss nicht|weiß nicht|weiss ich nicht|keine ahnung|nicht sicher',
  "kommt drauf an|kommt darauf an|maybe|perhaps|not sure|dunno|idk|don't know|dont know|no idea",
  'it depends|depends|na ja|naja|nja|kinda|kind of|sort of|sorta|more or less|plus ou moins|min of meer|mehr oder weniger|irgendwie',
  'ned sicher|net sicher|nit sicher|nid sicher|nöd sicher|nie zeker|ni zeker|nich sicher',
  // "sometimes", "a little": neither a clean yes nor a clean no
  'parfois|des fois|un peu|soms|af en toe|een beetje|manchmal|ab und zu|ein bisschen|sometimes|a bit|a little',
);

/** A deferral: "nee, misschien later" is a no, "misschien later" alone answers nothing. */
const LATER_PHRASES = list(
  'peut-être plus tard|peut être plus tard|plus tard|une autre fois|misschien later|later misschien|een andere keer|een andere keer misschien',
  'vielleicht später|später vielleicht|ein andermal|ein anderes mal|maybe later|later maybe|maybe another time|another time|some other time',
);

/** Hedges that are not a frequency: with them, a yes stays unsure ("peut-être oui"). */
const UNSURE_ONLY = new Set(
  list(
    'peut|etre|peutetre|sais|chais|jsp|sure|certain|certaine|idee|bof|mouais|depend|misschien|weet|idee|zeker|hangt',
    'vielleicht|weiss|ahnung|sicher|kommt|maybe|perhaps|dunno|idk|know|depends|naja|nja|kinda|sorta|irgendwie',
  ).map(fold),
);

/** Short words that only count when they are the whole answer ("y" is also French "il y a"). */
const STANDALONE: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ...['y', 'ya', 'ye', 'si', 'sur', 'sûr', 'we', 'wé', 'wè', 'wi', 'ui', 'uoi', 'jo', 'k', 'kk', '1'].map((w): [string, Polarity] => [
    fold(w),
    'yes',
  ]),
  ...['n', 'ne', 'nej', '2', 'na', 'naa', 'nää'].map((w): [string, Polarity] => [fold(w), 'no']),
]);

const PHRASES: ReadonlyMap<string, Polarity> = new Map<string, Polarity>([
  ...YES_PHRASES.map((p): [string, Polarity] => [fold(p), 'yes']),
  ...NO_PHRASES.map((p): [string, Polarity] => [fold(p), 'no']),
  ...UNSURE_PHRASES.map((p): [string, Polarity] => [fold(p), 'unsure']),
  ...LATER_PHRASES.map((p): [string, Polarity] => [fold(p), 'later']),
]);

const MAX_PHRASE_TOKENS = Math.max(...[...PHRASES.keys()].map((k) => k.split(' ').length));

/** Yes-words that only reassure after a no ("no, that's fine"; "nee, is goed"; "na, passt schon"). */
const REASSURANCE = new Set(list("ok|okay|fine|alright|all right|goed|prima|oké|okee|bon|c'est bon|ça va|passt|schon|gut|klar").map(fold));

/** A negator right before a yes-word turns it into a no ("pas ok", "niet goed", "not fine"). */
const NEGATORS = new Set(['pas', 'not', 'niet', 'nicht', 'geen', 'kein', 'keine']);

const YES_EMOJI = /👍|👌|✅|✔|☑|🆗|🙆/u;
const NO_EMOJI = /👎|❌|✖|❎|🚫|⛔|🙅/u;

/** Spoken and regional forms of "not" inside a phrase: Flemish "nie", "ni"; Austrian, Bavarian and Swiss "ned", "nit", "nöd". */
const SPOKEN_NOT: ReadonlyMap<string, string> = new Map([
  ['nie', 'niet'],
  ['ni', 'niet'],
  ['ned', 'nicht'],
  ['nit', 'nicht'],
  ['nod', 'nicht'],
  ['nid', 'nicht'],
  ['nich', 'nicht'],
]);

function phraseAt(toks: readonly string[], i: number): { polarity: Polarity; length: number } | undefined {
  for (let len = Math.min(MAX_PHRASE_TOKENS, toks.length - i); len >= 1; len--) {
    const words = toks.slice(i, i + len);
    const key = words.join(' ');
    // "waarom nie", "echt ni", "lieber nöd": a phrase of several words, with its "not" as spoken.
    const spoken = len > 1 && words.some((w) => SPOKEN_NOT.has(w)) ? words.map((w) => SPOKEN_NOT.get(w) ?? w).join(' ') : undefined;
    const polarity =
      PHRASES.get(key) ?? (len === 1 ? PHRASES.get(collapseDoubles(key)) : undefined) ?? (spoken ? PHRASES.get(spoken) : undefined);
    if (polarity) return { polarity, length: len };
  }
  return undefined;
}

/** A sound or a sigh in a clause of its own before the answer ("amai, …", "bof, pas vraiment", "tja, eigentlich schon"). */
const OPENING_INTERJECTION =
  /^\s*(?:amai|allee|awel|ah|oh|och|oei|oeps|euh+|eh+|hm+|mh+|pf+|bof|bah|ben|bon|mouais|ouf|tja|tsja|goh|naja|na ja|boah|oje|ojee|mei|well|erm+|uh+|um+|meh)\s*[,.!…]+\s*(?=\S)/iu;

/** The answer without an opening sound or sigh: what follows it is what the person answers. */
export function withoutOpeningInterjection(text: string): string {
  return text.replace(OPENING_INTERJECTION, '');
}

export function parseYesNo(answer: string, lang: Lang): Parsed<boolean> {
  if (isBlank(answer)) return fail('empty');
  const text = withoutOpeningInterjection(answer);
  // "je veux pas déranger mais oui", "i'd rather not say but... yes": after "but", a plain yes or no is the answer.
  const contrast = CONTRAST.exec(text);
  if (contrast) {
    // "liefst wel, maar niet tijdens de kantooruren", "sure but not before 5pm": a yes with a condition.
    const head = readPolarity(text.slice(0, contrast.index));
    if (head.ok && head.value && CONDITION.test(fold(text.slice(contrast.index + contrast[0].length)))) return ok(true);
    const after = withoutPolite(tokens(text.slice(contrast.index + contrast[0].length)));
    const opening = phraseAt(after, 0);
    // "yes but no", "oui mais non": two answers, not a hesitation and then the answer.
    const before = phraseAt(withoutPolite(tokens(text.slice(0, contrast.index))), 0);
    if (
      opening &&
      opening.polarity !== 'unsure' &&
      (before === undefined || before.polarity === opening.polarity || !PLAIN_ANSWER.test(text.slice(0, contrast.index)))
    ) {
      const rest = readPolarity(after.slice(opening.length).join(' '));
      if (!rest.ok || rest.value === (opening.polarity === 'yes')) return ok(opening.polarity === 'yes');
    }
  }
  // "ja, ich glaub schon, ich merk dass ich das nicht mehr alleine schaffe": a yes, then what the person
  // says of themselves; the "nicht" of that sentence does not answer. (Only after a yes: "nee, ik denk er
  // elke nacht aan" is not a plain no.)
  const [first, ...later] = text.split(CLAUSE_BREAK);
  if (later.length > 0 && first !== undefined) {
    const opening = readPolarity(first);
    // "Ja, graag, ik kan niet meer": a clause that says yes again is the same answer.
    const agrees = (c: string) => {
      const r = readPolarity(c);
      return !r.ok || r.value === true;
    };
    if (opening.ok && opening.value && later.every((c) => SUBJECT_FIRST.test(fold(c)) || agrees(c))) return opening;
  }
  return readPolarity(text, lang);
}

/** After a yes and a "but": a denial of a time, a place or a way, which is a condition on the yes ("… maar niet tijdens de kantooruren"). */
const CONDITION =
  /^(?:pas|niet|nie|ni|nicht|ned|net|not)\s+(?:tijdens|voor|na|op|om|bij|per|via|pendant|avant|apres|le|la|les|par|au|aux|sur|during|before|after|at|on|by|via|while|wahrend|vor|nach|am|um|im|bei|zwischen|entre|tussen|between)\b/;

/** A part that is only a yes or a no word ("yes", "oui,", "nee"), not a sentence with one in it. */
const PLAIN_ANSWER = /^\s*\p{L}+[\s,.!…]*$/u;

/** The last "but" of a sentence, after which the answer comes. */
const CONTRAST = /\b(?:mais|but|maar|aber|though)\b(?!.*\b(?:mais|but|maar|aber|though)\b)[\s.…,!]*/iu;
/** Where a sentence or a clause ends. */
const CLAUSE_BREAK = /\s*(?:[,;.!?…]+|\s[-–]\s)\s*/u;
/** A clause that opens with a person ("ich merk…", "ik kan…", "je veux…", "I can't…"): a statement, not an answer. */
export const SUBJECT_FIRST =
  /^(?:ich|i|ik|k|je|j|il|elle|hij|ze|zij|er|sie|he|she|we|wij|wir|nous|on|mijn|mein|meine|ma|mon|my|want|parce|pcq|car|because|cause|weil|denn|omdat)\b/;

function readPolarity(text: string, _lang: Lang = 'fr'): Parsed<boolean> {
  // `_lang` is unused on purpose: people mix languages, so every lexicon is always tried.
  if (isBlank(text)) return fail('empty');
  const seen = new Set<Polarity>();
  if (YES_EMOJI.test(text)) seen.add('yes');
  if (NO_EMOJI.test(text)) seen.add('no');

  const toks = tokens(text);
  const significant = withoutPolite(toks);
  const only = significant.length === 1 ? significant[0] : undefined;
  let firstPolarity: Polarity | undefined;
  let onlyReassuringYes = true;
  // "passt schon, brauch ich nicht", "c'est bon, pas besoin": a yes that only reassures, then the no.
  let firstYesReassures = false;
  let otherYes = false;
  // Bavarian and Austrian "na," is a no when it opens the answer before a comma ("na, nur sehr traurig");
  // elsewhere "na" is Dutch "after" ("na 18 uur").
  if (/^\s*(?:naa?|nää)\s*[,.!]/iu.test(text)) {
    seen.add('no');
    firstPolarity = 'no';
  }
  const standalone = only === undefined ? undefined : (STANDALONE.get(only) ?? STANDALONE.get(collapseDoubles(only)));
  if (standalone) {
    seen.add(standalone);
  } else {
    let i = 0;
    while (i < toks.length) {
      const here = phraseAt(toks, i);
      if (here && firstPolarity === undefined) {
        firstPolarity = here.polarity;
        firstYesReassures = here.polarity === 'yes' && REASSURANCE.has(toks.slice(i, i + here.length).join(' '));
      } else if (here?.polarity === 'yes' && !REASSURANCE.has(toks.slice(i, i + here.length).join(' '))) otherYes = true;
      if (here?.polarity === 'yes' && firstPolarity === 'no' && !REASSURANCE.has(toks.slice(i, i + here.length).join(' ')))
        onlyReassuringYes = false;
      const tok = toks[i] ?? '';
      if (NEGATORS.has(tok) && (here === undefined || here.length === 1)) {
        const next = phraseAt(toks, i + 1);
        if (next?.polarity === 'yes') {
          seen.add('no');
          i += 1 + next.length;
          continue;
        }
      }
      if (here) {
        seen.add(here.polarity);
        i += here.length;
      } else {
        i += 1;
      }
    }
  }

  // A no, then a reassurance ("no, that's fine", "no, I'm ok for now", "na, passt schon"): a no.
  if (firstPolarity === 'no' && seen.has('yes') && !seen.has('unsure') && onlyReassuringYes) seen.delete('yes');
  if (firstPolarity === 'yes' && firstYesReassures && !otherYes && seen.has('no') && !seen.has('unsure')) seen.delete('yes');
  // "soms wel ja", "sometimes yeah", "manchmal scho, ja": yes, some of the time, is a yes.
  if (seen.has('yes') && !seen.has('no') && seen.has('unsure') && toks.every((t) => !UNSURE_ONLY.has(t))) seen.delete('unsure');
  if (seen.has('unsure') || (seen.has('yes') && seen.has('no'))) return fail('ambiguous');
  if (seen.has('yes')) return ok(true);
  if (seen.has('no')) return ok(false);
  return fail('not_understood');
}

/**
 * A no and nothing else ("non", "nee hoor", "no thanks", "pas du tout").
 * After a crisis signal only this is read as no (DESIGN, "Safety first"):
 * "i'm not going to do anything tonight" is not a no to being called back.
 */
export function isPlainNo(text: string): boolean {
  const toks = withoutPolite(tokens(text)).filter((t) => !NO_FILLERS.has(t));
  if (toks.length === 0 || toks.length > 3) return NO_EMOJI.test(text) && toks.length === 0;
  const only = toks.length === 1 ? toks[0] : undefined;
  if (only !== undefined && (STANDALONE.get(only) ?? STANDALONE.get(collapseDoubles(only))) === 'no') return true;
  const whole = phraseAt(toks, 0);
  return whole?.polarity === 'no' && whole.length === toks.length;
}

/** Words that may follow a plain no without changing it ("nee hoor", "non merci", "no thanks"). */
const NO_FILLERS = new Set(list('hoor|toch|merci|thanks|thank|danke|dank|sorry|desole|pardon').map(fold));

/** Negation words of the four languages, folded: "pas", "niet", "nicht", "not", "don't" (as "don" "t")… */
const NEGATION_WORDS = new Set(
  list(
    'ne|n|pas|jamais|rien|aucun|aucune|point',
    'niet|nie|ni|geen|gene|nooit|niks|niets',
    'nicht|nich|net|ned|nöd|nüd|nid|kein|keine|keinen|nie|niemals|nichts',
    'not|no|never|nothing|t|dont|didnt|cant|wont|isnt|wasnt|aint|nope',
  ).map(fold),
);

/** Whether a message has a negation in it. */
export function hasNegation(text: string): boolean {
  return tokens(text).some((t) => NEGATION_WORDS.has(t));
}

/**
 * Whether the words at `from` to `to` (a phrase found in `text`'s tokens) are
 * negated where they stand: a negation just before them or in the two words
 * after ("je pense pas", "ik denk het niet", "I don't think so"), not one
 * further back ("nu niet acuut denk ik").
 */
export function negatedAt(text: string, word: RegExp): boolean {
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    if (!word.test(toks[i] ?? '')) continue;
    const near = [toks[i - 1], toks[i + 1], toks[i + 2]];
    if (near.some((t) => t !== undefined && NEGATION_WORDS.has(t))) return true;
  }
  return false;
}

/** "call me", "rappelez-moi", "bel me terug", "rufen Sie mich an": the person asks to be called. */
const CALL_ME = /\b(?:rappel|appel|call|phone|ring|bel|terugbel|ruf|anruf|zuruckruf|zurueckruf)\p{L}*/u;

export function asksForCall(text: string): boolean {
  return CALL_ME.test(fold(text));
}

// ---------------------------------------------------------------------------
// Choices
// ---------------------------------------------------------------------------

/** Words around a number that do not change which option is meant ("option 2", "c'est le 2", "ik kies 2"). */
const NUMBER_FILLERS = new Set(
  list(
    'n|no|nr|nro|num|numero|nummer|number|nb|nbr|option|optie|choix|choice|keuze|wahl|auswahl|antwort',
    'answer|reponse|antwoord|la|le|l|de|het|die|der|das|the|c|est|ce|sera|it|is|s|je|choisis|prends|ik',
    'kies|neem|ich|nehme|wahle|i|choose|pick|take|ll|go|for|voor|fur|es|ist|dat|wordt',
  ).map(fold),
);

/** "2", "2e", "2ème", "2nd", "no2" (from "nº2"). */
const NUMBER_TOKEN = /^(?:no|nr|n)?(\d{1,3})(?:e|er|ere|eme|de|ste|st|nd|rd|th|te|ter|tes)?$/;

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map<string, number>(
  (
    [
      [1, 'un une premier premiere een één eerste eins erste erster erstes one first'],
      [2, 'deux deuxième second seconde twee tweede zwei zweite zweiter two'],
      [3, 'trois troisième drie derde drei dritte dritter three third'],
      [4, 'quatre quatrième vier vierde vierte vierter four fourth'],
      [5, 'cinq cinquième vijf vijfde fünf fünfte fünfter five fifth'],
      [6, 'six sixième zes zesde sechs sechste sechster sixth'],
      [7, 'sept septième zeven zevende sieben siebte seven seventh'],
      [8, 'huit huitième acht achtste achte eight eighth'],
      [9, 'neuf neuvième negen negende neun neunte nine ninth'],
      [10, 'dix dixième tien tiende zehn zehnte ten tenth'],
    ] as const
  ).flatMap(([n, ws]) => ws.split(' ').map((w): [string, number] => [fold(w), n])),
);

function numberFromToken(tok: string): number | undefined {
  const m = NUMBER_TOKEN.exec(tok);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** The number when the whole answer is one option number, with courtesy and filler words around it. */
function wholeAnswerNumber(toks: readonly string[]): number | undefined {
  const rest = withoutPolite(toks).filter((t) => !NUMBER_FILLERS.has(t));
  if (rest.length !== 1) return undefined;
  return numberFromToken(rest[0] ?? '');
}

function wholeAnswerNumberWord(toks: readonly string[]): number | undefined {
  const rest = withoutPolite(toks).filter((t) => !NUMBER_FILLERS.has(t));
  return rest.length === 1 ? NUMBER_WORDS.get(rest[0] ?? '') : undefined;
}

/** Words people put around their picks ("je voudrais un psychologue", "ik wil graag …", "I'd like a …"). */
const LEAD_FILLERS = new Set(
  list(
    'je|j|voudrais|veux|aimerais|prefere|préfère|préférerais|ai|besoin|bien|plutôt|surtout|moi|pour|avec|un|une|des|du|de|d|le|la|les|l|mon|ma|mes',
    'ik|wil|graag|zou|willen|heb|nodig|liefst|vooral|met|een|het|mijn',
    'ich|möchte|will|hätte|gern|gerne|brauche|vor|allem|lieber|mit|ein|eine|einen|der|die|das|mein|meine',
    'i|d|would|like|want|need|prefer|mostly|mainly|me|my|with|a|an|the|some',
  ).map(fold),
);

/** Forms of "to be", which say nothing about the option ("je suis indépendant", "ik ben zelfstandige"). */
const BE_VERBS = new Set(list('suis|est|sommes|ben|is|zijn|bin|ist|sind|am|are|m|s').map(fold));

interface LabelForm {
  value: string;
  form: string;
  /** `form` split into its words. */
  words: readonly string[];
  /** Language of the label, or undefined for a synonym. */
  lang: Lang | undefined;
}

/** A folded label or synonym, with its words. */
interface Folded {
  readonly form: string;
  readonly words: readonly string[];
}

/**
 * A map that forgets its oldest entry beyond `limit`, so a cache keyed by
 * text stays bounded however many different texts go through it.
 */
class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, make: (key: string) => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = make(key);
    if (this.entries.size >= this.limit) {
      const [oldest] = this.entries.keys();
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return value;
  }
}

/**
 * Folded label and synonym texts. Options are rebuilt for every answer (some
 * flows compute them per conversation), but their texts come from the message
 * catalogue and the list of training sessions, so the same few hundred recur;
 * folding them again on every answer was most of what parsing a choice cost.
 * Keyed by the text itself, so an edited label is simply a new entry; never
 * fed what people type.
 */
const LABEL_CACHE_LIMIT = 2000;
const labelCache = new BoundedCache<readonly Folded[]>(LABEL_CACHE_LIMIT);
const synonymCache = new BoundedCache<readonly Folded[]>(LABEL_CACHE_LIMIT);

function folded(form: string): Folded {
  return { form, words: form.split(' ') };
}

/** Gender-inclusive endings in labels: "Indépendant(e)", "echtgeno(o)t(e)", "indépendant·e". */
const INCLUSIVE_ENDING = /(?<=\p{L})(?:\((\p{Ll}{1,5})\)|[·•](\p{Ll}{1,5})(?!\p{L}))/gu;

/** The label as written, and with inclusive endings dropped and inlined, so both "indépendant" and "indépendante" match. */
function labelVariants(label: string): readonly Folded[] {
  return labelCache.get(label, () => {
    const dropped = label.replace(INCLUSIVE_ENDING, '');
    const inlined = label.replace(INCLUSIVE_ENDING, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
    return [...new Set([label, dropped, inlined].map(fold))].filter((f) => f.length > 0).map(folded);
  });
}

/** The folded synonym, or nothing when no word is left of it. */
function foldSynonym(synonym: string): readonly Folded[] {
  return synonymCache.get(synonym, () => {
    const form = fold(synonym);
    return form ? [folded(form)] : [];
  });
}

function labelForms(options: readonly ChoiceOption[]): LabelForm[] {
  const out: LabelForm[] = [];
  for (const option of options) {
    for (const [lang, label] of Object.entries(option.labels) as Array<[Lang, string]>) {
      for (const { form, words } of labelVariants(label)) out.push({ value: option.value, form, words, lang });
    }
    for (const synonym of option.synonyms ?? []) {
      for (const { form, words } of foldSynonym(synonym)) out.push({ value: option.value, form, words, lang: undefined });
    }
  }
  return out;
}

const containsWords = (haystack: string, needle: string): boolean => ` ${haystack} `.includes(` ${needle} `);

/** Words every kind of label has ("Troubles du sommeil", "Finanzielle Schwierigkeiten"): never an option's distinctive stem. */
const GENERIC_LABEL_WORDS = new Set(
  list(
    'troubles|trouble|problemes|probleme|difficultes|difficulte|soucis|souci|problemen|probleem|moeilijkheden|stoornissen|zorgen',
    'schwierigkeiten|probleme|problem|storungen|sorgen|problems|problem|difficulties|issues|trouble',
  ).map(fold),
);

/** Words that only say how much ("a lot", "pas mal", "veel te veel"): a piece made of them alone is not an unknown pick. */
const AMOUNT_WORDS = new Set(
  list(
    'beaucoup|trop|pas|mal|tres|vraiment|souvent|aussi|encore|plus|tout|temps|veel|te|erg|echt|heel|vaak|ook|nog|meer|altijd|amper|nauwelijks',
    'viel|zu|sehr|oft|auch|noch|mehr|immer|kaum|nur|a|lot|lots|much|too|very|really|often|also|more|always|hardly|all|the|time',
  ).map(fold),
);

/** Words shorter than this are not compared by stem (their stems say too little). */
const MIN_STEMMED = 4;

/** A word's stems in the four languages, long enough to tell something. */
function stemsOf(word: string): string[] {
  const out: string[] = [];
  for (const l of LANGS) {
    const s = stem(word, l);
    // A stem that is a common word of some language names nothing: French "alles" stems to "alle", as German reads "alleen".
    if (s.length >= MIN_STEMMED && !STOPWORDS.has(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

const formStemCache = new BoundedCache<readonly string[]>(LABEL_CACHE_LIMIT);

/** The stems of a label's or synonym's distinctive words. */
function formStems(f: LabelForm): readonly string[] {
  // A synonym of several words is a phrase ("werkt mee", "keeps to himself"): its words alone name nothing.
  if (f.lang === undefined && f.words.length > 1) return [];
  return formStemCache.get(f.form, () => {
    const out = new Set<string>();
    for (const w of f.words)
      if (w.length >= MIN_STEMMED && !STOPWORDS.has(w) && !GENERIC_LABEL_WORDS.has(w)) for (const s of stemsOf(w)) out.add(s);
    return [...out];
  });
}

/**
 * A typo never makes or unmakes a yes or a no: "said go" is not "said no".
 * A label's yes or no word must be in the answer as written, or (for a
 * denial) some other denial must be ("haven't" for "not").
 */
function polarityKept(span: string, labelWords: readonly string[], answer: readonly string[]): boolean {
  if (labelWords.length < 2) return true;
  const written = span.split(' ');
  const denies = answerDenies(answer);
  return labelWords.every((w) => written.includes(w) || !(DENIALS.has(w) || YES_WORDS.has(w)) || (DENIALS.has(w) && denies));
}

const YES_WORDS = new Set(['oui', 'ja', 'yes', 'si', 'jo', 'ok', 'wel', 'doch']);

/**
 * A label that denies ("not asked", "pas demandé", "nicht gefragt") is only
 * read from part of an answer that denies too: "when I asked" is not "not asked".
 */
function denialKept(f: LabelForm, answer: readonly string[]): boolean {
  return !f.words.some((w) => DENIALS.has(w)) || answerDenies(answer);
}

/** Whether some word of the answer denies ("not", "geen", "haven't"). */
function answerDenies(answer: readonly string[]): boolean {
  return answer.some((w, i) => deniesAt(answer, i) || (w === 't' && (answer[i - 1] ?? '').endsWith('n')));
}

/** A short word with another first letter is another word ("krank" is not "drank", "moins" not "soins"). */
function firstLetterKept(span: string, form: string): boolean {
  if (form.length >= 7 || span[0] === form[0]) return true;
  // "Kredit" and "credit", "Kaffee" and "café": the same sound.
  return (span[0] === 'k' && form[0] === 'c') || (span[0] === 'c' && form[0] === 'k');
}

function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Words too common to pick an option on their own when the label merely contains them. */
const STOPWORDS = new Set(
  list(
    'pour|avec|dans|sans|plus|moins|tout|tous|toutes|autre|voor|niet|geen|meer|minder|alle|ander|andere',
    'nicht|kein|keine|mehr|weniger|with|without|more|less|other|than|from|that|this|your|mijn|mein|meine',
    'votre|mon',
    'over|onder|naar|door|about|under|after|before|uber|unter|nach|durch|sous|chez|avant|apres|vers',
  ).map(fold),
);

/**
 * Picks among matched labels: one value wins outright. When several match,
 * those that matched only through a label in another language than the
 * conversation's give way (the same word can mean different options in two
 * languages); a synonym counts as every language.
 */
function decide(matches: readonly LabelForm[], lang: Lang): Parsed<string> | undefined {
  const values = new Set(matches.map((m) => m.value));
  if (values.size === 0) return undefined;
  const [first] = values;
  if (values.size === 1 && first !== undefined) return ok(first);
  // One word that is a label in two languages ("de", "bouw"): the conversation's language decides. Two different
  // words for two options ("video of telefoon") are two picks, and the person is asked which.
  if (new Set(matches.map((m) => m.form)).size > 1) return fail('ambiguous');
  const inLang = new Set(matches.filter((m) => m.lang === lang || m.lang === undefined).map((m) => m.value));
  const [only] = inLang;
  if (inLang.size === 1 && only !== undefined) return ok(only);
  return fail('ambiguous');
}

/** The shortest label word read inside a compound ("boer" in "varkensboer"). */
const COMPOUND_PART = 4;

/** Words that deny what follows them ("il aime pas le tel", "geen telefoon", "not by video"). */
const DENIALS = new Set([
  'pas',
  'ne',
  'n',
  'jamais',
  'niet',
  'geen',
  'nooit',
  'nicht',
  'ned',
  'nit',
  'doesn',
  'didn',
  'don',
  'isn',
  'wasn',
  'won',
  'wouldn',
  'kein',
  'keine',
  'keinen',
  'nie',
  'ni',
  'not',
  'no',
  'never',
  'don t',
  'dont',
  'rien',
  'niks',
  'niets',
  'nichts',
  'nix',
  'nothing',
  // Swiss German "nöd", "nid".
  'nod',
  'nid',
  // "tout sauf le téléphone", "alles behalve video", "alles außer Video", "anything but video".
  'sauf',
  'behalve',
  'ausser',
  'except',
]);

/** French "ne" / "n'" denies only beside "pas", "jamais", "rien"…: Flemish "ne" is an article ("ne goeie vriend"). */
const FRENCH_NE = new Set(['ne', 'n']);
const FRENCH_SECOND = new Set(['pas', 'jamais', 'rien', 'plus', 'aucun', 'aucune', 'personne', 'guere']);

/** "anything but the phone", "everything but video": "but" after "anything" denies like "except". */
const ANYTHING = new Set(['anything', 'everything', 'all']);

/** "je sais pas", "weet (ik) niet", "weiß (ich) nicht", "don't know", "not sure": doubt, which denies no option after it. */
const KNOW = new Set(['sais', 'sai', 'sait', 'weet', 'kweet', 'weiss', 'weis', 'woass']);
const KNOW_SUBJECT = new Set(['ik', 'ich', 'i', 'k']);

function saysDoubt(toks: readonly string[], k: number): boolean {
  const before = toks[k - 1] ?? '';
  if (KNOW.has(before) || (KNOW_SUBJECT.has(before) && KNOW.has(toks[k - 2] ?? ''))) return true;
  const next = toks[k + 1] === 't' ? toks[k + 2] : toks[k + 1];
  return next === 'know' || next === 'sure';
}

function deniesAt(toks: readonly string[], k: number): boolean {
  const t = toks[k] ?? '';
  if (t === 'but' && ANYTHING.has(toks[k - 1] ?? '')) return true;
  if (!DENIALS.has(t) || saysDoubt(toks, k)) return false;
  return !FRENCH_NE.has(t) || toks.some((w) => FRENCH_SECOND.has(w));
}

/** Whether a label found inside an answer is denied by a word just before it (the label itself not being a denial). */
function deniedAt(toks: readonly string[], form: string): boolean {
  const words = form.split(' ');
  // A label that is itself a refusal ("doesn t want", "wil niet") is what the denial before it means.
  if (words.some((w) => DENIALS.has(w)) || form.includes('n t ')) return false;
  for (let i = 0; i + words.length <= toks.length; i++) {
    if (!wordsAt(toks, i, words)) continue;
    for (let k = Math.max(0, i - 3); k < i; k++) if (deniesAt(toks, k)) return true;
  }
  return false;
}

/** "niks anders", "rien d'autre", "nothing else", "sonst nichts": only what was said, not the "other" option. */
const NOTHING = new Set(list('rien|niks|niets|nichts|nix|nothing|verder|sinon|sonst|else').map(fold));
const ELSE = new Set(list('autre|autres|anders|ander|andere|anderes|else|nichts|nix|niks|niets|rien|nothing').map(fold));

function withoutNothingElse(toks: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] ?? '';
    const next = toks[i + 1] === 'd' ? toks[i + 2] : toks[i + 1];
    if (NOTHING.has(t) && next !== undefined && ELSE.has(next) && next !== t) {
      i += toks[i + 1] === 'd' ? 2 : 1;
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Words that deny the thing named after them ("pas de soucis d'argent",
 * "geen drank", "keine finanziellen Probleme", "no drinking"), unlike "il ne
 * dort plus", where the denial is the complaint.
 */
const THING_DENIALS = new Set(
  list('aucun|aucune|geen|kein|keine|keinen|keiner|nix|niks|no|without|sans|zonder|ohne|nooit|jamais|never').map(fold),
);

/**
 * What people lack, where a denial is the complaint itself ("pas d'argent",
 * "geen slaap", "no friends left", "kein Geld mehr"): a denied one still names its option.
 */
const LACKED = new Set(
  list(
    'argent|sous|sommeil|dormir|nuit|nuits|amis|ami|contact|contacts|energie|force|forces|envie|personne|revenu|revenus|clients|travail',
    'geld|slaap|slapen|nachtrust|vrienden|vriend|contact|energie|kracht|zin|goesting|inkomen|klanten|werk|niemand',
    'schlaf|schlafen|freunde|freund|kontakt|kontakte|energie|kraft|lust|einkommen|kunden|arbeit|niemand|niemanden',
    'money|cash|sleep|friends|friend|contact|energy|strength|income|customers|clients|work|one',
  ).map(fold),
);

/** Whether the words just before position `i` deny the thing named there ("pas de", "plus d'", "geen", "no"). */
function thingDenial(word: string, lang: Lang): boolean {
  // Austrian "no" is "noch" ("hockt nur no allein daheim").
  return THING_DENIALS.has(word) && (word !== 'no' || lang === 'en');
}

/** Words that make a lacked thing a problem had ("no sleep problems", "geen geldzorgen" is one word): the thing is then denied. */
const PROBLEM_WORDS = new Set(
  list(
    'probleme|problemes|souci|soucis|trouble|troubles|probleem|problemen|zorgen|issue|issues|problem|problems|worries|trouble|sorgen',
  ).map(fold),
);

/** A lacked thing named before a word that makes it a problem: "no sleep problems" denies the problems. */
function lackedAt(toks: readonly string[], i: number, words: readonly string[]): boolean {
  return LACKED.has(words[0] ?? '') && !words.some((w) => PROBLEM_WORDS.has(w)) && !PROBLEM_WORDS.has(toks[i + 1] ?? '');
}

/** "not really", "niet echt", "nicht wirklich": a denial softened, which still denies the thing after it. */
const SOFTENED_NOT = new Set(list('niet|nie|ni|nicht|ned|net|nit|not|pas').map(fold));
const ARTICLES = new Set(list('de|des|d|du|la|le|les|een|ein|eine|einen|a|an|any').map(fold));
const SOFTENERS = new Set(list('echt|really|wirklich|vraiment|zo|so|direct|direkt|directement|directly|bepaald|unbedingt').map(fold));

function thingDeniedBefore(toks: readonly string[], i: number, lang: Lang): boolean {
  const before = toks[i - 1] ?? '';
  if (thingDenial(before, lang)) return true;
  // "not really dark thoughts", "pas vraiment des idées noires": the softener, an article maybe, then the thing.
  const article = ARTICLES.has(before) ? 1 : 0;
  if (SOFTENERS.has(toks[i - 1 - article] ?? '') && SOFTENED_NOT.has(toks[i - 2 - article] ?? '')) return true;
  if ((before === 'de' || before === 'd') && ['pas', 'plus', 'jamais'].includes(toks[i - 2] ?? '')) return true;
  // One word between: "geen echte ruzie", "no real money worries", "pas vraiment de soucis".
  const two = toks[i - 2] ?? '';
  return thingDenial(two, lang) && !DENIALS.has(before) && before.length > 0;
}

/**
 * A denial further back, with nothing that joins another thing between: "pas de problèmes d'argent", "geen echte
 * zorgen om geld". Unlike a denial just before ("pas d'argent" is the lack of it), the thing is denied.
 */
function thingDeniedFar(toks: readonly string[], i: number, lang: Lang): boolean {
  for (let j = 3; j <= 4; j++) {
    const far = toks[i - j] ?? '';
    const between = toks.slice(i - j + 1, i);
    const denies = thingDenial(far, lang) || (['pas', 'plus', 'jamais'].includes(far) && ['de', 'd'].includes(toks[i - j + 1] ?? ''));
    if (denies && between.every((t) => !THING_JOINERS.has(t) && (!DENIALS.has(t) || t === toks[i - j + 1]))) return true;
  }
  return false;
}

/** How many words after a thing a denial that closes its part still denies it ("Alkohol ist es nicht"). */
const CLOSING_DENIAL_REACH = 3;

/**
 * What may follow the denial that closes a clause, and still leave it the clause's end: "video won't work", "la
 * visio c'est pas possible", "telefoon lukt niet voor mij", "Video ist nicht machbar".
 */
const WORKS = new Set(
  list(
    't|work|works|working|possible|option|an|a|good|ideal|feasible|happen|for|me|us|really',
    'pratique|faisable|jouable|top|pour|moi|nous|vraiment|envisageable|volontiers',
    'mogelijk|haalbaar|handig|lukken|doenbaar|voor|mij|ons|echt|optie|een|graag',
    'moglich|machbar|drin|klappt|funktioniert|gut|fur|mich|uns|wirklich|eine|gern|gerne',
  ).map(fold),
);

/** The part ends, within a few words after the thing, with a denial, and the thing's own label denies nothing. */
function deniedAfter(toks: readonly string[], end: number, labelWords: readonly string[]): boolean {
  if (labelWords.some((w) => DENIALS.has(w))) return false;
  // "hij drinkt niet hoor", "il boit pas hein": a word of tone after the denial still leaves it the part's end.
  let last = toks.length - 1;
  while (last > end && CLOSING_TONE.has(toks[last] ?? '')) last--;
  if (last < end || last - end >= CLOSING_DENIAL_REACH || !deniesAt(toks, last)) return false;
  // Nothing that joins another thing in between: "Alkohol und er schläft nicht" denies the sleep, not the drink.
  return toks.slice(end, last).every((t) => !THING_JOINERS.has(t) && !DENIALS.has(t));
}

/** Words of tone that may close a part after its denial. */
const CLOSING_TONE = new Set(
  list('hoor|he|hé|hein|eh|toch|quoi|hoe|tho|though|really|echt|wirklich|halt|eigentlich|vraiment|du tout|at all|helemaal|gar').map(fold),
);

/** Words that join two things: what follows one of them is not denied by a "no" before the other. */
const THING_JOINERS = new Set(['et', 'en', 'und', 'and', 'ou', 'of', 'oder', 'or', 'mais', 'maar', 'aber', 'but', 'ni', 'noch', 'nor']);

/** Number → option value, checking that it does not also read as another option's label. */
function byNumber(n: number, options: readonly ChoiceOption[], forms: readonly LabelForm[]): Parsed<string> {
  const option = options[n - 1];
  if (!option) return fail('not_understood');
  // With labels like "0", "1", "2", "3+", a bare "2" could be the option number or the label.
  const clash = forms.some((f) => f.form === String(n) && f.value !== option.value);
  return clash ? fail('ambiguous') : ok(option.value);
}

/** Matches text that is meant as one option; `undefined` when nothing matched at all. */
function matchOne(
  text: string,
  options: readonly ChoiceOption[],
  allForms: readonly LabelForm[],
  lang: Lang,
  stems = true,
): Parsed<string> | undefined {
  const toks = withoutNothingElse(tokens(text));
  const answer = toks.join(' ');
  if (!answer) return undefined;
  let forms = allForms;

  const n = wholeAnswerNumber(toks);
  if (n !== undefined) return byNumber(n, options, forms);
  // "trouble", "problèmes": a word every kind of label has names no option.
  if (
    toks.some((t) => GENERIC_LABEL_WORDS.has(t)) &&
    toks.every((t) => GENERIC_LABEL_WORDS.has(t) || LEAD_FILLERS.has(t) || STOPWORDS.has(t))
  ) {
    return undefined;
  }

  // Exact label or synonym, in any language.
  const exact = decide(
    forms.filter((f) => f.form === answer),
    lang,
  );
  if (exact) return exact;

  // The answer contains a whole label ("non merci", "plutôt le stress au travail"). When one matched
  // label sits inside a longer matched one ("oui" in "oui mais plus tard"), the longer wins.
  const padded = ` ${answer} `;
  // Two letters inside a sentence are a word, not a pick ("en" in "en français", "de"): only a whole answer may be that short.
  const named = forms.filter((f) => f.form.length > 2 && padded.includes(` ${f.form} `));
  // "en personne, il aime pas le tel": an option denied where it stands is not picked, here or below.
  const denied = new Set(named.filter((f) => deniedAt(toks, f.form)).map((f) => f.value));
  for (const f of named) if (!denied.has(f.value) || !deniedAt(toks, f.form)) denied.delete(f.value);
  if (denied.size > 0) forms = forms.filter((f) => !denied.has(f.value));
  const contained = named.filter((f) => !denied.has(f.value));
  const longest = contained.filter(
    (f) => !contained.some((g) => g.value !== f.value && g.form.length > f.form.length && containsWords(g.form, f.form)),
  );
  const byContainment = decide(longest, lang);
  if (byContainment) return byContainment;

  if (answer.length >= 4) {
    // The start of a label ("indép" for "Indépendant").
    const byPrefix = decide(
      forms.filter((f) => !STOPWORDS.has(answer) && f.form.startsWith(answer)),
      lang,
    );
    if (byPrefix) return byPrefix;

    // A distinctive word or words of a label ("anxiété" for "Stress et anxiété").
    if (toks.some((t) => t.length >= 4 && !STOPWORDS.has(t))) {
      const byWords = decide(
        forms.filter((f) => containsWords(f.form, answer) && denialKept(f, toks)),
        lang,
      );
      if (byWords) return byWords;
    }

    // Every meaningful word of the answer is a word of one label, in any order and with a typo
    // allowed ("indépendant complémentaire" for "Indépendant(e) à titre complémentaire").
    const content = toks.filter((t) => !LEAD_FILLERS.has(t) && !STOPWORDS.has(t) && !POLITE.has(t) && !BE_VERBS.has(t));
    if (content.some((t) => t.length >= 4)) {
      const byBag = decide(
        forms.filter((f) => denialKept(f, toks) && content.every((t) => f.words.some((w) => withinEdits(t, w, typoAllowance(w.length))))),
        lang,
      );
      if (byBag) return byBag;
    }
  }

  // The same stem as a distinctive word of a label or synonym, in any of the four languages ("financiers" and
  // "financières", "épuisé" and "épuisement", "eenzaam" and "eenzaamheid", "slaapt" and "slaap").
  const answerStems = new Set<string>();
  for (const t of toks)
    if (t.length >= MIN_STEMMED && !STOPWORDS.has(t) && !LEAD_FILLERS.has(t)) for (const s of stemsOf(t)) answerStems.add(s);
  if (stems && answerStems.size > 0) {
    const byStem = decide(
      forms.filter((f) => denialKept(f, toks) && formStems(f).some((s) => answerStems.has(s))),
      lang,
    );
    if (byStem) return byStem;
  }

  // Typos: compare against every run of answer words about as long as the label (a typo can
  // add or remove a space, hence one word more or fewer).
  const fuzzy: Array<LabelForm & { distance: number }> = [];
  // The answer's runs of `width` words, built once per width rather than once per label.
  const spans = new Map<number, string[]>();
  const spansOf = (width: number): string[] => {
    let runs = spans.get(width);
    if (runs === undefined) {
      runs = [];
      for (let i = 0; i + width <= toks.length; i++) runs.push(toks.slice(i, i + width).join(' '));
      spans.set(width, runs);
    }
    return runs;
  };
  // (Long messages are not a pick with a typo; the cap also bounds the work on pasted text.)
  for (const f of toks.length <= 20 ? forms : []) {
    const allowance = typoAllowance(f.form.length);
    if (allowance === 0) continue;
    const labelWidth = f.words.length;
    for (let width = Math.max(1, labelWidth - 1); width <= labelWidth + 1; width++) {
      for (const span of spansOf(width)) {
        // The distance is at least the difference in length.
        if (Math.abs(span.length - f.form.length) > allowance) continue;
        // A common word is not a typo of a label ("about" is not "à bout").
        if (STOPWORDS.has(span) && span !== f.form) continue;
        const distance = boundedDistance(span, f.form, allowance);
        // Two letters changed at the start is another word, not a typo ("afgebrand" is not "opgebrand").
        const sameStart = distance < 2 || span.slice(0, 2) === f.form.slice(0, 2);
        if (distance <= allowance && (distance === 0 || (polarityKept(span, f.words, toks) && firstLetterKept(span, f.form) && sameStart)))
          fuzzy.push({ ...f, distance });
      }
    }
  }
  if (fuzzy.length > 0) {
    const best = Math.min(...fuzzy.map((f) => f.distance));
    const byTypo = decide(
      fuzzy.filter((f) => f.distance === best),
      lang,
    );
    if (byTypo) return byTypo;
  }

  // Dutch and German compounds: a word of the answer ends with a one-word label or synonym ("varkensboer",
  // "Milchbauer", "Zahnärztin"), or begins with one ("Schlafprobleme", "Geldsorgen").
  const parts = forms.filter((f) => f.words.length === 1 && f.form.length >= COMPOUND_PART);
  // "Landwirtin", "Schreinerin", "Bäckerinnen": a German feminine is read as the word it is made from, before
  // any compound ("Landwirtin" is not an innkeeper, "Wirtin").
  const feminine = toks.map((t) => (t.length > 6 ? t.replace(/(?:in|innen)$/, '') : t)).filter((t, k) => t !== toks[k]);
  const byFeminine =
    feminine.length > 0
      ? decide(
          parts.filter((f) => feminine.includes(f.form)),
          lang,
        )
      : undefined;
  if (byFeminine) return byFeminine;
  // In each word, the longest part that is a label word: "landwirtschaftsbetrieb" is "landwirtschaft", not "wirt".
  const inCompounds = new Set<LabelForm>();
  for (const t of toks) {
    const found = parts.filter((f) => t.length >= f.form.length + 3 && (t.endsWith(f.form) || t.startsWith(f.form)));
    const longest = Math.max(0, ...found.map((f) => f.form.length));
    for (const f of found) if (f.form.length === longest) inCompounds.add(f);
  }
  const byCompound = decide([...inCompounds], lang);
  if (byCompound) return byCompound;

  const word = wholeAnswerNumberWord(toks);
  if (word !== undefined) return byNumber(word, options, forms);

  // A number inside a short sentence ("euh je dirais 2"); several numbers cannot be one choice.
  const numbers = new Set(toks.map(numberFromToken).filter((x): x is number => x !== undefined));
  if (numbers.size > 1) return fail('ambiguous');
  const [single] = numbers;
  if (single !== undefined && toks.length <= 6) return byNumber(single, options, forms);
  return undefined;
}

/**
 * One pick among options. `stems: false` keeps to the words of the labels
 * themselves: the menu, where "j'ai besoin d'aide" must not start a form on
 * the strength of one word.
 */
export function parseChoice(text: string, options: readonly ChoiceOption[], lang: Lang, how: { stems?: boolean } = {}): Parsed<string> {
  if (isBlank(text)) return fail('empty');
  const forms = labelForms(options);
  const stems = how.stems ?? true;
  // "I'd like video but my wifi is awful, so phone", "…, donc par téléphone", "…, also Telefon": the conclusion
  // drawn is the pick, whatever was weighed before it.
  // (Neither this nor the purpose below for the way to reach someone, where "ici" and "this number" are read
  // before the options.)
  const reachWay = options.some((o) => o.value === 'this_number');
  const concluded = reachWay ? null : CONCLUSION.exec(text);
  if (concluded?.[1] && concluded[2] && tokens(concluded[1]).length > 0) {
    const drawn = parseChoice(concluded[2], options, lang, how);
    if (drawn.ok) return drawn;
  }
  // "Appelez-moi … pour qu'on fixe un rendez-vous en personne", "call me to arrange to meet in person": the way
  // asked for is the one the call is for.
  const purpose = reachWay ? null : PURPOSE.exec(text);
  if (purpose?.[1] && purpose[2]) {
    const meant = matchOne(purpose[2], options, forms, lang, stems);
    const means = matchOne(purpose[1], options, forms, lang, stems);
    if (meant?.ok && (!means?.ok || means.value !== meant.value)) return meant;
  }
  // "Zoom of Teams, maakt niet uit welk programma": indifference to the tool, not to the way of meeting; "visio sur
  // mon portable", "video übers Handy": the device a video call is made on.
  const untooled = text.replace(TOOL_INDIFFERENCE, ' ').replace(VIDEO_DEVICE, '$1 ');
  if (untooled !== text && untooled.trim() !== '') return parseChoice(untooled, options, lang, how);
  const changed = nowAndBefore(text, options, forms, lang, stems);
  if (changed) return changed;
  const weighed = weighClauses(text, options, forms, lang, stems);
  if (weighed) return weighed;
  const ruledOut = withoutDeniedClauses(text, options, forms, lang, stems);
  if (ruledOut) return ruledOut;
  const preferred = preferredOverOther(text, options, forms, lang, stems);
  if (preferred) return preferred;
  const whole = matchOne(text, options, forms, lang, stems) ?? fail('not_understood');
  // "telefoon of video, maakt niet uit", "Video oder Telefon, beides passt": either of two will do, which rules out the
  // others; that is not "no preference", so which one is asked (whole.reason is already "ambiguous").
  // "phone or face to face", "Video oder vor Ort", "mail of bellen": two options offered, one to be chosen.
  if (whole.ok && whole.value !== 'no_preference') {
    const parts = text.split(lang === 'nl' ? EITHER_NL : EITHER);
    const other = (p: string) => {
      const r = p.trim() === '' ? undefined : matchOne(p, options, forms, lang, stems);
      return r?.ok === true && r.value !== whole.value;
    };
    if (parts.length > 1 && parts.some(other)) return fail('ambiguous');
    // "je fais des marchés et j'ai aussi un food truck": two picks, one on each side of an "and".
    // Only a label or synonym said outright counts on the other side ("boer, varkens en wat akkerbouw" is one pick).
    const outright = (p: string) => {
      const toks = tokens(p);
      const padded = ` ${toks.join(' ')} `;
      const said = new Set(toks.filter((t) => t.length >= MIN_STEMMED && !STOPWORDS.has(t)).flatMap((t) => stemsOf(t)));
      const r = decide(
        forms.filter(
          (f) =>
            f.form.length > 2 &&
            (padded.includes(` ${f.form} `) || (f.words.length === 1 && formStems(f).some((st) => said.has(st)))) &&
            !deniedAt(toks, f.form),
        ),
        lang,
      );
      return r?.ok === true && r.value !== whole.value;
    };
    const pieces = text.split(lang === 'nl' ? BOTH_NL : BOTH);
    if (pieces.length > 1 && pieces.some(outright)) return fail('ambiguous');
  }
  // "she said no last week but i think she's changed her mind": what was said no longer holds.
  const turn = CONTRAST.exec(text);
  if (whole.ok && turn && CHANGED_MIND.test(fold(text.slice(turn.index)))) return fail('ambiguous');
  // "complementary, i'm employed full time elsewhere": the answer comes first, then why.
  const head = /^([^,;:–—]+)[,;:–—]\s*(.+)$/su.exec(text.trim());
  if (
    head?.[1] &&
    head[2] &&
    tokens(head[1]).length <= 3 &&
    !BARE_YES_NO.test(fold(head[1])) &&
    !tokens(head[1]).some((t) => DENIALS.has(t) || t === 'net') &&
    // "Telefon oder Praxis, beides ok": two offered before the remark.
    !(lang === 'nl' ? EITHER_NL : EITHER).test(head[1]) &&
    !CORRECTION_START.test(fold(head[2]))
  ) {
    const first = matchOne(head[1], options, forms, lang, stems);
    if (first?.ok && (!whole.ok || whole.value !== first.value)) return first;
  }
  return whole;
}

/** "maintenant", "nu", "jetzt", "now": the clause says how things are today. */
const NOW_WORDS =
  /\b(?:maintenant|desormais|aujourd hui|actuellement|a present|nu|tegenwoordig|inmiddels|momenteel|sinds kort|jetzt|etz|mittlerweile|inzwischen|heute|aktuell|seit kurzem|now|nowadays|currently|these days|today)\b/;
/** "depuis janvier", "sinds vorig jaar", "seit Oktober", "since March": how it is since then, when no stronger "now" is said. */
const SINCE_WORDS =
  /\b(?:depuis|sinds|seit|since (?:january|february|march|april|may|june|july|august|september|october|november|december|last|this|then|the start|\d{4}))\b/;
/** "avant", "vroeger", "früher", "used to", "plus dans", "niet meer", "no longer": how things were. */
const BEFORE_WORDS =
  /\b(?:avant|anciennement|autrefois|ancien|ancienne|ex|j etais|il etait|elle etait|etais|daarvoor|ik was|hij was|ze was|vroeger|voorheen|destijds|fruher|frueher|ehemals|ehemalig\w*|damals|davor|ich war|er war|sie war|used to|formerly|previously|before|back then|i was|he was|she was|^was|^war|^waren|^etais|^etait|no longer|not any ?more|plus (?:dans|en|de|du|chez)|niet meer|nie meer|geen \S+ meer|nicht mehr|nimmer|kein\w* \S+ mehr)\b/;

/** What an answer says the person is now, against what they were (see `nowAndBefore`); `undefined` if it says no such thing. */
export function changedSince(text: string, options: readonly ChoiceOption[], lang: Lang): Parsed<string> | undefined {
  return nowAndBefore(text, options, labelForms(options), lang, true);
}

/**
 * "je suis plus dans l'horeca, maintenant je fais des ménages", "I used to do horeca, now I clean houses": what
 * the person was is not what they are. The clause that says "now" picks; when it names no option, the one that
 * was is still not the answer (asked). `undefined` unless one clause says how it was and another how it is.
 */
function nowAndBefore(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  const parts = text.split(CLAUSE_PARTS);
  const strong = clausePair(parts, NOW_WORDS, BEFORE_WORDS, false);
  const pair = strong ?? clausePair(parts, SINCE_WORDS, BEFORE_WORDS, false);
  if (!pair) return undefined;
  const was = matchOne(pair.second, options, forms, lang, stems);
  if (!was?.ok) return undefined;
  const is = matchOne(pair.first, options, forms, lang, stems);
  if (is?.ok && is.value !== was.value) return is;
  // "Horeca, sinds 2015, daarvoor was ik in de bouw": a "since" that names nothing only dates the other clause.
  return strong ? fail('ambiguous') : undefined;
}

/**
 * Two clauses of an answer: one that says `first`, and another that says `second` (after it, when `after`).
 * The second is returned with the clauses after it when `after` is set ("…, ensuite une rencontre au cabinet").
 */
function clausePair(
  parts: readonly string[],
  first: RegExp,
  second: RegExp,
  after: boolean,
): { first: string; second: string } | undefined {
  const clauses = parts.filter((c) => c.trim() !== '');
  if (clauses.length < 2) return undefined;
  const said = clauses.map((c) => tokens(c).join(' '));
  const i = said.findIndex((c) => first.test(c));
  if (i < 0) return undefined;
  const j = said.findIndex((c, k) => (after ? k > i : k !== i) && second.test(c));
  if (j < 0) return undefined;
  return { first: clauses[i] ?? '', second: after ? clauses.slice(j).join(', ') : (clauses[j] ?? '') };
}

/**
 * What the clauses of an answer say against each other, when that decides it: a condition ("ça dépend"), steps
 * in order ("d'abord un appel, ensuite au cabinet"), what the person said against what the writer thinks, a
 * preference said as such, the writer's own convenience against the other's wish. `undefined` when none applies.
 */
export function weighedClauses(text: string, options: readonly ChoiceOption[], lang: Lang): Parsed<string> | undefined {
  return weighClauses(text, options, labelForms(options), lang, true);
}

function weighClauses(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  // "ça dépend", "hangt ervan af", "kommt drauf an", "depends where the office is": a condition the bot cannot weigh.
  if (DEPENDS.test(tokens(text).slice(0, 4).join(' '))) return fail('ambiguous');
  // "tout sauf ça", "alles behalve dat", "anything but that": any of the others, which one is asked.
  const except = EXCEPT.exec(tokens(text).join(' '));
  if (except) {
    const after = tokens(text)
      .join(' ')
      .slice(except.index + except[0].length)
      .trim()
      .split(' ')
      .slice(0, 3);
    if (EXCEPT_WHAT.has(after[0] ?? '') || matchOne(after.join(' '), options, forms, lang, stems)?.ok) return fail('ambiguous');
  }
  // "Face à face si c'est pas trop loin, sinon on verra": a pick on a condition, and nothing said for the rest.
  const orElse = OR_ELSE.exec(text);
  if (orElse?.[1] && IF_CLAUSE.test(tokens(orElse[1]).join(' ')) && !WISHED.test(fold(orElse[1]))) return fail('ambiguous');
  return (
    firstThen(text, options, forms, lang, stems) ??
    saidButThought(text, options, forms, lang, stems) ??
    preferenceClause(text, options, forms, lang, stems)
  );
}

/** "tout sauf ça", "alles behalve dat", "alles außer das", "anything but that". */
const EXCEPT =
  /\b(?:tout sauf|tout mais pas|alles behalve|alles buiten|alles ausser|alles auser|alles ausser|anything but|everything but|all but|anything except|alles andere als)\b/;
/** What "anything but" points at when it names no option: "tout sauf ça", "alles behalve dat". */
const EXCEPT_WHAT = new Set(list('ca|cela|celui|celle|dat|dit|das|dies|that|this|it|die|den|le|la|les|het|de|the').map(fold));
/** "si c'est pas trop loin", "als het niet te ver is", "wenn's nicht zu weit ist", "if it's near". */
const IF_CLAUSE = /\b(?:si|s il|als|indien|wenn|wenns|falls|if|provided|as long as|tant que|zolang)\b/;

/** "ça dépend", "hangt ervan af", "kommt drauf an", "it depends": the answer waits on something else. */
const DEPENDS =
  /\b(?:ca depend|cela depend|tout depend|selon (?:ou|quand|comment)|hangt (?:er )?(?:van )?af|hangt ervan af|afhankelijk van|kommt (?:drauf|darauf) an|hangt (?:davon )?ab|je nachdem|depends|depending on|it depends)\b/;

/** "d'abord …, ensuite …", "eerst …, daarna …", "zuerst …, danach …", "first …, then …": steps in order. */
const FIRST_WORDS = /\b(?:d abord|tout d abord|pour commencer|eerst|om te beginnen|zuerst|erst mal|erstmal|first|to start with|at first)\b/;
const THEN_WORDS = /\b(?:ensuite|puis|apres|daarna|dan|nadien|danach|dann|anschliessend|nachher|then|after that|afterwards|later)\b/;

/** Options that are ways of meeting or of reaching someone. */
const WAYS = new Set(['phone', 'video', 'in_person', 'email', 'this_number']);

/**
 * "D'abord un appel pour faire connaissance, ensuite une rencontre au cabinet": to a way of meeting or of
 * reaching someone, the first step is the way to begin, and the next one comes later. `undefined` unless a clause says "first" with one option and a later one
 * says "then" with another.
 */
function firstThen(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  // For what someone is, the later step is what they are now ("eerst in de bouw, daarna horeca"): not read here.
  if (!options.some((o) => WAYS.has(o.value))) return undefined;
  const parts = text.split(
    /\s*[,;.!?…]+\s*|\s+[-–—]\s+|\s+(?=(?:ensuite|puis|daarna|danach|dann|then|and then|et puis|en dan|und dann)\b)/iu,
  );
  const pair = clausePair(parts, FIRST_WORDS, THEN_WORDS, true);
  if (!pair) return undefined;
  const begin = matchOne(pair.first, options, forms, lang, stems);
  const next = matchOne(pair.second, options, forms, lang, stems);
  return begin?.ok && next?.ok && begin.value !== next.value ? begin : undefined;
}

/** "il a dit", "hij zei", "er sagte", "he said": what the person said, reported. */
const SAID_WORDS =
  /\b(?:(?:il|elle) (?:m |me |nous |l )?(?:a dit|dit|disait|voulait|voudrait)|(?:hij|zij|ze) (?:zei|zegt|zou|wou|wilde)|zei (?:hij|ze|zij)|(?:er|sie) (?:sagte|sagt|meinte|meint|wollte|will)|(?:he|she) (?:said|says|wanted|wants|asked for)|d apres lui|d apres elle|volgens hem|volgens haar|laut ihm|laut ihr)\b/;
/** "je pense", "eerlijk gezegd", "ich glaube", "honestly I think": the writer's own view. */
const THOUGHT_WORDS =
  /\b(?:je pense|je crois|a mon avis|selon moi|franchement|ik denk|ik vind|volgens mij|eerlijk gezegd|ich denke|ich glaube|ich finde|meiner meinung|ehrlich gesagt|i think|i believe|i feel|in my opinion|honestly|to be honest|frankly|i doubt|je doute|ik betwijfel|ich bezweifle|ich zweifle|lijkt me|lijkt mij|me semble|il me semble|scheint mir|seems to me)\b/;

/**
 * "He said phone, but honestly I think he needs to sit across from someone", "hij zei telefonisch, maar ik denk
 * …": what the person asked for, and the writer's doubt about it. Which one holds is not for the bot to decide.
 */
function saidButThought(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  const pair = clausePair(text.split(/\s*[,;.!?…]+\s*|\s+[-–—]\s+|\s+(?=(?:mais|maar|aber|but)\b)/iu), SAID_WORDS, THOUGHT_WORDS, true);
  if (!pair) return undefined;
  const was = matchOne(pair.first, options, forms, lang, stems);
  const is = matchOne(pair.second, options, forms, lang, stems);
  if (!was?.ok) return undefined;
  // "He said phone, I think that is best": agreeing is no doubt; "…, but honestly I think …" is.
  const doubted = is?.ok ? is.value !== was.value : /^(?:mais|maar|aber|but)\b/iu.test(pair.second.trim());
  return doubted ? fail('ambiguous') : undefined;
}

/** "pour moi le plus simple", "für mich am einfachsten", "easiest for me": what suits the one writing. */
const WRITER_CONVENIENCE =
  /\b(?:pour moi|voor mij|fur mich|for me|me personally|moi perso)\b.*\b(?:simple|facile|pratique|makkelijkst|makkelijker|eenvoudigst|handigst|einfachsten|einfacher|praktischsten|easiest|easier|simplest|handiest)\b|\b(?:simple|facile|pratique|makkelijkst|makkelijker|eenvoudigst|handigst|einfachsten|einfacher|easiest|easier|simplest|handiest)\b.*\b(?:pour moi|voor mij|fur mich|for me)\b/;
/** A clause about the other person: "lui", "hij", "er", "she". */
const THIRD_PERSON = /\b(?:il|elle|lui|hij|zij|ze|hem|haar|ihm|ihr|he|she|him|her|they)\b/;
/** German "er" is "he"; Dutch "er" is "there", and German "Sie" is also the formal "you". */
const THIRD_PERSON_DE = /\b(?:er|ihm|ihr)\b/;

/** A preference said as such: "il préfère", "she'd rather", "hij wil liever", "er fährt lieber". */
const PREFERS =
  /\b(?:prefere|preferent|prefererait|aime mieux|aimerait mieux|prefer|prefers|preferred|would rather|d rather|rather|liever|lieber|bevorzugt|bevorzuge|am liebsten|liefst)\b/;

/**
 * "Je lui ai proposé le téléphone, il a fait la grimace. Il préfère venir.", "Phone would be easiest for me, but
 * she'd rather come in": among clauses that name different options, the one said as a preference picks. A
 * preference denied ("rather not on a screen") is left to the denials. `undefined` unless exactly one option is
 * named with a preference and another without.
 */
function preferenceClause(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  const clauses = text.split(/\s*[,;.!?…]+\s*|\s+[-–—]\s+|\s+(?=(?:mais|maar|aber|but|sondern)\b)/iu).filter((c) => c.trim() !== '');
  if (clauses.length < 2) return undefined;
  const preferred = new Set<string>();
  const others = new Set<string>();
  for (const clause of clauses) {
    const said = tokens(clause);
    const r = matchOne(clause, options, forms, lang, stems);
    if (!r?.ok) continue;
    const prefers = PREFERS.test(said.join(' '));
    if (prefers && said.some((t, k) => deniesAt(said, k))) return undefined;
    (prefers ? preferred : others).add(r.value);
  }
  // "Für mich wäre telefonisch am einfachsten, aber er …": the writer's own convenience is not the other's wish.
  const own = clauses.find((c) => WRITER_CONVENIENCE.test(tokens(c).join(' ')));
  const third = (c: string) => THIRD_PERSON.test(tokens(c).join(' ')) || (lang === 'de' && THIRD_PERSON_DE.test(tokens(c).join(' ')));
  if (own && preferred.size === 0 && clauses.some((c) => c !== own && third(c))) {
    const mine = matchOne(own, options, forms, lang, stems);
    const theirs = clauses
      .filter((c) => c !== own)
      .map((c) => matchOne(c, options, forms, lang, stems))
      .filter((r) => r?.ok && (!mine?.ok || r.value !== mine.value));
    return theirs.length === 1 && theirs[0] ? theirs[0] : fail('ambiguous');
  }
  if (preferred.size !== 1 || others.size === 0) return undefined;
  const [value] = [...preferred];
  return value !== undefined && !others.has(value) ? ok(value) : undefined;
}

/** A clause that draws the conclusion ("…, so phone", "donc par téléphone", "dus bellen", "also Telefon"). */
const CONCLUSION =
  /^(.+?)(?:(?:[,;.]\s*|\s+)(?:donc|alors|du coup|dus|daarom|also|deshalb|deswegen|therefore|hence)|[,;.]\s*(?:and )?so)\s+(?!(?:much|many|that|dass|dat|que|qu|if|of|ob)\b)(.+)$/isu;
/** A call or message asked for, and what it is to arrange ("…pour qu'on fixe un rendez-vous en personne"). */
const PURPOSE =
  /^(.+?)\b(?:pour qu['’ ]?on|pour fixer|pour prendre|afin de fixer|to arrange|to set up|to book|so we can|so that we can|om (?:een )?afspraak|om af te spreken|um (?:einen )?termin|damit wir)\b(.+)$/isu;
/** "maakt niet uit welk programma", "whichever platform you use": indifference to the tool used. */
const TOOL_INDIFFERENCE =
  /[,;]?\s*(?:(?:het )?maakt (?:me |mij )?(?:niet|nie) uit|(?:ist )?(?:mir |ihm |ihr )?egal|peu importe|n importe|doesn t matter|does not matter|whichever|whatever)\s+(?:welk\w*|welch\w*|which|what|quel\w*|le|la|the)?\s*(?:programma|programm|platform\w*|plateforme|app|apps|application|logiciel|outil|tool|software)\b[^,.;]*/giu;

/** A video word, then the device it is made on ("visio sur mon portable", "videogesprek via mijn gsm"). */
const VIDEO_DEVICE =
  /\b(visio\w*|vid[ée]o\w*|beeldbellen|teams|zoom|skype|facetime)\s+(?:sur|via|op|met|mit|mitm|[üu]ber|[üu]bers|on|with)\s+(?:(?:mon|ma|mijn|m['’]n|zijn|dem|meinem|seinem|my|his|her|son|sa|het|de|the|le|la)\s+)?(?:portable|gsm|handy|mobile|smartphone|t[ée]l[ée]phone|telefoon|telefon|phone|tablet|tablette|laptop|ordi)\b/giu;

/** "plutôt X que Y", "lieber X als Y", "X rather than Y": the preference word, then what it is weighed against. */
const RATHER_THAN =
  /^(.*?\b(?:plutot|plutôt|mieux|liever|beter|lieber|eher|besser|rather|sooner|better)\b.*?)\s(?:que|qu|dan|als|than)\b[\s']*(.+)$/isu;
/** "X si possible, sinon Y", "X, otherwise Y", "X, anders Y": a first wish, and what would do instead. */
const OR_ELSE =
  /^(.+?)[\s,;]+(?:(?:ou |of |oder |or )?(?:sinon|a defaut|à défaut|anders|zo niet|zoniet|sonst|andernfalls|ansonsten|notfalls|otherwise|or else|failing that|if not))\b[\s,]*(.+)$/isu;
/** "X, but Y is fine too", "X, mais Y ça va aussi", "X, maar Y lukt ook", "X, aber Y geht auch": a pick, and another only conceded. */
const CONCEDED =
  /^(.+?)[\s,;]+(?:but|mais|maar|aber)\s+(.+?)\s+(?:is|s|est|c est|ca|is ook|ist|geht|gaat|lukt|works|will do|marche|va|passe)\s*(?:also |too |aussi |ook |auch |more or less |wel |ook wel |a peu pres |einigermassen |halbwegs )?(?:ok|okay|fine|good|alright|all right|goed|gut|bien|correct|correcte|prima|passable|acceptable|ca va|aussi|too|ook|auch)\b[^,;]*$/iu;
/** "X, or Y if that's easier for you": a second way offered only for the other side's convenience. */
const FOR_YOUR_SAKE =
  /^(.+?)[\s,;]+(?:ou|of|oder|or)\s+(.+?)[\s,]+(?:si|if|als|wenn|wenns|wenn['’]s)\b(?=[^,;]*\b(?:plus simple|plus facile|plus pratique|easier|simpler|handier|makkelijker|eenvoudiger|handiger|einfacher|leichter|praktischer)\b)(?=[^,;]*(?:pour vous|for you|voor jullie|voor u|f[uü]r sie|f[uü]r euch)\b)[^,;]*$/iu;

/** "if possible", "de préférence", "am liebsten": a first wish said as such. */
const WISHED =
  /\b(?:si possible|si c(?: est)? possible|if possible|if you can|wenn moglich|wenn moeglich|wenn s geht|wenns geht|indien mogelijk|als het kan|als t kan|liefst|bij voorkeur|de preference|preferably|am liebsten|idealement|ideally|idealerweise|ideaal)\b/;
const PREFERENCE_WORDS = /\b(?:plutot|plutôt|mieux|liever|beter|lieber|eher|besser|rather|sooner|better)\b/giu;

/**
 * One option weighed against another: the one preferred ("plutôt en vrai qu'en visio", "lieber vor Ort als am
 * Telefon"); a first wish and a fallback ("en visio si possible, sinon au cabinet") leave the choice open.
 * `undefined` unless each side names one option, and not the same.
 */
function preferredOverOther(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  const rather = RATHER_THAN.exec(text);
  const orElse = rather ? undefined : OR_ELSE.exec(text);
  // "dutch, but his english is ok": the first is the answer, the other only conceded.
  const conceded = rather || orElse ? undefined : CONCEDED.exec(text);
  if (conceded?.[1] && conceded[2]) {
    const first = matchOne(conceded[1], options, forms, lang, stems);
    const second = matchOne(conceded[2], options, forms, lang, stems);
    return first?.ok && second?.ok && first.value !== second.value ? first : undefined;
  }
  // "Par téléphone, ou en visio si c'est plus simple pour vous": the pick, and another offered for the team's sake.
  const offered = rather || orElse ? undefined : FOR_YOUR_SAKE.exec(text);
  if (offered?.[1] && offered[2]) {
    const first = matchOne(offered[1], options, forms, lang, stems);
    const second = matchOne(offered[2], options, forms, lang, stems);
    if (first?.ok && second?.ok && first.value !== second.value) return first;
  }
  const split = rather ?? orElse;
  if (!split?.[1] || !split[2]) return undefined;
  const first = matchOne(split[1].replace(PREFERENCE_WORDS, ' '), options, forms, lang, stems);
  const second = matchOne(split[2], options, forms, lang, stems);
  if (!first?.ok || !second?.ok || first.value === second.value) return undefined;
  // "X if possible, otherwise Y" is a wish; "X if it's near, otherwise Y" a condition the bot cannot weigh: asked.
  return orElse && !WISHED.test(fold(split[1])) ? fail('ambiguous') : first;
}

/** Where an answer's clauses part: punctuation, and the words that turn to the preferred one. */
const CLAUSE_PARTS =
  /\s*[,;.!?…]+\s*|\s+[-–—]\s+|(?<!\b(?:anything|everything|all))\s+(?=(?:mais|maar|aber|but|sondern|plutot|plutôt|liever|lieber|eher|rather|instead|wel|doch)\b(?!\s+(?:nicht|niet|nie|pas|not|ned|net|nit)\b))/iu;

/** "ik ben", "il est", "sie arbeitet", "I'm": the person says what they are or do, which no option named. */
const SAYS_WHAT_THEY_ARE =
  /^(?:ik ben|hij is|ze is|zij is|je suis|il est|elle est|ich bin|er ist|sie ist|i am|i m|he is|she is|he s|she s) (?:een |ne |un |une |ein |eine |a |an )?\p{L}+(?: \p{L}+){0,2}$/u;

/**
 * "niet via video, bellen is beter", "video niet, liever bellen", "ni horeca ni commerce, il est artiste
 * peintre": an option named in a clause that denies it is ruled out, and the other clauses pick. When they
 * name no option but say what the person is or does, that is "other". `undefined` when no clause denies an option.
 */
function withoutDeniedClauses(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  const { denied, rest } = deniedClauses(text, options, forms, lang, stems);
  if (denied.size === 0) return undefined;
  const left = options.filter((o) => !denied.has(o.value));
  // What is left is read as a whole answer: "phone or video, not in person" still offers two.
  const picked = rest.length > 0 ? parseChoice(rest.join(', '), left, lang, { stems }) : undefined;
  // "doesn't matter as long as it's not video", "egal, Hauptsache kein Video": any of the others, which is not
  // "no preference" (that could be the one ruled out); which one is asked.
  if (picked?.ok && picked.value === 'no_preference') return fail('ambiguous');
  if (picked?.ok) return picked;
  const other = left.find((o) => o.value === 'other');
  if (other && (!picked || picked.reason === 'not_understood') && rest.some((c) => SAYS_WHAT_THEY_ARE.test(tokens(c).join(' '))))
    return ok(other.value);
  return fail('ambiguous');
}

/** The options that some clause of an answer denies ("…, aber nicht beim Unternehmensgericht"). */
export function optionsDenied(text: string, options: readonly ChoiceOption[], lang: Lang): ReadonlySet<string> {
  return deniedClauses(text, options, labelForms(options), lang, true).denied;
}

/** Splits an answer into the options its clauses deny, and the clauses that deny none (as written). */
function deniedClauses(
  text: string,
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): { denied: Set<string>; rest: string[] } {
  const clauses = text.split(CLAUSE_PARTS).filter((c) => c.trim() !== '');
  // Labels that are themselves a refusal or an absence ("No, they refused", "pas de préférence", "geen andere job") are read as said.
  const refusals = forms.filter((f) => f.words.some((w) => DENIALS.has(w) || YES_WORDS.has(w)));
  const denied = new Set<string>();
  const rest: string[] = [];
  for (const clause of clauses) {
    // "sonst nix", "rien d'autre": nothing else said, nothing denied.
    const toks = withoutNothingElse(tokens(clause));
    if (toks.length === 0) continue;
    const padded = ` ${toks.join(' ')} `;
    if (BARE_YES_NO.test(toks.join(' '))) continue;
    const refusal = refusals.filter((f) => padded.includes(` ${f.form} `));
    if (refusal.length > 0) {
      // "doesn't matter as long as it's not video": what follows the refusal may still deny an option.
      let remainder = padded;
      for (const f of refusal) remainder = remainder.replace(` ${f.form} `, ' , ');
      const after = remainder.split(' , ').at(-1)?.trim().split(' ') ?? [];
      const named = after.length > 1 ? optionDenied(after, options, forms, lang, stems) : undefined;
      if (named?.ok && !refusal.some((f) => f.value === named.value)) denied.add(named.value);
      rest.push(clause);
      continue;
    }
    const named = optionDenied(toks, options, forms, lang, stems);
    // "elle déteste les appels vidéo", "ze heeft een hekel aan videobellen", "I hate video calls": the option disliked.
    const disliked =
      !named?.ok && DISLIKE.test(toks.join(' '))
        ? clause.split(/[.!?]+/u).find((sentence) => DISLIKE.test(tokens(sentence).join(' ')))
        : undefined;
    const dislikedOption = disliked ? matchOne(disliked, options, forms, lang, stems) : undefined;
    // "videobellen nee": a no closing the clause denies the option before it.
    const closingNo =
      !named?.ok && !dislikedOption?.ok && toks.length >= 2 && CLOSING_NO.has(toks[toks.length - 1] ?? '')
        ? matchOne(toks.slice(Math.max(0, toks.length - 4), -1).join(' '), options, forms, lang, stems)
        : undefined;
    const found = [named, dislikedOption, closingNo].find((r) => r?.ok);
    if (found?.ok) denied.add(found.value);
    else rest.push(clause);
  }
  return { denied, rest };
}

/**
 * The option a denial in these words denies: the few words after it ("niet via video", "pas en personne"), or
 * the words just before it when it closes the clause ("video niet", "persönlich nicht"); "für Selbstständige in
 * Not" denies nothing.
 */
function optionDenied(
  toks: readonly string[],
  options: readonly ChoiceOption[],
  forms: readonly LabelForm[],
  lang: Lang,
  stems: boolean,
): Parsed<string> | undefined {
  let named: Parsed<string> | undefined;
  // The denial that closes the clause may be followed by what it denies of the option ("won't work", "pas possible").
  let closing = toks.length - 1;
  while (closing > 0 && WORKS.has(toks[closing] ?? '') && !deniesAt(toks, closing)) closing--;
  for (let k = 0; k < toks.length && !named?.ok; k++) {
    // "can't": "can" then "t", closing the clause.
    if (!deniesAt(toks, k) && !(k === closing && toks[k] === 'can' && toks[k + 1] === 't')) continue;
    const after = toks.slice(k + 1, k + 4).filter((_, j) => !deniesAt(toks, k + 1 + j));
    named = after.length > 0 ? matchOne(after.join(' '), options, forms, lang, stems) : undefined;
    // "I don't have a private room for a video call", "geen rustige ruimte voor een videogesprek": what is lacking
    // for an option rules it out; the words after "for" say which.
    if (!named?.ok) {
      const lacking = toks.slice(k + 1, k + 7);
      const purpose = lacking.findIndex((t) => FOR_WORDS.has(t));
      // "no problem for a video call", "geen bezwaar voor …": nothing lacking, the option is fine.
      if (purpose > 0 && !lacking.slice(0, purpose).some((t) => PROBLEM_WORDS.has(t) || OBJECTIONS.has(t))) {
        const from = k + 1 + purpose + 1;
        const what = matchOne(toks.slice(from, from + 4).join(' '), options, forms, lang, stems);
        if (what?.ok) named = what;
      }
    }
    // "pas indépendant à titre complémentaire": three words name two options; the denial reaches over the label.
    if (named && !named.ok && named.reason === 'ambiguous') {
      const longer = toks.slice(k + 1, k + 7).filter((_, j) => !deniesAt(toks, k + 1 + j));
      const reached = matchOne(longer.join(' '), options, forms, lang, stems);
      if (reached?.ok) named = reached;
    }
    // "video niet", "Video eher nicht", "persönlich lieber nicht": the denial closes the clause, the option opens it.
    if (!named?.ok && k > 0 && k === closing) named = matchOne(toks.slice(Math.max(0, k - 3), k).join(' '), options, forms, lang, stems);
  }
  return named;
}

/** Words that say there is no objection ("no problem", "geen bezwaar", "kein Ding"). */
const OBJECTIONS = new Set(list('bezwaar|objection|einwand|bother|hassle|ding|souci|soucis|probleme|probleem|problem|issue').map(fold));
/** "for", said of what something would be for ("no room for a video call"). */
const FOR_WORDS = new Set(['for', 'voor', 'fur', 'pour', 'om']);

/** Dislike of what follows: it rules the option out as a denial does. */
const DISLIKE =
  /\b(?:me stresse|m angoisse|me fait peur|mal a l aise|pas a l aise|pas tres a l aise|niet op (?:mijn|zijn|haar) gemak|nicht wohl|not comfortable|not at ease|uncomfortable|trop impersonnel|makes me nervous|makes me anxious|stresses me|too impersonal|maakt me zenuwachtig|maakt me nerveus|te onpersoonlijk|voel me er niet goed bij|macht mich nervos|stresst mich|zu unpersonlich|deteste\w*|horreur|hekel|haat|haten|hait|hais|hasst|hasse|hassen|hate|mag ich (?:gar |uberhaupt |echt )?(?:nicht|ned|net|nit)|hou ik (?:helemaal )?niet van|even worse|nog erger|noch schlimmer|encore pire|c est pire|is worse|\w*(?:scheu|schuw|shy)|exclue?s?|uitgesloten|ausgeschlossen|ruled out|pas possible|niet mogelijk|nicht moglich|not possible|(?:c est|c etait|est|is|ist|vind ik|find it|finde ich|trop|te|zu|too|vraiment|echt|really) (?:\S+ )?(?:complique\w*|difficile|moeilijk|lastig|schwierig|schwer|hard|difficult)|(?:veut|veux|voulait|voudrait) pas (?:\S+ ){0,2}?(?:parler|discuter|voir|montrer)|pas pret\w* a|(?:wil|wilt|wou) (?:\S+ )?(?:niet|nie) (?:\S+ ){0,2}?(?:praten|bellen|spreken|zien)|niet klaar om|(?:will|mochte|moechte|mag) (?:\S+ )?(?:nicht|ned|net) (?:\S+ ){0,2}?(?:reden|sprechen|telefonieren|sehen)|noch nicht bereit|(?:doesn t|does not|don t|do not|doesnt|dont) want to (?:talk|speak|discuss|be seen|see|show)|not ready to (?:see|meet|show|talk)|(?:pas|niet|nicht|not) (?:\S+ ){0,2}?(?:on|men|man|they|someone|iemand|jemand) (?:me|mij|mich|m) (?:voie|voit|voient|ziet|zien|sieht|sehen|sees|see)|(?:pas|niet|nicht|not) (?:\S+ ){0,2}?(?:etre vue?|gezien (?:worden|te worden)|gesehen (?:werden|zu werden)|be seen|being seen)|schwerhorig|slechthorend|malentendant|hard of hearing|hoor slecht|hore schlecht|entends mal|verstehe? ich (?:fast |kaum |so gut wie )?(?:nichts|nix)|versta ik (?:de helft |bijna |haast )?(?:niet|nie|niks|niets)|(?:je )?(?:ne )?comprends (?:presque )?rien|can t hear|cannot hear|hates|hated|can t stand|cannot stand|kan niet tegen|kann nicht leiden|mag er niet|aime pas|supporte pas|zie ik niet zitten|zie ik nie zitten|zie ik ni zitten|mag keine|mag kein|no fan of|not a fan of|no go|nogo|is out|geen optie|pas une option|keine option|not an option|kommt nicht in frage|hors de question|out of the question)\b/;
/** A bare no that closes a clause ("videobellen nee"). */
const CLOSING_NO = new Set(['nee', 'neen', 'nein', 'non', 'nope', 'na']);

/** A change of mind, or doubt that it still holds. */
const CHANGED_MIND =
  /\b(?:changed (?:his|her|their|my) mind|change(?:r|ra)? d avis|change d idee|van gedacht veranderd|(?:heeft|is) (?:zich )?bedacht|anders uberlegt|umentschieden|meinung geandert|reconsider\w*|twijfel\w*|hesite\w*|zweifel\w*|not sure any ?more|plus sur)\b/;

/** "nee, nog niet": a bare yes or no before a comma is what the rest explains, not the pick. */
const BARE_YES_NO = /^(?:oui|non|ja|nee|neen|nein|yes|no|nope|ok|okay|jawel|jep|yep|si|nei|jo)$/;

/** A second clause that takes the first back ("…, mais plutôt", "…, nee toch liever", "…, or rather"). */
const CORRECTION_START =
  /^(?:mais|maar|aber|but|non|nee|neen|nein|no|enfin|plutot|liever|lieber|eher|rather|or rather|ou plutot|of liever|oder|ou|of|or|sorry|pardon|excuse|correction|well|bon|ben|nou|naja|na ja|allee|awel|tja|hmm|euh)\b/;

/** "or" between two options; Dutch "of" only in a Dutch conversation (English "of" is not "or"). */
const EITHER = /\s+(?:ou|ou bien|oder|or|ofwel)\s+|\s*\/\s*/iu;
const EITHER_NL = /\s+(?:ou|ou bien|oder|or|ofwel|of)\s+|\s*\/\s*/iu;

/** "and" between two things that are both so; Dutch "en" only in a Dutch conversation (French "en" is "in"). */
const BOTH = /\s+(?:et|und|and|ainsi que|sowie|as well as|avec|mit|with)\s+/iu;
const BOTH_NL = /\s+(?:et|und|and|ainsi que|sowie|as well as|en|met)\s+/iu;

/** Words that join several picks; they can also appear inside a label, which is matched first. */
const JOINERS = new Set(list('et|en|und|and|ainsi|que|sowie|as|well|plus|aussi|ook|auch|also|too|ou|oder|or').map(fold));

/** Words that make two numbers a range: "1-3", "1 à 3", "1 tot 3", "1 bis 3", "1 to 3". */
const RANGE_WORDS = new Set(['-', 'a', 'tot', 'bis', 'to', 'through', 'jusqu']);

/**
 * Reads a run of tokens that is only numbers, ranges and joiners ("1 3 5",
 * "1 - 3", "2 and 4", "135"). `undefined` when the run holds anything else.
 */
function numberList(toks: readonly string[], optionCount: number): number[] | 'out_of_range' | undefined {
  const rest = toks
    .filter((t) => !JOINERS.has(t) && !POLITE.has(t) && !NUMBER_FILLERS.has(t))
    // "jusqu'à" is two range words in a row.
    .filter((t, i, all) => !(RANGE_WORDS.has(t) && RANGE_WORDS.has(all[i - 1] ?? '')));
  if (rest.length === 0) return undefined;
  const picked: number[] = [];
  for (let i = 0; i < rest.length; i++) {
    const tok = rest[i] ?? '';
    if (RANGE_WORDS.has(tok)) {
      const from = numberFromToken(rest[i - 1] ?? '');
      const to = numberFromToken(rest[i + 1] ?? '');
      if (from === undefined || to === undefined || to < from) return undefined;
      for (let k = from + 1; k < to; k++) picked.push(k);
      continue;
    }
    const plain = /^\d+$/.test(tok);
    // "135" means 1, 3 and 5 only when no option has a two-digit number.
    if (plain && tok.length > 1 && optionCount < 10) {
      for (const d of tok) picked.push(Number(d));
      continue;
    }
    const n = numberFromToken(tok);
    if (n === undefined) return undefined;
    picked.push(n);
  }
  return picked.every((n) => n >= 1 && n <= optionCount) ? picked : 'out_of_range';
}

/** Whether `toks` has exactly `words` from position `i` (compared word by word, without joining). */
function wordsAt(toks: readonly string[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k] !== words[k]) return false;
  return true;
}

interface Piece {
  toks: string[];
  afterLabel: boolean;
  beforeLabel: boolean;
}

/**
 * Separators that always split picks. A "+" only counts between two items
 * ("stress + fatigue", "1+3"), not at the end of a label such as "65+".
 */
const HARD_SEPARATORS = /[,;/&|\n]|(?<=\S)\+(?=\S)|\s\+\s/;

export function parseMultiChoice(text: string, options: readonly ChoiceOption[], lang: Lang, max?: number): Parsed<string[]> {
  const read = readMultiChoice(text, options, lang, max);
  if (!read.ok) return read;
  return read.value.unknown.length > 0 ? fail('not_understood') : ok(read.value.values);
}

/** What a multiple-choice answer says: the options understood, and the parts that matched none (kept as written). */
export interface MultiChoiceReading {
  values: string[];
  unknown: string[];
  /**
   * The unknown parts that stand on their own, away from any choice ("…
   * and trouble with his landlord"): the ones worth asking about. A part
   * next to a choice is a remark on it ("ruzie met zijn schoonbroer").
   */
  alone: string[];
}

/**
 * Reads several picks in one answer ("épuisement, isolement et soucis
 * financiers"): each part separated by commas or joining words is matched
 * on its own, and a part that matches no option is set aside rather than
 * throwing the others away.
 */
export function readMultiChoice(text: string, options: readonly ChoiceOption[], lang: Lang, max?: number): Parsed<MultiChoiceReading> {
  if (isBlank(text)) return fail('empty');
  const unknown: string[] = [];
  const alone: string[] = [];
  const forms = labelForms(options);
  // Labels that are bare numbers are left out of span matching: a digit is read as an option number.
  const spanForms = forms.filter((f) => !/^\d+$/.test(f.form)).sort((a, b) => b.form.length - a.form.length);
  const picked = new Set<string>();

  // Dutch ranges "1 t/m 3" and "1 tot en met 3" would otherwise be split on the slash.
  const unified = stripInvisible(text).replace(/\bt\s*\/\s*m\b|\btot\s+en\s+met\b/gi, ' tot ');
  for (const chunk of unified.split(HARD_SEPARATORS)) {
    const toks = tokens(chunk);
    if (toks.length === 0) continue;

    // Whole labels first, longest first, so a label that contains " et " or " en " stays whole.
    const used = new Array<boolean>(toks.length).fill(false);
    for (const f of spanForms) {
      const width = f.words.length;
      for (let i = 0; i + width <= toks.length; i++) {
        if (!wordsAt(toks, i, f.words) || used.slice(i, i + width).some(Boolean)) continue;
        used.fill(true, i, i + width);
        // "pas de soucis d'argent", "geen drank": named to say it is not so.
        if ((thingDeniedBefore(toks, i, lang) && !lackedAt(toks, i + width - 1, f.words)) || thingDeniedFar(toks, i, lang)) continue;
        // "Alkohol ist es nicht", "drank is het niet", "alcohol it is not": denied by the word that closes its part.
        if (deniedAfter(toks, i + width, f.words)) continue;
        // Two options sharing a label text cannot be told apart.
        const sameForm = spanForms.filter((g) => g.form === f.form);
        const decided = decide(sameForm, lang);
        if (!decided?.ok) return fail('ambiguous');
        picked.add(decided.value);
      }
    }

    // What is left between the labels: split on joiner words, read numbers or a single option each.
    const pieces: Piece[] = [{ toks: [], afterLabel: false, beforeLabel: false }];
    toks.forEach((t, i) => {
      const current = pieces[pieces.length - 1];
      if (!used[i]) {
        current?.toks.push(t);
        return;
      }
      if (current) current.beforeLabel = true;
      pieces.push({ toks: [], afterLabel: true, beforeLabel: false });
    });
    for (const piece of pieces) {
      const numbers = numberList(piece.toks, options.length);
      if (numbers === 'out_of_range') return fail('not_understood');
      if (numbers) {
        for (const n of numbers) {
          const r = byNumber(n, options, forms);
          if (!r.ok) return r;
          picked.add(r.value);
        }
        continue;
      }
      const parts: string[][] = [[]];
      for (const t of piece.toks) {
        if (JOINERS.has(t)) parts.push([]);
        else parts[parts.length - 1]?.push(t);
      }
      for (const [j, part] of parts.entries()) {
        const meaningful = withoutPolite(part);
        if (meaningful.length === 0) continue;
        const fillers = meaningful.every((t) => LEAD_FILLERS.has(t));
        // Words glued to a label ("un coach", "ik wil graag juridisch advies") belong to it;
        // "un" there is an article, not option 1.
        const touchesLabel = (j === 0 && piece.afterLabel) || (j === parts.length - 1 && piece.beforeLabel);
        if (fillers && (touchesLabel || !meaningful.some((t) => NUMBER_WORDS.has(t)))) continue;
        const filler = (t: string) => AMOUNT_WORDS.has(t) || LEAD_FILLERS.has(t) || GENERIC_LABEL_WORDS.has(t);
        if (meaningful.every(filler) && !meaningful.some((t) => NUMBER_WORDS.has(t))) continue;
        // "no drinking or anything", "keine finanziellen Probleme": a part that denies its thing picks nothing.
        const deniedFrom = meaningful.findIndex(
          (t, k) => k < 3 && (thingDenial(t, lang) || (SOFTENED_NOT.has(t) && SOFTENERS.has(meaningful[k + 1] ?? ''))),
        );
        if (deniedFrom >= 0 && !LACKED.has(meaningful[deniedFrom + 1] ?? '')) continue;
        // French "pas de problèmes d'argent", "plus de soucis": "pas"/"plus"/"jamais" and "de" deny the thing after them.
        const frenchDenial = meaningful.findIndex(
          (t, k) => k < 3 && ['pas', 'plus', 'jamais'].includes(t) && ['de', 'd'].includes(meaningful[k + 1] ?? ''),
        );
        if (frenchDenial >= 0 && !LACKED.has(meaningful[frenchDenial + 2] ?? '')) continue;
        const r = matchOne(meaningful.join(' '), options, forms, lang);
        if (!r?.ok) {
          unknown.push(meaningful.join(' '));
          if (!touchesLabel && meaningful.some((t) => t.length >= 4)) alone.push(meaningful.join(' '));
          continue;
        }
        picked.add(r.value);
      }
    }
  }

  const values = options.map((o) => o.value).filter((v, i, all) => picked.has(v) && all.indexOf(v) === i);
  if (values.length === 0) return fail('not_understood');
  if (max !== undefined && values.length > max) return fail('too_many');
  return ok({ values, unknown, alone });
}

// ---------------------------------------------------------------------------
// Phone
// ---------------------------------------------------------------------------

/**
 * Uses the "max" metadata: the default ("min") metadata only checks lengths,
 * so it accepts a Belgian mobile with a digit missing ("0470 12 34 5" passes
 * as a 9-digit landline). "max" checks the number ranges as allocated.
 */
export function parsePhone(written: string, defaultCountry: 'BE' = 'BE'): Parsed<string> {
  if (isBlank(written)) return fail('empty');
  // "nul vier zeven vijf twaalf …", "zéro quatre septante-deux …": a number dictated in words, alone or after a
  // lead-in that may name its country ("c'est un numéro français : zéro six, douze, …", "my mobile: zero four …").
  const text = spokenDigits(written) ?? spokenAfterLeadIn(written) ?? written;
  // NFKC folds full-width digits; "+32 (0)470…" carries the trunk 0 in brackets, which is not dialled.
  const cleaned = stripInvisible(text)
    .normalize('NFKC')
    .replace(/\(\s*0\s*\)/g, ' ')
    // "0031 6 …": the international prefix dialled from Belgium, written as "+".
    .replace(/(^|\s)00(?=[1-9])/g, '$1+')
    .trim();
  // Two different numbers: we cannot tell which one to keep.
  const found = new Set(
    findPhoneNumbersInText(cleaned, defaultCountry)
      .filter((f) => f.number.isValid())
      .map((f) => f.number.number),
  );
  if (found.size > 1) return fail('ambiguous');
  const direct = parsePhoneNumberFromString(cleaned, defaultCountry);
  if (direct?.isValid()) return ok(direct.number);
  // "'t is een Nederlands nummer: 06 12345678", "Handy 0151 23456789, deutsche Nummer": a national number of the
  // country the person names.
  const country = namedCountry(cleaned);
  if (country) {
    const theirs = parsePhoneNumberFromString(cleaned, country) ?? findPhoneNumbersInText(cleaned, country)[0]?.number;
    if (theirs?.isValid()) return ok(theirs.number);
  }
  // "0160 9876543", "0151 23456789": a German mobile written nationally. Its 11 or 12 digits can be no Belgian
  // number (9 or 10), and German mobiles alone begin 015, 016 and 017.
  const national = /(?:^|[^\d+])(01[567][\d ./-]{7,13}\d)(?!\d)/u.exec(cleaned)?.[1];
  const nationalDigits = national?.replace(/\D/g, '') ?? '';
  if (national && (nationalDigits.length === 11 || nationalDigits.length === 12)) {
    const german = parsePhoneNumberFromString(nationalDigits, 'DE');
    if (german?.isValid() && onlyNumberIn(cleaned.replace(national, nationalDigits))) return ok(german.number);
  }
  // "+31 6 98765432": a whole international number, of the right length for its country, though not in a range
  // the library knows as given out; the person wrote it whole, so it is taken.
  if (direct && /^\+/.test(cleaned.replace(/^\D*(?=\+)/, '')) && direct.isPossible() && onlyNumberIn(cleaned)) return ok(direct.number);
  // A number inside a sentence that the direct parse did not pick out; never a piece of a longer run of digits
  // ("06 12345678" is not the Belgian 012 34 56 78).
  const [only] = found;
  if (only === undefined || !coversItsDigits(cleaned, only)) return fail('invalid_phone');
  return ok(only);
}

/** The words before a number said in words, then its digits; undefined unless the words end with one (8 digits or more). */
function spokenAfterLeadIn(written: string): string | undefined {
  if (/\d/.test(written)) return undefined;
  for (const m of written.matchAll(/[\s:,;]+/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    const digits = spokenDigits(written.slice(at));
    if (digits !== undefined && digits.replace(/\D/g, '').length >= 8) return `${written.slice(0, at)} ${digits}`;
  }
  return undefined;
}

/** Countries a person may name for their number, and the words that name them. */
const PHONE_COUNTRIES: ReadonlyArray<readonly [RegExp, 'NL' | 'DE' | 'FR' | 'LU' | 'CH' | 'AT' | 'GB']> = [
  [/\b(?:nederlands\p{L}*|hollands\p{L}*|neerlandais\p{L}*|dutch|niederland\p{L}*|hollandisch\p{L}*)\b/u, 'NL'],
  [/\b(?:duits\p{L}*|allemand\p{L}*|german|deutsch\p{L}*)\b/u, 'DE'],
  [/\b(?:frans|franse|francais\p{L}*|french|franzosisch\p{L}*)\b/u, 'FR'],
  [/\b(?:luxemb\p{L}*)\b/u, 'LU'],
  [/\b(?:zwitser\p{L}*|suisse|swiss|schweiz\p{L}*|schwiiz\p{L}*|schwyz\p{L}*)\b/u, 'CH'],
  [/\b(?:oostenrijk\p{L}*|autrichien\p{L}*|austrian|osterreich\p{L}*)\b/u, 'AT'],
  [
    /\b(?:engels|engelse|anglais\p{L}*|british|english|englisch\p{L}*|britisch\p{L}*|uk|u k|united kingdom|royaume uni|verenigd koninkrijk|grossbritannien)\b/u,
    'GB',
  ],
];

function namedCountry(text: string): (typeof PHONE_COUNTRIES)[number][1] | undefined {
  const plain = normalise(text);
  return PHONE_COUNTRIES.find(([words]) => words.test(plain))?.[1];
}

/** Runs of digits as people group them ("0470 12 34 56", "06-12345678"), each as its digits alone. */
function digitRuns(text: string): string[] {
  return (text.match(/\+?\d(?:[\d\s./-]*\d)?/g) ?? []).map((run) => run.replace(/\D/g, ''));
}

/** Whether the text holds one run of digits, and nothing more than a number's worth. */
function onlyNumberIn(text: string): boolean {
  return digitRuns(text).length === 1;
}

/** Whether a number found in a text is the whole of the run of digits it was read from. */
function coversItsDigits(text: string, number: string): boolean {
  const whole = number.replace(/^\+/, '');
  return digitRuns(text).some((run) => {
    const international = run.replace(/^00/, '');
    return international === whole || (run.startsWith('0') && `32${run.slice(1)}` === whole) || `32${run}` === whole;
  });
}

// ---------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------

/** Words that may introduce an address in a sentence ("mon e-mail est …", "it is …", "hier: …"). */
const EMAIL_LEAD_INS = new Set(
  list(
    "est|c'est|cest|c|is|ist|voici|hier|here|mail|email|e-mail|courriel|adres|adresse|address|mailadres|it's|its|it’s|naar|an|à|to|op|sur",
    'e-mailadres|emailadres|mailadresse|e-mailadresse',
  ),
);

const EMAIL_LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const EMAIL_DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * An address said aloud, as people type it when they fear a typo ("nina
 * dot claes at gmail dot com", "nadia point lemaire arobase skynet point
 * be"): the words for "at" and "dot" become the signs.
 */
function spokenEmail(text: string): string | undefined {
  if (text.includes('@')) return undefined;
  // Every word is part of the address: a lead-in at most, then name (dot name)*, "at", domain (dot part)+.
  const m = SPOKEN_EMAIL.exec(
    stripInvisible(text)
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/['’]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.,;!]+$/, ''),
  );
  if (!m) return undefined;
  const dots = (part: string) => part.replace(/\s+(?:dot|point|punt|punkt)\s+/g, '.');
  return `${dots(m[1] ?? '')}@${dots(m[2] ?? '')}`;
}

const SPOKEN_DOT = '\\s+(?:dot|point|punt|punkt)\\s+';
const SPOKEN_EMAIL = new RegExp(
  `^(?:(?:euh|eh|ehm|uh|uhm|um|bon|ben|alors|so|dus|also|ok|oui|ja|yes|allez)\\s+)*` +
    `(?:(?:c est|het is|it s|its|mon mail c est|mon mail c|mon adresse c est|mon adresse|mijn mail is|mijn adres is|meine mail ist|meine adresse ist|my email is|my address is)\\s+)?` +
    `([a-z0-9_%+-]+(?:[.][a-z0-9_%+-]+)*(?:${SPOKEN_DOT}[a-z0-9_%+-]+)*)` +
    `\\s+(?:at|arobase|arrobase|apenstaartje|add|klammeraffe)\\s+` +
    `([a-z0-9-]+(?:[.][a-z0-9-]+)*(?:${SPOKEN_DOT}[a-z0-9-]+)*)$`,
);

export function parseEmail(asWritten: string): Parsed<string> {
  // "stefan.weber(at)gmx.ch": the sign written as a word, as people do to fool spam robots.
  const text = asWritten.replace(/\s*[([{]\s*(?:at|a)\s*[)\]}]\s*/giu, '@');
  if (isBlank(text)) return fail('empty');
  const spoken = spokenEmail(text);
  if (spoken) return parseEmail(spoken);
  // A remark after a comma ("contact@sebdeco.be, c'est mon adresse pro") is not part of the address.
  const parts = stripInvisible(text)
    .normalize('NFKC')
    .trim()
    // "mia@yahoo,com": a comma typed for the dot before a top-level domain.
    .replace(/(@[^\s,;@]+),(com|be|net|org|eu|fr|nl|de|lu|at|ch|uk|ie|io|info)\b/iu, '$1.$2')
    .replace(/(@[^\s,;]+)[,;]\s.*$/u, '$1')
    .split(/\s+/);
  const at = parts.map((p, i) => (p.includes('@') ? i : -1)).filter((i) => i >= 0);
  if (at.length !== 1) return fail('invalid_email');
  const index = at[0] ?? 0;
  // Only a short lead-in and courtesy words may surround the address; anything else (such as
  // "jean dupont@gmail.com") could mean a space inside the address, so we re-ask rather than guess.
  const before = parts.slice(0, index);
  const after = parts.slice(index + 1);
  const last = before[before.length - 1]?.toLowerCase().replace(/[’‘]/g, "'");
  if (last !== undefined && !last.endsWith(':') && !EMAIL_LEAD_INS.has(last)) return fail('invalid_email');
  if (withoutPolite(after.flatMap((w) => tokens(w))).length > 0) return fail('invalid_email');

  const candidate = (parts[index] ?? '').replace(/^(?:mailto:)/i, '').replace(/^[<("'[]+|[>)"'\].,;:!?]+$/g, '');
  const pieces = candidate.split('@');
  if (pieces.length !== 2) return fail('invalid_email');
  const [local = '', domainRaw = ''] = pieces;
  const domain = domainRaw.toLowerCase();
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (
    local.length === 0 ||
    local.length > 64 ||
    !EMAIL_LOCAL.test(local) ||
    labels.length < 2 ||
    domain.length > 253 ||
    !labels.every((l) => EMAIL_DOMAIN_LABEL.test(l)) ||
    !/^\p{L}{2,}$/u.test(tld)
  ) {
    return fail('invalid_email');
  }
  return ok(`${local}@${domain}`);
}

// ---------------------------------------------------------------------------
// Postal code
// ---------------------------------------------------------------------------

/**
 * Belgian postal codes are allocated by province (bpost; see e.g. "Liste des
 * codes postaux belges" / "List of postal codes in Belgium"):
 *   1000–1299 Brussels-Capital Region
 *   1300–1499 Walloon Brabant                       → Wallonia
 *   1500–1999 Flemish Brabant (Halle-Vilvoorde)     → Flanders
 *   2000–2999 Antwerp                               → Flanders
 *   3000–3499 Flemish Brabant (Leuven)              → Flanders
 *   3500–3999 Limburg                               → Flanders
 *   4000–4999 Liège                                 → Wallonia, except the nine
 *             municipalities of the German-speaking Community, 4700–4791
 *             (Eupen, Kettenis, Lontzen, Walhorn, Kelmis, Neu-Moresnet,
 *             Hergenrath, Raeren, Eynatten, Bütgenbach, Büllingen, Amel,
 *             Sankt Vith, Burg-Reuland, Thommen…). Malmedy (4960) and Waimes
 *             (4950) are outside that range and stay with Wallonia.
 *   5000–5999 Namur, 6000–6599 Hainaut, 6600–6999 Luxembourg, 7000–7999 Hainaut → Wallonia
 *   8000–8999 West Flanders, 9000–9999 East Flanders → Flanders
 */
export function regionForPostalCode(code: number): Region | undefined {
  if (!Number.isInteger(code) || code < 1000 || code > 9999) return undefined;
  if (code < 1300) return 'brussels';
  if (code < 1500) return 'wallonia';
  if (code < 4000) return 'flanders';
  if (code >= 4700 && code <= 4791) return 'german_community';
  if (code < 8000) return 'wallonia';
  return 'flanders';
}

export function parsePostalCode(text: string): Parsed<{ code: string; region: Region }> {
  if (isBlank(text)) return fail('empty');
  // Four digits standing alone ("B-1000", "BE 4700", "4700 Eupen"), not part of a longer number.
  const found = new Set([...normalise(text).matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => m[1] ?? ''));
  if (found.size > 1) return fail('ambiguous');
  const [code] = found;
  const region = code === undefined ? undefined : regionForPostalCode(Number(code));
  if (code === undefined || region === undefined) return fail('not_belgian_postal_code');
  return ok({ code, region });
}

// ---------------------------------------------------------------------------
// Skip words and free text
// ---------------------------------------------------------------------------

const SKIP_PHRASES = new Set(
  list(
    // fr
    'passer|passe|je passe|on passe|passons|suivant|suivante|question suivante|rien|rien du tout',
    'rien à dire|rien à signaler|rien de spécial|ras|aucun|aucune|aucun commentaire|aucune remarque',
    'pas de commentaire|pas de remarque|pas de remarques|sans commentaire|néant|sans objet',
    // en
    'passer la question|passe la question|je passe mon tour',
    'skip|skip it|skip this|pass|next|next question|none|nothing|nothing to add|nothing to say|no comment|nil',
    // nl
    'overslaan|sla over|volgende|volgende vraag|niets|niks|geen|geen commentaar|geen opmerking|geen opmerkingen',
    'niets te melden|niets toe te voegen|sla maar over|ik sla het over|sla het over|sla dat over',
    // de
    'überspringen|weiter|nächste|nächste frage|nichts|keine|keins|keiner|keine angabe|keine angaben|entfällt',
    'nichts hinzuzufügen|kein kommentar|überspring ma des|überspring das|lass ma des aus|lass das aus|lassen wir das',
    // "I'd rather not say", which is what skipping an optional question means
    'je préfère ne pas répondre|je préfère ne pas le dire|pas de réponse|sans réponse',
    'prefer not to say|rather not say|no answer|zeg ik liever niet|liever niet zeggen|geen antwoord',
    'möchte ich nicht sagen|lieber nicht sagen|keine antwort',
  ).map((p) => withoutPolite(tokens(p)).join(' ')),
);

const NOTHING_WORD = new Set(list('rien|niks|niets|nichts|nix|nothing|aucun|aucune').map(fold));
const MORE_WORD = new Set(list('meer|more|plus|mehr|else|anders|sonst|verder|weiter|de|d|autre|dautre|extra|further|toe').map(fold));

/** Abbreviations compared without their dots or slashes: n/a, n.a., n.v.t., k.a. */
const SKIP_ABBREVIATIONS = new Set(['na', 'nvt', 'ka']);

export function isSkip(text: string): boolean {
  const raw = stripInvisible(text).trim();
  if (raw.length === 0) return false;
  // "-", "/", ".", "…", "—": a dash or a dot is how many people leave a field blank.
  if (/^[-–—/.…_]+$/.test(raw)) return true;
  const toks = withoutPolite(tokens(raw));
  if (toks.length === 0) return false;
  const key = toks.join(' ');
  if (SKIP_PHRASES.has(key) || SKIP_PHRASES.has(collapseDoubles(key)) || SKIP_ABBREVIATIONS.has(toks.join(''))) return true;
  // "niks meer", "rien de plus", "nichts weiter", "nothing else": nothing, and nothing more.
  if (toks.length <= 3 && NOTHING_WORD.has(toks[0] ?? '') && toks.slice(1).every((t) => MORE_WORD.has(t))) return true;
  // "I'd rather skip this one", "die sla ik liever over", "das überspringe ich": a short answer that asks to skip.
  return toks.length <= 7 && SKIP_VERB.test(key) && !toks.some((t) => SKIP_DENIED.has(t)) && !/\d/.test(key);
}

/** Verbs that ask to skip a question, folded ("sla … over" in Dutch, with the object between). */
const SKIP_VERB =
  /\b(?:skip\w*|overslaan|sla\b(?:\s+\S+){0,3}\s+over|slaan\b(?:\s+\S+){0,3}\s+over|uberspring\w*|ueberspring\w*|weglassen|lass\w* (?:ich|wir) weg|passons|passe(?:r)? (?:la|cette|celle)\b)/;
const SKIP_DENIED = new Set(list('not|don|dont|niet|nie|nicht|ned|pas|ne').map(fold));

export function parseFreeText(text: string, max: number = MAX_TEXT_LENGTH): Parsed<{ text: string; truncated: boolean }> {
  const cleaned = stripInvisible(text)
    .normalize('NFC')
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    // Other control characters (tabs and form feeds have just become spaces).
    .replace(/(?!\n)\p{Cc}/gu, '')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    // One blank line can separate paragraphs; more is just scrolling.
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (cleaned.length === 0) return fail('empty');

  // Lengths count code points, as a database character column does, so an emoji is never split in half.
  const limit = Number.isFinite(max) ? Math.max(1, Math.floor(max)) : MAX_TEXT_LENGTH;
  const chars = Array.from(cleaned);
  if (chars.length <= limit) return ok({ text: cleaned, truncated: false });

  let cut = chars.slice(0, limit);
  if (!/\s/.test(chars[limit] ?? '')) {
    let lastSpace = -1;
    cut.forEach((c, i) => {
      if (/\s/.test(c)) lastSpace = i;
    });
    // Back off to the last word boundary unless that would throw away most of the text (one huge "word").
    if (lastSpace >= limit / 2) cut = cut.slice(0, lastSpace);
  }
  const truncated = cut
    .join('')
    .replace(/\u200D+$/, '')
    .trimEnd();
  return ok({ text: truncated, truncated: true });
}

/**
 * "ce numéro", "dit nummer", "this number" anywhere in the answer: on a
 * channel that gives no number (Teams), the person means a number we do not
 * have yet, and is asked for it.
 */
export const MEANS_THIS_NUMBER =
  /^(?:auf|uf|uff|op|sur|on|via|over|uber|über) (?:die|de|dr|the|le|het|dat|den) (?:nummer|number|numero|numéro|nr)$|\b(?:(?:die|de|da|der|dere) (?:nummer|nr|numere) (?:da|do|hier|hie|hia|vo do|vo da)\b|ce (?:meme )?numero|ce (?:numero|num|nr) ci|meme (?:numero|num|nr)|mon (?:numero|num|nr)|dit (?:nummer|nr|nmr)|dere (?:nummer|nr|nmr)|dere numere|dera (?:nummer|nr|nmr)|dem (?:nummer|nr|nmr)|hetzelfde (?:nummer|nr|nmr)|zelfde (?:nummer|nr|nmr)|mijn (?:nummer|nr|nmr)|diese (?:nummer|nr|nmr)|dieser (?:nummer|nr|nmr)|dieselbe (?:nummer|nr|nmr)|gleiche (?:nummer|nr|nmr)|meine (?:nummer|nr|nmr)|this (?:number|nr|nbr)|same (?:number|nr|nbr)|my (?:number|nr|nbr)|this one s fine|this one is fine|this one|same one|(?:von|vo) der (?:ich|i) (?:grad |gerade |jetzt )?schreib\w*|gewoon hier|hier is goed|ce gsm|ce portable|dit gsm|deze gsm|nummer hier|(?:texting|writing|messaging) (?:you )?from|hier passt)\b|\b(?:reply|text|write|message|reach|contact|answer)(?: me| us)? (?:right )?here\b|\bhier (?:bereiken|contacteren|antwoorden|erreichen|antworten)\b|\b(?:repondez|repondre|ecrivez|contactez|joignez)(?: moi)? ici\b/;

/** "niet op dit nummer", "pas sur ce numéro", "nicht auf diese Nummer": this number ruled out. */
export function thisNumberDenied(plain: string): boolean {
  const m = MEANS_THIS_NUMBER.exec(plain);
  return m !== null && hasNegation(plain.slice(0, m.index).split(' ').slice(-4).join(' '));
}

/** "pas sur ce numéro", "niet op dit nummer": the number the person writes from, ruled out. */
export function thisNumberRuledOut(text: string): boolean {
  return thisNumberDenied(normalise(text));
}

/** "this number" said and not ruled out, in any of the four languages: the number the person writes from. */
export function meansThisNumber(text: string): boolean {
  const plain = normalise(text);
  return MEANS_THIS_NUMBER.test(plain) && !thisNumberDenied(plain);
}
