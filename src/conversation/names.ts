/**
 * Names as people give them ("moi c'est Karim", "ik ben Annelies Wouters,
 * boekhouder in Aalst", "i bin da Franz", "Sam here", "Emma I think"), and
 * "I don't know" in its forms. A name is a few words of letters: the phrase
 * around it (an introduction, a greeting, a remark after a comma, a hedge)
 * is left out; digits, an e-mail address or a sentence of ordinary words
 * are not a name.
 */
import { isCommonWord } from '../language/detect.js';
import { normalise } from '../language/normalise.js';
import { fail, ok, type Parsed } from './answers.js';
import { isGivenName, isGivenOrFamilyName } from './given-names.js';

/** How people introduce a name, before it. */
const INTRO = new RegExp(
  '^(?:' +
    [
      // A greeting before it
      '(?:hey|hi|hello) there|hey|hi|hello|hallo|bonjour|bonsoir|bjr|bsr|slt|salut|dag|goe(?:de|ie|i)n?(?:dag|morgen|middag|namiddag|avond)|servus|moin|ici|met',
      // How it is written
      "(?:ge|gij|je|jij|u) (?:schrijft|schrijf) (?:het|hem|dat)|het wordt geschreven|(?:on l|ça s|ca s|il s|ça|ca) ?(?:'| )?[ée]crit|c(?:'| )est [ée]crit|man schreibt (?:es|ihn|das)|geschrieben|(?:it(?:'| i)?s |its )?spel(?:led|t)",
      // Details announced: "veuillez trouver ci-après mes coordonnées :", "hier zijn mijn gegevens:"
      '(?:veuillez trouver ci[- ](?:apr[èe]s|dessous) |voici |hier (?:zijn|sind) |here (?:are|is) |anbei )?(?:mes|mijn|meine|my|nos|onze|unsere|our) (?:coordonn[ée]es|gegevens|contactgegevens|kontaktdaten|angaben|daten|details|contact details)\\s*:?',
      // French
      "(?:moi )?c(?:'| )?est|moi c|c moi|cmoi|c est moi|(?:moi,? )?je suis|je m(?:'| )appelle|jm appelle|il s(?:'| )appelle|elle s(?:'| )appelle|(?:mon|son) (?:pr[ée]nom|nom)(?: de famille)?(?: c(?:'| )?est| est|:)?|(?:appelez|appelle|dites|dis)[- ]moi(?: (?:juste|simplement|seulement|tout simplement))?|on m(?:'| )appelle|mettez(?: juste| simplement)?|juste|simplement",
      // Dutch
      'hier is|hier ist|ik ben|ik heet|k ben|kben|kzijn|k zijn|kzen|ik zijn|hij heet|ze heet|zij heet|zeg maar|noem me(?: maar)?(?: gewoon)?|noem mij(?: maar)?(?: gewoon)?|ge moogt mij|je mag mij|mijn (?:voor)?naam is|(?:zijn|haar) (?:voor|achter)?naam is|achternaam(?: is)?|voornaam(?: is)?|het is',
      // German
      'ich (?:selbst |selber )?bin(?: der| die| da)?|(?:der |sein |ihr )?name (?:ist|is|lautet)|i (?:selber )?bin(?: da| der| die)?|ich heiße|ich heisse|i hoaß|er heißt|er heisst|sie heißt|sie heisst|mein name ist|mein name is|(?:sein|ihr) (?:vor|nach)?name (?:ist|is)|(?:der |die |den )?nachname(?: ist| lautet)?|(?:der |die |den )?vorname(?: ist| lautet)?|nennt mich(?: einfach)?|nenn mich(?: einfach)?|nennen sie mich(?: einfach)?|sagen sie(?: einfach)?(?: mal)?|sag(?:t)? einfach|mit (?:vor|nach)namen|hei(?:ß|ss)t (?:er|sie)|(?:die frau|der mann|der herr) hei(?:ß|ss)t|mein (?:vor|nach)name (?:ist|is)',
      // English
      "just|i(?:'| a)?m|this is|it(?:'| i)?s|(?:my |his |her )?name(?:'s| is)|(?:his|her) name(?:'s| is)|(?:he|she)(?:'s| is) called|call me|just call me|use|surname(?: is)?|first name(?: is)?",
    ].join('|') +
    ')\\s+',
  'iu',
);

/** What people say after a name: where they are, a hedge, a remark. */
const OUTRO = new RegExp(
  '\\s+(?:' +
    [
      "ici|je crois|je pense|peut[- ]être|merci|à l(?:'| )appareil|a l(?:'| )appareil|au t[ée]l[ée]phone",
      'hier|denk ik|geloof ik|noemen|dank u|bedankt|aan de (?:lijn|telefoon)|aan het toestel|heet (?:hij|ze|zij)',
      'hier|glaub i(?:ch)?|denk i(?:ch)?|glaube ich|danke|am (?:apparat|telefon)|hei(?:ß|ss)t (?:er|sie)|hoa(?:ß|ss|s)t (?:er|sie|der|die)',
      'here|i think|i guess|i believe|i reckon|thanks|please|speaking|on the (?:line|phone)',
      // "Dan is fine", "Jo suffit": the name will do
      'is fine|is ok|is okay|will do|works|is enough|suffit|ça suffit|ca suffit|ça ira|ca ira|is goed|is genoeg|volstaat|passt|reicht|genügt|ist ok|geht',
    ].join('|') +
    ')$',
  'iu',
);

