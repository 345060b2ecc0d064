import { type MessageKey, t } from '../i18n/index.js';
import { screenForCrisis } from '../language/crisis-screen.js';
import { boundedDistance } from '../language/edit-distance.js';
import { normalise } from '../language/normalise.js';
import {
  codesOfPlacesNamed,
  namesBrusselsOnly,
  namesForeignPostcode,
  namesPlace,
  placeCodes,
  placeCodesNear,
} from '../places/postal-places.js';
import {
  asksForCall,
  type ChoiceOption,
  changedSince,
  hasNegation,
  isPlainNo,
  isSkip,
  MAX_TEXT_LENGTH,
  MEANS_THIS_NUMBER,
  negatedAt,
  optionsDenied,
  type ParseFailure,
  parseChoice,
  parseEmail,
  parseFreeText,
  parsePhone,
  parsePostalCode,
  parseYesNo,
  readMultiChoice,
  SUBJECT_FIRST,
  thisNumberDenied,
  weighedClauses,
  withoutOpeningInterjection,
} from './answers.js';
import { withoutEcho } from './asked-back.js';
import { correctedPart } from './corrections.js';
import type { AnswerValue, FormContext, Question } from './form.js';
import { momentsIn } from './moments.js';
import { isDontKnow, nameFields, organisationIn, parseName } from './names.js';
import { spokenDigits, spokenNumber } from './spoken-numbers.js';
import { isLang, type Lang, type OutboundMessage } from './types.js';

export type AnswerResult =
  | {
      ok: true;
      value: AnswerValue;
      notice?: string;
      /** Later questions this answer answered too (question id → value): see `Question.alsoAnswers`. */
      also?: Partial<Record<'phone' | 'email' | 'moments' | 'lastName', string>>;
      /** Several choices: the parts of the answer that named none, to ask about once (`restMessage`). */
      rest?: string[];
    }
  | {
      ok: false;
      reason: ParseFailure;
      /** A place name shared by towns in several parts of the country: their postal codes, to choose from. */
      candidates?: string[];
    };

const EMAIL_IN_TEXT = /[^\s,;:<>()[\]"']+@[^\s,;:<>()[\]"']+/gu;

/** The one address written in a text, read on its own; undefined when there is none or several. */
function onlyAddress(text: string): ReturnType<typeof parseEmail> | undefined {
  const addresses = text.match(EMAIL_IN_TEXT) ?? [];
  return addresses.length === 1 ? parseEmail((addresses[0] ?? '').replace(/[.!?]+$/, '')) : undefined;
}

/** An e-mail answer, or the one address inside a sentence ("youssef.b@skynet.be merci bcp", "a@b.be is best"). */
function emailInText(text: string): ReturnType<typeof parseEmail> {
  // "mieke.v@gmial.com oeps, gmail.com": the domain typed again, right.
  const fixed = DOMAIN_FIXED.exec(text.trim());
  if (fixed) return parseEmail(`${fixed[1]}@${fixed[2]}`);
  const whole = parseEmail(text);
  // "x@y.be je crois", "maybe a@b.be or so": a doubted address is asked again, not taken.
  if (whole.ok || DOUBT.test(normalise(text.replace(EMAIL_IN_TEXT, ' ')))) return whole;
  return onlyAddress(text) ?? whole;
}

/** Doubt around an address: "je crois", "pas sûr", "denk ik", "glaub", "maybe", an "or", an "oops". */
const DOUBT =
  /\b(?:crois|pense|pas sur|peut etre|ou|denk|geloof|niet zeker|misschien|of|glaub|glaube|vielleicht|nicht sicher|oder|think|maybe|not sure|perhaps|or|guess|oeps|oops|oups|hoppla|huch|sorry|pardon)\b/;

/** An address, a word for a slip, and the domain again: "…@gmial.com oeps, gmail.com", "…@hotmial.be sorry @hotmail.be". */
const DOMAIN_FIXED =
  /^([^\s@]+)@[^\s@,;]+[\s,;.]+(?:oeps|oops|oups|sorry|pardon|hoppla|huch|correctie|correction|korrektur|ik bedoel|je veux dire|ich meine|i mean)[\s,;:.!]*@?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)[.!]?$/iu;

/** Part of an address, said with a doubt: not a skip but a question to ask again ("iets met gmail, weet het niet juist"). */
const PART_OF_ADDRESS = /@|\b(?:gmail|hotmail|outlook|telenet|skynet|yahoo|proximus|icloud|gmx|live|msn|scarlet|voo|web de|bluewin)\b/;

/**
 * A phone number and an e-mail address in one answer ("0470 12 34 56 ou
 * jean@mail.be", "mail: a@b.be, gsm +32 470…"): both, when each reads
 * plainly on its own; undefined otherwise.
 */
export function phoneAndEmail(text: string): { phone: string; email: string } | undefined {
  const email = onlyAddress(text);
  if (!email?.ok) return undefined;
  const phone = parsePhone(text.replace(EMAIL_IN_TEXT, ' '));
  return phone.ok ? { phone: phone.value, email: email.value } : undefined;
}

const THIS_NUMBER = [
  'ce numero',
  'ce numero ci',
  'ce meme numero',
  'meme numero',
  'celui ci',
  'ici',
  'dit nummer',
  'hetzelfde nummer',
  'zelfde nummer',
  'deze',
  'diese nummer',
  'dieselbe nummer',
  'gleiche nummer',
  'this number',
  'same number',
  'this one',
  'whatsapp',
];

/** After a no: the thought, or how often it comes ("j'y pense tous les soirs", "soms", "every night"). */
const STILL_THINKS =
  /\b(?:denk|denke|pense|think|thinking|dran|y pense|soms|parfois|des fois|sometimes|manchmal|elke (?:nacht|avond|dag)|tous les (?:soirs|jours)|chaque (?:soir|nuit|jour)|every (?:night|day)|jede[ns]? (?:nacht|abend|tag)|door mijn hoofd|door m n hoofd|im kopf|dans ma tete|in my head|on my mind|gedachten|gedanken|pensees|thoughts|looking (?:things |stuff )?up|looked (?:things |stuff )?up|googl\w*|opgezocht|opzoeken|nachgeschaut|recherch\w*|gegoogelt|searching)\b/;
/** Where a clause ends inside the rest of an answer: punctuation, or a word that joins another clause. */
const CLAUSE_JOIN = /[,;.!?…]+|\s(?:und|en|et|and|aber|maar|mais|but|doch)\s/u;

/** A number or an address given inside an answer about how to be reached (not the sender's own number). */
function givenContact(text: string, userId: string): { kind: 'phone' | 'email'; value: string } | undefined {
  if (text.includes('@')) {
    const email = emailInText(text);
    return email.ok ? { kind: 'email', value: email.value } : undefined;
  }
  // Digits, or a number said in words ("UK number: oh seven nine one one, …").
  if (!/\d{2}/.test(text) && !/[\s,:;]/u.test(text.trim())) return undefined;
  const phone = parsePhone(text);
  return phone.ok && phone.value !== userId ? { kind: 'phone', value: phone.value } : undefined;
}

/**
 * Doubt about the pick itself ("pas sûr s'il est gérant", "un peu de tout",
 * "ça dépend", "kweet nie waar da onder valt", "entweder … oder"): a choice
 * read from such an answer would be a guess, so the question is asked again.
 */
const NOT_SURE_OF_PICK =
  /\b(?:of toch niet|of misschien niet|ou pas|ou peut etre pas|oder doch nicht|oder vielleicht nicht|or not|or maybe not|pas (?:trop |tres |vraiment |bien )?sure?(?! (?:ce|cet|cette|le|la|les|l|mon|ma|son|sa|un|une|whatsapp)\b)|pas certaine?|sais pas trop|ca depend|cela depend|un peu de tout|de tout un peu|sais pas (?:dans )?(?:quelle|quel|ou)|not (?:really |quite |too )?sure|unsure|it depends|depends on|(?:a )?bit of everything|(?:don t|dont|do not) know (?:which|where|what)|niet (?:echt |helemaal )?zeker|nie zeker|ni zeker|hangt (?:er )?(?:ervan |van )?af|van alles (?:wat|een beetje)|(?:weet|kweet) (?:het |ik )?(?:niet|nie|ni) (?:goed |precies )?(?:waar|welk|wat)|(?:nicht|ned|net|nit|nid|nod) (?:so |ganz )?sicher|kommt (?:drauf|darauf) an|von allem (?:etwas|was|a bissl)|weiss (?:nicht|ned|net) (?:genau |so genau )?(?:wo|welche|was)|entweder)\b/;

/** Another number than this one ("another number, this one's my work phone"). */
/** A province's name alone, in the language that names it so ("Limburg" is the province; its town is "Limbourg"). */
const PROVINCE_ONLY =
  /^(?:dans le limbourg|in het limburgse|(?:in |uit |aus |from |en |dans le |de )?(?:limburg|limbourg|limbourg province|brabant|vlaams brabant|brabant wallon|waals brabant|hainaut|henegouwen|hennegau|oost vlaanderen|west vlaanderen|flandre orientale|flandre occidentale|ostflandern|westflandern|east flanders|west flanders))$/;

/** A clause that corrects the one before it. */
const CORRECTING = /^(?:enfin|sorry|pardon|plutot|eigenlijk|eigentlich|actually|well|naja|nou|allee)\b/;

