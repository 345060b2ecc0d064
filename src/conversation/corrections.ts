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
