/**
 * A correction said at the summary in the person's own words: "non le nom
 * c'est faux, c'est Benali", "het nummer klopt niet, het is 0470 12 34 56",
 * "PLZ ist falsch: 4700", "wrong email, it's ana@mail.be". It names the
 * answer to change and, often, the new value; the form goes straight to
 * that answer instead of listing them all.
 */
import { normalise } from '../language/normalise.js';

/** Words that name an answer, and the questions they may mean, in order of preference. */
const FIELDS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\b(?:prenom|voornaam|vorname|first ?name|given name|roepnaam)\b/, ['firstName', 'name']],
  [/\b(?:nom de famille|achternaam|familienaam|nachname|familienname|surname|last ?name|family name)\b/, ['lastName']],
  [/\b(?:mon nom|mijn naam|mein name|my name)\b/, ['sentinelName', 'name', 'firstName']],
  [/\b(?:nom|naam|name|namen)\b/, ['lastName', 'firstName', 'name', 'sentinelName']],
  [/\b(?:code postal|cp|postcode|postnummer|plz|postleitzahl|zip|postal code)\b/, ['postalCode']],
  [
    /\b(?:e ?mail|mail|courriel|adresse mail|mailadres|e ?mailadres|mailadresse|e ?mail ?adresse|email address)\b/,
    ['email', 'sentinelContact'],
  ],
  [
    /\b(?:numero|telephone|tel|gsm|nummer|telefoon(?:nummer)?|telefon(?:nummer)?|handy(?:nummer)?|phone|number|mobile)\b/,
    ['phone', 'sentinelContact'],
  ],
  [/\b(?:secteur|sector|branche|sektor|industry|metier|vak)\b/, ['sector']],
  [/\b(?:statut|status|hoofdberoep|bijberoep|haupt ?beruf\w*|neben ?beruf\w*)\b/, ['activityStatus']],
  [/\b(?:langue|taal|sprache|language)\b/, ['personLanguage']],
  [/\b(?:moments?|heures?|horaires?|tijdstip\w*|uren|zeiten|uhrzeit|times?)\b/, ['moments']],
  [
    /\b(?:organisation|organisatie|organization|bureau|kantoor|cabinet|firma|employer|werkgever|arbeitgeber)\b/,
    ['sentinelOrganisation', 'organisation'],
  ],
];

/** Something is wrong, or is to be changed. */
const CUE =
  /\b(?:faux|fausse|erreur|errone\w*|pas (?:bon|bonne|correct\w*|juste)|incorrect\w*|trompe\w*|fout|verkeerd|klopt (?:niet|nie)|niet (?:juist|goed|correct)|falsch|stimmt (?:nicht|net)|nicht richtig|fehler\w*|vertippt|wrong|not right|mistake|typo|moet|doit|devrait|sollte|muss|should|must|corrig\w*|chang\w*|modifi\w*|rectifi\w*|wijzig\w*|verander\w*|aanpass\w*|verbeter\w*|andern|korrigier\w*|fix|update)\b/;

/** Where the new value starts: "c'est Benali", "het is 0470…", "ist 4700", "should be…", "pas X mais Y". */
const VALUE_MARKER =
  /(?:\b(?:c['’ ]?est|ce sera|doit (?:etre|être)|het is|is het|moet zijn|ist|lautet|hei(?:ss|ß)t|sollte sein|it['’ ]?s|it is|should be|is|mais|maar|sondern|but)(?=\s|$)|[:=→]|->)\s*/giu;

/** Words that only say something is wrong, not what is right: no value in them. */
const ONLY_CUE =
  /^(?:faux|fausse|pas bon|pas correct|pas juste|erreur|fout|verkeerd|falsch|wrong|incorrect|not right|niet juist|niet goed)\W*$/;

export interface Correction {
  /** The question to correct. */
  id: string;
  /** The new value as written, when the message gives one. */
  value?: string;
  /** No marker before a value: the whole message, for answers that are picked out of a sentence (a number, an address). */
  whole?: string;
  /** Whether the message says plainly that it corrects (a cue), rather than only naming an answer. */
  cued: boolean;
}

/**
 * The answer a message corrects, among `ids` (the questions in the summary),
 * and the new value if one follows a marker. Undefined when no answer is named.
 */
