import { normalise, squeezeRepeats } from '../language/normalise.js';

export type Command = 'menu' | 'cancel' | 'help' | 'urgent' | 'language' | 'erase' | 'callback';

/**
 * Words that act as commands at any point, in every language. A command is
 * the whole message (give or take punctuation and a polite word), so that
 * "stop" cancels but "I want to stop my business" is an answer.
 */
const COMMAND_WORDS: Record<Command, string[]> = {
  menu: ['menu', 'menu principal', 'hoofdmenu', 'menü', 'hauptmenu', 'main menu', 'start', 'accueil', 'begin', 'home'],
  cancel: [
    'annuler',
    'annule',
    'annulez',
    'stop',
    'stopper',
    'arreter',
    'arrete',
    'arretez',
    'cancel',
    'quit',
    'annuleren',
    'annuleer',
    'stoppen',
    'afbreken',
    'abbrechen',
    'abbruch',
    'beenden',
    'halt',
  ],
  help: [
    'aide',
    'aidez moi',
    'help',
    'hulp',
    'hilfe',
    '?',
    'comment ca marche',
    'how does this work',
    'hoe werkt het',
    'wie funktioniert das',
  ],
  urgent: ['urgence', 'urgent', 'urgences', 'urgentie', 'dringend', 'noodgeval', 'nood', 'notfall', 'notruf', 'emergency', 'sos', '112'],
  erase: [
    'supprimer mes donnees',
    'supprimez mes donnees',
    'effacer mes donnees',
    'effacez mes donnees',
    'supprimer mes informations',
    'supprimer mes infos',
    'je veux supprimer mes donnees',
    'retirer mon consentement',
    'je retire mon consentement',
    'oubliez moi',
    'verwijder mijn gegevens',
    'wis mijn gegevens',
    'mijn gegevens verwijderen',
    'mijn gegevens wissen',
    'verwijder mijn data',
    'ik trek mijn toestemming in',
    'meine daten loschen',
    'losche meine daten',
    'loschen sie meine daten',
    'meine daten entfernen',
    'daten loschen',
    'ich widerrufe meine einwilligung',
    'delete my data',
    'erase my data',
    'remove my data',
    'delete my information',
    'withdraw my consent',
    'forget me',
  ],
  callback: [
    'rappel',
    'rappelez moi',
    'rappelez-moi',
    'rappelle moi',
    'rappelle-moi',
    'rappelez moi svp',
    'etre rappele',
    'etre rappelee',
    'terugbellen',
    'bel me terug',
    'belt u mij terug',
    'teruggebeld worden',
    'ruckruf',
    'rufen sie mich an',
    'ruft mich an',
    'zuruckrufen',
    'call me back',
    'callback',
    'call back',
    'ring me back',
  ],
  language: [
    'langue',
    'langues',
    'taal',
    'talen',
    'sprache',
    'sprachen',
    'language',
    'languages',
    'lang',
    'changer de langue',
    'andere taal',
    'sprache andern',
    'change language',
  ],
};

const POLITE =
  /^(s'il vous plait|s'il te plait|svp|stp|alstublieft|aub|bitte|please|pls|plz)\s+|\s+(s'il vous plait|s'il te plait|svp|stp|alstublieft|aub|bitte|please|pls|plz)$/;

const LOOKUP = new Map<string, Command>();
for (const [command, list] of Object.entries(COMMAND_WORDS) as Array<[Command, string[]]>) {
  for (const word of list) LOOKUP.set(normalise(word), command);
}

export function parseCommand(text: string): Command | undefined {
  const folded = squeezeRepeats(normalise(text))
    .replace(/[.!]+$/, '')
    .replace(POLITE, '')
    .trim();
  if (folded === '') return text.trim() === '?' ? 'help' : undefined;
  return LOOKUP.get(folded);
}