/** "or" in the four languages. */
const EITHER_WORD = /\b(?:ou|of|oder|or)\b/;
/** Another line of the person's: at work, a landline, a second phone. */
const ANOTHER_LINE =
  /\b(?:arbeitsnummer|geschaftsnummer|buronummer|festnetz\w*|werknummer|vast nummer|vaste lijn|vaste telefoon|kantoornummer|landline|work number|office number|work phone|other phone|second phone|numero (?:du |de )?(?:travail|bureau|fixe)|(?:le |mon )?fixe|telephone fixe)\b/;
const OTHER_NUMBER = /\b(?:autre|other|another|different|ander|andere|anderen|ein anderes|une autre)\b/;

/** Only a maybe, nothing else. */
/** A maybe anywhere in the answer. */
const MAYBE_WORD =
  /\b(?:peut etre|peut-etre|peutetre|maybe|perhaps|possibly|misschien|eventueel|vielleicht|vilicht|villicht|vlt|vllt|eventuell|evtl)\b/;
const ONLY_MAYBE =
  /^(?:peut etre|peut-etre|peutetre|on verra|je verrai|maybe|perhaps|we ll see|well see|possibly|misschien|wie weet|we zien wel|zien we wel|vielleicht|villeicht|vilicht|villicht|vlt|vllt|evtl|eventuell|mal sehen|mal schauen|schauen wir mal|schaun ma mal)$/;

/** Not decided yet, or it depends: a "don't know" that is not "either will do". */
const NOT_DECIDED =
  /\b(?:ca depend|cela depend|depend(?:s)? (?:on|des|du|de)|it depends|hangt (?:er ?)?(?:van )?af|kommt (?:drauf|darauf) an|not (?:sure|decided) yet|pas encore (?:sur|decide)|nog niet (?:zeker|beslist)|noch nicht (?:sicher|entschieden))\b/;

/** An answer that opens with "other" and a colon or a dash. */
const OTHER_FIRST = /^(?:autres?|ander|andere|anders|sonstiges?|andere?s|other|others|something else)\s*[:\-–]/;

/** Answers a person may correct in the same breath; a yes or no and a list of several are read whole. */
const CORRECTABLE: ReadonlySet<string> = new Set(['name', 'choice', 'email', 'phone', 'contact', 'postal']);

/** Not having something ("ze heeft geen computer", "er hat kein Internet") is a reason given, not "I don't know". */
const HAS_NONE =
  /\b(?:heeft|heb|hebben|hat|hab|habe|haben|has|have|a|ai|ont)\b(?: \w+){0,2} (?:geen|gene|kein|keine|keinen|no|pas de|pas d|aucun|aucune) (?!idee|ahnung|idea|clue|flauw|benul|notion)\w+/;

/** What the person cannot do: "il ne peut pas se déplacer", "er kann das Haus nicht verlassen", "he can't travel". */
const CANNOT =
  /\b(?:(?:ne )?peut (?:pas|plus)|peux (?:pas|plus)|kann (?:\S+ ){0,4}?(?:nicht|ned|net|nit|kaum)|kan (?:\S+ ){0,3}?(?:niet|nie|ni)|can t|cannot|can not|isn t able|is not able|niet in staat|nicht in der lage)\b/;

/** A later pick said as the one wanted: a preference, or a change of mind ("voorkeur video", "actually video", "sorry"). */
const LATER_PICK =
  /\b(?:voorkeur|liever|liefst|lieber|plutot|rather|preference|prefere|prefer|bevorzug\w*|finalement|finally|eigenlijk|eigentlich|actually|in fact|en fait|toch|doch|sorry|pardon|desole|non|nee|neen|nein|no)\b/;

/** Confusion said with the picks: nothing is taken from them. */
const UNSURE =
  /\b(?:verwirrt|confus\w*|in de war|weet (?:het )?niet|sais pas|weiss nicht|weiss ned|not sure|pas sur|niet zeker|nicht sicher)\b/;

/** An option echoed as a question, a no, and what follows ("horeca? non, je fais du nettoyage"). */
const ECHO_THEN_NO = /^\s*([^?]{1,40})\?+\s*(?:no|non|nee|neen|nein|nope|nö|noe)\b[\s,.!]*(\S[^?]*)$/iu;

/** Words that say which one is preferred: "liefst", "am liebsten", "de préférence", "preferably". */
const PREFERRED =
  /\b(?:liefst|liefste|bij voorkeur|liever|lieber|am liebsten|vorzugsweise|plutot|de preference|preferably|ideally|idealement|idealiter|idealerweise|rather)\b/;

/** Someone's words reported: "ze zegt dat", "er hat gesagt", "il m'a dit que", "she said". */
const REPORTED_WORDS = /\b(?:zegt|zei|zeide|zeggen|gezegd|sagt|sagte|gesagt|meint|meinte|dit|disait|a dit|says|said|told|tells)\b/;

/** None of the options: "geen van die", "aucun des deux", "keins davon", "none of those". */
const NONE_OF_THOSE =
  /\b(?:geen van (?:die|deze|beide|allemaal|de \w+)|geen enkele|aucun(?:e)? (?:de ces|des|de ceux)|rien de tout ca|keins? (?:davon|von denen|von diesen)|nichts davon|none of (?:those|these|them|the above)|neither)\b/;
/** Where a place is, after its preposition: "op de markt", "aan het station", "sur la place", "am Markt", "on the square". */
const WHERE_IT_IS =
  /\b(?:op|aan|bij|naast|sur|pres de|au|a la|am|an der|auf dem|beim|near|on|at)\s+(?:de|het|den|t|la|le|l|dem|der|the)?\s*(?:markt|marche|place|plein|grote markt|kerk|station|gare|hoek|coin|dorpsplein|ecke|square|corner|kaai|quai)\b/gu;

/**
 * What names an option only in passing, tried away when an answer names
 * two: an opening no before the more precise option ("nee ik heb 't nog niet
 * gevraagd"), and where a place is ("'t is een café op de markt").
 */
const ASIDES: readonly RegExp[] = [/^\s*(?:nee|neen|nein|non|no|nope)\b[\s,.!]*/iu, WHERE_IT_IS];

/** The whole answer declines: "liever niet", "lieber nicht", "plutôt pas", "rather not". */
const RATHER_NOT =
  /^(?:(?:nee|neen|nein|non|no|nope|na)\s+)?(?:liever|lieber|liaba|lieba|liawa|plutot|rather|i d rather|id rather|je prefere|ik heb liever van)\s+(?:niet|nie|ni|nicht|net|ned|nid|nod|pas|not)(?:\s+(?:zeggen|sagen|dire|say|geven|angeben|donner|give))?(?:\s+(?:hier|ici|here|hie|do|da))?$/;

const HOME_WORDS = /\b(?:thuis|woon\w*|maison|domicile|chez moi|habite|zu ?hause|daheim|wohn\w*|home|live|lives|living)\b/iu;
const WORK_WORDS =
  /\b(?:kantoor|bureau|b[üu]ro|office|atelier|winkel|zaak|magasin|commerce|gesch[äa]ft|werkstatt|praxis|workshop|shop|firma|bedrijf|entreprise|betrieb)\b/iu;

/**
 * A place for home and one for work ("Son bureau est à 5000 mais il habite à 5100", "kantoor in Genk (3600),
 * thuis in As"): which one the programme should use is asked, not guessed.
 */
function homeAndWork(text: string): boolean {
  if (!HOME_WORDS.test(text) || !WORK_WORDS.test(text) || !/\b\d{4}\b/.test(text)) return false;
  // Two codes or towns said: which one is meant is asked.
  const codes = new Set([...(text.match(/\b\d{4}\b/g) ?? []), ...codesOfPlacesNamed(text).slice(0, 1)]);
  if (codes.size >= 2) return true;
  // One code, and home said apart with a town of its own ("…, thuis in As"), not the same place ("ik woon er ook").
  const clauses = text.split(/[,;.]+|\s+(?=(?:mais|maar|aber|but|en|et|und|and)\s)/iu);
  return clauses.some(
    (part) =>
      HOME_WORDS.test(part) &&
      !WORK_WORDS.test(part) &&
      !/\d/.test(part) &&
      !SAME_PLACE.test(normalise(part)) &&
      /\s\p{Lu}\p{L}+/u.test(part),
  );
}

/** A part of a town asked about: "which district", "welke deelgemeente", "quelle commune", "welcher Ortsteil". */
const WHICH_PART =
  /\b(?:which|what|welke?|wat voor|quel(?:le)?|lequel|laquelle|welche[rs]?|wo)\s+(?:district|deelgemeente|wijk|kant|commune|quartier|section|stadtteil|ortsteil|bezirk|viertel|part|area|one|code|postcode)\b/;

/** Working somewhere: "ze werkt in Lokeren", "il travaille à Verviers", "er arbeitet in Eupen", "works in Ghent" (or a
 * place of work, `WORK_WORDS`). */
const WORK_VERB = /\b(?:werk\w*|job\w*|travaill\w*|boss\w*|arbeit\w*|schafft|schaffe|work\w*)\b/iu;

/** "ik woon er ook", "j'habite là aussi", "I live there too": the same place. */
const SAME_PLACE = /\b(?:ook|aussi|auch|too|also|ebenfalls|egalement|zelfde|meme|same|selben?)\b/;

/** "c'est tout", "j'ai tout dit", "dat was het", "das wär's", "that's all": the person is done. */
const ALL_SAID =
  /^(?:(?:je pense |je crois |ik denk |ich glaube |i think )?(?:c est tout|ce sera tout|j ai tout dit|avoir tout dit|tout est dit|dat is alles|dat was het|dat was t|meer niet|ik heb alles gezegd|alles gezegd|das ist alles|das war s|das wars|das wär s|mehr nicht|ich habe alles gesagt|alles gesagt|that s all|that s it|that s everything|i ve said it all|i said everything|said it all)|merci|bedankt|danke|thanks|thank you|dank u|dank je)$/;