/** Greetings and thanks that may stand in their own part of the message ("Bonsoir, Olivier Desmet ici", "Grüß Gott, Maria Hofer hier"). */
const COURTESY =
  /^(?:(?:hi|hey|hello) there|(?:yeah|yes|oui|ja) (?:hi|hello|bonjour|hallo|hoi)|bjr|bsr|slt|goe(?:de|ie|i)n?(?:dag|morgen|middag|namiddag|avond)|bonjour|bonsoir|salut|coucou|hello|hallo|hi|hey|hoi|hoi zäme|dag|goeiedag|goedendag|goedenavond|goeienavond|servus|gruezi|grüezi|grüessech|gr[üu](?:ß|ss) gott|gria(?:ß|ss) di|moin(?: moin)?|guten (?:tag|abend|morgen)|good (?:evening|morning|afternoon)|merci|bedankt|danke|thanks|ok|oké|okay|(?:bonjour |bonsoir |cher |chère |chers )?(?:madame|monsieur|mesdames|messieurs)(?:,? (?:madame|monsieur|messieurs))?|(?:met )?vriendelijke groet(?:en)?|mvg|(?:hartelijke |beste )?groeten|geachte(?: heer| mevrouw| heer(?:,)? mevrouw| dames en heren)?|sehr geehrte(?: damen und herren)?|(?:mit )?freundlichen? gr(?:ü|u)(?:ß|ss)(?:e|en)|mfg|(?:liebe |viele )?gr(?:ü|u)(?:ß|ss)e|(?:kind |best |warm )?regards|dear sir(?: or madam)?|dear madam|to whom it may concern|(?:bien )?cordialement|bien (?:à|a) vous|salutations(?: distinguées)?|sincerely|yours sincerely)$/iu;