/** The night and the weekend, in the four languages. */
const TONIGHT =
  /\b(?:ce soir|cette nuit|la nuit|cette nuit-ci|le week ?end|ce week ?end|vanavond|vannacht|'s nachts|s nachts|de nacht|het weekend|dit weekend|(?:heute|heut|heit|hüt|hut|hück|huck) ?(?:abend|abnd|obnd|obend|obed|nacht|nocht|nacht|naach|znacht)|deze nacht|c soir|nachts|in der nacht|am wochenende|tonight|tonite|at night|the night|this weekend|the weekend|overnight)\b/;
/** How a follow-up question starts: "et ce soir ?", "en vannacht?", "und heute Nacht?", "and tonight?", "what about…". */
const FOLLOW_UP = /^(?:et|mais|en|maar|und|aber|and|but|what about|how about|wat met|was ist mit|et pour|et si)\b/;

/**
 * "et cette nuit ?", "en vannacht?", "und heute Nacht?", "and tonight?": a
 * person asking who answers when the line is closed. Short questions only,
 * so that "ce soir" as the answer to "when can we call you?" stays an answer.
 */
export function asksAboutTonight(text: string): boolean {
  const folded = normalise(text)
    .replace(/[.!]+$/, '')
    .trim();
  if (folded.split(/\s+/).length > 8 || !TONIGHT.test(folded)) return false;
  return text.includes('?') || FOLLOW_UP.test(folded);
}

/**
 * A message that is only a greeting, thanks, an "ok" or a face, not an
 * answer: it gets a short human line and the question again, never "not
 * understood". `undefined` for anything else.
 */
export type SmallTalk = 'smalltalk.hello' | 'smalltalk.thanks' | 'smalltalk.ok' | 'smalltalk.feeling';

const SMALL_TALK: ReadonlyArray<[SmallTalk, RegExp]> = (
  [
    [
      'smalltalk.thanks',
      'merci(?: beaucoup| bien| vielmal)?|bedankt|dank (?:u|je)(?: wel)?|dankjewel|danke(?: schon)?|vielen dank|thanks|thank you|thx|ty|cheers',
    ],
    [
      'smalltalk.hello',
      '(?:bonjour|bonsoir|salut|coucou|hello|hallo|hi|hey|hoi|hiya|dag|goeiedag|goedendag|goeiemorgen|goedemorgen|goeienavond|goedenavond|goedemiddag|guten (?:tag|morgen|abend)|gruezi|gruss gott|servus|moin|good (?:morning|evening|afternoon))(?: (?:a tous|allemaal|zusammen|mitenand|everyone|all|there))?',
    ],
    [
      'smalltalk.ok',
      'ok|oke|okay|okey|d accord|dac|bon|goed|prima|alright|all right|passt|gut|in ordnung|alles klar|ah bon|ah|hmm|hm|euh|uh|dan|alors|so',
    ],
  ] as const
).map(([key, words]) => [key, new RegExp(`^(?:${words})(?:\\s+|$)`)]);

/** Faces that say how someone feels: sad, crying, tired, worried. */
const FEELING =
  /^(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)*(?:😢|😭|😞|😔|😟|😥|😩|😫|🥺|💔|😿|☹)(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u;
/** Gestures that acknowledge (👍, 👌, 🙂, 🙏, 👋), alone or repeated; any other mix of pictures is not small talk. */
const ONLY_EMOJI = /^(?:\s*(?:👍|👌|🙂|😊|🙏|👋)[\u{1F3FB}-\u{1F3FF}\ufe0f]?)+\s*$/u;

export function smallTalk(text: string): SmallTalk | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (FEELING.test(trimmed)) return 'smalltalk.feeling';
  if (ONLY_EMOJI.test(trimmed)) return 'smalltalk.ok';
  // "ok merci", "merci, bonne soirée" is not one of them: a run of small-talk words and nothing else.
  let rest = squeezeRepeats(normalise(trimmed))
    .replace(/[.!]+$/, '')
    .replace(POLITE, '')
    .trim();
  const found = new Set<SmallTalk>();
  while (rest !== '') {
    const hit = SMALL_TALK.map(([key, pattern]) => [key, pattern.exec(rest)] as const).find(([, m]) => m);
    if (!hit?.[1]) return undefined;
    found.add(hit[0]);
    rest = rest.slice(hit[1][0].length).trim();
  }
  return (['smalltalk.thanks', 'smalltalk.hello', 'smalltalk.ok'] as const).find((key) => found.has(key));
}

/**
 * A request to erase what is held about the person, in their own words:
 * a verb of erasing and an object that is theirs ("effacez tout ce que vous
 * avez sur moi", "je veux que vous supprimiez mes infos", "verwijder alles
 * over mij", "löschen Sie meine Daten", "please delete my information").
 * Someone else's data ("ses données") is not a request of theirs.
 */
const ERASE_VERB =
  /\b(?:(?:doe|smijt|gooi|haal|mach|tu|tue|mag|mogen|moet|moeten|soll|sollen|muss|mussen|darf|durfen)\b.{0,30}\bweg|effac\w*|supprim\w*|retir\w*|detrui\w*|oubli\w*|vire[rz]?|verwijder\w*|wis|wissen|gewist|vergeet|vernietig\w*|losch\w*|entfern\w*|vergess\w*|vergiss|vernicht\w*|delete\w*|erase\w*|remove\w*|wipe|forget|destroy\w*|get rid|schrap\w*|loschung|suppression|verwijdering|deletion|erasure)\b/;
/** What is theirs: their data, number, name or file, what they told, everything about them. */
const ERASE_OBJECT = new RegExp(
  [
    '(?:mes|mon|ma|mijn|m n|meine?[nr]?|mini|mine|mis|my|all my|al mijn|alle meine) (?:\\w+ )?(?:donnees|data|infos?|informations?|informatie|coordonnees|gegevens|daten|date|angaben|details|messages|berichten|nachrichten|reponses|antwoorden|antworten|answers|dossier|file|akte|numero|nom|nummer|naam|name|number|telefoonnummer|handynummer)',
    '(?:tout )?ce que (?:vous|tu) (?:avez|savez|sais|as) (?:sur|de) moi',
    'tout (?:sur moi|ce qui me concerne)',
    '(?:tout )?ce que je (?:vous |t )?(?:ai|avais) (?:\\w+ )?(?:dit|ecrit|raconte|donne)',
    'alles (?:wat )?(?:ge|je|u|jij|jullie|gij)? ?(?:over|van) mij',
    '(?:alles )?wat ik (?:\\w+ ){0,2}(?:gezegd|verteld|geschreven|gegeven)',
    'alles (?:was )?(?:du|ihr|sie)? ?(?:uber|von) mich',
    'alles uber mi(?:ch)?',
    '(?:alles )?(?:\\w+ )?w(?:as|os|on) i(?:ch)? (?:\\w+ ){0,2}(?:erzahlt|gesagt|geschrieben|gegeben|gseit|gschribe|gschriebn|gschrieben)',
    'everything (?:you )?(?:have|know)? ?(?:on|about) me',
    '(?:everything|what) i (?:\\w+ )?(?:told|said|wrote|gave|shared)',
    '(?:regrette|regret|spijt|bereue)\\w* (?:\\w+ ){0,3}(?:raconte|dit|ecrit|sharing|shared|telling|told|verteld|gezegd|erzahlt|gesagt)',
    '(?:rien|niks|niets|nichts|anything|nothing) (?:sur|over|uber|about|of) (?:moi|mij|mich|mi|me)',
    // The data named alone, next to its verb: "gegevens wissen aub", "dossier löschen, alles", "delete the data".
    '(?:les |de |die |das |the |het |le )?(?:donnees|gegevens|daten|data|dossier) (?=(?:effac|supprim|wis|verwijder|losch|entfern|delet|eras|remov))',
    '(?:effac\\w*|supprim\\w*|wis|wissen|verwijder\\w*|losch\\w*|entfern\\w*|delete|erase|remove) (?:les |de |die |das |the |het |le )?(?:donnees|gegevens|daten|data|dossier)',
    '(?:donnees personnelles|persoonsgegevens|personenbezogene\\w* daten|personal (?:data|information|details)|persoonlijke (?:informatie|gegevens)|personliche\\w* (?:angaben|daten))',
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
);
/** The right to be forgotten, named: "droit à l'oubli", "recht om vergeten te worden", "Recht auf Vergessenwerden". */
const FORGOTTEN =
  /\b(?:droit a l oubli|(?<!(?:dont|don t|do not|not|never) )(?:want|wish|like|wanna) to be forgotten|recht om vergeten te worden|recht op vergetelheid|recht auf vergessenwerden|recht auf vergessen\w*|right to be forgotten)\b/;
/** Not to be kept: "je veux que vous gardiez pas mon numéro", "ik wil nie dat ge mijn nummer bijhoudt", "please don't store anything about me". */
const NOT_KEPT =
  /\b(?:pas|plus|rien|niet|nie|ni|niks|niets|nicht|ned|net|nod|nichts|kein\w*|not|dont|don t|nothing|no longer)\b(?:\s+\S+){0,5}\s+(?:gard\w*|conserv\w*|stock\w*|bewar\w*|bijhoud\w*|houden|speicher\w*|gespeichert|behalt\w*|aufbewahr\w*|keep\w*|kept|stor\w*|sav\w*|retain\w*)\b|\b(?:gard\w*|conserv\w*|stock\w*|bewaar|bijhoud\w*|speicher\w*|keep\w*|stor\w*)\b(?:\s+\S+){0,3}\s+(?:pas|niet|nie|nicht|not)\b/;

/** Consent taken back, in its own words: "je retire mon consentement", "ich ziehe meine Einwilligung zurück". */
const CONSENT_WITHDRAWN =
  /\b(?:retir\w*|revoqu\w*|trek\w*|intrekken|zieh\w*|widerruf\w*|withdraw\w*|revok\w*|take back)\b.{0,30}\b(?:consentement|accord|toestemming|einwilligung|zustimmung|einverstandnis|consent)\b|\b(?:consentement|toestemming|einwilligung|consent)\b.{0,20}\b(?:retire|ingetrokken|zuruck\w*|widerrufen|withdrawn)\b/;

export function asksErasure(text: string): boolean {
  const folded = normalise(text).replace(/'/g, ' ');
  if (folded.split(' ').length > 30) return false;
  if (CONSENT_WITHDRAWN.test(folded) || FORGOTTEN.test(folded)) return true;
  return ERASE_OBJECT.test(folded) && (ERASE_VERB.test(folded) || NOT_KEPT.test(folded));
}