/**
 * An answer that only says there is nothing (more) to add: a bare no, a skip ("rien à ajouter"), and
 * "c'est tout" or thanks, in any order ("Non, rien à ajouter, je pense avoir tout dit.").
 */
function nothingMore(text: string): boolean {
  const clauses = text
    .split(/[,;.!…\n]+/u)
    .map((part) => normalise(part).replace(/'/g, ' ').trim())
    .filter((part) => part !== '');
  if (clauses.length < 2) return false;
  let skipped = false;
  for (const clause of clauses) {
    if (
      isSkip(clause) ||
      /^(?:rien|niets|nichts|nothing) (?:a|à|te|zu|to) (?:ajouter|dire|voegen|toevoegen|zeggen|hinzuzufugen|sagen|add|say)$/.test(clause)
    )
      skipped = true;
    else if (!isPlainNo(clause) && !ALL_SAID.test(clause)) return false;
  }
  return skipped;
}

/** Saying, writing or telling. */
const SAY_VERB =
  /^(?:ecrire|ecris|dire|raconter|expliquer|detailler|zeggen|schrijven|vertellen|uitleggen|typen|sagen|schreiben|erzahlen|erzaehlen|erklaren|erklaeren|ausfuhren|tippen|say|write|tell|explain|type|share|partager|delen|teilen)$/;
/** What may follow the verb without being the thing said: "ça", "ici", "hier", "here", "now". */
const SAY_TRAILER = new Set(
  'ca cela ici la maintenant comme par ecrit dat het dit hier nu zo hier das es dies jetzt so da it that this here now about online'.split(
    ' ',
  ),
);
const SAY_DENIED = new Set('pas niet nie ni nicht ned net nit not don dont won wont rather liever lieber plutot'.split(' '));

/**
 * A short answer that only says the person will not say or write it: a denial, then a verb of saying with
 * nothing said after it but "ça", "ici", "here" ("je n'arrive pas à dire non à mes clients" says something).
 */
function wontSay(plain: string): boolean {
  const toks = plain.replace(/'/g, ' ').split(' ').filter(Boolean);
  if (toks.length === 0 || toks.length > 9) return false;
  let verb = -1;
  for (let i = toks.length - 1; i >= 0; i--) {
    if (SAY_VERB.test(toks[i] ?? '')) {
      verb = i;
      break;
    }
    if (!SAY_TRAILER.has(toks[i] ?? '')) return false;
  }
  if (verb < 0) return false;
  // A denial before the verb: "pas envie d'écrire", "mag ich nicht schreiben", "don't want to say" ("schrijf ik niet",
  // with the denial after it, is not read here).
  return toks.slice(0, verb).some((t) => SAY_DENIED.has(t));
}

/** A name with the word nearest to the correction replaced by it ("Hanne Wouters" and "Wauters": "Hanne Wauters"). */
function withWordCorrected(name: string, word: string): string {
  const words = name.split(' ');
  if (words.length < 2) return word;
  let best = words.length - 1;
  let bestDistance = Number.POSITIVE_INFINITY;
  words.forEach((w, i) => {
    const d = boundedDistance(w.toLowerCase(), word.toLowerCase(), 20);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return words.map((w, i) => (i === best ? word : w)).join(' ');
}

/** A time of day ("ab 18 Uhr", "na 18u", "après 18h", "after 6pm"): digits that are no number to call. */
const TIME_OF_DAY = /\b\d{1,2}(?:[:.h]\d{2})?\s*(?:uhr|uur|u|h|heures?|pm|am)\b/giu;

/** "rather not" with a few words before it and a reason after it. */
const RATHER_NOT_SAID =
  /^(?:\S+\s+){0,3}?(?:liever|lieber|liaba|lieba|liawa|plutot|rather|je prefere)\s+(?:ne\s+)?(?:niet|nie|ni|nicht|net|ned|nid|nod|pas|not)\b(?:\s+\S+){0,10}$|^(?:\S+\s+){0,3}?(?:nicht|ned|net|nod|nid|niet|nie|pas|not)\s+(?:bekannt|bekend|connu|known)\b(?:\s+\S+){0,4}$|^(?:\S+\s+){0,2}?(?:unbekannt|onbekend|inconnu|unknown)\b(?:\s+\S+){0,4}$/;

/** "dat hou ik voor mezelf", "das möchte ich nicht angeben", "I'd prefer not to give that": declining to say. */
const KEPT_TO_ONESELF =
  /\b(?:hou ik (?:liever )?voor mezelf|houd ik (?:liever )?voor mezelf|behalte? ich (?:lieber )?fur mich|keep (?:that|it) to myself|garde (?:ca|cela) pour moi|(?:mochte|moechte|will|wurde|mag) (?:ich|er|sie) (?:\S+ ){0,4}?(?:nicht|ned|net) (?:angeben|sagen|nennen|verraten|weitergeben)|(?:prefere|prefers?|rather|wants?|asked(?: me)?|vroeg(?: me)?|vraagt|wil|heeft gevraagd|bat(?: mich)?|hat (?:mich )?gebeten) (?:\S+ ){0,3}?(?:ne pas|pas|not to|niet|nicht|don['’ ]?t|do not) (?:\S+ ){0,3}?(?:donne|donner|transmette|give|pass|share|geven|door te geven|doorgeven|zu nennen|weiterzugeben|nennen|weitergeben)|(?:prefere|veut|voudrait|a demande) (?:\S+ ){0,3}?ne (?:donne|transmette|dise|communique) pas|anonym\w*|anoniem\w*|(?:wil|wilt|willen) (?:\S+ ){0,2}?(?:niet|nie) dat (?:ik|we|wij) (?:\S+ ){0,3}?(?:doorgeef|doorgeven|geef|geven|zeg|zeggen|noem)|(?:will|mochte|moechte|mag) (?:\S+ ){0,2}?(?:nicht|ned|net),? dass (?:ich|wir) (?:\S+ ){0,3}?(?:weitergebe|weitergeben|nenne|sage|angebe)|(?:ne veut|veut) pas que (?:je|j|on) (?:\S+ ){0,3}?(?:donne|dise|transmette|communique)|(?:doesn t|does not|don t|do not) want (?:me|us) to (?:give|share|pass|say|tell)|(?:prefer|rather) not (?:to )?(?:give|say|share|tell)|je prefere ne pas (?:le |la )?(?:donner|dire|communiquer|preciser)|wil ik (?:liever |eigenlijk )?(?:niet|nie) (?:zeggen|geven|delen|vertellen))\b/;

/** A clause that adds something beside the answer: "maar ze verstaat ook wat Nederlands", "aber auch ein bisschen Deutsch". */
const ALSO_REMARK =
  /[,;]?\s*\b(?:maar|mais|aber|but)\b[^,;.]*\b(?:ook|auch|aussi|also|too|een beetje|ein bisschen|ein wenig|un peu|a bit|a little)\b[^,;.]*/giu;

/** Languages other than the four, named in the four: "arabe", "Turks", "polnisch", "Spanish"… */
const OTHER_LANGUAGE =
  /\b(?:arab\w*|turc|turque|turks|turkse|turkisch|tuerkisch|turkish|espagnol\w*|spaans|spanisch|spanish|itali\w*|polonais\w*|pools|poolse|polnisch|polish|roumain\w*|roemeens|rumanisch|rumaenisch|romanian|portug\w*|russ\w*|berber\w*|berbere|tamazight|amazigh|lingala|swahili|albanais|albanees|albanisch|albanian|bulgar\w*|ukrain\w*|oekraiens|farsi|perzisch|persan|persisch|persian|dari|pashto|tigrinya|somali\w*|chinees|chinois|chinesisch|chinese|hindi|urdu|kurd\w*|koerdisch|kurdisch)\b/;

/** A no said softly: "pas vraiment", "niet echt", "ned wirklich", "not really". */
const SOFTENED_NO =
  /^(?:pas vraiment|pas trop|pas forcement|niet echt|niet per se|nie echt|nicht wirklich|ned wirklich|net wirklich|nit wirklich|nod wirklich|nid wirklich|eher nicht|eher ned|eher nit|eher nod|not really|not exactly|not quite)$/;
const CONTRAST_WORD = /\b(?:mais|maar|aber|but|though|sauf que|alleen|nur dass)\b/;

/** Worry or fear, and what someone said or talks about: after a no at the danger question, a reservation. */
const WORRY_OR_TALK =
  /\b(?:inquiet\p{L}*|peur|angoiss\p{L}*|bezorgd|ongerust|bang|schrik|sorgen?|besorgt|angst|worried|worry|worrying|scared|afraid|concerned|fear\p{L}*|frightened|parle|parlait|a dit|disait|praat|praatte|zegt|zei|spreekt|sprak|sagt|sagte|redet|redete|spricht|sprach|talks?|talking|talked|says|said|mentions?|mentioned)\b/u;

/**
 * What follows a no at the danger question, when it holds back from the no:
 * a worry or something said about the danger, not negated where it stands
 * ("il a pas parlé de ça" is no reservation), or an acute sign.
 */
function reservation(tail: string): boolean {
  const plain = normalise(tail);
  if (plain === '') return false;
  const m = WORRY_OR_TALK.exec(plain);
  if (m) {
    const before = plain.slice(0, m.index).split(/\s+/).filter(Boolean).slice(-3).join(' ');
    if (!hasNegation(before)) return true;
  }
  return screenForCrisis(tail).tier === 'acute';
}

/** The verb of a belief, as one folded word ("pense", "denk", "glaub", "think"). */
const BELIEF_VERB = /^(?:crois|pense|suppose|denk|denke|geloof|vermoed|glaub\w*|vermut\w*|think|guess|believe|reckon)$/;

/** A belief rather than a fact: "je crois", "ik denk", "glaub schon", "I think so", "enfin". */
const BELIEF =
  /\b(?:je crois|je pense|crois|pense|suppose|enfin|ik denk|denk ik|ik geloof|geloof ik|vermoed|denk het|glaub\w*|denke?|vermut\w*|nehm(?:e)? an|i think|think so|i guess|guess so|i believe|believe so|i suppose|i reckon|probably|waarschijnlijk|wahrscheinlich|probablement|sans doute)\b/;

/**
 * Numbers in an answer to the postcode that are not the code: a phone number, an age, a count of children or
 * years, a house number after its street.
 */
const NOT_A_POSTCODE =
  /(?:\+|\b00)?\b\d[\d ./-]{7,}\d\b|\b\d{1,3}\s*(?:ans|an|jaar|jaren|jahre|jahren|jahr|years?|yrs?|y o|kids?|children|enfants?|gosses|kinderen|kinders|kinder|kindern|kids)\b|\b(?:ik ben|ich bin|i m|i am|im|j ai|jai)\s+\d{1,3}\b|(?<=\b(?:stra(?:ss|ß)e|str|strasse|rue|avenue|av|laan|straat|weg|steenweg|chaussee|chaussée|place|plein|platz|gasse|lane|road|street|st)\.?\s+)\d{1,4}[a-z]?\b|(?<=\b\p{L}+(?:straat|stra(?:ss|ß)e|strasse|laan|weg|steenweg|gasse|platz|plein|dreef|lei|vest)\.?,?\s+)\d{1,4}[a-z]?\b|\b(?:numero|numéro|nummer|number|nr|no|n°|num)\.?\s*\d{1,4}[a-z]?\b|\b\d{1,4}[a-z]?(?=,?\s+(?:rue|avenue|av|chaussee|chaussée|place|boulevard|bd|impasse|allee|allée|\p{L}*straat|\p{L}*stra(?:ss|ß)e|\p{L}*laan|\p{L}*weg|street|road|lane|avenue)\b)|\b\d[\d.,]*\s*(?:€|euros?|eur)\b|€\s*\d[\d.,]*/giu;
/** A street named in French ("rue des Champs", "avenue Louise", "chaussée de Namur"): its name is not where one lives. */
const STREET_NAME =
  /\b(?:rue|avenue|av\.|chauss[ée]e|place|boulevard|bd|impasse|all[ée]e|route|chemin|quai|square)\s+(?:(?:de la|de l['’]|des|du|de|d['’])\s*)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?/gu;
/** "depuis 2005", "sinds 2019", "seit 2016", "moved there in 2018": a year, not the code. */
const YEAR_NOT_CODE =
  /\b(?:since|depuis|sinds|seit|year|jaar|annee|année|anno|vanaf|moved (?:there |here )?in|verhuisd in|umgezogen|gezogen|d[ée]m[ée]nag[ée]e? en|born in|born|n[ée]e? en|geboren in)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+(?:geboren|born|n[ée]e?)\b/giu;
/** A number said, then taken back: "pas 4870", "not thirty fifty", "nicht vier null sieben null", "au lieu de 3050". */
const DENIED_NUMBER_START =
  /^(?:(?:et|en|und|and|mais|maar|aber|but)\s+)?(?:pas|niet|nie|nicht|net|ned|not|no|non pas|au lieu de|plutot que|instead of|rather than|in plaats van|statt|anstatt)\b/;

/** The answer without the clauses or words that take a number back; `undefined` when none does. */
function withoutDeniedNumbers(text: string): string | undefined {
  let removed = false;
  const inline = text.replace(/\b(?:pas|niet|nicht|not|au lieu de|instead of|statt|in plaats van)\s+\d{4}\b/giu, () => {
    removed = true;
    return ' ';
  });
  const pieces = inline.split(/([,;.!]+)/u);
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? '';
    const plain = normalise(clause);
    // What follows the denial is a number, in digits or in words ("niet drie nul vijf nul").
    const taken = plain.replace(DENIED_NUMBER_START, '').trim();
    const denied = taken !== plain && (/\d/.test(taken) || spokenNumber(taken) !== undefined || spokenDigits(taken) !== undefined);
    if (denied) removed = true;
    else kept.push(clause, pieces[i + 1] ?? '');
  }
  const out = kept
    .join('')
    .replace(/[,;\s]+$/u, '')
    .trim();
  return removed && out !== '' ? out : undefined;
}

/**
 * Someone else's wish, not known yet: "faudrait lui demander", "je lui demanderai", "je ne lui ai pas demandé",
 * "moet ik hem vragen", "heb ik niet gevraagd", "müsste ich ihn selbst fragen", "hab ich nicht gefragt", "I'll ask her".
 */
const ASK_THEM =
  /\b(?:(?:lui|leur) (?:\S+ ){0,3}?demand\w*|pas (?:encore )?demande|(?:hem|haar|ze) (?:\S+ ){0,3}?(?:vragen|navragen|gevraagd|nagevraagd)|niet (?:\S+ )?(?:gevraagd|nagevraagd)|(?:ihn|ihm|sie|ihr) (?:\S+ ){0,3}?(?:fragen|gefragt|nachfragen|nachgefragt)|(?:nicht|ned|net|nit) (?:\S+ )?(?:gefragt|nachgefragt)|ask\w* (?:\S+ )?(?:him|her|them)|(?:didn t|did not|haven t|have not|never|not) (?:\S+ )?asked?)\b/u;

/** Not knowing whether: "je ne sais pas si", "weet niet of", "weiß nicht, ob", "don't know if". */
const UNSURE_WHETHER =
  /\b(?:sais pas|sais plus|sait pas|weet (?:ik )?(?:niet|nie)|weet het niet|wei(?:ss|ß) (?:ich )?(?:nicht|ned|net)|don['’ ]?t know|do not know|not sure)\s+(?:si|s['’ ]?il|s['’ ]?ils|of|ob|if|whether)\b/;

/** Self-employment said in general: "freelance", "zelfstandige", "indépendant", "selbstständig", "self-employed". */
const SELF_EMPLOYED =
  /\b(?:freelanc\w*|free lance\w*|zelfstandige?n?|zzp\w*|independant\w*|independante?s?|selbst(?:st)?andig\w*|selbststaendig\w*|selbstaendig\w*|self employed|selfemployed|self-employed|a mon compte|auf eigene rechnung|op eigen rekening|eigen baas|mon propre patron|my own boss)\b/;

/** Words that make a sentence a question about something, not an option offered as a guess. */
const ASKING =
  /\b(?:quoi|comment|combien|pourquoi|quand|ou|qui|quel\w*|est ce|c est|faut|wat|hoe|hoeveel|waarom|wanneer|waar|wie|welk\w*|kan|kun\w*|is|zijn|moet|was|wie|wieviel|warum|wann|wo|wer|welch\w*|kann|konnen|geht|ist|muss|what|how|why|when|where|who|which|can|could|is|are|does|do|must|gratis|gratuit\w*|rembours\w*|free|kost\w*|cout\w*|cost\w*)\b/;
/** Words that hedge a guess: "peut-être", "misschien", "vielleicht", "maybe". */
const HEDGE = /\b(?:peut etre|peutetre|eventuellement|misschien|eventueel|vielleicht|eventuell|evtl|vllt|maybe|perhaps|possibly)\b/g;
/** The pick said after weighing two aloud: "je dirais", "ik zou zeggen", "ich würde sagen", "I'd say". */
const DECIDED =
  /^(?:alors |dus |also |so )?(?:je dirais|disons|je prends|ik zou zeggen|zeg maar|doe maar|dan maar|ich wurde sagen|sagen wir|ich nehme|i d say|i would say|let s say|i ll go with|i d go with)\b/;

/**
 * "peut-être en vidéo ?", "Un appel peut-être ?", "misschien eerst een telefoontje?", "video?": one option offered
 * as a guess, hedged or alone; or "vidéo ou téléphone ? je dirais vidéo", the pick said after weighing two. Not a
 * sentence that asks about something ("c'est remboursé en cabinet ?"), a longer one, or one followed by more than
 * the pick ("main job? well I used to be…").
 */
function tentativePick(text: string, options: readonly ChoiceOption[], lang: Lang): AnswerResult | undefined {
  const sentences = text.split(/\?+/u);
  const after = (sentences.at(-1) ?? '').trim();
  const asked = sentences.slice(0, -1).filter((x) => x.trim() !== '');
  if (asked.length !== 1) return undefined;
  const plainAfter = normalise(after).replace(/'/g, ' ');
  if (after !== '') {
    if (!DECIDED.test(plainAfter) || hasNegation(after)) return undefined;
    const said = parseChoice(after, options, lang);
    return said.ok && said.value !== 'no_preference' ? { ok: true, value: said.value } : undefined;
  }
  // The sentence the question mark closes; what comes before it is the reason ("pas facile de se déplacer. Un appel ?").
  const parts = (asked[0] ?? '').split(/[.!;:]+/u).filter((x) => x.trim() !== '');
  const last = parts.at(-1) ?? '';
  // "He said phone, but I doubt he'll pick up. Maybe in person?": an option named before the guess; asked.
  const before = parts.slice(0, -1).join('. ');
  const earlier = before.trim() === '' ? undefined : parseChoice(before, options, lang);
  if (earlier && (earlier.ok || earlier.reason === 'ambiguous')) return undefined;
  const guess = normalise(last).replace(/'/g, ' ');
  const hedged = guess.match(HEDGE) !== null;
  const rest = guess
    .replace(HEDGE, ' ')
    .split(' ')
    .filter((w) => w !== '');
  if (ASKING.test(rest.join(' ')) || rest.length > (hedged ? 4 : 3)) return undefined;
  const picked = parseChoice(last, options, lang);
  if (!picked.ok || picked.value === 'no_preference' || hasNegation(last)) return undefined;
  return { ok: true, value: picked.value };
}

/** Parses what a person typed as the answer to one question. */
export function parseAnswer(q: Question, asWritten: string, c: FormContext): AnswerResult {
  // "son numéro ? 0470 12 34 56": the question repeated before the answer is not part of it.
  const text = withoutEcho(asWritten);
  // "Sandra, nein Moment, Sandrine": only what follows the correction; if that is not an answer, the question again.
  if (CORRECTABLE.has(q.type.kind)) {
    const rest = correctedPart(text, q.type.kind !== 'choice');
    if (rest !== undefined) {
      const again = parseAnswer(q, rest, c);
      if (!again.ok) return { ok: false, reason: 'ambiguous' };
      // "Hanne Wouters, sorry Wauters": a full name, one word of it corrected.
      if (q.type.kind === 'name' && q.type.full && typeof again.value === 'string' && !again.value.includes(' ')) {
        const first = parseAnswer(q, text.slice(0, text.length - rest.length).replace(/[\s,;:.!…-]+\p{L}*[\s,;:.!…]*$/u, ''), c);
        if (first.ok && typeof first.value === 'string') return { ok: true, value: withWordCorrected(first.value, again.value) };
      }
      return again;
    }
  }
  const plain = normalise(text);
  // "don't know the code, a small village near Bastogne": a place to ask about, not a skip; "4000 ou 4020, je sais
  // plus": codes to choose between.
  const hint =
    (q.type.kind === 'postal' && (namesPlace(text) || /\b\d{4}\b/u.test(text))) ||
    (q.type.kind === 'email' && PART_OF_ADDRESS.test(plain)) ||
    // "Claes, or Claeys, not sure which spelling": two names offered, to be chosen between, not a skip.
    (q.type.kind === 'name' && /\b(?:or|ou|of|oder)\s+\p{Lu}/u.test(text));
  if ((q.optional || c.allOptional) && (isSkip(text) || (isDontKnow(text) && !hint))) return { ok: true, value: null };
  // "Would you like to add some context?" answered "nee": nothing to add. A bare yes asks for the words.
  if ((q.optional || c.allOptional) && q.type.kind === 'text') {
    if (isPlainNo(text)) return { ok: true, value: null };
    const bare = parseYesNo(text, c.lang);
    if (bare.ok && bare.value && normalise(text).split(' ').length <= 3) return { ok: false, reason: 'go_on' };
  }
  // "Non, rien à ajouter, je pense avoir tout dit", "nee hoor, niets toe te voegen, dat was het": nothing more to say.
  if ((q.optional || c.allOptional) && q.type.kind === 'text' && nothingMore(text)) return { ok: true, value: null };
  // "liever niet", "lieber nicht": to an optional name, address or code, the wish to leave it out (to a yes or no, a no).
  if ((q.optional || c.allOptional) && q.type.kind !== 'yesno' && RATHER_NOT.test(plain)) return { ok: true, value: null };
  // "j'ai pas envie d'écrire ça ici", "mag ich nicht schreiben", "don't want to say here": not saying it, which to an
  // optional question in the person's own words is leaving it out (and not the words to keep).
  if ((q.optional || c.allOptional) && q.type.kind === 'text' && !text.includes('?') && wontSay(plain)) return { ok: true, value: null };
  // "Möchte ich lieber nicht sagen", "liever niet zonder zijn toestemming": to a name, an address or a code.
  if (
    (q.optional || c.allOptional) &&
    ['name', 'email', 'postal', 'phone'].includes(q.type.kind) &&
    !text.includes('?') &&
    // (A value given beside it is the answer: "I'd rather not give my email, but I live in 3500".)
    (RATHER_NOT_SAID.test(plain) || KEPT_TO_ONESELF.test(plain)) &&
    !/\d|@/.test(text)
  )
    return { ok: true, value: null };
  // "peut-être", "we'll see", "mal sehen" to an optional yes or no: left unanswered, like a skip.
  if ((q.optional || c.allOptional) && q.type.kind === 'yesno' && ONLY_MAYBE.test(plain)) return { ok: true, value: null };
  const type = q.type;
  // "geen van die, ik werk bij een bank", "none of these": the other one, where there is one.
  if (type.kind === 'choice' && NONE_OF_THOSE.test(plain) && type.options(c).some((o) => o.value === 'other'))
    return { ok: true, value: 'other' };
  if (type.kind !== 'yesno' && type.kind !== 'choice' && type.kind !== 'multi' && isDontKnow(text) && !hint)
    return { ok: false, reason: 'dont_know' };
  if (type.kind === 'yesno' || type.kind === 'choice' || type.kind === 'multi') {
    // "I don't know" picks nothing: "no preference" where there is one, otherwise the question again (a skip above, if optional).
    // For a yes or no, only when it opens the answer: "yes please, I have no idea how to bring it up" is a yes.
    const opening = withoutOpeningInterjection(text);
    if (type.kind === 'yesno' ? isDontKnow(opening.split(/[,.;!?…]/u)[0] ?? opening) : isDontKnow(text) && !HAS_NONE.test(plain)) {
      const options = type.kind === 'yesno' ? [] : type.options(c);
      // "ça dépend du jour", "not sure yet": not decided, which is not "no preference"; asked again.
      if (NOT_DECIDED.test(plain)) return { ok: false, reason: 'ambiguous' };
      // "je sais pas, faudrait lui demander", "no idea, would have to ask her": someone else's wish, not known yet;
      // "no preference" would put words in their mouth, so the options are given again.
      if (ASK_THEM.test(plain)) return { ok: false, reason: 'not_understood' };
      // "kweetnie, wat is het beste?": not knowing, and asking for advice; asked again with the options.
      if (text.includes('?')) return { ok: false, reason: 'not_understood' };
      // "téléphone… ou plutôt visio, enfin je sais pas": options named, then doubted; asked again.
      const named = type.kind === 'choice' ? parseChoice(text, options, c.lang) : undefined;
      if (named && (named.ok ? named.value !== 'no_preference' : named.reason === 'ambiguous')) return { ok: false, reason: 'ambiguous' };
      return options.some((o) => o.value === 'no_preference')
        ? { ok: true, value: 'no_preference' }
        : { ok: false, reason: 'not_understood' };
    }
    // "je veux bien me déplacer si c'est accessible, mais je ne sais pas si c'est le cas": the pick hangs on what the
    // person does not know; asked.
    if (type.kind === 'choice' && UNSURE_WHETHER.test(plain)) return { ok: false, reason: 'ambiguous' };
    // "hoofd- of bijberoep", "Haupt- oder Nebenberuf": two options in one breath, one to be chosen.
    if (type.kind === 'choice' && /\p{L}-\s+(?:of|en|oder|und|ou|et|or|and)\s+\p{L}/u.test(text)) return { ok: false, reason: 'ambiguous' };
    // "horeca? non, je fais du nettoyage", "Video? Nee, lieber telefonisch": an option echoed, denied, then the answer.
    const echoed = ECHO_THEN_NO.exec(text);
    if (echoed && (type.kind === 'choice' || type.kind === 'multi')) {
      const again = parseAnswer(
        q,
        (echoed[2] ?? '').replace(/^(?:lieber|liever|plutot|plutôt|rather|eher)\s+(?:nicht|niet|nie|pas|not)\b[\s,.!]*/iu, ''),
        c,
      );
      const denied = parseChoice(echoed[1] ?? '', type.options(c), c.lang);
      if (again.ok && !(denied.ok && again.value === denied.value)) return again;
    }
    // A question back ("sort of? she didn't say no") is not a pick, unless it is only a number or an option as written,
    // or an option offered as a guess ("peut-être en vidéo ?", "misschien eerst een telefoontje?").
    if (text.includes('?') && !/^\s*\d+\s*\?+\s*$/.test(text)) {
      // (Not to a yes or no put as options: "oui ?" to whether someone agreed is a question back, not their consent.)
      const options = type.kind === 'choice' ? type.options(c) : [];
      const guessed = type.kind === 'choice' && !options.some((o) => o.value === 'yes') ? tentativePick(text, options, c.lang) : undefined;
      return guessed ?? { ok: false, reason: 'not_understood' };
    }
  }
  switch (type.kind) {
    case 'yesno': {
      // "pas vraiment…": a no that trails off, at the danger question, is asked again.
      if (
        type.plainNo &&
        (/(?:\.{2,}|…)\s*$/.test(text) || !/[,;]/.test(text)) &&
        SOFTENED_NO.test(normalise(text.replace(/[.…!]+\s*$/u, '')))
      )
        return { ok: false, reason: 'ambiguous' };
      const parsed = parseYesNo(text, c.lang);
      // At the danger question, a no followed by the thought itself ("nee, ik denk er elke nacht aan") is not
      // taken for a no (DESIGN, "Safety first"); "non, juste épuisé" still is.
      if (type.plainNo && parsed.ok && !parsed.value && !isPlainNo(text)) {
        const rest = plain.split(/\s+/).slice(1).join(' ');
        // "nö, aber ich schlaf nicht und hab schwarze Gedanken": the clause with the thought, not another, must not deny it.
        if (rest.split(CLAUSE_JOIN).some((clause) => STILL_THINKS.test(clause) && !hasNegation(clause)))
          return { ok: false, reason: 'ambiguous' };
        // "kweet nie, hij zegt niks meer": a no that is not in the answer's first clause is about something else.
        const [head = '', ...tail] = withoutOpeningInterjection(text).split(/[,.;!?…]/u);
        const opening = parseYesNo(head, c.lang);
        if (!(opening.ok && opening.value === false)) return { ok: false, reason: 'ambiguous' };
        // "ned wirklich, aber es geht mir schlecht": a no softened, then taken back in part; asked again.
        if (SOFTENED_NO.test(normalise(head)) && CONTRAST_WORD.test(normalise(tail.join(' ')))) return { ok: false, reason: 'ambiguous' };
        // "no but I'm worried about him", "non mais il parle de tout arrêter": a no with a reservation about the
        // danger itself is asked again ("nee, maar ik slaap slecht" stays a no).
        if (reservation(rest)) return { ok: false, reason: 'ambiguous' };
        // "nein, nicht akut… glaube ich", "no, I don't think so": a no believed, not known, is asked again.
        // "Je pense pas", "ik denk het niet" deny the belief itself: a no.
        if (BELIEF.test(plain) && !negatedAt(plain, BELIEF_VERB)) return { ok: false, reason: 'ambiguous' };
      }
      return parsed;
    }
    case 'choice': {
      const options = type.options(c);
      // "oui enfin je crois" to whether someone else agreed: a belief, to be made sure of.
      if (type.firm && BELIEF.test(plain)) return { ok: false, reason: 'ambiguous' };
      // "he said no. Well, he said maybe later": a maybe is no pick either; the options again.
      if (type.firm && MAYBE_WORD.test(plain)) return { ok: false, reason: 'not_understood' };
      // "il parle surtout arabe, un peu français": a language the list does not offer, first; which one to use is asked,
      // unless what follows a "but" names one ("Thuis Turks, maar Nederlands lukt ook goed").
      if (options.every((o) => isLang(o.value)) && OTHER_LANGUAGE.test(plain) && !PREFERRED.test(plain)) {
        const turn = /\b(?:maar|mais|aber|but)\b/iu.exec(text);
        const after = turn ? parseChoice(text.slice(turn.index + turn[0].length), options, c.lang) : undefined;
        return after?.ok ? after : { ok: false, reason: 'ambiguous' };
      }
      // "En visio mais il n'a pas d'ordinateur": the pick, then what rules it out; asked again.
      const but = /\b(?:maar|mais|aber|but)\b/iu.exec(text);
      // "au cabinet, mais il ne peut pas se déplacer": the pick, then what the person cannot do.
      if (but && (HAS_NONE.test(normalise(text.slice(but.index)).replace(/['’]/gu, ' ')) || CANNOT.test(normalise(text.slice(but.index)))))
        return { ok: false, reason: 'ambiguous' };
      // "ja hij heeft het zelf gevraagd": a plain yes first, and no denial after it, answers a yes / no / … choice.
      if (opensWithPlainYes(text) && options.some((o) => o.value === 'yes')) return { ok: true, value: 'yes' };
      // "vous pouvez m'appeler au 0472 11 22 33", "mail me at sam@mail.be": the way, and the number or address kept.
      const given = q.alsoAnswers ? givenContact(text, c.userId) : undefined;
      if (given && options.some((o) => o.value === given.kind)) {
        const also = q.alsoAnswers?.includes(given.kind) ? { [given.kind]: given.value } : undefined;
        return { ok: true, value: given.kind, also };
      }
      if (NOT_SURE_OF_PICK.test(plain)) return { ok: false, reason: 'ambiguous' };
      // "freelance", "zelfstandige", "indépendant": self-employed said, main or side job not; which one is asked.
      if (
        options.some((o) => o.value === 'main') &&
        options.some((o) => o.value === 'complementary') &&
        plain.split(' ').length <= 5 &&
        SELF_EMPLOYED.test(plain) &&
        !parseChoice(text, options, c.lang).ok
      )
        return { ok: false, reason: 'ambiguous' };
      // "mail ou ce numéro, comme vous voulez": two ways offered, one to be chosen.
      if (EITHER_WORD.test(plain) && MEANS_THIS_NUMBER.test(plain) && /\b(?:e ?mail|mail|mailtje|courriel)\b/.test(plain))
        return { ok: false, reason: 'ambiguous' };
      // "ruft mich auf der Arbeitsnummer an", "op mijn vast nummer": another line of theirs, so another number.
      if (
        options.some((o) => o.value === 'phone') &&
        options.some((o) => o.value === 'email' || o.value === 'this_number') &&
        ANOTHER_LINE.test(plain) &&
        !thisNumberDenied(plain)
      )
        return { ok: true, value: 'phone' };
      // "gewoon hier", "über die Nummer, von der ich grad schreib": the number this person writes from, where there is one.
      if (
        options.some((o) => o.value === 'this_number') &&
        MEANS_THIS_NUMBER.test(plain) &&
        !thisNumberDenied(plain) &&
        !OTHER_NUMBER.test(plain) &&
        !/\d{3}|@/.test(text)
      )
        return { ok: true, value: 'this_number' };
      // "vroeger een winkel, nu in de bouw": what the person is now, not what they were.
      const changed = changedSince(text, options, c.lang);
      if (changed) return changed;
      // "Für mich wäre telefonisch am einfachsten, aber er kommt lieber vorbei": clauses weighed against each other.
      const weighed = weighedClauses(text, options, c.lang);
      if (weighed) return weighed;
      // "bellen, ze heeft geen computer", "liefst in het Nederlands, zijn Frans is slecht": the pick, then a reason.
      // The first clause decides when what follows names no other option, or when the first says it is preferred.
      const head = text.split(/[,;…]|\.{2,}|\s[-–—]\s/u)[0] ?? text;
      if (head.length < text.length && /\p{L}/u.test(head)) {
        const first = parseChoice(head, options, c.lang);
        const tail = text.slice(head.length).replace(/^[,;….\s–—-]+/u, '');
        // "bellen of video, voorkeur video", "by phone... actually video", "phone - no, video": the later pick, said as the one wanted.
        const later = parseChoice(tail.replace(/^(?:no|non|nee|neen|nein|nope|nö|noe|nä|na)\s*[,.!]+\s*/iu, ''), options, c.lang);
        if (
          later.ok &&
          (!first.ok || later.value !== first.value) &&
          (first.ok || first.reason === 'ambiguous') &&
          LATER_PICK.test(normalise(tail)) &&
          !UNSURE.test(normalise(text))
        )
          return later;
        // "egal, Hauptsache kein Video", "peu importe, mais pas en visio": any of the others, which is not "no
        // preference" (that could be the one ruled out); which one is asked.
        if (first.ok && first.value === 'no_preference' && optionsDenied(tail, options, c.lang).size > 0)
          return { ok: false, reason: 'ambiguous' };
        // "beim Gericht, aber nicht beim Unternehmensgericht": the first clause's pick, denied after it, is not the pick
        // (unless the first clause says it is the one preferred: "lieber per Telefon, aber nicht auf dieses Handy").
        if (first.ok && (PREFERRED.test(normalise(head)) || !optionsDenied(tail, options, c.lang).has(first.value))) {
          const rest = parseChoice(tail, options, c.lang);
          // "un commerce… enfin un resto avec une épicerie": corrected into two picks; which one is asked.
          if (!rest.ok && rest.reason === 'ambiguous' && CORRECTING.test(normalise(tail))) return { ok: false, reason: 'ambiguous' };
          if (!rest.ok || rest.value === first.value || PREFERRED.test(normalise(head))) return first;
        }
      }
      // "franstalig, maar ze verstaat ook wat Nederlands": what comes as "but also" is a remark beside the pick.
      const besides = text.replace(ALSO_REMARK, '');
      if (besides !== text && /\p{L}/u.test(besides)) {
        const first = parseChoice(besides, options, c.lang);
        if (first.ok) return first;
      }
      let parsed = parseChoice(text, options, c.lang);
      // Two options named: read again without a word that named one only in passing.
      for (const aside of ASIDES) {
        if (parsed.ok || parsed.reason !== 'ambiguous') break;
        const without = text.replace(aside, ' ');
        const again = without === text ? undefined : parseChoice(without, options, c.lang);
        if (again?.ok && again.value !== 'no') parsed = again;
      }
      // "rufts mi an", "bel me maar": to how we may reach them, a call asked for and no way named is the phone
      // (this number on WhatsApp).
      if (
        !parsed.ok &&
        parsed.reason === 'not_understood' &&
        options.some((o) => o.value === 'email') &&
        asksForCall(text) &&
        !hasNegation(text) &&
        !/@|mail/.test(plain)
      ) {
        const way = options.find((o) => o.value === 'this_number') ?? options.find((o) => o.value === 'phone');
        if (way) parsed = { ok: true, value: way.value };
      }
      // "dit nummer" on Teams, where the choices are "by phone / by e-mail": by phone, and the next question asks which number.
      if (!parsed.ok && c.channel !== 'whatsapp' && MEANS_THIS_NUMBER.test(plain)) {
        if (options.some((o) => o.value === 'phone') && !options.some((o) => o.value === 'this_number'))
          return { ok: true, value: 'phone' };
      }
      return parsed;
    }
    case 'multi': {
      const options = type.options(c);
      // "andere: zijn zaak is afgebrand", "Sonstiges: …": "other", and what follows only describes it.
      if (OTHER_FIRST.test(text.trim().toLowerCase()) && options.some((o) => o.value === 'other')) return { ok: true, value: ['other'] };
      // "none of those really, he has stopped looking after himself": the other one, and what follows describes it.
      if (NONE_OF_THOSE.test(plain) && options.some((o) => o.value === 'other')) return { ok: true, value: ['other'] };
      const read = readMultiChoice(text, options, c.lang);
      // A sentinel who writes what the person said ("il parle de se foutre en l'air") has named dark thoughts.
      // Only an acute reading: "ze komt niet meer buiten" is isolation, not dark thoughts.
      // A possible signal in words reported ("ze zegt dat het voor haar niet meer hoeft") is what they said: dark thoughts too.
      const tier = options.some((o) => o.value === 'dark_thoughts') ? screenForCrisis(text).tier : 'none';
      const dark = tier === 'acute' || (tier === 'possible' && REPORTED_WORDS.test(plain));
      if (!read.ok) return dark ? { ok: true, value: ['dark_thoughts'] } : read;
      const values = dark && !read.value.values.includes('dark_thoughts') ? [...read.value.values, 'dark_thoughts'] : read.value.values;
      const value = options.map((o) => o.value).filter((v) => values.includes(v));
      return read.value.alone.length > 0 ? { ok: true, value, rest: read.value.alone } : { ok: true, value };
    }
    case 'phone':
    case 'email': {
      // Both in one answer: this question takes its own, and the other is kept for its question.
      const both = text.includes('@') ? phoneAndEmail(text) : undefined;
      if (both) {
        const other = type.kind === 'phone' ? 'email' : 'phone';
        const also = q.alsoAnswers?.includes(other) ? { [other]: both[other] } : undefined;
        return { ok: true, value: both[type.kind], also };
      }
      // "ce numéro", "dit nummer", "this one": asked for their own number, on WhatsApp, the one they write from (the
      // issue's rule: on WhatsApp, "this number" is the sender's). A client's number is never the sentinel's.
      if (type.kind === 'phone' && type.self && MEANS_THIS_NUMBER.test(plain) && !thisNumberDenied(plain) && !/\d{3}/.test(text)) {
        if (c.channel === 'whatsapp') return { ok: true, value: c.userId };
        return { ok: false, reason: 'no_number_here' };
      }
      return type.kind === 'phone' ? parsePhone(text) : emailInText(text);
    }
    case 'postal': {
      // "c'est 4780, pas 4870", "drie vijf nul nul, niet drie nul vijf nul": the code taken back is not the answer.
      const undenied = withoutDeniedNumbers(text);
      if (undenied !== undefined) return parseAnswer(q, undenied, c);
      // "5 0 0 0", "6OOO Charleroi": a code spelled out, or with the letter O for zero.
      const written = text
        .replace(/\b\d(?:[ .-]\d){3}\b/g, (m) => m.replace(/\D/g, ''))
        // "4.000", "8 500", "47 00 Eupen": a code written in groups, the only digits of the answer.
        .replace(/^(\D*?)(\d{1,3})[ .](\d{1,3})(?=\D*$)/u, (m, before: string, a: string, b: string) =>
          a.length + b.length === 4 ? `${before}${a}${b}` : m,
        )
        .replace(/\b[\dOo]{4}\b/g, (m) => (/\d/.test(m) ? m.replace(/[Oo]/g, '0') : m))
        // "rue de Namur 5, à Wavre", "au 14 rue des Champs à Gembloux": a street's name is not the place.
        .replace(STREET_NAME, ' ');
      // "6211 AB Maastricht", "1010 Wien": a postcode from abroad.
      if (namesForeignPostcode(written)) return { ok: false, reason: 'not_belgian_postal_code' };
      // "Antwerp, moved there in 2018", "j'ai 52 ans et j'habite à Bastogne", "Hasselt, haar gsm is 0478 12 34 56": a
      // year, an age, a count, a phone or house number is not the code; the place named says it.
      // "3 kids, 1 dog, live in Lier", "I'm 45, live in Spa": numbers too short to be a code, beside a town.
      const shortOnly = /\d/.test(written) && !/\d{4}/.test(written) && namesPlace(written.replace(/\d+/g, ' '));
      const withoutOtherNumbers = written
        .replace(NOT_A_POSTCODE, ' ')
        .replace(YEAR_NOT_CODE, ' ')
        .replace(shortOnly ? /\d+/g : /$^/g, ' ');
      const townBeside = /\d/.test(written) && !/\d/.test(withoutOtherNumbers) ? placeCodes(withoutOtherNumbers) : [];
      if (townBeside.length === 1) return parsePostalCode(townBeside[0] ?? '');
      // "Home is 3500, office is 3600", "kantoor in Genk (3600), thuis in As": which one is asked.
      if (homeAndWork(written)) return { ok: false, reason: 'ambiguous' };
      const code = parsePostalCode(written);
      // "Hasselt 3050": the code and the town disagree; which one is meant is asked.
      if (code.ok) {
        // "9100, en ze werkt in Lokeren", "4700, il travaille à Verviers": where they work, told beside the code of home.
        const named = codesOfPlacesNamed(
          written
            .split(/[,;.]+|\s+(?=(?:mais|maar|aber|but|en|et|und|and)\s)/iu)
            .filter((part) => /\d/.test(part) || !(WORK_VERB.test(part) || WORK_WORDS.test(part)) || HOME_WORDS.test(written))
            .join(', '),
        );
        if (named.length > 0 && !named.includes(code.value.code)) {
          const town = placeCodes(written.replace(/\d+/g, ' '));
          return { ok: false, reason: 'ambiguous', candidates: [code.value.code, ...town.filter((t) => t !== code.value.code)] };
        }
      }
      if (code.ok || /\d/.test(written)) return code;
      // "quatre mille trois cent quarante": a code said in words.
      const said = spokenNumber(text);
      if (said !== undefined && said >= 1000 && said <= 9999) return parsePostalCode(String(said));
      // "vier sieben acht null": the code's four digits said one by one.
      const digits = spokenDigits(text);
      if (digits !== undefined && /^\d{4}$/.test(digits)) return parsePostalCode(digits);
      // "Antwerp, not sure which district", "Gent, weet niet welke deelgemeente": the town, its part unknown; asked.
      if (WHICH_PART.test(normalise(text)) && isDontKnow(text)) return { ok: false, reason: 'ambiguous' };
      // "Provinz Lüttich": a province, not its town; which place is asked.
      if (/\bprovin\p{L}*/iu.test(text) || PROVINCE_ONLY.test(normalise(text))) return { ok: false, reason: 'ambiguous' };
      // "Raeren oder Eynatten", "Namur ou Dinant": two places offered, one to be chosen.
      // ("Tienen, of Tirlemont zoals ze zeggen" is one town in two languages.)
      const offered = /\b(?:ou|of|oder|or|ofwel|soit)\s+(\p{Lu}.*)$/u.exec(text);
      if (
        offered &&
        namesPlace(text) &&
        // Two places, each with its own code ("Raeren oder Eynatten"); one town in two languages is one.
        (placeCodes(offered[1] ?? '').join() !== placeCodes(text.slice(0, offered.index)).join() ||
          placeCodes(offered[1] ?? '').join() !== placeCodes(text).join())
      )
        return { ok: false, reason: 'ambiguous' };
      // "Ixelles", "ik woon in Brugge", "er wohnt in Bütgenbach": the place's postal code.
      const codes = placeCodes(text);
      if (codes.length === 1) return parsePostalCode(codes[0] ?? '');
      // "Namurr", "Hasslet": a whole answer one letter away from one town's name. (Only the whole answer: the last
      // words of a sentence are too often a region, "quelque part en Ardenne" is not Andenne.)
      const near = codes.length === 0 && !namesPlace(text) ? placeCodesNear(text) : [];
      if (near.length === 1) return parsePostalCode(near[0] ?? '');
      if (codes.length === 0 && namesBrusselsOnly(text)) return { ok: false, reason: 'which_commune' };
      return codes.length > 1 ? { ok: false, reason: 'ambiguous', candidates: codes } : code;
    }
    case 'contact': {
      // "ce numéro ou par mail, comme vous voulez": two ways offered, one to be chosen.
      if (/\b(?:ou|of|oder|or)\b/.test(plain) && /\b(?:e ?mail\w*|mail\w*|courriel)\b/.test(plain) && !text.includes('@'))
        return { ok: false, reason: 'ambiguous' };
      // "Either this number or my office", "ce numéro ou celui du bureau": two ways offered, one to be chosen.
      if (
        /\b(?:ou|of|oder|or)\b/.test(plain) &&
        (/\b(?:either|soit|ofwel|entweder)\b/.test(plain) ||
          (MEANS_THIS_NUMBER.test(plain) &&
            /\b(?:ou|of|oder|or)\s+(?:\S+\s+){0,3}(?:office|bureau|kantoor|buro|work|travail|werk|arbeit|fixe|landline|festnetz|vaste lijn)\b/.test(
              plain,
            )))
      )
        return { ok: false, reason: 'ambiguous' };
      // "087 59 12 34 oder diese Nummer hier": a number and this one offered, one to be chosen.
      if (/\b(?:ou|of|oder|or)\b/.test(plain) && MEANS_THIS_NUMBER.test(plain) && /\d{3}/.test(text))
        return { ok: false, reason: 'ambiguous' };
      if (c.channel === 'whatsapp' && THIS_NUMBER.includes(plain)) return { ok: true, value: c.userId };
      // "hoezo, ziet de klant mijn nummer dan?": a question back about the number, not the number given.
      if (text.includes('?') && !/\d{3}|@/.test(text)) return { ok: false, reason: 'not_understood' };
      const both = text.includes('@') ? phoneAndEmail(text) : undefined;
      if (both) return { ok: true, value: `${both.phone} ${both.email}` };
      if (text.includes('@')) return emailInText(text);
      // "ce numéro-ci c'est parfait", "op dit nummer", "here on whatsapp is grand": on WhatsApp, the number they write from.
      if (
        c.channel === 'whatsapp' &&
        !/\d/.test(text.replace(TIME_OF_DAY, ' ')) &&
        // "op dit nummer, maar pas na 18u": a "not" elsewhere is about the time, not the number.
        ((MEANS_THIS_NUMBER.test(plain) && !thisNumberDenied(plain)) || (/\bwhats ?app\b/.test(plain) && !hasNegation(text)))
      )
        return { ok: true, value: c.userId };
      const phone = parsePhone(text);
      if (phone.ok) return phone;
      if (c.channel !== 'whatsapp' && MEANS_THIS_NUMBER.test(plain)) return { ok: false, reason: 'no_number_here' };
      return { ok: false, reason: 'not_understood' };
    }
    case 'name': {
      const name = parseName(text, type.max ?? 80, { family: type.family === true, self: type.self === true, full: type.full === true });
      // "Voornaam: Els / Naam: Janssens" to the first name: the surname, labelled, is taken with it.
      const fields = name.ok && q.alsoAnswers?.includes('lastName') ? nameFields(text) : undefined;
      const family =
        fields?.given !== undefined && fields.family !== undefined ? parseName(fields.family, type.max ?? 80, { family: true }) : undefined;
      if (name.ok && family?.ok) return { ok: true, value: name.value, also: { lastName: family.value } };
      // "Jan Peeters" to the first name, where the surname is asked next: the first word, and the rest is the surname.
      if (name.ok && q.alsoAnswers?.includes('lastName') && typeof name.value === 'string') {
        const [first = '', ...rest] = name.value.split(' ');
        if (rest.length > 0) return { ok: true, value: first, also: { lastName: rest.join(' ') } };
      }
      return name;
    }
    case 'text': {
      const max = type.max ?? MAX_TEXT_LENGTH;
      const parsed = parseFreeText(type.organisation ? organisationIn(text) : text, max);
      if (!parsed.ok) return parsed;
      const moments = q.alsoAnswers?.includes('moments') ? momentsIn(text) : undefined;
      return {
        ok: true,
        value: parsed.value.text,
        notice: parsed.value.truncated ? t(c.lang, 'notice.truncated', { max: String(max) }) : undefined,
        also: moments ? { moments } : undefined,
      };
    }
  }
}

/** Words that open an answer with a plain yes. A leading "no" is left to the options: "not yet" is not a no. */
const PLAIN_YES = new Set(['oui', 'ouais', 'ja', 'jawel', 'jaja', 'jep', 'jo', 'joa', 'yes', 'yep', 'yeah', 'yup']);

/** The first word of an answer is a plain yes, and nothing after it denies or doubts it. */
function opensWithPlainYes(text: string): boolean {
  const [first, ...rest] = normalise(text)
    .split(/[\s,.;:!]+/u)
    .filter(Boolean);
  if (!first || rest.length === 0 || !PLAIN_YES.has(first)) return false;
  // "yes please, I have no idea how to bring it up", "ja graag, want ik weet het nie": what follows explains the yes.
  const clauses = text
    .toLowerCase()
    .split(/[,.;!?…]+/u)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length > 1 && clauses.slice(1).every((c) => SUBJECT_FIRST.test(c)) && !hasNegation(clauses[0] ?? '')) return true;
  return !hasNegation(rest.join(' ')) && !isDontKnow(rest.join(' '));
}

function labelOf(options: readonly ChoiceOption[], value: string, lang: Lang): string {
  return options.find((o) => o.value === value)?.labels[lang] ?? value;
}

/** How an answer reads back in the summary, in the person's language. */
export function displayAnswer(q: Question, value: AnswerValue, c: FormContext): string {
  if (value === null || value === undefined) return '—';
  const type = q.type;
  if (type.kind === 'yesno') return t(c.lang, value === true ? 'answer.yes' : 'answer.no');
  if (type.kind === 'choice' && typeof value === 'string') return labelOf(type.options(c), value, c.lang);
  if (type.kind === 'multi' && Array.isArray(value)) return value.map((v) => labelOf(type.options(c), v, c.lang)).join(', ');
  if (type.kind === 'postal' && typeof value === 'object' && !Array.isArray(value)) {
    return `${value.code} (${t(c.lang, `region.${value.region}` as MessageKey)})`;
  }
  return String(value);
}

/** The question as a message: its text, the choices it offers, and how to skip it. */
export function questionMessage(q: Question, c: FormContext): OutboundMessage {
  let text = q.prompt(c);
  if (q.optional || c.allOptional) text += `\n${t(c.lang, 'ask.optional_hint')}`;
  const type = q.type;
  if (type.kind === 'yesno') {
    const yes = t(c.lang, 'answer.yes');
    const no = t(c.lang, 'answer.no');
    return {
      text,
      choices: [
        { value: yes, label: yes },
        { value: no, label: no },
      ],
    };
  }
  if (type.kind === 'choice' || type.kind === 'multi') {
    const choices = type.options(c).map((o) => ({ value: o.labels[c.lang], label: o.labels[c.lang] }));
    if (type.kind === 'multi') return { text: `${text}\n${t(c.lang, 'ask.multi_hint')}`, choices, multiple: true };
    return { text, choices };
  }
  return { text };
}

/**
 * Part of a several-choice answer was understood: what was kept, and the
 * rest asked about once, with only the choices not taken yet ("J'ai noté :
 * Épuisement, Isolement. Pour « soucis de fric », voulez-vous dire l'un de
 * ceux-ci ?").
 */
export function restMessage(q: Question, kept: readonly string[], rest: readonly string[], c: FormContext): OutboundMessage | undefined {
  if (q.type.kind !== 'multi') return undefined;
  const options = q.type.options(c);
  const left = options.filter((o) => !kept.includes(o.value));
  if (left.length === 0) return undefined;
  const keptLabels = options.filter((o) => kept.includes(o.value)).map((o) => o.labels[c.lang]);
  return {
    text: t(c.lang, 'ask.rest', { kept: keptLabels.join(', '), rest: rest.join(', ') }),
    choices: left.map((o) => ({ value: o.labels[c.lang], label: o.labels[c.lang] })),
    multiple: true,
  };
}

/**
 * The answer to `restMessage`: the choices it names among those left, added
 * to what was kept; anything else (a no, a skip, words still unknown) keeps
 * what was kept, and the form goes on: it is never asked twice.
 */
export function readRest(q: Question, kept: readonly string[], text: string, c: FormContext): string[] {
  if (q.type.kind !== 'multi') return [...kept];
  const options = q.type.options(c);
  const left = options.filter((o) => !kept.includes(o.value));
  const no = parseYesNo(text, c.lang);
  if ((no.ok && !no.value) || isSkip(text) || isDontKnow(text)) return [...kept];
  const read = readMultiChoice(text, left, c.lang);
  const added = read.ok ? read.value.values : [];
  return options.map((o) => o.value).filter((v) => kept.includes(v) || added.includes(v));
}

const REASK: Record<Question['type']['kind'], MessageKey> = {
  yesno: 'reask.yesno',
  choice: 'reask.choice',
  multi: 'reask.multi',
  phone: 'reask.phone',
  email: 'reask.email',
  postal: 'reask.postal',
  contact: 'reask.contact',
  text: 'reask.text',
  name: 'reask.name',
};

/** A short, specific re-ask; after a few misses, a reminder that help and menu exist. */
export function reaskText(q: Question, reason: ParseFailure, lang: Lang, misses: number, candidates?: readonly string[]): string {
  if (candidates && candidates.length > 1) return t(lang, 'reask.postal_which', { codes: candidates.join(' / ') });
  // A yes or a no that was not clear is asked as such, not by option number; at the danger question, gently.
  const key: MessageKey =
    q.type.kind === 'yesno'
      ? q.type.plainNo && reason === 'ambiguous'
        ? 'reask.after_crisis'
        : 'reask.yesno'
      : reason === 'ambiguous'
        ? 'reask.ambiguous'
        : reason === 'no_number_here'
          ? 'reask.no_number_here'
          : reason === 'which_commune'
            ? 'reask.which_commune'
            : reason === 'go_on'
              ? 'reask.go_on'
              : REASK[q.type.kind];
  // Not knowing a required answer: the ways on without it (a call-back, help, the menu) at once.
  if (reason === 'dont_know') return `${t(lang, 'reask.dont_know')}\n${t(lang, 'reask.ways')}`;
  const line = t(lang, key);
  return misses >= 2 ? `${line}\n${t(lang, 'reask.ways')}` : line;
}
