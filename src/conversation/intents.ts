/**
 * The global commands said in people's own words ("on recommence tout du
 * début", "laat maar, ik wil nie verder doen", "kann mich jemand anrufen",
 * "how does this work"), beside the fixed command words of commands.ts.
 *
 * Each intent is a family of shapes, not a list of sentences: a verb family
 * and an object family that must meet within a few words, in either order
 * (so that Dutch and German word order, and inserted words, do not matter),
 * and a guard for the answers that share their words ("j'ai dû annuler
 * trois chantiers", "pas d'urgence", "j'ai reçu un rappel de l'ONSS",
 * "appelez-moi plutôt le matin" at the moments question). Only messages
 * that ask something of the bot itself count; a long story is an answer.
 */
import { normalise, squeezeRepeats } from '../language/normalise.js';
import { askedBack } from './asked-back.js';
import { asksErasure, type Command, parseCommand } from './commands.js';
import { momentsIn } from './moments.js';

/** A command in natural phrasing, or asking for a person. */
export type NaturalIntent = Exclude<Command, 'erase'> | 'person';

const MAX_WORDS = 25;

/** Folded words: lowercase, no accents, apostrophes and hyphens as spaces, "jveux" as "je veux". */
function fold(text: string): string {
  return squeezeRepeats(normalise(text))
    .replace(/['’`-]/g, ' ')
    .replace(/[.,;:!?()"«»“”„]+/g, ' ')
    .replace(/\bj(?=(?:veux|voudrais|sais|dois|peux|comprends|capte|suis)\b)/g, 'je ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `a` and `b` within `gap` words of each other, in either order. */
function near(a: string, b: string, gap: number): RegExp {
  const between = `(?:\\s+\\S+){0,${gap}}\\s+`;
  return new RegExp(`\\b(?:${a})\\b${between}(?:${b})\\b|\\b(?:${b})\\b${between}(?:${a})\\b`);
}

// --- menu: back to the start --------------------------------------------

const BACK = 'retour\\w*|revenir|reviens|retourne\\w*|ramene\\w*|back|terug|zuruck|zrug|zruck|return|go back';
const START = 'debut|menu|menu principal|accueil|depart|start|begin|beginning|hoofdmenu|startmenu|anfang|hauptmenu|startseite|home';
const RESTART =
  /\b(?:recommenc\w*|reprendre (?:a zero|du debut)|tout reprendre|opnieuw (?:beginnen|starten|begonnen)|herbegin\w*|herstart\w*|von vorn\w*|vo vorn\w*|neu (?:anfangen|starten|beginnen)|wieder von vorn\w*|start (?:over|again)|restart\w*|from the (?:very )?(?:beginning|start)|from scratch)\b/;
/** The restart is of this conversation, asked now: "on recommence", "kunnen we opnieuw beginnen", "can we start over". */
const US = 'on|nous|je veux|je voudrais|peut on|we|wir|mir|let s|lets|i want to|i d like to|ik wil|ich will|ich mochte|je';
const POLITE_WORD = /\b(?:svp|stp|aub|alstublieft|bitte|please|pls)\b/;
/** Something already done, or done to someone else: "on a dû recommencer le chantier", "they cancelled my order". */
const DONE_BEFORE =
  /\b(?:ont|ai|a|avons|avez|avait|heeft|hebben|had|hadden|hat|haben|hatte|has|have|had to|moesten|mussten|musste|werd|wurde|was|were)\s+(?:\S+\s+){0,2}?(?:du\s+)?(?:annul\w*|arret\w*|recommenc\w*|geannuleerd|gestopt|storniert|abgebrochen|cancel\w*|stopp\w*|restart\w*|opnieuw|neu)\b/;

// --- cancel: stop this request ---------------------------------------------

const STOP_VERB =
  'annul\\w*|arret\\w*|abandonn\\w*|stop\\w*|annuleer\\w*|afbreken|breek|stopzetten|abbrech\\w*|brich|beenden|beende|storn\\w*|cancel\\w*|quit|drop';
const OUR_REQUEST =
  'ma demande|la demande|cette demande|le formulaire|ce formulaire|tout ca|mijn aanvraag|de aanvraag|die aanvraag|het formulier|da formulier|dat formulier|dit formulier|die anfrage|meine anfrage|das formular|des formular|dieses formular|my request|the request|this request|the form|this form|this conversation|this chat';
/** Ways of letting it go that stand alone. */
const LET_GO =
  /\b(?:laisse[zr]? tomber|oublie[zr]? (?:ca|tout|le|la)|oublie$|c est bon oublie|laat (?:maar|da|dat|het) (?:maar|zitten|vallen)?|laat maar|vergeet (?:het|dat|da|maar)|vergiss (?:es|das|des)|lass (?:es|gut sein|mal|sein)|never ?mind|nvm|forget (?:it|about it)|change\w* d avis|van gedacht veranderd|bedacht|anders uberlegt|changed my mind)\b/;
const WANT = 'veux|voudrais|prefere|envie|wil|wilt|liever|will|mocht|mochte|moechte|mag|want|wanna|rather|prefer';
const NOT = 'pas|plus|niet|nie|nicht|net|not|no longer|dont|don t|do not|geen|kein|keine';
const GO_ON =
  'continuer|poursuivre|remplir|verder\\w*|doorgaan|invullen|weitermachen|weiter\\w*|fertig machen|ausfullen|continue|go on|carry on|fill\\w*|finish\\w*';
/** A past or someone else's cancelling: "j'ai dû annuler", "hebben … geannuleerd", "cancelled a big order". */
const STOP_PAST = /\b(?:annule|annulee|annules|geannuleerd|gestopt|storniert|abgebrochen|cancelled|canceled|stopped|arrete|arretee)\b/;

// --- help: how this works ------------------------------------------------

const HOW = 'comment|hoe|wie|how';
const WORKS = 'marche|fonctionne|utilise\\w*|werkt|gaat|gebruik\\w*|funktioniert|geht|gaht|bedient|work\\w*|use';
const THING = 'ca|ce|on|cette|ce truc|ce bot|this|it|dit|da|dat|het|die|das|des|man|hier|bot|truc|thing|here';
const WHAT = 'quoi|que|wat|was|what';
/** "je dois", "moet ik", "muss ich", "am I supposed to", "do I": the person asking what is expected of them. */
const MUST_ME =
  'je dois|dois je|faut il|il faut|moet ik|ik moet|muss ich|ich muss|soll ich|ich soll|am i supposed to|i m supposed to|do i|should i|i need to|i have to|i must|need i';
const DO =
  'faire|repondre|taper|ecrire|mettre|doen|typen|antwoorden|invullen|schrijven|machen|tun|antworten|schreiben|eingeben|do|type|answer|write|put|enter|say';
const NOT_UNDERSTAND =
  /\b(?:comprends? pas|capte pas|pige pas|snap (?:het |er )?(?:niet|nie|niks)|begrijp (?:het |er )?(?:niet|nie|niks)|versta (?:het )?(?:niet|nie)|versteh\w* (?:\w+ )?(?:nicht|net|nix)|check\w* (?:es |s )?(?:nicht|nod|ned)|(?:dont|don t|do not) (?:get|understand)|confused|perdu|verward)\b/;
const EXPLAIN = 'expliqu\\w*|uitleg\\w*|uitleggen|erklar\\w*|explain\\w*';
const HOW_OR_WHAT = 'comment|ce que|quoi|wat|hoe|was|wie|what|how';
/** What is not understood is the bot or its question: "je comprends pas comment ça marche", "ik snap de vraag niet". */
const HERE =
  'comment (?:ca|ce|on|faire|il faut)|ce qu il faut|ce que je dois|quoi faire|quoi repondre|quoi ecrire|la question|vos questions|de vraag|die vraag|hoe dit|hoe het werkt|hoe da|wat ik moet|die frage|wie das|wie des|was ich|the question|how this|how it|how to|what to|what i';
const MANUAL = /\b(?:mode d emploi|instructions?|handleiding|anleitung|gebrauchsanweisung|how to use)\b/;

// --- urgent ------------------------------------------------------------------

const URGENT_WORD = /\b(?:urgen\w*|dringend\w*|noodgeval|nood|notfall|emergency|asap|spoed\w*|pressant)\b/;
const NOT_URGENT =
  /\b(?:pas (?:d |tres |si )?urgen\w*|rien d urgent|non urgent|geen haast|niet (?:zo |echt )?dringend|nicht (?:so |wirklich )?dringend|eilt (?:nicht|net)|not (?:that |really )?urgent|no rush|no hurry|kein stress|pas presse)\b/;
const NEED = /\b(?:besoin|faut|need\w*|nodig|brauch\w*)\b/;
const SOMEONE = 'aide|hulp|hilfe|help|quelqu un|qqn|iemand|jemand\\w*|someone|somebody';
const NOW = 'tout de suite|maintenant|immediatement|direct|meteen|nu|sofort|jetzt|right now|now|immediately';
const CANT_WAIT = near(
  'peux pas|peut pas|pourra pas|kan niet|kan nie|kann nicht|kann net|can t|cannot|can not',
  'attendre|wachten|warten|wait',
  2,
);

// --- language ------------------------------------------------------------------

const LANG_WORD = 'langue|taal|sprache|sprach|language|languages';
const CHANGE_LANG =
  'change\\w*|changer|autre|ander\\w*|wissel\\w*|verander\\w*|switch\\w*|wechsel\\w*|umstell\\w*|um|different|another|other|kiezen|choisir|choose|passer|weiterschreiben';

// --- callback ------------------------------------------------------------------

const CALL_ME =
  /\b(?:(?:me |m )(?:rappel\w*|appel\w*|telephon\w*)|rappele[rz]? moi|rappelle moi|appele[rz]? moi|appelle moi|coup de (?:fil|telephone)|terugbel\w*|teruggebeld|(?:bel|belt|bellen) (?:me|mij) (?:terug|op)?|(?:me|mij) (?:opbellen|bellen|belt|terugbellen|rappeler)|opbellen|(?:mich|mi) (?:\w+ ){0,3}(?:anruf\w*|zuruckruf\w*|aalute|alute|telefonier\w*)|ruf\w* (?:\w+ ){0,3}(?:an|zuruck)|ruckruf|zuruckruf|call (?:me|me back)|calls me|callback|call back|ring me|give me a (?:ring|call)|phone me)\b/;
/** Said to the bot as a request: a question, a wish, an imperative, not "ma femme m'appelle tous les soirs". */
const REQUEST =
  /\b(?:pouve[zr]|pourrie[zr]|peux|peut|qqn|quelqu un|on|voudrais|aimerais|prefere|svp|stp|kan|kunt|kunnen|kunde|iemand|wil|graag|liever|aub|alstublieft|kann|konnt|konnten|jemand|wer|bitte|hatte|gern|chond|can|could|someone|somebody|please|pls|like|want|prefer|easier|plus simple|makkelijker|einfacher)\b/;
const CALLED_BEFORE = /\b(?:m a (?:rappele|appele)|heeft (?:me |mij )?(?:gebeld|teruggebeld)|hat (?:mich )?angerufen|called me|rang me)\b/;
const PHONE_DIGITS = /\d[\d\s./]{7,}\d/;

// --- a person ------------------------------------------------------------------

const ASK = `${WANT}|aimerais|puis je|peux je|est ce que je peux|kan ik|kunnen|kann ich|konnen|can i|could i|may i|passez|geef|gib|get me|give me|y a|il y a|is er|gibt es|is there`;
const PERSON =
  'humain|vraie personne|quelqu un de reel|personne reelle|etre humain|conseill\\w*|psy\\w*|echte? (?:mens|persoon)|een mens|hulpverlener|vlees en bloed|mensch\\w*|berater\\w*|echten? person|real person|human|counsell?or|actual person|someone real|somebody real|persoonlijk|personlich';
const BOT = 'robot|bot|machine|computer|maschin\\w*|roboter';
const FED_UP =
  'marre|assez|geen zin|plus|done|tired|sick of|kein bock|keine lust|niet meer|nicht mehr|net|not|no more|instead|in plaats|statt|au lieu|pas';

function words(folded: string): number {
  return folded === '' ? 0 : folded.split(' ').length;
}

function readMenu(f: string): boolean {
  if (near(BACK, START, 3).test(f)) return true;
  if (!RESTART.test(f) || DONE_BEFORE.test(f)) return false;
  return near(US, RESTART.source.slice(2, -2), 1).test(f) || POLITE_WORD.test(f) || words(f) <= 4;
}

function readCancel(f: string): boolean {
  if (LET_GO.test(f)) return true;
  if (near(WANT, GO_ON, 5).test(f) && new RegExp(`\\b(?:${NOT})\\b`).test(f)) return true;
  if (DONE_BEFORE.test(f)) return false;
  if (near(STOP_VERB, OUR_REQUEST, 3).test(f)) return true;
  // "abbrechen bitte", "stop maar", "annule stp": the verb nearly alone.
  return words(f) <= 4 && new RegExp(`\\b(?:${STOP_VERB})\\b`).test(f) && !STOP_PAST.test(f);
}

function readHelp(f: string): boolean {
  if (near(HOW, WORKS, 2).test(f) && near(WORKS, THING, 2).test(f) && !/\b(?:wie geht s|wie geht es|how are you|hoe gaat het)\b/.test(f))
    return true;
  if (words(f) <= 12 && new RegExp(`\\b(?:${WHAT})\\b`).test(f) && new RegExp(`\\b(?:${MUST_ME})(?:\\s+\\S+){0,2}\\s+(?:${DO})\\b`).test(f))
    return true;
  if (near(EXPLAIN, HOW_OR_WHAT, 4).test(f) || MANUAL.test(f)) return true;
  return NOT_UNDERSTAND.test(f) && (words(f) <= 5 || near(NOT_UNDERSTAND.source.slice(2, -2), HERE, 3).test(f));
}

function readUrgent(f: string): boolean {
  if (NOT_URGENT.test(f)) return false;
  if (URGENT_WORD.test(f)) return true;
  return (NEED.test(f) && near(SOMEONE, NOW, 3).test(f)) || CANT_WAIT.test(f);
}

/** Asked of the bot: a wish, a question, an imperative (not "mes clients parlent une autre langue"). */
const ASKING =
  /\b(?:peut|peux|pouve[zr]|possible|voudrais|veux|prefere|aimerais|comment|svp|stp|kan|kunnen|kunt|hoe|graag|liever|aub|wil|kann|konnen|wie|bitte|gibt|lieber|mocht|mochte|can|could|how|please|pls|rather|is there|y a t il|is er|option|wanna|want)\b/;
const CHANGE_VERB = /\b(?:change[rz]?|changeons|wissel\w*|verander\w*|switch\w*|wechsel\w*|umstell\w*)\b/;

function readLanguage(f: string, text: string): boolean {
  if (!near(LANG_WORD, CHANGE_LANG, 4).test(f)) return false;
  return ASKING.test(f) || CHANGE_VERB.test(f) || text.includes('?') || words(f) <= 3;
}

function readCallback(f: string, text: string): boolean {
  if (PHONE_DIGITS.test(text) || CALLED_BEFORE.test(f)) return false;
  // "appelez-moi plutôt le matin" answers when to call, not whether.
  if (momentsIn(text) !== undefined && !/\b(?:demain|morgen|tomorrow|morn)\b/.test(f)) return false;
  if (near('me|mij|moi', 'rappel\\w*|opbellen|terugbellen', 3).test(f) && REQUEST.test(f)) return true;
  return CALL_ME.test(f) && (REQUEST.test(f) || words(f) <= 4);
}

function readPerson(f: string): boolean {
  if (near(ASK, PERSON, 6).test(f) || /^(?:une? )?(?:vraie personne|real person|echte persoon|echte person|un humain|a human)\b/.test(f))
    return true;
  return near(FED_UP, BOT, 6).test(f);
}

/**
 * The command a message asks for in natural phrasing, if it asks one. The
 * order matters where families touch: a person before a call-back ("je veux
 * parler à quelqu'un"), a cancel before a restart.
 */
export function naturalIntent(text: string): NaturalIntent | undefined {
  const f = fold(text);
  if (f === '' || words(f) > MAX_WORDS) return undefined;
  if (readLanguage(f, text)) return 'language';
  if (readPerson(f)) return 'person';
  if (readCallback(f, text)) return 'callback';
  if (readMenu(f)) return 'menu';
  if (readCancel(f)) return 'cancel';
  if (readHelp(f)) return 'help';
  if (readUrgent(f)) return 'urgent';
  return undefined;
}

/** A global command, or asking for a person: what a message asks of the bot itself. */
export type Intent = Command | 'person';

/**
 * What a message asks of the bot, in the words people use: the fixed
 * command words first, erasure in their own words, a person asked for as a
 * question, then the natural families above.
 */
export function readIntent(text: string): Intent | undefined {
  return (
    parseCommand(text) ??
    (asksErasure(text) ? 'erase' : undefined) ??
    (askedBack(text) === 'person' ? 'person' : undefined) ??
    naturalIntent(text)
  );
}

// --- the menu: which way in ------------------------------------------------------

const NEED_HELP = near(
  'besoin|nodig|brauch\\w*|need\\w*|cherche|zoek\\w*|such\\w*|looking for|voudrais|wil|mocht\\w*|want',
  'd?aide|hulp|hilfe|help|soutien|steun|unterstutzung|support|quelqu un pour moi',
  3,
);
/** Someone else is meant: a client, "il", "hij", "er", "for a friend". */
const SOMEONE_ELSE =
  /\b(?:client\w*|klant\w*|kunde\w*|customer\w*|il|elle|lui|hij|zij|hem|haar|er|ihn|ihm|ihr|he|she|him|her|ami\w*|vriend\w*|freund\w*|friend|collegue|collega|kollege|colleague|quelqu un d autre|iemand anders|jemand anderen?|someone else)\b/;
const WORRIED = near(
  'client\\w*|klant\\w*|kunde\\w*|customer\\w*|quelqu un|iemand|jemand\\w*|someone',
  'inquiet\\w*|inquiete|besoin d aide|hulp nodig|braucht hilfe|needs help|va mal|gaat slecht|gaat niet goed|geht (?:es )?(?:ihm |ihr )?schlecht|zorgen|sorgen|worried|struggling|signaler|melden|report\\w*|alerte\\w*',
  4,
);

/**
 * At the menu, which way in a person's words point to: help for themselves
 * ("jai besoin daide", "ik zoek hulp") or a worry about someone else ("un
 * client va mal", "ich mache mir Sorgen um einen Kunden").
 */
export function menuIntent(text: string): 'help_request' | 'sentinel_alert' | undefined {
  const f = fold(text).replace(/\bjai\b/g, 'j ai');
  if (f === '' || words(f) > MAX_WORDS) return undefined;
  if (WORRIED.test(f)) return 'sentinel_alert';
  if (NEED_HELP.test(f) && !SOMEONE_ELSE.test(f)) return 'help_request';
  return undefined;
}