/** A title and one word, at the end of a part. */
const TITLED_ONE = /(?:^|\s)(?:mme|madame|monsieur|m\.|mr|mrs|ms|mevr|mevrouw|meneer|dhr|frau|herr)\.?\s+\p{Lu}[\p{L}'’-]*$/iu;

/** Academic and professional titles before a capital ("Mag. Eva Gruber", "Prof. Dr. Jan Peeters", "Ir. An Claes"); the short ones only with their dot. */
const DEGREE =
  /(^|\s)(?:[Dd]r\.?|[Pp]rof\.?|[Mm]ag\.|[Ii]ng\.|[Ii]r\.|[Dd]rs\.|[Dd]ipl\.(?:-[Ii]ng\.)?|[Mm]ed\.|M[ae]\.|[Mm]a[iî]tre)\s+(?=\p{Lu})/gu;

/** Courtesy titles before a name. */
const TITLE =
  /^(?:mme|mlle|madame|mademoiselle|monsieur|m\.|mr|mrs|ms|miss|mister|mevr|mevrouw|meneer|mijnheer|menheer|dhr|frau|herr|hr|fr)\.?\s+/iu;

/** Words that say a name follows ("je m'appelle", "ik heet", "my name is"): the part they open is the name's. */
const NAMING =
  /^(?:je m(?:'| )appelle|jm appelle|j m appelle|mon (?:pr[ée]nom|nom)|ik heet|mijn (?:voor)?naam|ich hei(?:ß|ss)e|i hoaß|mein (?:vor|nach)?name|(?:my )?(?:first |last |sur)?name(?: is|:)|my (?:first )?name|call me|appelez[- ]moi|noem me|nenn(?:en sie)? mich)\b/iu;

/** A part that takes back what came before ("die Resi... also Theresia Brandl", "sorry, I mean Helen"): the name is in it. */
const CORRECTION =
  /^(?:also|ich meine|i mean|sorry,? i mean|enfin|je veux dire|pardon|ik bedoel|beter gezegd|or rather|ou plut[ôo]t|of liever|oder besser|eigentlich)\s+/iu;

/**
 * A part about someone else, when the writer's own name is asked ("es geht
 * um Herrn Kohnen", "c'est pour un client, mr Dethier", "I'm calling about
 * my client Mr Leroy"): the writer's name is in another part.
 */
const ABOUT_OTHER =
  /^(?:es geht um|c(?:'| )est pour|c(?:'| )est au sujet d|il s(?:'| )agit d|het gaat (?:over|om)|it(?:'| i)?s about|i(?:'| a)?m (?:calling|writing) about)\b|\s(?:mme|madame|monsieur|mr\.?|mrs\.?|ms\.?|mevrouw|meneer|dhr\.?|frau|herrn?)\s+\p{Lu}|\b(?:ma collegue|mon collegue|ma collègue|mon collègue|mijn collega|meine kollegin|mein kollege|my colleague)\s+\p{Lu}|\b(?:client|cliente|klant|kunde|kundin|mandant|mandantin|customer)\b/iu;

/** A part about someone else: as above, or a title and one family name ("mr Dethier"). */
function aboutOther(part: string): boolean {
  return (ABOUT_OTHER.test(part) || TITLED_ONE.test(part)) && !NAMING.test(part);
}

/** A part that is only a pronoun ("elle, c'est Laetitia"). */
const PRONOUN =
  /^(?:il|elle|lui|hij|zij|ze|er|sie|he|she|him|her|moi|c['’ ]?(?:est )?moi|i bin['’ ]?s|ich bin['’ ]?s|das bin ich|dat ben ik|ik ben het|it['’ ]?s me|that['’ ]?s me)$/iu;

/** Not a name but the wish to give none: asked again (the re-ask says a pseudonym will do). */
const NO_NAME =
  /\b(?:anonym\w*|anoniem\w*|anonyme?s?|sans (?:mon )?nom|zonder (?:mijn )?naam|ohne (?:meinen )?namen?|no name|rather not say|liever (?:niet|geen)|lieber (?:nicht|kein\w*)|pr[ée]f[èe]re pas|pas de nom|geen naam|keinen? namen?|ka(?:n|an)? namen?|rather not)\b/iu;

/** "son prénom c'est Sébastien", "nur den Vornamen, Thomas": to the family name, a given name said as such. */
const GIVEN_NAME_SAID = /\b(?:pr[ée]nom|voornaam|vorname[n]?|first name|given name|christian name)\b/iu;
/** ... unless the family name is named too ("prénom Marc, nom Dubois"). */
const FAMILY_NAME_SAID =
  /\b(?:nom de famille|(?<!pr[ée])nom|achternaam|familienaam|nachname[n]?|familienname[n]?|surname|last name|family name)\b/iu;
/** "on l'appelle tous Bébert", "iedereen noemt hem de Rosse", "everyone calls him Big Lou": a nickname, not the family name. */
const NICKNAME =
  /\b(?:(?:on|tout le monde|tous|ils) l['’ ]?appell?(?:e|ent)|surnom|bijnaam|(?:iedereen|ze|men|we|wij) noem(?:t|en) (?:hem|haar)|noem(?:t|en) (?:iedereen|men|ze|we|wij) (?:hem|haar)|(?:mer|mir|wir|alle) (?:s[äa]ged|sagen|saged|sage|sägen) (?:em|ihm|ihr|ere|ihn)|spitzname|(?:alle|jeder|man|wir) (?:nennt|nennen|kennt|kennen) (?:ihn|sie|den|die)|(?:den|die) (?:kennen|nennen) (?:alle|jeder|wir)|(?:everyone|everybody|people|they|we) calls? (?:him|her)|nickname)\b/iu;
/** "zelfde als de mijne", "same as mine": a name pointed at, not given. */
const SAME_AS =
  /\b(?:wie die firma|wie der betrieb|comme la societe|comme l entreprise|als de firma|zoals de firma|like the company|zelfde als|dezelfde als|same as|the same as|comme (?:le |la )?mien(?:ne)?|m[eê]me (?:nom )?que (?:le |la )?(?:mien|mienne|moi)|pareil que (?:moi|le mien)|gleich wie|wie (?:meiner|meine|mein|ich))\b/iu;
/** "he's young", "c'est le plus jeune": a pronoun and its verb, a remark about the person rather than a name. */
const PRONOUN_VERB = /^(?:he|she|it|they|c|il|elle|hij|zij|ze|er|sie|es)['’]/iu;
/** A word written in capitals throughout ("MARTIN Sophie"): a family name, as forms write it. */
const ALL_CAPS = /^(?:\p{Lu}['’])?\p{Lu}{2,}(?:['’-]\p{Lu}+)*$/u;

/** "Martin ou Martens", "Meyer oder Maier": two names offered, one to be chosen. */
const EITHER = /\p{L}\s+(?:ou|of|oder|or)\s+\p{Lu}/u;

/** Lower-case words that may stand around a name in a sentence: ordinary words, "m'apelle", "sagt's", "by". */
function aroundName(word: string): boolean {
  return PARTICLES.has(word.toLowerCase()) || /['’]/u.test(word) || Array.from(word).length <= 3 || isCommonWord(normalise(word));
}

/**
 * A name inside a sentence written with capitals ("je m'apelle Luc Gérard",
 * "Hier spricht Rainer Collas", "goes by Danny", "sagt's Hias zu mir"): the
 * first run of capitalised words (with the particles in and just before
 * it) that holds a word that is not an ordinary word. The lower-case words
 * before it are the introduction; those after it must be small or ordinary
 * words ("… zu mir"), or the case says nothing ("Marie dupont"). A run
 * after another capitalised word is a German noun, not a name ("mein Name
 * tut nix zur Sache"). Undefined when all words are in one case.
 */
function capitalisedRun(words: readonly string[]): string[] | undefined {
  const capital = words.map((w) => /^\p{Lu}/u.test(w));
  if (!capital.includes(true) || !capital.includes(false)) return undefined;
  const particle = (w: string) => PARTICLES.has(w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (!capital[i]) continue;
    let end = i;
    // A lower-case particle after two names is where they work ("Evelien Wuyts van Liantis"), not a third name.
    while (end + 1 < words.length && (capital[end + 1] || (particle(words[end + 1] ?? '') && capital[end + 2] && end - i < 1))) end++;
    const run = words.slice(i, end + 1);
    const named = run.some((w) => /^\p{Lu}/u.test(w) && !isCommonWord(normalise(w)));
    if (named) {
      const after = words.slice(end + 1);
      // After the name: small or ordinary words ("… zu mir"), or a lower-case remark that opens with a
      // particle or a short word ("van het sociaal secretariaat", "de la fiduciaire").
      const remark =
        after.length > 0 &&
        ((after.every((w) => !/^\p{Lu}/u.test(w)) && (particle(after[0] ?? '') || Array.from(after[0] ?? '').length <= 3)) ||
          // "… van Liantis", "… de la CSC", "… von der Kasse", "… from Acerta": where the person works.
          (run.length >= 2 && /^(?:van|de|du|von|bei|bij|from|at|chez|uit|aus)$/u.test(after[0] ?? '')));
      if (!remark && after.some((w) => !aroundName(w))) return undefined;
      let start = i;
      while (start > 0 && particle(words[start - 1] ?? '')) start--;
      return words.slice(start, end + 1);
    }
    // Only the first word may be a capitalised ordinary word ("Hier spricht …"); after another, this is a sentence.
    if (i > 0) return undefined;
    i = end;
  }
  return undefined;
}
/** Particles of family names that are also ordinary words elsewhere ("Van der Linden", "De Smet", "von Arx"). */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ten',
  'ter',
  'vande',
  'vanden',
  'vander',
  'von',
  'zu',
  'le',
  'la',
  'du',
  'des',
  'di',
  'da',
  'del',
  'o',
  'mac',
  'mc',
  'st',
  'saint',
  'sint',
]);

/** The answer is still to come: looking it up, or asking to wait. */
const STILL_TO_COME =
  /\b(?:momentje|ogenblikje|even kijken|ik kijk even|ik kijk het (?:even |eens )?na|kijk het (?:even )?na|ik zoek het (?:even )?op|wacht(?: even| eens)?|warte(?: mal| kurz)?|ich such(?:e)? (?:es |das )?(?:mal |kurz )?raus|let me see|wait|give me a (?:sec|second|minute)|je cherche|attends|moment(?:chen)?|einen moment|ich schau(?:e)? (?:mal |kurz )?nach|hang on|hold on|one sec(?:ond)?|just a sec|let me (?:check|look)|un instant|une seconde|attendez|je regarde|je vérifie|je verifie|on the invoice|op de factuur|auf der rechnung|sur la facture)\b/iu;

/** A company's legal form after its name ("SRL", "BV", "GmbH"): the answer names a business. */
const COMPANY = /(?:^|\s)(?:SRL|SPRL|SA|SCRL|SNC|ASBL|BV|BVBA|NV|VOF|CommV|VZW|GmbH|AG|KG|OHG|UG|Ltd|LLC|PLC|Inc)\.?(?=$|[\s,;.])/u;
/** A married or birth name given beside another ("épouse Martin", "née Martin", "geb. Schmitz", "married name Martin"). */
const MARRIED =
  /(?:^|[\s,;(])(?:[ée]pouse|[ée]p\.|veuve|née|nom de jeune fille|nom d['’ ]?[ée]pouse|gehuwd met|echtgenote van|weduwe|meisjesnaam|geboren|geb\.|verheiratete|m[aä]dchenname|verwitwete|married name|maiden name|widow of)\s*:?\s*(\p{L})/giu;

function marriedName(raw: string): boolean {
  for (const m of raw.matchAll(MARRIED)) if (/\p{Lu}/u.test(m[1] ?? '')) return true;
  return false;
}

/** "achternaam volgt", "nom de famille plus tard", "Nachname folgt", "surname to follow". */
const REST_TO_FOLLOW =
  /\b(?:achternaam|familienaam|nom de famille|nom|nachname|familienname|surname|last name)\b.{0,12}\b(?:volgt|later|suit|plus tard|folgt|spater|to follow|follows)\b/;

/** How a name is spelled, said after it ("Wauters met au", "Lenz ohne t", "Dupont avec un t"). */
const SPELLING_REMARK =
  /[\s,]+(?:met|mit|avec|with|zonder|ohne|sans|without)\s+(?:(?:een|ein|einem|un|une|a|an|twee|zwei|deux|two|dubbel|dubbele|double|doppel|doppeltem|doppelten)\s+)?(?:(?:petit|petite|grand|grande|kleine|kleinen|grote|grossen|großen|small|capital|lower\s*case|upper\s*case)\s+)?(?:\p{L}{1,3}|tiret|trait d['’ ]union|streepje|koppelteken|bindestrich|hyphen|dash)(?:\s+(?:en|et|und|and)\s+(?:(?:een|ein|un|une|a|twee|zwei|deux|two|dubbel|dubbele|double|doppel|doppeltem|doppelten)\s+)?\p{L}{1,3})*(?:\s+(?:achteraan|vooraan|am\s+ende|am\s+anfang|a\s+la\s+fin|à\s+la\s+fin|au\s+debut|at\s+the\s+end|at\s+the\s+start))?(?:[\s,]+(?:je crois|je pense|ik denk|denk ik|glaub ich|ich glaube|i think))?\s*$/iu;
/** The remark asks for a hyphen between the parts ("jean pierre, avec un tiret"). */
const HYPHEN_REMARK = /\b(?:tiret|trait d['’ ]union|streepje|koppelteken|bindestrich|hyphen|dash)\b/iu;

/** A name spelled out letter by letter ("L-E-M-A-I-R-E", "D E W U L F"): the word, with a capital. */
function spelledOut(text: string): string {
  if (!/^\p{L}(?:\s*[-. ]\s*\p{L}){3,}\.?$/u.test(text)) return text;
  const word = text.replace(/[^\p{L}]/gu, '').toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A sound made while thinking or sighing ("hm", "euhh", "pfff", "bof"). */
const SOUND = /^(?:h+m+|m+h*m*|e+h+m*|u+h+m*|u+m+|e+u+h+|e+r+m+|a+h+|o+h+|p+f+|b+o+f+|t+j+a+|n+a+j+a+|o+k+|o+k+e+|o+k+a+y+)$/;

/** A word of a name: letters, with hyphens or apostrophes inside ("Jean-Pierre", "O'Brien"). */
const NAME_WORD = /^\p{L}+(?:['’-]\p{L}+)*\.?$/u;
const MAX_NAME_WORDS = 4;

/** "je sais pas", "weet ik niet", "keine Ahnung", "no idea", "je l'ai pas", "kenn ich ned"… */
const DONT_KNOW =
  /\b(?:je (?:ne )?(?:sais|sai|connais|connait) (?:pas|plus|rien)|jsp|j en sais rien|sais pas|aucune idee|pas d idee|je (?:ne )?l ai pas|je l ai plus|pas sur(?! (?:ce|cet|cette|le|la|les|l|mon|ma|mes|son|sa|ses|un|une|whatsapp)\b)|je ne peux pas (?:dire|juger)|difficile a dire|(?<!\b(?:hij|ze|zij) )weet(?: (?!dat\b|da\b|of\b|wel\b)\w+){0,3} (?:niet|nie|ni)\b|kan (?:ik |het )?(?:\w+ )?(?:niet|nie|ni) (?:zeggen|beoordelen|inschatten)|geen (?:flauw )?idee|ken ik (?:niet|nie)|heb ik (?:niet|nie)|kan ik niet (?:zeggen|beoordelen)|moeilijk te zeggen|(?<!\b(?:er|sie|es) )wei(?:ss?|ß)(?: (?!dass\b|ob\b)\w+){0,3} (?:nicht|net|ned|nit|nod)\b|kann(?: \w+){0,3} (?:nicht|net|ned|nit) (?:sagen|beurteilen|einschatzen|einschaetzen|abschatzen)|k ?weet (?:het )?(?:(?:nog|echt) )?(?:niet|nie|ni)|kweetnie|keine ahnung|ka ahnung|kenn (?:ich|i) (?:nicht|ned|net|nit)|hab (?:ich|i) (?:nicht|ned|net|nit)|kann ich nicht (?:sagen|beurteilen)|schwer zu sagen|(?:i )?(?:don t|dont|do not) (?:know|have(?= *$| (?:one|it|any|that|them|a clue|an idea|an? (?:e ?mail|email|mail|address)|e ?mail|email|mail|an address)\b))|no idea|dunno|idk|not sure|haven t got|can(?: no|no|)t (?:really )?(?:say|tell|judge)|hard to say|pas d (?:e[ -]?mail|adresse|mail)|(?:il |elle |j )?(?:n )?(?:a|ai) pas (?:de |d )(?:e[ -]?mail|mail|adresse|nom)|geen (?:e[ -]?mail\w*|mail\w*|adres)|heeft(?: (?:hij|ie|ze|zij|denk ik|geloof ik|volgens mij|wss|waarschijnlijk))* (?:geen|niet|nie)|keine? (?:e[ -]?mail|mail|adresse)|hat(?: (?:er|sie|glaube ich|glaub ich|glaub i|denke ich|denk ich|wohl|vermutlich|wahrscheinlich))* (?:keine?|nicht|ned)|(?:he|she) (?:doesn t|does not) have|no (?:e[ -]?mail|email|mail|address)|j en ai (?:pas|aucune?)|(?:n )?en a (?:pas|aucune?)|je (?:ne )?(?:la|le) connais pas|(?:doesn t|does not|don t|do not) use (?:e[ -]?mail|email|mail)|heeft er geen|hat (?:er |sie )?keine|pas de (?:e[ -]?mail|mail|adresse)|niet bekend|onbekend|unbekannt|inconnue?|unknown|connais pas|kenn(?:e)? (?:ich|i) (?:leider |echt )?(?:nicht|ned|net|nit)|(?:woa(?:ss?|ß)|woas|waas|weess) (?:i |ich )?(?:\w+ )?(?:ned|net|nit|nicht|nid)|never (?:heard|knew|got|had)|(?:connais|sais|ai) (?:que|juste|seulement) (?:son|le|leur) prenom|only (?:know|have|got) (?:his|her|their|the) first name|(?:ken|weet|heb) (?:enkel|alleen|maar) (?:zijn|haar|de) voornaam|(?:kenne?|weiss|hab) (?:i |ich )?(?:nur|bloss) (?:den|seinen|ihren) vornamen|(?:e[ -]?mail|mail|adresse) hat (?:er|der|sie|die) (?:keine?|nicht|ned|net|nit))\b|^(?:none|nothing|rien|aucun|geen|niks|nichts|keine?n?)(?: (?:du tout|de tout|at all|whatsoever|hoor|daarvan|davon|bekannt|gekend|connu|known|skip|passer|overslaan|uberspringen|merci|thanks|danke|bedankt|as far as i know|that i know of|for all i know|soweit ich weiss|soviel ich weiss|voor zover ik weet|que je sache|a ma connaissance))?$|^(?:non|nee|neen|nein|no|na),? (?:geen|aucune?|keine?n?|none|nothing|rien|niks|nichts)$/;

/** Doubt about how a name is written, which leaves the name given. */
const SPELLING_DOUBT =
  /\b(?:pas (?:sur|certain|certaine)|not sure|unsure|niet zeker|nicht sicher|weiss nicht genau)\s+(?:de|of|van|uber|about|how|hoe|wie|on)\s+(?:l\s+|the\s+|de\s+|die\s+|it s\s+)?(?:orthographe|spelling|schrijfwijze|schreibweise|spelt|spelled|geschreven|geschrieben|written|ecrit|s ecrit)\b/g;

/** An answer that says the person does not know (or does not have) what is asked: short, and it says so. */
export function isDontKnow(text: string): boolean {
  // "Wauters je crois, pas sûr de l'orthographe": unsure of the spelling, not of the answer.
  const folded = normalise(text).replace(/'/g, ' ').replace(SPELLING_DOUBT, ' ').trim();
  if (folded === '') return false;
  return folded.split(' ').length <= 12 && DONT_KNOW.test(folded);
}

/** A field label and its value, as forms and files write them ("Nom: Lemaire / Prénom: Sébastien", "Voornaam: Els"). */
const FIELD =
  /(?:^|[/,;|\n]|\s[-–—]\s)\s*(pr[ée]nom|nom de famille|nom|voornaam|achternaam|familienaam|naam|vorname|nachname|familienname|name|first name|given name|surname|last name|family name)\s*:\s*([^/,;|\n:]+?)\s*(?=$|[/,;|\n]|\s[-–—]\s)/giu;
const GIVEN_LABEL = /^(?:pr[ée]nom|voornaam|vorname|first name|given name)$/iu;
const FAMILY_LABEL = /^(?:nom de famille|achternaam|familienaam|nachname|familienname|surname|last name|family name)$/iu;

/**
 * The name asked for, from labelled fields: the given name to the first
 * name, the family name to the surname, both to the full name. "Nom" /
 * "Naam" / "Name" is the family name beside a given name's label, the
 * whole name alone. Undefined when the answer has no labels.
 */
function fromFields(text: string, how: { family?: boolean; full?: boolean }): string | undefined {
  const fields = nameFields(text);
  if (!fields) return undefined;
  const { given, family, plain } = fields;
  if (given === undefined && family === undefined) return plain;
  if (how.full) return [given, family].filter(Boolean).join(' ');
  return how.family ? (family ?? '') : (given ?? '');
}

/** The labelled name fields of an answer ("Nom: Lemaire / Prénom: Sébastien"); `undefined` when it has none. */
export function nameFields(text: string): { given?: string; family?: string; plain?: string } | undefined {
  let given: string | undefined;
  let family: string | undefined;
  let plain: string | undefined;
  for (const m of text.matchAll(FIELD)) {
    const label = m[1] ?? '';
    const value = (m[2] ?? '').trim();
    if (value === '') continue;
    if (GIVEN_LABEL.test(label)) given ??= value;
    else if (FAMILY_LABEL.test(label)) family ??= value;
    else plain ??= value;
  }
  if (given === undefined && family === undefined && plain === undefined) return undefined;
  // "Nom: Lemaire, Sébastien": a value with an unlabelled name after it is read as a whole answer instead.
  const rest = text.replace(FIELD, ' ').replace(/[\s/,;|–—-]+/gu, '');
  if (/\p{L}/u.test(rest)) return undefined;
  // "Nom" / "Naam" / "Name" beside a given name's label is the family name.
  if (given !== undefined) family ??= plain;
  return { given, family, plain };
}

/** The name in an answer, without what is said around it; not a name at all (digits, a sentence) → not understood. */
export function parseName(text: string, max: number, how: { family?: boolean; self?: boolean; full?: boolean } = {}): Parsed<string> {
  const fields = fromFields(text, how);
  if (fields !== undefined) return fields === '' ? fail('not_understood') : parseName(fields, max, how);
  // Degrees go first: their dot would end the name's part. A remark in brackets after the name is an aside
  // ("Resi (eigentlich Theresia, aber …)", "Huber, Andreas (Sachbearbeiter)").
  // ("Marie (Mia) Janssens": a bracket between two names goes, and the name stays whole.)
  const unbracketed = text
    .replace(/(\p{L})\s*\([^()]*\)\s*(?=\p{Lu})/u, '$1 ')
    .replace(/(\p{L}[^()]*?)\s*\([^()]*\)?/u, '$1, ')
    .replace(/[,\s]+$/u, '');
  const spaced = spelledOut(
    unbracketed
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      // "Leclercq dit « le Grand »", "Peeters genaamd Staf": what people call them besides.
      .replace(/\s+(?:dit(?!\s+is\b)|dite|genaamd|genannt|alias|aka|a\.k\.a\.)\s+.*$/iu, '')
      // "J.-P. Lemaire" to the family name: the initials are the given name's.
      .replace(how.family ? /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*\s*)+(?=\p{Lu}\p{Ll})/u : /$^/u, '')
      .trim(),
  );
  const remark = SPELLING_REMARK.exec(spaced);
  const unremarked = spaced.replace(SPELLING_REMARK, '');
  const raw = (remark && HYPHEN_REMARK.test(remark[0]) && /^\p{L}+ \p{L}+$/u.test(unremarked) ? unremarked.replace(' ', '-') : unremarked)
    .replace(DEGREE, '$1')
    .replace(DEGREE, '$1');
  if (raw === '') return fail('empty');
  // "on l'appelle tous Bébert": a nickname, unless the family name came first ("Dupont, …, mais tout le monde
  // l'appelle Marco"); "Marcel, tout le monde l'appelle Marcel" gives the nickname twice.
  const opening = /^(\p{Lu}[\p{L}'’-]+)\s*[,;]/u.exec(raw)?.[1];
  const nickname = NICKNAME.exec(raw);
  const nicknameOnly =
    nickname !== null &&
    (opening === undefined ||
      raw
        .slice(nickname.index + nickname[0].length)
        .trim()
        .split(/\s+/)[0] === opening);
  // "Boulangerie Dubois SRL", "Garage Janssens BV": a company, not a person's name.
  if (COMPANY.test(raw)) return fail('not_understood');
  // "Dupont épouse Martin", "Dupont, married name Martin": two family names, which one to use is asked.
  if (how.family && marriedName(raw)) return fail('ambiguous');
  // "Staat op de factuur, momentje", "hang on, I'll check": the name is still to come.
  if (STILL_TO_COME.test(raw)) return fail('not_understood');
  if (how.family && (nicknameOnly || SAME_AS.test(raw) || (GIVEN_NAME_SAID.test(raw) && !FAMILY_NAME_SAID.test(raw))))
    return fail('not_understood');
  // "Jansen, Ute", "Peeters, Jan – griffier": a full name written as on a form, family name first.
  // (Greetings before it are left out: "Sehr geehrte Damen und Herren, Huber, Andreas".)
  const greeted = raw.split(/,\s*/u);
  while (greeted.length > 2 && COURTESY.test(greeted[0]?.trim() ?? '')) greeted.shift();
  const formal = how.full ? /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+)(?:\s+[-–—]\s+\p{L}[^,]*)?$/u.exec(greeted.join(', ')) : null;
  if (formal?.[1] && formal[2]) return ok(`${formal[2]} ${formal[1]}`);
  // "hm", "euh", "pff": a sound, not a name.
  if (SOUND.test(normalise(raw))) return fail('not_understood');
  // Digits, an address or a question are not a name; nor is the wish to give none.
  // An age or a number in a remark after the name is left with the remark ("Leen, 41, kapster"); a name has no digits.
  // A question mark in the first part asks something; after the name it is a remark ("Noem me maar Sam, dat mag toch?").
  const firstClause = raw
    .split(/[,;]/)
    .map((c) => c.trim())
    .find((c) => c !== '' && !COURTESY.test(c));
  if (/@/.test(raw) || /\?/.test(firstClause ?? '') || /^\W*\+?\d/u.test(raw) || /\d/.test(raw.split(',')[0] ?? '') || NO_NAME.test(raw))
    return fail('not_understood');
  // The parts of the message, split where a remark begins (not after a title or an initial: "M. Dubois"); greetings
  // and thanks on their own are left out.
  const all = raw
    .split(
      /\s*[,;(/]\s*|\s+[-–—]\s+|(?<!(?:^|\s)(?:\p{L}|[Mm]rs?|[Mm]s|[Mm]me|[Mm]lle|[Dd]hr|[Mm]evr|[Hh]r|[Ff]r))[.!?]\s+|[)!?]|\s+(?:from|at the|chez|bij|bei|vom|von da|vo da|aus|uit|mais|but)\s+|\s+(?:und|et|en|and)\s+(?=\p{Ll}|I\b)/u,
    )
    .map((p) => p.trim())
    .filter((p) => p !== '' && !COURTESY.test(p) && !PRONOUN.test(p));
  // The writer's own name is not in a part about a client ("c'est pour un client, mr Dethier. moi je suis Pascale Noël").
  const own = how.self ? all.filter((p) => !aboutOther(p)) : all;
  const candidates = own.length > 0 ? own : all;
  // The part that introduces the name ("…, je m'appelle Valérie Hennebert et …") or corrects it ("… also Theresia
  // Brandl") before the first one.
  const corrected = candidates.filter((p) => CORRECTION.test(p)).map((p) => p.replace(CORRECTION, ''));
  const parts = [...corrected.slice(-1), ...candidates.filter((p) => NAMING.test(p)), ...candidates];
  let name = parts[0] ?? '';
  if (isDontKnow(name)) return fail('not_understood');
  // "Mme Anne-Catherine Lombard": a title is not part of the name; "monsieur Lemaire" alone is a family name.
  const titled = TITLE.exec(name);
  if (titled) {
    name = name.slice(titled[0].length);
    if (!how.family && name.trim().split(/\s+/).length === 1) return fail('not_understood');
  }
  // "I only know her as Mrs Leclercq", "mon client monsieur Lemaire": a title and one word is a family name.
  if (!how.family && TITLED_ONE.test(name)) return fail('not_understood');
  for (let i = 0; i < 3; i++) {
    const before = name;
    name = name
      .replace(INTRO, '')
      .replace(OUTRO, '')
      .replace(/[.!?:]+$/u, '')
      .trim();
    if (name === before) break;
  }
  // "J. Dubois": an initial is not a first name.
  if (!how.family && /^\p{Lu}(?:\.\s*|\s+)\p{Lu}|^\p{L}\.?$/u.test(name)) return fail('not_understood');
  if (EITHER.test(name)) return fail('ambiguous');
  // "Pieter, achternaam volgt nog": half a name, the rest promised.
  if (how.full && candidates.some((p) => REST_TO_FOLLOW.test(normalise(p)))) return fail('ambiguous');
  // "Leclercq je crois, ou Leclerc": two names offered, one to be chosen.
  if (candidates.some((p) => /^(?:ou|of|oder|or)\s+\p{L}/iu.test(p))) return fail('ambiguous');
  // "It's Mark, Mark Janssens": the name said again, in full.
  const said = parts[0];
  const fuller =
    !how.full || name === ''
      ? undefined
      : candidates.find(
          (p) => p !== said && (p.toLowerCase().startsWith(`${name.toLowerCase()} `) || p.toLowerCase().endsWith(` ${name.toLowerCase()}`)),
        );
  if (
    fuller &&
    fuller.split(' ').length <= MAX_NAME_WORDS &&
    fuller.split(' ').every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()))
  )
    name = fuller;
  let words = name.split(' ').filter(Boolean);
  // "i bin d'Heidi": the Swiss and Bavarian article glued to a given name, before the capitals are read ("D'Hondt" stays, as a family name).
  if (!how.family && /^d['’]\p{Lu}\p{Ll}+$/u.test(words[0] ?? '')) words = [(words[0] ?? '').slice(2), ...words.slice(1)];
  // "MARTIN Sophie", "KREMER Josef": the family name in capitals, the given name not.
  const caps = words.filter((w) => ALL_CAPS.test(w));
  if (caps.length > 0 && caps.length < words.length && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
    words = how.family ? caps.map(titleCase) : words.filter((w) => !ALL_CAPS.test(w));
  }
  words = capitalisedRun(words) ?? words;
  // "ik ben de Wout", "i bi dr Reto": an article before a given name, not part of it (a family name keeps "de Smet").
  if (!how.family && words.length >= 2 && /^(?:de|den|der|dr|da|d')$/u.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? ''))
    words = words.slice(1);
  // "c'est Marie Lejeune", "Klaus Kreutz" to the family name: the given name said with it is not part of it
  // ("Van den Broeck", "de Smet" keep their particle).
  if (
    how.family &&
    words.length >= 2 &&
    !PARTICLES.has((words[0] ?? '').toLowerCase()) &&
    // "Mertens-Van Damme": a double name whose second part has its particle, not a given name and a family name.
    !PARTICLES.has((words[0] ?? '').split('-').at(-1)?.toLowerCase() ?? '') &&
    words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()))
  ) {
    const [first = '', second = ''] = words;
    // "Martin Thomas", "Simon Laurent": each may be the family name; which one is asked.
    if (words.length === 2 && isGivenOrFamilyName(first) && isGivenOrFamilyName(second)) return fail('ambiguous');
    // "García López, he's Spanish, two surnames": both are the family name.
    if (TWO_FAMILY_NAMES.test(raw) && words.length === 2) return ok(words.join(' '));
    // "Schmitz Peter", as lists and forms write it: the family name first, the given name after it.
    words = words.length === 2 && isGivenName(second) && !isGivenName(first) && !isGivenOrFamilyName(first) ? [first] : words.slice(1);
  }
  name = words.join(' ');
  if (how.family && PRONOUN_VERB.test(words[0] ?? '')) return fail('not_understood');
  // "le boulanger du village": particles apart, with an ordinary lower-case word between them, make a phrase.
  if (
    words.length >= 3 &&
    words.every((w) => !/^\p{Lu}/u.test(w)) &&
    words.some((w, k) => k > 0 && PARTICLES.has(w) && !PARTICLES.has(words[k - 1] ?? '') && words.slice(0, k).some((x) => PARTICLES.has(x)))
  )
    return fail('not_understood');
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !words.every((w) => NAME_WORD.test(w))) return fail('not_understood');
  // A run of ordinary words ("weet ik niet zeker", "moet dat echt") is a sentence, not a name.
  // Ordinary words of a language, in lower case, make a sentence ("weet ik niet zeker", "non"); a capitalised word is
  // a name even when it is also a word ("Ben", "Marleen De Vos").
  const ordinary = words.filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (ordinary.length === 0) return fail('not_understood');
  const plain = ordinary.filter((w) => !/^\p{Lu}/u.test(w) && isCommonWord(normalise(w)));
  if (plain.length >= Math.ceil(ordinary.length / 2)) return fail('not_understood');
  // "Jan", "Jupp", "Steve" alone to "their surname?": a given name, most likely the one just given; asked again.
  if (how.family && words.length === 1 && isGivenName(words[0] ?? '') && !FAMILY_NAME_SAID.test(raw)) return fail('not_understood');
  const chars = Array.from(name);
  return ok(chars.length > max ? chars.slice(0, max).join('').trim() : name);
}

/** "two surnames", "deux noms de famille", "twee achternamen", "zwei Nachnamen", "double nom". */
const TWO_FAMILY_NAMES =
  /\b(?:two|deux|twee|zwei|double|dubbele?|doppel\w*)\s+(?:surnames|family names|last names|noms(?: de famille)?|achternamen|familienamen|familienaamen|nachnamen)\b/iu;

/** "MARTIN" as "Martin", "VAN-DAMME" as "Van-Damme". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** "appelez-moi juste Lou", "call me Robbie", "noem me maar Jo", "nennen Sie mich einfach Sepp": a name to use. */
const CALLED_BY =
  /^(?:(?:just |juste |gewoon |einfach |vous pouvez |tu peux |you can |u mag |je mag |ge moogt |sie konnen |du kannst )?(?:m appeler|appelez moi|appelle moi|dites moi|call me|noem me|noem mij|zeg maar|nenn mich|nennen sie mich|nennt mich|sag einfach))(?: (?:juste|simplement|tout simplement|just|simply|maar|gewoon|einfach|eifach))? (\S+)$/;
/** Words after "call me" that say when or how to call, not what to call the person. */
const CALL_WHEN = new Set(
  'back terug zuruck retour demain tomorrow morgen vite asap maintenant now nu jetzt svp stp please aub bitte plz rapidement snel schnell dringend urgent urgently later spater straks vanavond tonight heute here ici hier'.split(
    ' ',
  ),
);

/** Whether a message only says what to call the person ("appelez-moi juste Lou"): at a name question, a name, not a call asked for. */
export function namedByCall(text: string): boolean {
  const folded = normalise(text).replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();
  const m = CALLED_BY.exec(folded);
  const word = m?.[1];
  return (
    word !== undefined &&
    !CALL_WHEN.has(word) &&
    !/\d/.test(word) &&
    (!isCommonWord(word) || /\p{Lu}/u.test(text.trim().split(/\s+/).at(-1) ?? ''))
  );
}

/** How people say where they work, before the name of it ("je travaille chez", "ik werk bij", "I work for"). */
const WORKS_AT =
  /^(?:(?:moi,?\s+)?je\s+(?:travaille|bosse|suis)\s+(?:chez|pour|à|a|au|aux|dans\s+(?:la|le|l['’]|une|un))|j['’ ]\s*(?:travaille|bosse)\s+(?:chez|pour|à|a|au|aux)|ik\s+(?:werk|ben|zit)\s+(?:bij|voor|in)|ich\s+(?:arbeite|bin|schaffe|schaff)\s+(?:bei|für|fur|in)|i\s+(?:work|am)\s+(?:for|at|with|in)|i['’]m\s+(?:with|at|from)|bei|bij|chez|at|for)\s+(?:(?:der|dem|den|die|de|het|la|le|l['’]|the)\s+)?/iu;

/**
 * The name of where someone works, as said in a sentence: "Ik werk bij
 * Liantis, het sociaal verzekeringsfonds, kantoor Brugge" → "Liantis". The
 * lead-in goes, and so do a remark in brackets and a description after a
 * comma ("…, the social insurance fund"); a place after the name stays.
 */
export function organisationIn(text: string): string {
  const plain = text
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const bare = plain.replace(WORKS_AT, '');
  // A description or a branch after a comma: "…, het sociaal verzekeringsfonds", "…, Büro Eupen".
  // (The description opens with a lower-case article: "…, De Panne" and "…, La Louvière" are towns, and stay.)
  const cut = bare.replace(
    /,\s*(?:(?:het|de|een|the|a|an|la|le|l['’]|une|un|die|der|das|eine|ein|ons|onze|notre|nos|our|unser|unsere)\s|(?:[Kk]antoor|[Bb]ureau|[Bb]üro|[Bb]uro|[Oo]ffice|[Aa]gence|[Ff]iliale|[Aa]fdeling|[Aa]ntenne|[Zz]weigstelle|[Bb]ranch)\b).*$/u,
    '',
  );
  return cut.trim() === '' ? text : cut.trim();
}