export function readCorrection(text: string, ids: readonly string[]): Correction | undefined {
  const folded = normalise(text).replace(/['’-]/g, ' ');
  let id: string | undefined;
  for (const [pattern, candidates] of FIELDS) {
    if (!pattern.test(folded)) continue;
    id = candidates.find((c) => ids.includes(c));
    if (id) break;
  }
  if (!id) return undefined;
  const cued = CUE.test(folded);
  let value: string | undefined;
  const markers = [...text.matchAll(VALUE_MARKER)];
  const last = markers[markers.length - 1];
  if (last?.index !== undefined) {
    const tail = text
      .slice(last.index + last[0].length)
      .replace(/[.!]+$/, '')
      .trim();
    if (tail !== '' && !ONLY_CUE.test(normalise(tail))) value = tail;
  }
  return { id, value, cued, whole: value === undefined ? text : undefined };
}

/**
 * A correction said in the same breath as the answer: "Sandra, nein Moment,
 * Sandrine", "Videoanruf, ach nein, doch lieber in der Praxis", "bijberoep…
 * nee wacht, sinds vorig jaar hoofdberoep", "Bart Maes, sorry, Bert Maes".
 * What comes before the correction was taken back.
 */
const SAID_AGAIN = new RegExp(
  [
    // A no, then what says the first one was wrong: "nein Moment", "nee wacht", "non pardon", "no wait", "ach nee, doch".
    String.raw`(?:(?:ah|ach|oh|och|euh|eh|öh|uh)\s+)?(?:nee|neen|nein|non|no|nö)\b[\s,.!…]*(?:sorry|wacht(?:\s+(?:even|eens|efkes))?|warte|moment(?:je)?|pardon|attendez|attends|wait|doch|toch|eigenlijk|falsch|fout|faux|wrong|quatsch|onzin|nonsense|ich meine|ik bedoel|je veux dire|i mean|correctie|korrektur|plut[ôo]t|liever|lieber|besser|rather|actually|doe maar|mach)\b(?!\s+(?:nicht|niet|nie|ni|pas|not|net|ned)\b)`,
    // An "oh no" on its own: "diese Nummer, ah nein, die gehört meiner Frau…".
    String.raw`(?:ah|ach|oh|och)\s+(?:nee|nein|non|no)\b`,
    // A word of correction standing between two commas: "Bart Maes, sorry, Bert Maes".
    String.raw`(?<=[,;]|\s[-–—])\s*(?:sorry|pardon|halt|correctie|korrektur|entschuldigung|excusez moi|excuse me|oeps|oops|oups)\s*(?=[,;:])`,
    // What says "I mean": "4720, ich meine 4721".
    String.raw`(?<=[,;]|\s)(?:ik bedoel|ich meine|je veux dire|i mean|beter gezegd|besser gesagt|pardon je veux dire)\b`,
  ].join('|'),
  'giu',
);

/** "Actually sorry, it's Bakker", "En fait, c'est Dupond": the value said again, a capital after it. */
const SAID_AGAIN_ACTUALLY =
  /(?<=[.!;,]\s*)(?:[Aa]ctually|[Ee]igenlijk|[Ee]igentlich|[Ee]n fait|[Ii]n fact)\b[\s,]*(?:(?:[Ss]orry|[Pp]ardon|[Oo]ops|[Oo]eps)\b[\s,]*)?(?:it['’]?s|it is|c['’ ]?est|het is|['’]?t is|es ist|das ist)\s+(?=\p{Lu})/gu;

/** A word of excuse before the right value, written with a capital: "Hanne Wouters, sorry Wauters" (not "sorry voor het late uur"). */
const SORRY_THEN_VALUE = /(?<=[,;])\s*(?:[Ss]orry|[Pp]ardon|[Ee]ntschuldigung|[Oo]eps|[Oo]ops|[Oo]ups)\s+(?=\p{Lu})/gu;

/** A bare no between two values ("Hans Lenz, nein, Hans Lentz"): a correction where the answer is a name, a number or an address. */
const BARE_NO =
  /(?:(?<=[,;.…])\s*|\s+(?:of|oder|ou|or|oei|oh|ah|och|euh|eh|ehm|uh|uhm|öh|ähm)\s+)(?:nee|neen|nein|non|no|ne)\b[\s,;.…!]*/giu;

/** "vroeger boekhouder, nu werk ik bij het sociaal verzekeringsfonds": what was, then what is. */
const THEN_NOW =
  /^\s*(?:vroeger|fr(?:ü|ue|u)her|avant|autrefois|before|formerly|used to|eerst|zuerst|d['’ ]abord|at first)\b[^,;.]*[,;.]+\s*(?:(?:maar|aber|mais|but)\s+)?(?=(?:nu|jetzt|maintenant|now|inmiddels|mittlerweile|d[ée]sormais|sinds|seit|depuis|since)\b)/iu;

/**
 * The part of an answer after the person corrected themself, or undefined
 * when they did not. A correction needs something before it to correct:
 * "nee, liever niet" is an answer, not a correction. `bare`: a no alone
 * between two values corrects too (names, numbers, addresses).
 */
export function correctedPart(text: string, bare = false): string | undefined {
  let end = -1;
  for (const m of text.matchAll(SAID_AGAIN)) if (/\p{L}|\d/u.test(text.slice(0, m.index))) end = m.index + m[0].length;
  if (bare)
    for (const re of [BARE_NO, SORRY_THEN_VALUE])
      for (const m of text.matchAll(re)) if (/\p{L}|\d/u.test(text.slice(0, m.index))) end = Math.max(end, m.index + m[0].length);
  // "Baker, like the bread. Actually sorry, it's Bakker", "Dupont. En fait, c'est Dupond": the value said again, with
  // its capital ("Actually it's his stepfather's name" is a remark).
  for (const m of text.matchAll(SAID_AGAIN_ACTUALLY))
    if (/\p{L}|\d/u.test(text.slice(0, m.index))) end = Math.max(end, m.index + m[0].length);
  const then = THEN_NOW.exec(text);
  if (then) end = Math.max(end, then[0].length);
  if (end < 0) return undefined;
  const rest = text.slice(end).replace(/^[\s,;:.!…-]+/u, '');
  return /\p{L}|\d/u.test(rest) ? rest : undefined;
}
