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
import { boundedDistance } from '../language/edit-distance.js';
import { normalise, squeezeRepeats } from '../language/normalise.js';
import { askedBack } from './asked-back.js';
import { asksErasure, type Command, parseCommand } from './commands.js';
import { momentsIn } from './moments.js';
import { echoedAndAnswered, permissionGiven } from './speech-acts.js';
import type { Lang } from './types.js';

/** A command in natural phrasing, or asking for a person. */
export type NaturalIntent = Exclude<Command, 'erase'> | 'person';

const MAX_WORDS = 40;
/** A plea, in the four languages. */
const POLITE = 'svp|stp|s il vous plait|aub|alstublieft|graag|bitte|please|pls';

/**
 * The key words of the families, as the families spell them: a word one
 * typo away from one of them ("mneu", "cancle", "urgnet", "sprahce",
 * "gegevnes", "rapelez") is read as it. Four-letter words allow only a
 * swap of two letters; shorter ones none.
 */
const KEY_WORDS = [
  'menu',
  'hoofdmenu',
  'hauptmenu',
  'annuler',
  'annule',
  'annulez',
  'annuleer',
  'annuleren',
  'cancel',
  'abbrechen',
  'urgent',
  'urgence',
  'dringend',
  'emergency',
  'notfall',
  'noodgeval',
  'langue',
  'language',
  'sprache',
  'switch',
  'wechseln',
  'rappelez',
  'rappeler',
  'rappel',
  'terugbellen',
  'ruckruf',
  'anrufen',
  'call',
  'donnees',
  'gegevens',
  'daten',
  'delete',
  'supprimer',
  'verwijder',
  'loschen',
  'handleiding',
  'explications',
  'options',
  'optionen',
  'ablauf',
];
const KEY_SET = new Set(KEY_WORDS);

/** Spellings of a key word that are not typos. */
const KEY_ALIASES = new Map([
  ['hauptmenue', 'hauptmenu'],
  ['menue', 'menu'],
]);

/** Real words one letter away from a key word, never read as its typo: "argent" is money, not "urgent"; "appel" is a call. */
const NOT_TYPOS = new Set(['argent', 'argente', 'dates', 'appel', 'appels', 'appele', 'appelez', 'appeler', 'option']);

function keyWord(word: string): string {
  if (word.length < 4 || KEY_SET.has(word) || NOT_TYPOS.has(word) || /\d/.test(word)) return word;
  const alias = KEY_ALIASES.get(word);
  if (alias) return alias;
  for (const key of KEY_WORDS) {
    // An inflected form is not a typo: "dringende", "urgente" keep their ending.
    if (word.startsWith(key)) return word;
    // So is a form one letter short of it: "supprimé" is done, not "supprimer"; "gegeven" is given, not "gegevens".
    if (key.startsWith(word) && key.length - word.length === 1 && /[rzs]$/.test(key) && /[en]$/.test(word)) return word;
    if (Math.abs(key.length - word.length) > 1) continue;
    if (word.length === 4 || key.length === 4) {
      const sameLetters = key.length === word.length && [...key].sort().join('') === [...word].sort().join('');
      if (sameLetters && boundedDistance(word, key, 1) <= 1) return key;
      continue;
    }
    if (boundedDistance(word, key, 1) <= 1) return key;
  }
  return word;
}

/** The text with its key words' typos mended, for the readers that fold it themselves (erasure, the fixed words). */
export function mendKeyWords(text: string): string {
  return normalise(text)
    .split(/\s+/)
    .map((w) => {
      const core = w.replace(/[.,;:!?]+$/, '');
      return keyWord(core) + w.slice(core.length);
    })
    .join(' ');
}

/** Folded words: lowercase, no accents, apostrophes and hyphens as spaces, "jveux" as "je veux", key words without their typo. */
function fold(text: string): string {
  return squeezeRepeats(normalise(withoutQuotes(text)))
    .replace(/['’`-]/g, ' ')
    .replace(/[.,;:!?()"«»“”„]+/g, ' ')
    .replace(/\bj(?=(?:veux|voudrais|sais|dois|peux|comprends|capte|suis|abandonne|arrete|annule)\b)/g, 'je ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(KNOW_HEDGE, '$1')
    .split(' ')
    .map(keyWord)
    .join(' ');
}

/**
 * "Not quite" said of knowing, not of feeling: "ik weet niet goed hoe ik moet beginnen", "je sais pas bien quoi
 * dire", "ich weiß nicht genau, wie": the adverb goes, so that "niet goed" is not read as "not well".
 */
const KNOW_HEDGE =
  /\b((?:weet|wist|weten|sais|savais|savoir|weiss|wusste|wissen|know|knew)(?: (?:niet|nie|ni|pas|nicht|net|ned|nit|not))?) (?:echt |zo |so |trop |really |quite )?(?:goed|bien|gut|genau|richtig|exactement|precies|exactly|really|quite)\b/g;

/** Lowercase and without accents, punctuation kept: "English?" as "english?". */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words in quotes are someone else's ("mijn klanten zeggen altijd 'c'est urgent'"): not asked of the bot. */
function withoutQuotes(text: string): string {
  return text.replace(/"[^"]*"|«[^»]*»|“[^”]*”|„[^“”]*[“”]|(?<![\p{L}])'(?:[^']|(?<=\p{L})'(?=\p{L})){2,}'(?![\p{L}])/gu, ' ');
}

/** `a` and `b` within `gap` words of each other, in either order. */
const NEAR = new Map<string, RegExp>();
function near(a: string, b: string, gap: number): RegExp {
  const key = `${a}\u0000${b}\u0000${gap}`;
  let pattern = NEAR.get(key);
  if (!pattern) {
    const between = `(?:\\s+\\S+){0,${gap}}\\s+`;
    pattern = new RegExp(`\\b(?:${a})\\b${between}(?:${b})\\b|\\b(?:${b})\\b${between}(?:${a})\\b`);
    NEAR.set(key, pattern);
  }
  return pattern;
}

// --- menu: back to the start --------------------------------------------

const BACK =
  'retour\\w*|revenir|reviens|retourne\\w*|ramene\\w*|remett\\w*|remet|terugbreng\\w*|zuruckbring\\w*|renvoie\\w*|back|terug|zuruck|zrug|zrugg|zruck|wieder zum|schick\\w*|bring\\w*|breng\\w*|return|go back|take me|send me';
const START =
  'debut|menu|menu principal|accueil|ecran d accueil|depart|start|begin|beginning|hoofdmenu|startmenu|startscherm|beginscherm|anfang|aafang|afang|hauptmenu|startseite|startbildschirm|home|home screen|main menu';
/** The start named alone, as a short request: "startmenü bitte", "home screen". */
const START_ALONE =
  /^(?:le |het |das |the )?(?:menu principal|ecran d accueil|accueil|hoofdmenu|startmenu|startscherm|hauptmenu|startmenu|startbildschirm|home screen|main menu|home)(?: svp| stp| aub| bitte| please| pls)?$/;
const RESTART =
  /\b(?:reset\w*|recommenc\w*|(?:reprendre|reprend|reprenons|reprenez) (?:tout )?(?:a zero|du debut|depuis le debut)|tout reprendre|opnieuw (?:beginnen|starten|begonnen)|herbegin\w*|herstart\w*|van voor af aan|von vorne|von vorn\w*|vo vorn\w*|terug naar af|alles auf anfang|alles opnieuw|square one|case depart|(?:opnieuw |terug )?(?:van|vanaf|bij) nul|von null|a zero|from zero|repartir\w*|reprendre tout|tout reprendre|neu (?:anfangen|starten|beginnen)|wieder von vorn\w*|start (?:over|again)|restart\w*|from the (?:very )?(?:beginning|start)|from scratch)\b/;
/** The first choices shown again: "toon de opties van in het begin nog eens", "show me the first choices again". */
const SHOW_FIRST_OPTIONS =
  /\b(?:montre\w*|remontre\w*|affiche\w*|revoir|toon|laat (?:\w+ )?zien|zeig\w*|show|see)\b(?:\s+\S+){0,6}\s+(?:options|choix|liste|opties|keuzes|optionen|auswahl|choices|menu)\b(?:\s+\S+){0,5}\s+(?:debut|depart|begin|start|first|again|eerste|erste|nochmal|nog eens|a nouveau)\b|\b(?:first|premiers?|eerste|ersten?) (?:choices|options|choix|opties|keuzes|optionen)\b/;
/** Starting their own life or business again is not starting the chat again: "recommencer mon activité", "restart my business". */
const RESTART_THEIRS =
  /\b(?:recommenc\w*|restart\w*|herbegin\w*|herstart\w*|neu (?:anfangen|starten|beginnen)|start over|reprendre)\s+(?:\S+\s+)?(?:mon|ma|mes|my|mijn|m n|mein\w*|our|notre|onze|unser\w*|ailleurs|elsewhere|in another|dans un autre|in een andere|in einer anderen)\b/;

/** The restart is of this conversation, asked now: "on recommence", "kunnen we opnieuw beginnen", "can we start over". */
const US = 'on|nous|je veux|je voudrais|peut on|we|wir|mir|let s|lets|i want to|i d like to|ik wil|ich will|ich mochte|je';
const POLITE_WORD = /\b(?:svp|stp|aub|alstublieft|bitte|please|pls)\b/;
/** Something already done, or done to someone else: "on a dû recommencer le chantier", "they cancelled my order". */
const DONE_BEFORE =
  /\b(?:ont|ai|a|avons|avez|avait|heeft|hebben|had|hadden|hat|haben|hatte|has|have|had to|moesten|mussten|musste|werd|wurde|was|were)\s+(?:\S+\s+){0,2}?(?:du\s+)?(?:annul\w*|arret\w*|recommenc\w*|geannuleerd|gestopt|storniert|abgebrochen|cancel\w*|stopp\w*|restart\w*|opnieuw|neu|leave|left|laisse\w*|withdr\w*|retir\w*|ingetrokken|zuruckgezogen)\b/;

// --- cancel: stop this request ---------------------------------------------

const STOP_VERB =
  'annul\\w*|arret\\w*|abandon\\w*|oubli\\w*|stop\\w*|annuleer\\w*|afbreken|breek|stopzetten|abbrech\\w*|abbrach\\w*|brich|brech|beenden|beende|storn\\w*|aufhor\\w*|cancel\\w*|scrap\\w*|quit\\w*|drop';
/** Stopping here, now: "je préfère arrêter là", "ik stop hier", "ich hör hier auf", "stop here for now". */
const HERE_NOW =
  'la(?= pour| svp| stp| merci| je| j| ok| c est|$)|ici|here|hier|there|now|for now|pour l instant|pour ce soir|voor nu|voor vandaag|fur heute|jetzt|heute|aujourd hui';
/** A separable verb: "ich brech das jetzt ab", "breek het af", "hör jetzt auf". */
const SEPARABLE_STOP =
  /\b(?:brech\w*|brich\w*|breek|hor\w*)\s+(?:(?!(?:nicht|nich|ned|net|nid|niet|nie|ni|not|kein\w*|geen)\s)\S+\s+){0,4}(?:ab|af|auf)\b/;
const OUR_REQUEST =
  '(?:ma|mon|la|le|cette|ce|mijn|de|deze|die|dit|het|meine?|diese|das|my|the|this|that) (?:demande|signalement|alerte|melding|aanvraag|verzoek|meldung|anfrage|antrag|request|report|alert)|ma demande|la demande|cette demande|le formulaire|mijn verzoek|meine frage|ma question|my question|ce formulaire|tout ca|mijn aanvraag|de aanvraag|die aanvraag|het formulier|da formulier|dat formulier|dit formulier|die anfrage|diese anfrage|meine anfrage|deze aanvraag|das formular|des formular|dieses formular|my request|the request|this request|the form|this form|this conversation|this chat|cette conversation|ce chat|cette discussion|dit gesprek|deze chat|dit gesprekje|dieses gesprach|diesen chat|dieses gesprach';
/** Ways of letting it go that stand alone. */
const LET_GO =
  /\b(?:scrap (?:that|it)|c est bon laisse\w*|laisse[zr]? tomber|je vais me debrouiller|toch maar (?:niet|nie|ni)|laat (?:het |da |dat )?maar|lass (?:es )?gut sein|lass es|let s leave it|leave it there|leave it|never ?mind|pas la peine de (?:continuer|poursuivre)|finalement non|doch nicht|(?:done|finished|klaar|fertig|fini) (?:with|met|mit|avec) (?:this|the|dit|het|dem|diesem|ce|le) (?:form|formulier|formular|formulaire)|forget what i (?:asked|said)|vergeet mijn vraag|oubliez ma question|oublie ma question|vergiss meine frage|lass (?:ma s|mas|es|ma) bleiben|doe maar (?:nie|niet)|tant pis|on abandonne|drop it|not go ahead|(?:brauch|brauche) (?:i|ich) (?:\w+ ){0,2}(?:ned|nicht|net)|passt scho|laisse[zr]? tomber|oublie[zr]? (?:ca|tout|le|la)|oublie$|c est bon oublie|laat (?:maar|da|dat|het) (?:maar|zitten|vallen)?|laat maar|vergeet (?:het|dat|da|maar)|vergiss (?:es|das|des)|lass (?:es|gut sein|mal|sein)|never ?mind|nvm|forget (?:it|about it)|change\w* d avis|van gedacht veranderd|bedacht|anders uberlegt|changed my mind|on en reste la|en rester la|restons en la|laat (?:ik |we )?het hierbij|(?:het )?hierbij laten|houden (?:we )?het hierbij|belassen wir es dabei|leave it at that|(?:drop|scrap|ditch) the whole thing|(?:een )?punt (?:\S+ )?achter|point final|schlussstrich|call it a day|vergessen sie (?:s|es|das)|vergesst (?:s|es|das)|laat (?:\S+ ){0,2}maar zitten|lassen wir (?:s|es|das)(?: (?:halt|eben|mal|lieber|sein|bleiben))?$)\b/;
const WANT =
  'veux|voudrais|prefere|envie|wil|wilt|liever|will|mocht|mochte|moechte|mag|wott|wot|lieber|wurd|wurde|want|wanna|rather|prefer|would';
const NOT = 'pas|plus|niet|nie|ni|nimmer|nimma|nicht|net|nod|ned|nid|not|no longer|dont|don t|do not|geen|kein|keine';
const GO_ON =
  'continuer|poursuivre|remplir|verder\\w*|doorgaan|invullen|weitermachen|weiter\\w*|witer\\w*|fortsetz\\w*|fortfahr\\w*|fertig mach\\w*|ausfullen|continue|go on|carry on|fill\\w*|finish\\w*|aller plus loin|verder gaan|weitergehen|go (?:any )?further';
/** This, no longer wanted: "ik wil dit niet meer doen", "je veux plus faire ça", "ich will das nicht mehr machen". */
const NO_LONGER_THIS =
  /\b(?:ik wil dit (?:niet|nie|ni) meer (?:doen|invullen)|je (?:ne )?veux plus (?:faire|remplir) (?:ca|ce formulaire)|ich (?:will|mag|mochte) (?:das|des|dies) (?:nicht|ned|net) mehr (?:machen|tun|ausfullen)|i don t want to do this any ?more)$/;
/** A past or someone else's cancelling: "j'ai dû annuler", "hebben … geannuleerd", "cancelled a big order". */
const STOP_PAST = /\b(?:annulee|annules|geannuleerd|gestopt|storniert|abgebrochen|cancelled|canceled|stopped|arretee)\b/;

/** A request taken back, the verb split: "ik trek mijn aanvraag in", "ich ziehe meine Anfrage zurück". */
const TAKE_BACK =
  /\b(?:trek|trekken|ziehe|zieh|ziehen)\s+(?:\S+\s+){0,3}(?:aanvraag|vraag|anfrage|frage|verzoek|melding|meldung|antrag)\s+(?:\S+\s+)?(?:in|zuruck)\b/;
/** Going on with this, not with their business: the end, a polite word, or this form ("ik ga niet verder met de zaak" is no cancel). */
const GO_ON_END =
  '(?=$| (?:hier|here|ici|nu|now|jetzt|aub|bitte|please|svp|stp|sorry|desole|merci|dank\\w*|bedankt|thanks|thank you|met dit\\w*|met het formulier|met de vragen|mit dem formular|mit den fragen|mit diesem\\w*|with this|with the form|with the questions|avec ce\\w*|avec le formulaire|avec les questions))';
/** Not going on, said of oneself: "ik doe ni verder", "je ne continue pas", "ich mach nicht weiter". */
const NOT_GOING_ON = new RegExp(
  `\\b(?:ik|je|j|ich|i)\\s+(?:\\S+\\s+)?(?:doe|ga|continue|continuerai|vais|mach|mache|geh|gehe|go|am going|m going)\\s+(?:\\S+\\s+)?(?:${NOT})\\s+(?:(?:meer|mehr|plus|more|any more)\\s+)?(?:verder|weiter|continuer|plus loin|on|further)${GO_ON_END}|\\b(?:ik|ich)\\s+(?:doe|ga|mach|mache)\\s+(?:${NOT})\\s+(?:meer\\s+|mehr\\s+)?(?:verder|weiter)${GO_ON_END}`,
);
/** Quitting, in a word of their own: "ik kap ermee", "ich bin raus", "I'm out", "j'abandonne". */
const QUIT =
  /\b(?:(?:ik )?kap (?:ermee|er mee|hiermee|ermede)|(?:ik )?(?:hou|houd|stop) (?:ermee|er mee|hiermee|daarmee)(?: op)?(?= |$)|ich bin (?:dann )?raus$|(?:i m|im|i am) out(?: of here)?$|j abandonne$|i give up on this|ich geb(?:e)? auf$)/;
/** Forgetting the request: "vergessen Sie meine Anfrage", "oubliez ma demande", "forget my request". */
/** Taking the request back or leaving it: "je retire ma demande", "I'm withdrawing my request", "leave the form". */
const WITHDRAW_REQUEST = near(
  'withdraw\\w*|intrekken|zuruckzieh\\w*|zuruckzuziehen|retire|retirer|retirez|leave|laisse[zr]?',
  OUR_REQUEST,
  2,
);
const FORGET_REQUEST = near('vergessen|vergiss|vergeet|vergeten|oublie\\w*|forget', OUR_REQUEST, 2);
/** The bot told it may stop: "vous pouvez annuler", "Sie können das stornieren", "you can scrap the request". */
const YOU_MAY_STOP = new RegExp(
  `\\b(?:vous pouvez|tu peux|vous pourrez|u kunt|u mag|ge kunt|gij kunt|je kunt|jullie mogen|jullie kunnen|sie konnen|ihr konnt|du kannst|you can|you may|feel free to)\\s+(?:\\S+\\s+){0,2}(?:${STOP_VERB})\\b`,
);
/** The stop verb as a clause of its own ("…, stop", "… abbrechen"), after the form was called a burden. */
const STOP_ALONE = new RegExp(`^(?:${STOP_VERB})(?: (?:svp|stp|aub|bitte|please|pls|nu|now|jetzt|maintenant|maar))?$`);
/** The form as a burden: no wish to fill it in, too long, too many questions. */
const FORM_BURDEN =
  /\b(?:geen zin|keine lust|kei lust|pas envie|cba|can t be bothered|cant be bothered|trop long|te lang|zu lang|too long|trop de questions|te veel vragen|zu viele fragen|too many questions|invullen|ausfull\w*|auszufull\w*|remplir|fill\w*)\b/;

// --- help: how this works ------------------------------------------------

const HOW = 'comment|hoe|wie|wia|how';
const WORKS =
  'marche|fonctionne|utilise\\w*|servir|sers|se passe|werkt|werk|benutz\\w*|bedien\\w*|gaat|verloopt|gebruik\\w*|funktioniert|geht|gaht|ablauf\\w*|lauft|bedient|work\\w*|use';
const THING =
  'ca|ce|on|cette|ce truc|ce bot|this|it|dit|da|dat|het|die|das|des|man|hier|bot|truc|thing|here|(?:votre|vos|ce|cet|uw|jullie|deze|dit|euer|eure|ihr|ihre|dieses|dieser|your|this) (?:service|dienst|dienstverlening|angebot|aanbod|offre|offer)';
const WHAT = 'quoi|que|qu est ce|wat|wa|was|wos|what';
/** "je dois", "moet ik", "muss ich", "am I supposed to", "do I": the person asking what is expected of them. */
const MUST_ME =
  'je dois|dois je|faut il|il faut|moet ik|ik moet|muss ich|ich muss|soll ich|ich soll|am i supposed to|i m supposed to|am i meant to|i m meant to|do i|should i|i need to|i have to|i must|need i';
const DO =
  'faire|repondre|taper|ecrire|mettre|doen|typen|antwoorden|invullen|schrijven|machen|tun|antworten|schreiben|eingeben|do|type|answer|write|put|enter|say';
const NOT_UNDERSTAND =
  /\b(?:comprends? (?:pas|rien)|capte (?:pas|rien)|pige (?:pas|rien)|snap (?:het |er |de vraag |die vraag |dat |dit |da )?(?:niet|nie|niks)|begrijp (?:het |er |de vraag |die vraag |dat |dit |da )?(?:niet|nie|niks)|versta (?:het |de vraag |die vraag |dat |dit )?(?:niet|nie)|versteh\w* (?:\w+ ){0,2}(?:nicht|net|nix|nichts|ned)|check\w* (?:es |s )?(?:nicht|nod|ned)|(?:dont|don t|do not) (?:get|understand)|confused|(?:je suis|suis|chuis|j suis|jsuis|me suis) (?:\w+ ){0,2}perdue?|^perdue?$|(?:ik ben|ben ik|ben) (?:\w+ ){0,2}verward|^verward$)\b/;
const EXPLAIN = 'expliqu\\w*|uitleg\\w*|uitleggen|erklar\\w*|explain\\w*';
const HOW_OR_WHAT = 'comment|ce que|quoi|wat|hoe|was|wie|what|how';
/** What is not understood is the bot or its question: "je comprends pas comment ça marche", "ik snap de vraag niet". */
const HERE =
  'comment (?:ca|ce|on|faire|il faut)|ce qu il faut|ce que je dois|quoi faire|quoi repondre|quoi ecrire|la question|vos questions|de vraag|die vraag|hoe dit|hoe het werkt|hoe da|wat ik moet|die frage|den ablauf|ablauf|wie das|wie des|was ich|was i|ce chat|ce bot|deze bot|diesen bot|this bot|this chat|the question|how this|how it|how to|what to|what i|what you|what u|ce que vous|wat u|wat ge|was sie|was du';
/** The point of it: "c quoi le principe de ce bot", "wa is de bedoeling hier", "what's the point of this". */
const PRINCIPLE = near(
  'principe|but|bedoeling|zweck|sinn|purpose|point|idee',
  'bot|chat|truc|ici|hier|this|dit|da|dieser|diesem|diesen|ce|cette',
  4,
);
const MANUAL =
  /\b(?:marche a suivre|werkwijze|vorgehensweise|mode d emploi|explications? pour|instructions?|tuto\w*|handleiding|anleitung|gebrauchsanweisung|how to use|guide)\b/;
/** Verbs of using the screen, not of living: "was i da eingeben soll", never "je sais plus quoi faire". */
const TYPE =
  'put|zetten|zet|eintipp\\w*|tipp\\w*|ecrire|repondre|mettre|appuyer|typen|antwoorden|invullen|schrijven|drukken|eingeben|antworten|schreiben|reinschreib\\w*|hineinschreib\\w*|eintrag\\w*|angeben|tippen|drucken|type|answer|write|enter|press|tap';
/** What is expected of them, in any order: "je dois taper quoi", "was i da eingeben soll", "wat ik moet antwoorden". */
const MUST_ANY = 'dois|doit|faut|moet|moeten|muss|muass|soll|soi|should|supposed|meant to|need to|have to';
/** Asking how to use the screen: buttons, where to press. */
const BUTTONS = /\b(?:bouton\w*|appuyer|knop\w*|knopjes|drukken|knopf\w*|knopfe|drucken|button\w*|press|tap|click)\b/;
const NO_IDEA =
  /\b(?:sais pas quoi|weet (?:niet|nie|ni) wat|weiss (?:nicht|ned) was|don t know what|dont know what|aucune idee|pas d idee|geen idee|geen flauw idee|keine ahnung|ka|no idea|no clue|weet (?:nie|niet) (?:wat|wa))\b/;

// --- urgent ------------------------------------------------------------------

const URGENT_WORD =
  /\b(?:urgen\w*|dringend\w*|noodgeval|noodsituatie|notsituation|notlage|nood(?! aan)|notfall|emergency|asap|spoed\w*|pressant|eilt|au secours)\b/;
/** Hurry and gravity together: "au secours c'est grave, vite", "rap aub 't is ernstig", "bitte schnäll, es isch ernscht". */
const HURRY_SERIOUS = near(
  'vite|rap|snel|quick\\w*|hurry|schnell|schnall|schno|depeche\\w*|gauw',
  'grave|ernstig|serious|ernst|ernscht|help|hilfe|hilf|hulp|aide|not safe|pas en securite|niet veilig|nicht sicher',
  5,
);
/**
 * Urgency of a thing, not of the person: an inflected adjective before its
 * noun ("dringende facturen", "dringende Rechnungen", "factures urgentes")
 * or an English "urgent" followed by a noun it qualifies.
 */
const URGENT_THINGS =
  /\b(?:dringende[nrs]?|urgentes|urgents)\b|(?<!est |is )\burgente\b|(?<!\b(?:its|it s|is|s|was|very|so|really|thats|that s|most) )\burgent (?!please|pls|plz|now|help|aid\w*|hulp|hilf\w*|vite|snel|schnell|quick\w*|asap|really|vraiment|echt|me\b|moi|mij|mir|i\b|it\b|so\b|svp|stp|aub|bitte|dringend|the\b|and\b|but\b|because|cause|coz|as\b|my\b|our\b|mais|car\b|parce|want|omdat|maar|weil|aber|und\b|denn|dus|donc|alors|then|now)[a-z]{3,}/g;
const NOT_URGENT =
  /\b(?:pas (?:d |tres |si )?urgen\w*|rien d urgent|non urgent|geen haast|niet (?:zo |echt )?dringend|nicht (?:so |wirklich )?dringend|eilt (?:nicht|net)|not (?:that |really )?urgent|no rush|no hurry|kein stress|pas presse)\b|\b(?:pas|geen|gene|kein\w*|not|no)\s+(?:(?:une?|an?|een|echt\w*|vraie?|real|really)\s+)?(?:urgence|noodgeval|noodsituatie|nood|notfall|notlage|notsituation|emergency)\b/;
/** Urgency asked and denied in one breath, the question echoed: "urgent? no not really", "dringend? nee". */
const URGENCY_DENIED =
  /^\W*(?:\p{L}+\s+)?(?:urgen\p{L}*|dringend\p{L}*|noodgeval|notfall|emergency)\s*\?+\s*,?\s*(?:nee|neen|nein|non|no|nope|nah|niet|nicht|pas)\b/iu;
/** No time for the form: "pas le temps pour vos questions", "geen tijd voor jullie vragen", "keine Zeit für den Fragebogen". */
const NO_TIME_FOR_FORM = near(
  'pas le temps|pas de temps|plus le temps|geen tijd|keine zeit|kei zit|no time',
  'questions?|questionnaire|formulaire|vragen|vragenlijst|formulier|fragen|fragebogen|formular|form',
  3,
);
/** Now, with a plea: "maintenant svp", "nu meteen, help me", "jetzt, helft mir", "right now, help". */
const NOW_PLEA = near(
  'tout de suite|maintenant|immediatement|meteen|onmiddellijk|nu|sofort|jetzt|right now|now|immediately',
  'aidez moi|aide moi|help|help me|helft mir|hilf mir|helfen sie mir|svp|stp|aub|alstublieft|bitte|please|pls',
  2,
);
/** The writer in crisis, said so: "je suis en crise", "ik zit in een crisis", "I'm in crisis". */
const SELF_IN_CRISIS =
  /\b(?:je suis|suis|ik ben|ik zit|ich bin|ich stecke|i m|im|i am) (?:\S+ )?(?:en (?:pleine )?crise|in (?:een )?crisis|in (?:einer|der) krise|in (?:a )?crisis)\b/;
/** Gravity said of oneself: "c grave, je tiens plus", "is ernstig, ik hou het niet meer", "its serious, cant hold on". */
const GRAVE =
  /\b(?:grave|ernstig|ernst|ernscht|serious|en crise|in crisis|in een crisis|in der krise|tiens plus|tenir le coup|vais pas bien|va pas bien|hou het (?:niet|nie|ni)|houd het (?:niet|nie|ni)|gaat (?:\S+ ){0,2}(?:niet|nie|ni)(?: meer)?|schlecht|halt\w* (?:\S+ )?(?:nicht|nich|net) (?:mehr )?aus|not ok\w*|not okay|can t hold|cant hold|can t go on|cant go on)\b/;

const NEED = /\b(?:besoin|faut|doit|need\w*|nodig|brauch\w*|moet|muss|muass|must|has to|have to)\b/;
const SOMEONE = 'aide|aider|hulp|helpen|hilfe|hilf|helfen|help|quelqu un|qqn|iemand|jemand\\w*|wer|wen|someone|somebody';
const NOW = 'tout de suite|maintenant|immediatement|direct|meteen|onmiddellijk|nu|sofort|jetzt|glei|gleich|right now|now|immediately';
const CANT_WAIT = near(
  'peux pas|peut pas|pourra pas|kan niet|kan nie|kann nicht|kann net|can t|cant|cannot|can not',
  'attendre|wachten|warten|wait',
  6,
);

// --- language ------------------------------------------------------------------

const LANG_WORD = 'langue|langues|taal|talen|sprache|sprachen|sprach|spraach|sprooch|language|languages';
const CHANGE_LANG =
  'change\\w*|changer|modifi\\w*|autre|ander\\w*|wissel\\w*|wijzig\\w*|verander\\w*|aanpass\\w*|pas|aan|switch\\w*|wechs\\w*|wechsl\\w*|wachsl\\w*|umstell\\w*|umzustell\\w*|um|different|another|other|kiezen|choisir|choose|passer|weiterschreiben|settings?|instelling\\w*|einstellung\\w*|parametres?|reglages?|auswahl\\w*|pick|select|d autres|nog|noch|others?|gibt';
/** "geht das in einer anderen?", "kan da in een andere?": the other one, asked after the language was named. */
const IN_ANOTHER =
  /\b(?:dans une autre|vers une autre|in een andere|naar een andere|in einer anderen|in einer andern|zu einer anderen|in another one|in a different one|to a different one|to another one)\b/;

// --- callback ------------------------------------------------------------------

const CALL_ME =
  /\b(?:(?:me |m )(?:rappel\w*|appel\w*|telephon\w*)|rappele[rz]? moi|rappelle moi|appele[rz]? moi|appelle moi|coup de (?:fil|telephone)|terugbel\w*|teruggebeld|(?:bel|belt|bellen) (?:me|mij) (?:terug|op)?|(?:me|mij) (?:opbellen|bellen|belt|terugbellen|rappeler)|opbellen|(?:mich|mi) (?:\w+ ){0,3}(?:anruf\w*|zuruckruf\w*|aalute|alute|telefonier\w*)|ruf\w* (?:(?:sie|s|se) )?(?:mich |mi |sie )(?:\w+ ){0,3}(?:an|zuruck)|ruckruf|zuruckruf|call (?:me|me back)|cal me|callback|call back|ring me|give (?:me|us) a (?:ring|call|bell|buzz)|phone me)\b/;
/** Said to the bot as a request: a question, a wish, an imperative, not "ma femme m'appelle tous les soirs". */
const REQUEST =
  /\b(?:plutot|instead|rather|au lieu|in plaats|ipv|statt|maar|mag|mogen|darf|may|pourrait|pourriez|could|zou|moglich|mogelijk|mochte|mocht|konnen|konnte|könnte|pouve[zr]|pourrie[zr]|pouvai\w*|demandais|possible|moyen|peux|peut|qqn|quelqu un|on peut|on pourrait|qu on|voudrais|aimerais|prefere|svp|stp|kan|kunt|kunnen|kunde (?:gij|ge|mij|me)|iemand|wil|graag|liever|aub|alstublieft|kann|konnt|konnten|jemand|wer|bitte|hatte|gern|chond|can|could|someone|somebody|please|pls|like|want|prefer|easier|plus simple|makkelijker|einfacher|veux|souhaite|souhaiterais|liefst|am liebsten|de preference|preferably|ideally|idealement|idealerwijs|lieber|liaba)\b/;
/** A call, asked for: a word of calling near "me" ("kan er iemand mij gewoon eens bellen", "mich … zurückruft"). */
const CALL_VERB =
  'ruf\\w*|ruaf\\w*|rappel\\w*|recontact\\w*|appel\\w*|telephon\\w*|bel|bell\\w*|belt|opbell\\w*|terugbel\\w*|call\\w*|anruf\\w*|anrufe|zuruckruf\\w*|aalu+t\\w*|alu+t\\w*|telefonier\\w*|telefoneer\\w*|telefoneren|aaruef\\w*|aruef\\w*|phone|ring';
/** Rather a call than typing: "lieber telefonieren als tippen", "liever een telefoontje dan typen", "rather talk on the phone than type". */
const RATHER_CALL = near(
  'liever|lieber|rather|prefere|prefer\\w*|plutot',
  'telefon\\w*|telefoon\\w*|telephone|phone|appel|coup de fil|call\\w*|bellen|anruf\\w*',
  4,
);
/** A call would suit better: "un coup de fil serait mieux", "een babbel aan de telefoon zou beter zijn", "ik word liever gebeld". */
const CALL_BETTER = near(
  'coup de fil|appel|telephone|telefoontje|telefoon|telefonat|telefonieren|telefonisch|phone call|phone|phoned|call|gebeld|angerufen|bellen|anrufen|anruf|aaruef|aruef|ruckruf|zuruckgerufen|teruggebeld',
  'mieux|plutot|prefere\\w*|beter|liever|liefst|lieber|liaba|besser|better|rather|prefer\\w*|irait mieux|plus simple|plus facile|makkelijker|gemakkelijker|eenvoudiger|einfacher|easier|simpler',
  4,
);
const THAN_TYPING =
  /\b(?:als|dan|than|que|qu)\s+(?:\S+\s+){0,3}(?:tippen|typen|type|typing|ecrire|taper|schreiben|schrijven|write|writing|remplir|invullen|ausfull\w*|auszufull\w*|fill\w*)\b/;
/** Being called, asked for: "possible d'être recontacté", "teruggebeld worden", "zurückgerufen werden". */
const PASSIVE_CALL =
  /\b(?:(?:werde|word|wordt|get|be|etre) (?:\S+ )?(?:zuruckgerufen|angerufen|teruggebeld|gebeld|called back|rappele\w*)|etre (?:re)?(?:contacte|rappele|appele)\w*|(?:terug)?gebeld (?:te )?worden|teruggebeld|(?:zuruck|an)gerufen (?:zu )?werden|be (?:called|phoned|rung)(?: back)?)\b/;
/** German puts the verb last: "dass mich heute oder morgen einfach jemand von euch zurückruft". */
const CALL_LAST = near(
  'mich|mi|mij|me',
  'zuruckruf\\w*|zruggruef\\w*|zruckruef\\w*|anruf\\w*|anrufe|aalu+t\\w*|alu+t\\w*|kontaktier\\w*|contacteer\\w*|contacteert',
  8,
);
const CALLED_BEFORE =
  /\b(?:m a (?:\w+ ){0,2}(?:rappele|appele)|heeft (?:me |mij )?(?:\w+ ){0,2}(?:gebeld|teruggebeld)|hat (?:mich )?(?:\w+ ){0,2}(?:angerufen|zuruckgerufen)|called me|rang me)\b/;
const TIME_OF_DAY =
  /\b(?:matin|soir|apres midi|midi|ochtend|voormiddag|namiddag|avond|middag|vormittag|nachmittag|abend|morning|afternoon|evening)\b/;
const PHONE_DIGITS = /\d[\d\s./]{7,}\d/;
const DECLINED = /\b(?:pas|niet|nie|ni|nicht|net|ned|nod|nid|not|dont|don t|do not|geen|kein|keine|never|jamais|nooit|nie mehr)\b/;
const CALL_IMPERATIVE =
  /^(?:(?:allez|svp|stp|alsjeblieft|aub|bitte|please|pls|oh|eh|euh|ok|oke|dus|also) )?(?:rappelez moi|rappelle moi|appelez moi|appelle moi|telephonez moi|(?:belt|bel) (?:u |ge |gij )?(?:mij|me)|ruf(?:en)?(?: sie| s| se)? (?:mich|mi)|ruf(?:en sie| mich| mi)|call me|phone me|ring me|give (?:me|us) a (?:ring|call|bell|buzz)|passez moi un coup de (?:fil|telephone)|geef (?:me|mij) (?:een|ne|nen) (?:belletje|telefoontje)|anrufen (?:bitte|please)|bellen (?:aub|alstublieft|graag)|faites moi (?:re)?(?:appeler|rappeler|contacter))\b/;
/** The call verb alone with a plea, as a clause: "bel aub", "bitte anrufen", "please call", "appelez svp". */
const CALL_PLEA_ALONE = new RegExp(
  `^(?:(?:${POLITE}) )?(?:bel|belt|bellen|terugbellen|call|call back|ring|phone|anrufen|zuruckrufen|ruf an|rufen sie an|appelez|rappelez|appelle|rappelle|telephonez)(?: (?:${POLITE}))?$`,
);
/** A word that turns an imperative into consent: "bel me maar", "ruf ruhig an", "appelez-moi simplement", "just call". */
const SOFTENED = /\b(?:maar|gerust|gewoon|ruhig|einfach|halt|simplement|juste|tranquillement|just|simply|anytime)\b/;
/**
 * A call proposed between us, or by someone, as a question: "on peut pas juste s'appeler ?", "kunnen we niet
 * gewoon even bellen", "Kan er morgen iemand bellen?", "can we just talk on the phone". A negation in a question is
 * a suggestion, not a refusal.
 */
const CALL_TOGETHER =
  /\b(?:on (?:ne )?(?:peut|pourrait)|peut on|pourrait on|kunnen we|kunnen wij|zullen we|konnen wir|konnten wir|sollen wir|can we|could we|shall we|can t we|couldn t we|(?:kan|kunnen|kann|konnte|can|could|peut|pourrait) (?:er |es |\S+ )?(?:\S+ )?(?:iemand|jemand|someone|somebody|quelqu un|qqn)|(?:iemand|jemand|someone|somebody|quelqu un|qqn) (?:kan|kann|can|could|peut|pourrait))\b(?: \S+){0,4} (?:s appeler|nous appeler|se telephoner|m appeler|me rappeler|bellen|opbellen|terugbellen|telefoneren|telefonieren|anrufen|zuruckrufen|call|call me|phone|talk (?:on|over) the phone|speak (?:on|over) the phone|talk by phone)\b(?! (?:him|her|them|hem|haar|hen|ihn|ihm|le|la|les|lui|l|mijn|my|mon|ma|mein\w*|\S*client\w*|klant\w*|kunde\w*|mandant\w*))/;
/** A question by its order: the modal first, "kunnen we", "können wir", "can we". */
const MODAL_FIRST =
  /^(?:(?:en|et|und|and|maar|mais|aber|but|dus|alors|also|so) )?(?:kunnen|kan|kunt|zou|zoudt|zullen|konnen|kann|konnten|konntet|kannst|wurden|sollen|can|could|would|shall|can t|couldn t|wouldn t|peut|pourrait|pourriez|pouvez|peux|pourrais)\b/;
/** A call asked about as possible: "wäre ein Anruf möglich?", "un appel, c'est possible ?", "is a call possible?". */
const CALL_POSSIBLE = near(
  'anruf|ruckruf|telefonat|appel|coup de fil|telefoontje|telefoongesprek|call|phone call|call back',
  'moglich|moeglich|possible|mogelijk|denkbar|envisageable|an option|une option|een optie',
  3,
);
/** A call named with a plea, nearly alone: "graag een telefoontje", "un appel svp", "einen Rückruf bitte". */
const CALL_NOUN_PLEA =
  /^(?:(?:graag|svp|stp|aub|bitte|please|pls) )?(?:(?:een|ein|einen|un|a) )?(?:telefoontje|belletje|anruf|ruckruf|appel|coup de fil|call|phone call|call back|callback)(?: (?:graag|svp|stp|aub|alstublieft|bitte|please|pls))?$/;
const GET_A_CALL = near(
  'telefoontje|telefoongesprek|coup de fil|coup de telephone|appel telephonique|anruf|telefonat|phone call|call',
  'krijgen|krijg|hebben|avoir|recevoir|bekommen|kriegen|haben|get|have|receive',
  4,
);

// --- a person ------------------------------------------------------------------

const ASK = `${WANT}|prefer\\w*|souhait\\w*|aimer\\w*|voudr\\w*|d like|let me|laat me|lass mich|laissez moi|pourrai\\w*|put me through|stellen sie mich durch|durchstellen|geben sie mir|geef me|geef mij|donnez moi|konnte|koennte|konnten|zou ik|graag|mog|chan|verbind\\w*|doorverbind\\w*|verbinden|connect\\w*|mettez moi en contact|passez moi|aimerais|peut|kann|can|could|nood aan|besoin d|need|brauch\\w*|dispo|around|puis je|peux je|est ce que je peux|moyen|kan ik|kunnen|kann ich|konnen|can i|could i|may i|passez|geef|gib|get me|give me|y a|il y a|is er|gibt es|gibt s|gibt|is there|verbind\\w*|doorverbind\\w*|connect\\w*|transfer\\w*|mettez moi en contact|mettre en contact|pouvez|pourriez|kunt|konnt|any way|a way to|moyen de|get an?`;
const PERSON =
  '(?:echte?n?|richtige?[nrs]?|wirkliche?[nrs]?|vraie?|reelle?|real|actual) (?:person(?:en)?|mensch(?:en)?|mens|human|humain|persoon|personne)|interlocuteur\\w*|gesprekspartner|gesprachspartner\\w*|ansprechpartner\\w*|ansprechperson|member of staff|staff|agent|live agent|human agent|echt iemand|iemand echt|en chair et en os|qq1 de vrai|qqn de vrai|quelqu un de vrai|membre de l equipe|membre du personnel|iemand van het team|teamlid|medewerker|jemand vom team|mitarbeiter\\w*|team member|staff member|real human|une personne|een persoon|ne mens|einer person|eine person|a person|monsch\\w*|humain|vraie personne|quelqu un de reel|personne reelle|etre humain|conseill\\w*|psy\\w*|echte? (?:mens|persoon)|een mens|hulpverlener|vlees en bloed|mensch\\w*|berater\\w*|echten? person|echte? persoon|real person|human|etre humain|counsell?or|advis[eo]r\\w*|adviseur\\w*|actual person|actual human|someone real|somebody real|chair et en os|quelqu un de vrai|iemand echt\\w*|jemand(?:en)? echt\\w*|on the other side|de l autre cote|aan de andere kant|auf der anderen seite|take over|prendre le relais|quelqu un en face|personne de (?:l|votre) equipe|jemand aus dem team|iemand van het team|someone from the team|overnemen|ubernehmen|mitarbeiter\\w*|medewerker\\w*|begeleid\\w*|someone from (?:your|the) team|quelqu un de (?:l|votre) equipe|iemand van (?:jullie|het team)|jemand(?:en)? (?:von euch|vom team)|(?:quelqu un|qqn|iemand|jemand\\w*|someone|somebody) (?:de|d|van|uit|aus|from|on|of|in) (?:\\S+ )?(?:equipe|team|staff|personnel)|jemand(?:en|em)? (?:echt|richtig|wirklich)\\w*|(?:person|personne|persoon|mensch|mens|human|someone|somebody|quelqu un|iemand|jemand) (?:\\S+ )?(?:behind|derriere|achter|dahinter)';
const BOT =
  'robot|bot|chatbot|machine|computer|ordinateur|ordi|maschin\\w*|roboter|automat\\w* (?:replies|answers|messages|thing|system|ding|systeem|truc|systeme|antwort\\w*)|canned (?:replies|answers)|automatic (?:replies|answers)|reponses automatiques|automatische (?:antwoorden|antworten)';
const FED_UP =
  'don t want|dont want|do not want|veux pas|wil geen|wil ik geen|will kein\\w*|mochte kein\\w*|marre|beu|zat van|satt|fed up|plutot|ipv|in plaats van|lieber als|rather than|assez|genoeg|genug|enough|geen zin|plus|done|tired|sick of|kein bock|keine lust|niet meer|nicht mehr|net|not|no|no more|kein|keinen|keine|geen|pas de|instead|in plaats|statt|au lieu|pas|dan met|als mit|than';

const NOT_WORD = new RegExp(`\\b(?:${NOT})\\b`);
const STOP_WORD = new RegExp(`\\b(?:${STOP_VERB})\\b`);
const STOP_HERE = new RegExp(`\\b(?:${STOP_VERB})\\s+(?:\\S+\\s+)?(?:${HERE_NOW})\\b`);
const WHAT_WORD = new RegExp(`\\b(?:${WHAT})\\b`);
const EXPECTED_OF_ME = new RegExp(`\\b(?:${MUST_ME})(?:\\s+\\S+){0,2}\\s+(?:${DO})\\b`);

/** Someone else's words reported: "il parle de tout arrêter", "hij zegt dat hij wil stoppen", "she says she wants out". */
const REPORTED =
  /\b(?:il|elle|ils|hij|zij|ze|er|sie|he|she|they|mon client|ma cliente|mijn klant|mein kunde|my client)\s+(?:me\s+|mir\s+|mij\s+)?(?:parle\w*|dit|disait|raconte|zegt|zei|spreekt|praat|sagt|sagte|spricht|redet|says|said|talks|talked|keeps saying|veut|wil|will|wants)\b/;

function words(folded: string): number {
  return folded === '' ? 0 : folded.split(' ').length;
}

/** The choices asked for again: "c'était quoi les choix déjà", "wa waren de keuzes weer", "what were the choices again". */
const CHOICES_AGAIN = near(
  'choix|options|possibilites|keuzes|keuze|opties|mogelijkheden|auswahl\\w*|optionen|moglichkeiten|choices|possibilities|menu|hoofdmenu|hauptmenu|main menu',
  'deja|encore|a nouveau|revoir|remontre\\w*|weer|nog eens|nog is|opnieuw|nochmal|nomal|wieder|again|once more',
  5,
);
const SHOW_VERB =
  /\b(?:montre\w*|remontre\w*|affiche\w*|revoir|voir|toon|laat (?:\w+ )?zien|zien|bekijken|zeig\w*|sehen|anschauen|show|see|view)\b/;
/** The start page named: "page d'accueil", "zur Startseite bitte", "home page pls". */
const HOME_PAGE = /\b(?:page d accueil|acceuil|startpagina|beginpagina|startseite|zur startseite|homepage|home page|hauptseite)\b/;

/** Something else to choose: "je veux choisir autre chose", "ik wil iets anders kiezen", "I want to pick something else". */
const CHOOSE_ELSE = near(
  'choisir|choisis|faire|kiezen|kies|maken|auswahl\\w*|auswahlen|wahlen|treffen|pick|choose|select|make',
  'autre chose|une autre option|un autre choix|iets anders|een andere optie|andere keuze|een andere keuze|was anderes|etwas anderes|eine andere option|eine andere wahl|something else|another option|a different option|another choice|a different choice',
  3,
);
/** Back, said in a clause of its own, after "that is not what I wanted": "c'était pas ça, retour", "das wollt ich nich, zurück". */
const BACK_ALONE =
  /^(?:(?:et|en|und|and|dus|donc|also|so) )?(?:retour|terug|zuruck|zruck|zrugg|go back|back)(?: svp| stp| aub| bitte| please| pls)?$/;
/** The first choice named: "terug naar de keuze van in het begin", "back to the first choice". */
const FIRST_CHOICE =
  /\b(?:keuzes? van in het begin|eerste keuzes?|premiers? choix|choix du debut|ersten? auswahl|auswahl vom anfang|first choices?|choices? at the start)\b/;

/** Back, as a word or a step: "retour", "terug", "zurück", "back", "een stap terug", "go back a step". */
const BACK_CORE =
  '(?:(?:een|ein\\w*|a|one|un) (?:stap|stapje|schritt|step|pas) )?(?:retour|terug|zuruck|zruck|zrugg|back|en arriere|achteruit)(?: (?:een|ein\\w*|a|one|un) (?:stap|stapje|schritt|step|pas))?';
/** Going there: "revenir", "ga", "go", "take me". */
const BACK_MOVE =
  '(?:ga|gaan|go|gehe?|gehen|revenir|retourner|retourne|reviens|on revient|take me|bring me|breng me|bring mich|ramenez moi)';
/** Asked as a possibility: "kan ik terug?", "kann ich zurück?", "can I go back?", "je peux revenir ?". */
const BACK_MODAL =
  '(?:kan ik|kunnen we|mag ik|kann ich|konnen wir|darf ich|can i|could i|can we|may i|puis je|je peux|on peut|peut on|est ce que je peux|est ce qu on peut)';
const PLEA_OPT = '(?: (?:svp|stp|aub|bitte|please|pls|graag))?';
/** Back, as a clause of its own: "revenir en arrière svp", "een stap terug aub", "kann ich zurück?", "go back a step please". */
const BACK_CLAUSE = new RegExp(
  `^(?:(?:svp|stp|aub|bitte|please|pls|graag) )?(?:${BACK_MODAL} )?(?:${BACK_MOVE} )?${BACK_CORE}${PLEA_OPT}$`,
);
/** Back to something, after a wrong choice: "kan ik terug naar de keuze?", "back to the options". */
const BACK_TO = new RegExp(
  `^(?:(?:svp|stp|aub|bitte|please|pls|graag) )?(?:${BACK_MODAL} )?(?:${BACK_MOVE} )?${BACK_CORE} (?:naar|to|zu|zur|zum|au|a|vers) (?:\\S+ ){0,2}\\S+${PLEA_OPT}$`,
);
/** Other choices, to be seen: "zeigen Sie mir die anderen Möglichkeiten", "show me the other options". */
const OTHER_OPTIONS =
  /\b(?:autres?|andere\w*|other) (?:options|choix|possibilites|opties|keuzes|mogelijkheden|optionen|moglichkeiten|auswahl\w*|choices|possibilities)\b/;
/** A wrong choice said: "mauvais choix", "verkeerde keuze", "falsche Auswahl", "wrong button", "je me suis trompé". */
const WRONG_CHOICE =
  /\b(?:mauvais (?:choix|bouton|numero)|(?:me suis|je suis) (?:\S+ )?(?:trompee?|gouree?)|verkeerde? (?:keuze|knop|optie|nummer)|verkeerd (?:gekozen|geklikt|gedrukt)|misgeklikt|mis geklikt|falsch\w* (?:auswahl|knopf|option|nummer|gewahlt|gedruckt|geklickt)|vertipp\w*|verklickt|wrong (?:choice|button|option|number|one)|misclick\w*|(?:clicked|pressed|picked|chose) the wrong)\b/;
/** The options of the start, named: "les autres options du début", "de opties van het begin", "die Optionen vom Anfang". */
const OPTIONS_OF_START = near(
  'options|choix|opties|keuzes|keuzemogelijkheden|mogelijkheden|optionen|auswahl\\w*|moglichkeiten|choices',
  'du debut|de depart|au debut|van het begin|van in het begin|in het begin|vom anfang|am anfang|von anfang an|at the start|from the start|at the beginning|from the beginning|of the beginning',
  2,
);
const SEE_AGAIN =
  /\b(?:voir|revoir|montre\w*|remontre\w*|affiche\w*|zien|toon|terugzien|sehen|zeig\w*|anschauen|see|show|view|back|terug|zuruck|retour|again|nog eens|nochmal|encore)\b/;

/** Choosing again: a word of choice near a word of again, "kan ik opnieuw kiezen", "kann ich neu wählen", "can I pick again", "me remettre le choix". */
const CHOOSE_AGAIN = near(
  'choisir|choisis|choix|kiezen|kies|keuze\\w*|wahlen|wahle|auswahl\\w*|pick|choose|select|choice\\w*|options?|opties?|optionen',
  'again|opnieuw|neu|nochmal|noch mal|a nouveau|de nouveau|encore|nog eens|nog een keer|weer|wieder|remettre|remets|remettez|redonner|redonnez|rendre',
  2,
);
/** The other one meant, or "not that": "je voulais l'autre option", "ik bedoelde de andere optie", "nicht das", "not that". */
const THE_OTHER_ONE =
  /\b(?:(?:l|de|die|the|une|een|eine|another|an) ?(?:autre|andere|other) (?:option|choix|optie|keuze|auswahl|choice|one|bouton|knop|knopf|button)|pas ca|niet dat|nie dat|nicht das|not that|not this)\b/;
/** A restart asked as a question of its own: "Noch mal ganz von vorn?", "Start again from scratch?", "Opnieuw van nul?". */
function restartAsked(text: string): boolean {
  return text
    .split(/(?<=[?!.])\s+/)
    .some((s) => s.trim().endsWith('?') && RESTART.test(fold(s)) && !DONE_BEFORE.test(fold(s)) && !RESTART_THEIRS.test(fold(s)));
}

function readMenu(f: string, text: string): boolean {
  // "revenir en arrière svp, mauvais choix", "go back please, wrong choice".
  const parts = clauses(text);
  if (CHOOSE_AGAIN.test(f) && (THE_OTHER_ONE.test(f) || WRONG_CHOICE.test(f)) && !DONE_BEFORE.test(f)) return true;
  // "wrong button, I wanted the training thing not this": the wrong choice said, and what was meant.
  if (WRONG_CHOICE.test(f) && (THE_OTHER_ONE.test(f) || PAST_WISH.test(f))) return true;
  if (restartAsked(text) && words(f) <= 20) return true;
  if (WRONG_CHOICE.test(f) && parts.some((c) => BACK_CLAUSE.test(c) || BACK_TO.test(c))) return true;
  // Back asked, and nothing else: "revenir en arrière svp", "een stap terug aub", "go back a step please".
  if (parts.length === 1 && BACK_CLAUSE.test(f)) return true;
  if (OTHER_OPTIONS.test(f) && SHOW_VERB.test(f)) return true;
  if (OPTIONS_OF_START.test(f) && SEE_AGAIN.test(f)) return true;
  if (near(BACK, START, 3).test(f) || START_ALONE.test(f) || SHOW_FIRST_OPTIONS.test(f)) return true;
  if (CHOOSE_ELSE.test(f) || (FIRST_CHOICE.test(f) && near(BACK, 'keuzes?|choix|auswahl|choices?', 4).test(f))) return true;
  if (parts.length > 1 && BACK_ALONE.test(parts[parts.length - 1] ?? '')) return true;
  if ((CHOICES_AGAIN.test(f) && (WHAT_WORD.test(f) || SHOW_VERB.test(f) || words(f) <= 5)) || (HOME_PAGE.test(f) && words(f) <= 5))
    return true;
  if (!RESTART.test(f) || DONE_BEFORE.test(f) || RESTART_THEIRS.test(f)) return false;
  return near(US, RESTART.source.slice(2, -2), 4).test(f) || POLITE_WORD.test(f) || ASKING.test(f) || words(f) <= 4;
}

/** Giving up, in the first person: "j'abandonne", "ik geef het op", "ich geb auf", "I give up". */
const GIVE_UP =
  /\b(?:j abandonne|je laisse tomber|ik geef (?:het |t )?op|ik haak af|(?:ich|i) (?:geb|gib)\w*(?: es| s)? auf|i give up|i quit)\b/;
/** Answering no longer wanted: "je ne veux plus répondre à ces questions", "ich will nicht mehr antworten". */
const NO_MORE_ANSWERS = near(WANT, '(?:\\S+ )?(?:repondre|antwoorden|beantwoorden|antworten|beantworten|answer\\w*)', 3);
const NO_MORE = /\b(?:plus|meer|mehr|no longer|any ?more)\b/;

/**
 * The stop verb denied, the negation next to it on either side: "je n'arrête pas", "ik stop niet", "I'm not
 * stopping", "I won't quit": not a stop, and taken out before the stop shapes are read ("stop, not doing this" stays).
 */
const STOP_DENIED = new RegExp(
  `\\b(?:${NOT}|won t|wont|will not|never|jamais|nooit|nie|niemals)\\s+(?:be\\s+)?(?:${STOP_VERB}|aufhor\\w*|aufzuhor\\w*)\\b|\\b(?:${STOP_VERB})\\s+(?:pas|niet|nie|ni|nicht|nich|ned|net)\\b`,
  'g',
);
/** Words that close a stop clause: what is stopped, where, when. */
const STOP_TAIL =
  '(?: (?:tout|alles|everything|all|it|this|that|ca|dit|dat|het|da|das|des|es|s|la|ici|hier|here|now|nu|jetzt|maintenant|ermee|er mee|damit|hiermee|daarmee|there|off|maar|halt|dann|then|alors|donc|dus|also|bien|wel|mal))*';
/**
 * The writer, or the writer with the bot, stopping now, as a clause of its own: "on annule tout", "so I'm cancelling",
 * "wir lassen das", "we stoppen ermee", "let's call it off" (not "j'ai annulé", "il arrête", "je n'arrête pas").
 */
const WE_STOP = new RegExp(
  `^(?:(?:so|alors|donc|dus|also|bon|ok|oke|then|du coup|daarom|deshalb|et|en|und|and|mais|maar|aber|but) )*(?:i m|i am|im|i ll|i will|je|j|ik|ich|i|on|we|wij|wir|let s|lets)\\s+(?!(?:ai|a|avons|ont|heb|hebben|heeft|hab|habe|haben|have|had|did|was|were|hatte|had|moest|musste)\\s)(?:\\S+\\s+)?(?:${STOP_VERB}|call (?:it|this|the whole thing) off|lassen (?:das|es|des|s)|laten (?:het|dat|da) (?:zo|maar|vallen|zitten))${STOP_TAIL}$`,
);
/** Stopping asked as a question, the modal first: "est-ce qu'on peut arrêter ?", "kunnen we gewoon stoppen?", "can we just stop?". */
const MAY_WE_STOP = new RegExp(
  `^(?:(?:et|en|und|and|alors|dus|also|so|ok|oke|bon) )*(?:est ce qu on peut|est ce que je peux|peut on|on peut|on pourrait|pourrait on|puis je|je peux|pouvons nous|kunnen we|kunnen wij|kan ik|mag ik|mogen we|zullen we|konnen wir|konnten wir|kann ich|darf ich|durfen wir|sollen wir|can we|could we|can i|could i|may i|shall we)\\s+(?:\\S+\\s+){0,3}?(?:${STOP_VERB}|aufhor\\w*|abbrechen|ophouden|stoppen|call it off|call it a day)${STOP_TAIL}$`,
);
/** The form, named before or after the verb, not to be gone on with: "die vragenlijst vul ik niet verder in", "I'm not filling in this form any further". */
const FORM_NOUN = 'formulaire|questionnaire|questions|formulier|vragenlijst|vragen|formular|fragebogen|fragen|form|questionnaire';
const FORM_NAMED = new RegExp(
  `\\b(?:ce|cet|le|les|vos|ces|dit|deze|die|de|het|dat|dies\\w*|das|den|the|this|your|uw|jullie|ihr\\w*|euer\\w*) (?:${FORM_NOUN})\\b`,
);
const NOT_FURTHER = new RegExp(`\\b(?:${NOT})\\b(?: \\S+){0,5} (?:verder|weiter|further|plus loin)\\b`);
function formNotFurther(text: string): boolean {
  const f = fold(text);
  return clauses(text).some((c) => NOT_FURTHER.test(c)) && FORM_NAMED.test(f) && words(f) <= 20;
}

function readCancel(f: string, text: string): boolean {
  f = f.replace(STOP_DENIED, ' ');
  // "bon j'abandonne c trop long votre truc": giving up, because of the form.
  if (GIVE_UP.test(f) && FORM_BURDEN.test(f.replace(GIVE_UP, ' '))) return true;
  if (NO_MORE_ANSWERS.test(f) && NO_MORE.test(f) && NOT_WORD.test(f)) return true;
  // "genoeg zo, te veel vragen, I'm out": quitting said as a clause of its own.
  if (clauses(text).some((c) => QUIT.test(c))) return true;
  if (LET_GO.test(f) || FORGET_REQUEST.test(f)) return true;
  if (clauses(text).some((c) => WE_STOP.test(c.replace(STOP_DENIED, ' #')) || (MAY_WE_STOP.test(c) && text.includes('?')))) return true;
  if (formNotFurther(text) && !DONE_BEFORE.test(f)) return true;
  if ((NOT_GOING_ON.test(f) || TAKE_BACK.test(f) || WITHDRAW_REQUEST.test(f)) && !DONE_BEFORE.test(f)) return true;
  if (near(WANT, GO_ON, 5).test(f) && NOT_WORD.test(f)) return true;
  // "ik wil dit niet meer doen", "je ne veux plus faire ça", "I don't want to do this any more": this, no longer.
  if (NO_LONGER_THIS.test(f)) return true;
  if (DONE_BEFORE.test(f)) return false;
  if (near(STOP_VERB, OUR_REQUEST, 3).test(f) || SEPARABLE_STOP.test(f) || YOU_MAY_STOP.test(f)) return true;
  // "ik heb geen zin om dat allemaal in te vullen, stop", "cba filling all that in. stop".
  const parts = clauses(text);
  if (parts.length > 1 && STOP_ALONE.test(parts[parts.length - 1] ?? '') && FORM_BURDEN.test(f)) return true;
  if (STOP_HERE.test(f)) return true;
  // "abbrechen bitte", "stop maar", "annule stp": the verb nearly alone.
  return words(f) <= 4 && STOP_WORD.test(f) && !STOP_PAST.test(f);
}

/** Lost with the bot itself: "je suis perdu avec votre truc", "ik ben de weg kwijt in die vragen", "ich blick bei dem Bot nicht durch". */
const LOST = near(
  'perdu|paume|largue|verloren|lost|weg kwijt|kwijt|blick\\w*(?: \\S+){0,4} (?:nicht|ned|net) durch|kenn (?:mi|mich) (?:ned|nicht|net|nit) aus|don t get|dont get',
  'truc|bot|chat|chatbot|vragen|questions|question|fragen|frage|formulaire|formulier|formular|form|this|dit|ici|hier|systeme|app|ding|des|do|da',
  4,
);
/** Not knowing how to use it: "je sais pas utiliser ce chatbot", "ik weet niet hoe ik dit moet gebruiken". */
const CANT_USE =
  /\b(?:sais pas|weet (?:niet|nie|ni)|weiss (?:nicht|ned|net)|don t know|dont know|can t|cannot)\b(?:\s+\S+){0,3}\s+(?:utiliser|gebruiken|benutzen|bedienen|use|work)\b/;
const HOW_WORD = new RegExp(`\\b(?:${HOW})\\b`);

/** Not understood, in the past, of the question itself: "j'ai pas compris la question", "didn't get the question". */
const QUESTION_NOT_UNDERSTOOD =
  /\b(?:(?:pas|rien) compris|(?:niet|nie|ni|niks) begrepen|(?:nicht|ned|net|nod|nix|nichts) verstand\w*|(?:didn t|didnt|did not) (?:get|understand|catch))\b(?: \S+){0,3} (?:la question|vos questions|ta question|votre question|de vraag|uw vraag|jullie vraag|die frage|ihre frage|eure frage|d frog|the question|your question)\b|\b(?:la question|de vraag|die frage|d frog|the question)\b(?: \S+){0,2} (?:pas compris|niet begrepen|nicht verstanden|nod verstande|ned verstanden)\b/;
/** What the question means: "qu'est-ce que ça veut dire, cette question ?", "wat betekent die vraag?", "what does this question mean?". */
const QUESTION_MEANING = near(
  'veut dire|voulez (?:vous )?dire|veux (?:tu )?dire|signifie|betekent|bedoel\\w*|bedeutet|heisst|mein\\w*|mean|means',
  '(?:cette|la|ta|votre|die|de|deze|dit|uw|jullie|diese\\w*|der|ihre\\w*|this|the|your|that) (?:question|vraag|frage)',
  4,
);
/** What the bot wants of them: "what do you need from me?", "was wollen Sie von mir?", "wat verwacht u van mij?". */
const WANTED_OF_ME =
  /\b(?:what do (?:you|u) (?:need|want|expect) (?:from|of) me|wat wordt er (?:hier )?van (?:mij|me) verwacht|was wird (?:hier )?von mir erwartet|what (?:are|do) (?:you|u) expect\w* (?:of |from )?me|qu est ce qu on attend de moi|qu attendez vous de moi|(?:que|qu) (?:voulez|attendez|attends|veux) (?:vous|tu) de moi|qu est ce que vous (?:voulez|attendez) de moi|wat (?:wilt|wil|verwacht|verwachten) (?:u|ge|gij|je|jullie) (?:\S+ )?van (?:mij|me)|was (?:wollen|mochten|erwarten) (?:sie|ihr) (?:\S+ )?von mir|was willst du (?:\S+ )?von mir)\b/;
/** Asked to say it again another way: "vous pouvez reformuler ?", "kunt ge het anders zeggen?", "can you put it another way?". */
const REPHRASE =
  /\b(?:reformul\w*|dire autrement|(?:dit|dire|expliquer|demander) (?:\S+ )?autrement|herformul\w*|anders (?:zeggen|formuleren|uitleggen|vragen|stellen)|andere woorden|anders(?:ch)? (?:sagen|sage|formulieren|erklaren|fragen)|umformulier\w*|anderen worten|rephrase|reword|put it (?:another way|differently|in other words)|say (?:it|that) (?:differently|another way|again)|other words)\b/;
/** Not understanding what the bot asks: "je ne vois pas ce que vous me demandez", "ik begrijp niet wat u van mij vraagt". */
const LOST_WHAT_YOU =
  /\b(?:comprends? pas|(?:pas|rien) compris|(?:niet|nie|ni) begrepen|(?:nicht|ned|net) verstanden|vois pas|capte pas|begrijp (?:niet|nie|ni)|snap (?:niet|nie|ni)|versta (?:niet|nie)|versteh\w* (?:nicht|ned|net|nit)|(?:don t|dont|do not|didn t) (?:get|understand|see)) (?:bien )?(?:ce que|ce qu|wat|was|what) (?:vous|tu|u|ge|gij|je|jullie|sie|du|ihr|you)\b/;
/** Asked to explain, of the bot, with nothing else to explain: "pouvez-vous m'expliquer ?", "können Sie mir das erklären?". */
const EXPLAIN_PLEA = new RegExp(
  `\\b(?:pouvez vous|vous pouvez|pourriez vous|peux tu|tu peux|kunt u|kan u|kunt ge|kun je|kunnen jullie|konnen sie|konnten sie|kannst du|konnt ihr|can you|could you)\\s+(?:\\S+\\s+){0,3}(?:${EXPLAIN})(?:\\s+(?:ca|cela|le|la|het|dat|das|es|it|this|that|nog eens|again|encore|nochmal|bitte|svp|please|aub|hier|here|ici))*$`,
);

/** "ich blick nicht durch", "I don't get what you're asking". */
const LOST_ALONE =
  /\bblick\w*(?: \S+){0,4} (?:nicht|ned|net|nit) durch\b|\b(?:don t|dont|do not) (?:get|understand) what (?:you|u)\b|\bsnap (?:niet|nie|ni) wat (?:ge|je|u)\b|\bcomprends? pas ce que vous\b/;

/** "how it works with the social insurance fund": a question about something else than the bot. */
const ABOUT_SOMETHING_ELSE = new RegExp(
  `\\b(?:${WORKS})\\b(?: \\w+){0,2} (?:avec|met|mit|with|bij|chez|bei|for|pour|voor|fur) (?!(?:ce|deze|dit|diesem|this|de|the) (?:bot|chat)\\b)|\\b(?:mit|met|bei|bij) (?:da|der|die|dem|den|de|het|mijn|meiner|meinem) (?!(?:bot|chat)\\b)\\S+(?: \\S+)? (?:${WORKS})$`,
);

/** The bot's commands named: "c quoi les commandes", "welke commando's zijn er", "welche Befehle gibt's". */
const COMMANDS = /\b(?:commandes?|commando s?|commandos|befehle?|commands?|kommandos?)\b/;
/** What can be typed here: "je peux taper quoi ici ?", "wat kan ik hier typen?", "was kann ich hier eingeben". */
const WHAT_TYPE = near(
  `${WHAT}`,
  '(?:peux|peut|kan|kann|can|mag|darf)(?: \\S+){0,3} (?:taper|ecrire|mettre|typen|schrijven|intikken|eingeben|tippen|schreiben|type|write|enter|say)',
  4,
);
/** What the bot does: "tu sers à quoi", "wa doet gij eigenlijk", "was machst du eigentlich", "what do you do exactly". */
const WHAT_YOU_DO =
  /\b(?:(?:tu|vous) (?:sers|servez) a quoi|a quoi (?:tu sers|vous servez|ca sert|sert ce (?:bot|truc|chat))|(?:wat|wa) (?:doe|doet|doen) (?:gij|ge|jij|je|jullie|u)\b(?: \w+)?$|was (?:machst|tust|kannst) (?:du|ihr)\b(?: \w+)?$|was machen sie\b(?: \w+)?$|what (?:do|can) (?:you|u) (?:do|actually do|even do)\b)/;

/**
 * How to answer or where to press, asked of oneself and of nothing else: "hoe antwoord ik", "comment je fais
 * pour répondre", "wo muss ich draufdrücken" (not "je ne sais pas comment répondre à l'huissier").
 */
const HOW_ANSWER = new RegExp(
  `(?:^|\\b(?:${HOW}|ou|waar|wo|where)\\b)(?: \\S+){0,4} (?:antwoord\\w*|antworte\\w*|repond\\w*|answer\\w*|klik\\w*|klick\\w*|clique\\w*|click\\w*|druk\\w*|druck\\w*|draufdruck\\w*|appuie\\w*)(?: (?:ik|je|ich|i|hier|here|ici|la|da|on|dit|das|this))*$`,
);
const ME_HERE = /\b(?:je|j|ik|ich|i|on)\b/;
const HOW_OR_WHERE = new RegExp(`\\b(?:${HOW}|ou|waar|wo|where)\\b`);
/** What goes in the field: "was muss da rein", "what goes here", "wat moet hier", "qu'est-ce qu'on met ici". */
const WHAT_GOES_HERE = near(
  WHAT,
  '(?:muss|moet|goes|go|comes|kommt|komt|faut|hoort|gehort|belongs|met|mettre)(?: \\S+){0,2} (?:rein|hinein|hier|here|ici|la|da|daar)',
  2,
);
/** How this goes, asked bare: "hoe moet dit", "wie geht das hier", "comment ça se fait". */
const HOW_BARE =
  /\b(?:hoe|wie|comment|how)\s+(?:moet|muss|werkt|geht|gaat|marche|fonctionne|works?|does)\s+(?:dit|dat|da|das|des|ca|this|it|het)(?: hier| here| ici)?$/;

/** Not knowing what to do, said beside the device: "mein Enkel hat mir das eingerichtet … ich weiß nicht, was ich machen muss". */
const WHAT_TO_DO =
  /\b(?:weiss (?:nicht|ned|net) was ich (?:\S+ )?(?:machen|tun) (?:muss|soll)|sais pas (?:ce que je dois faire|quoi faire ici|comment faire ici)|weet (?:niet|nie|ni) wat ik (?:hier )?moet doen|(?:don t|dont|do not) know what (?:to do|i (?:should|must|have to) do|i m supposed to do))\b/;
const DEVICE =
  /\b(?:eingerichtet|installiert|gerat\w*|appareil\w*|toestel\w*|geinstalleerd|set (?:it|this|that) up for me|gsm|handy|smartphone|tablet\w*|portable|ordi\w*|computer|pc)\b/;
/** Not at ease with the device, said beside a question: "je suis pas douée avec ces trucs, je fais comment ?". */
const NOT_TECHY =
  /\b(?:(?:pas|niet|nicht|not) (?:\S+ )?(?:habitue\w*|gewoon|gewohnt|used to)(?: (?:a|aan|an|with|to))? (?:ces|ce|de|die|dit|deze|these|this|so|zo|zo n|solche\w*|les)? ?(?:machines?|trucs?|appareils?|toestellen|dingen|gerate\w*|dinger|things|stuff|tech\w*|ordi\w*|computers?|smartphones?|gsm|handys?|telephones?|phones?|apps?)|sais pas me servir|weet (?:niet|nie|ni) hoe (?:ik )?(?:\S+ )?(?:gebruik|werk)\w*|kan (?:niet|nie|ni) (?:goed )?met (?:\S+ ){0,3}om|kenn\w* (?:mich|mi) (?:mit (?:\S+ ){0,3})?(?:nicht|ned|net|nit) aus|useless with|hopeless with|terrible with|pas (?:tres )?doue\w* avec|pas (?:tres )?a l aise avec|niet (?:zo )?handig met|(?:nicht|ned|net) (?:so )?(?:fit|gut) mit|not (?:great|good|very good) with (?:tech|technology|phones|computers|these things)|not techy|pas (?:tres )?technique)\b/;
/** How to answer this question, not known: "je ne sais pas comment répondre à votre question" (not "… à l'huissier"). */
const HOW_TO_ANSWER_THIS =
  /\b(?:sais pas|weet (?:niet|nie|ni)|weiss (?:nicht|ned|net)|don t know|dont know|not sure)\s+(?:\S+\s+){0,2}(?:comment|hoe|wie|how|quoi|wat|was|what)\s+(?:\S+\s+){0,3}(?:repondre|antwoorden|antworten|answer|ecrire|schrijven|schreiben|write|mettre|invullen|eingeben)\b(?:\s+\S+){0,2}\s+(?:votre question|vos questions|la question|cette question|de vraag|uw vraag|deze vraag|die vraag|die frage|ihre frage|diese frage|your question|the question|this question|ici|hier|here)$/;

/** What to do with something of their life: "wat moet ik doen met mijn schulden", "what do I do about my debts". */
const DO_WITH_THEIRS = new RegExp(
  `\\b(?:${DO})\\s+(?:met|mit|with|about|avec|de|pour|voor|fur|bei|bij|chez|contre|tegen|gegen)\\s+(?:mijn|mein\\w*|my|mes|mon|ma|onze|unser\\w*|our|nos|notre)\\b`,
);
/** What they are to do now, in a few words: "je fais quoi là ?", "en nu, wat doe ik?", "und jetzt?", "now what?". */
const NOW_WHAT =
  /^(?:(?:euh|eh|heu|hum|erm|uh|en|et|und|and|ok|oke|dus|so|alors|also) )*(?:(?:je fais|on fait|faut faire) quoi(?: la| ici| maintenant)?|et maintenant|(?:wat (?:doe|moet) ik nu|en nu|wat nu)|und jetzt|was jetzt|now what|what now)$/;
/** What the bot means: "what do you mean?", "wat bedoelt u?", "was meinen Sie damit?", "ça veut dire quoi ?". */
const WHAT_YOU_MEAN =
  /^(?:(?:euh|eh|heu|sorry|pardon|sorry|desole|entschuldigung|ok) )?(?:what do (?:you|u) mean(?: by that| exactly)?|what does that mean|wat bedoel(?:t)? (?:u|ge|je|jij|jullie)(?: daarmee| precies)?|wat wil dat zeggen|was meinen (?:sie|du|ihr)(?: damit| genau)?|was meinst du(?: damit)?|was heisst das|was bedeutet das|que voulez vous dire|qu est ce que vous voulez dire|(?:ca|cela) veut dire quoi|c est a dire)$/;
/** Where to click, the where-word last: "je dois cliquer où ?", "klicken wo?". */
const CLICK_WHERE = /\b(?:cliqu\w*|appuy\w*|klik\w*|druk\w*|klick\w*|druck\w*|click|press|tap)\s+(?:\S+\s+)?(?:ou|waar|wo|where)$/;

/**
 * How to mend an answer, asked, the object a pronoun or the answer, before or after the verb: "comment on corrige",
 * "hoe verbeter ik dat", "wie korrigiere ich das", "how do I fix it", "comment je change ma réponse".
 */
const MEND =
  'corrig\\w*|rectifi\\w*|modifi\\w*|chang\\w*|verbeter\\w*|corrigeer\\w*|wijzig\\w*|aanpass\\w*|veranderen|verander|korrigier\\w*|berichtig\\w*|ander\\w*|fix\\w*|correct\\w*|undo|edit\\w*|amend\\w*';
/** The Dutch and German verb split around its subject: "hoe pas ik dat aan", "wie stell ich das um". */
const HOW_MEND_SPLIT = /^(?:hoe|wie) (?:pas|stel|zet|stell|mach) (?:ik|ich|je|man|we|wir)(?: \S+){0,3} (?:aan|om|recht|um|neu)$/;
const HOW_MEND = new RegExp(
  `^(?:(?:et|en|und|and|mais|maar|aber|but|alors|dus|also|so|ok) )*(?:${HOW}|ou|waar|wo|where)(?: (?:est ce qu|est ce que|on|je|j|ik|ich|i|man|do|can|kan|kann|do i|can i|moet|muss|soll|faut il|il faut|peut on|puis je|we|wir|je peux))* (?:${MEND})(?: (?:je|ik|ich|i|on|man|we|wir))?(?: (?:ca|cela|le|la|les|l|dat|dit|da|het|das|des|es|s|it|this|that|them|mon|ma|mes|mijn|meine?n?|my|ma reponse|mijn antwoord|meine antwort|my answer|the answer|la reponse|het antwoord|die antwort|\\S*(?:reponse|antwoord|antwort|answer)\\w*|erreur|fout|fehler|mistake))*$`,
);

/** A way of answering, as a verb or what is typed: "répondre", "typen", "tippen", "write", "un chiffre", "eine Zahl". */
const ANSWER_WAY =
  'repond\\w*|ecri\\w*|tap\\w*|typ\\w*|schrijf\\w*|schrijv\\w*|schreib\\w*|tipp\\w*|antwoord\\w*|antwort\\w*|writ\\w*|type|typing|answer\\w*|chiffres?|nombres?|cijfers?|getal\\w*|zahl\\w*|numbers?|digits?|mots?|woord\\w*|wort\\w*|words?|texte?|tekst|text\\w*';
/** Two ways of answering weighed in a question: "on répond avec les chiffres ou on écrit ?", "Do I type a number or write it out?". */
const WHICH_WAY = new RegExp(`\\b(?:${ANSWER_WAY})\\b(?: \\S+){0,4} (?:ou|of|oder|or)\\b(?: \\S+){0,3} (?:${ANSWER_WAY})\\b`);
/** What is expected, said in the passive: "wat er van mij verwacht wordt", "was von mir erwartet wird", "what is expected of me". */
const EXPECTED_PASSIVE = near(
  'verwacht wordt|wordt verwacht|verwacht|erwartet wird|wird erwartet|erwartet|expected|attendu',
  'van mij|van me|von mir|of me|from me|de moi',
  3,
);
/** Lost, in a word or two: "huh? lost", "perdu", "verloren". */
const LOST_WORD = /\b(?:lost|perdue?|paumee?|verloren|verward|verwirrt|confused|kwijt)\b/;
/** The sounds around it: "huh", "euh", "hä". */
const HUH = '(?:huh|hein|euh|heu|he|ha|hae|hm+|uh|eh|ok|so|alors|dus|also)';

function readHelp(f: string, text: string): boolean {
  if (WHICH_WAY.test(f) && text.includes('?') && words(f) <= 20) return true;
  if (EXPECTED_PASSIVE.test(f) && (WHAT_WORD.test(f) || NOT_UNDERSTAND.test(f) || text.includes('?')) && words(f) <= 15) return true;
  if (LOST_WORD.test(f) && new RegExp(`^(?:${HUH} )*${LOST_WORD.source}(?: ${HUH})*$`).test(f)) return true;
  if (words(f) <= 8 && clauses(text).some((c) => NOW_WHAT.test(c) || WHAT_YOU_MEAN.test(c) || CLICK_WHERE.test(c))) return true;
  if ((WHAT_TO_DO.test(f) && (DEVICE.test(f) || NOT_TECHY.test(f))) || HOW_TO_ANSWER_THIS.test(f)) return true;
  if (NOT_TECHY.test(f) && text.includes('?') && (HOW_WORD.test(f) || WHAT_WORD.test(f))) return true;
  // "j'ai pas compris la question, vous pouvez reformuler ?", "Ich verstehe nicht, was Sie von mir wollen".
  if (
    words(f) <= 20 &&
    ((REPHRASE.test(f) && (text.includes('?') || ASKING.test(f))) || LOST_WHAT_YOU.test(f) || QUESTION_NOT_UNDERSTOOD.test(f))
  )
    return true;
  if (words(f) <= 20 && clauses(text).some((c) => EXPLAIN_PLEA.test(c))) return true;
  if (words(f) <= 12 && (QUESTION_MEANING.test(f) || WANTED_OF_ME.test(f))) return true;
  // Short questions of using the screen: "hoe antwoord ik, waar moet ik klikken", "huh? what goes here?".
  if (
    words(f) <= 12 &&
    (clauses(text).some((c) => HOW_ANSWER.test(c) && ME_HERE.test(c) && HOW_OR_WHERE.test(c)) || WHAT_GOES_HERE.test(f) || HOW_BARE.test(f))
  )
    return true;
  if (LOST.test(f) || LOST_ALONE.test(f) || CANT_USE.test(f)) return true;
  if (
    (COMMANDS.test(f) &&
      (text.includes('?') || words(f) <= 6) &&
      (WHAT_WORD.test(f) || /\b(?:welke|welche|quelles?|which|list|liste|lijst)\b/.test(f))) ||
    WHAT_YOU_DO.test(f)
  )
    return true;
  // "comment on corrige ?", "hoe verbeter ik dat?", "wie korrigiere ich das?", "how do I fix it?": mending an answer.
  if (text.includes('?') && words(f) <= 30 && clauses(text).some((c) => HOW_MEND.test(c) || HOW_MEND_SPLIT.test(c))) return true;
  if (WHAT_TYPE.test(f) && /\b(?:ici|hier|here|la)\b/.test(f)) return true;
  // "hoe moet ik hierop antwoorden", "how do I answer this?", "il faut répondre comment ?"
  if (HOW_WORD.test(f) && (EXPECTED_OF_ME.test(f) || near(MUST_ANY, TYPE, 2).test(f))) return true;
  if (
    near(HOW, WORKS, 4).test(f) &&
    near(WORKS, THING, 3).test(f) &&
    !/\b(?:wie geht s|wie geht es|how are you|hoe gaat het)\b/.test(f) &&
    !ABOUT_SOMETHING_ELSE.test(f)
  )
    return true;
  if (
    WHAT_WORD.test(f) &&
    (EXPECTED_OF_ME.test(f) || (near(WHAT, TYPE, 3).test(f) && near(TYPE, MUST_ANY, 3).test(f))) &&
    !DO_WITH_THEIRS.test(f)
  )
    return true;
  if (NO_IDEA.test(f) && near(WHAT, TYPE, 2).test(f)) return true;
  if (BUTTONS.test(f) && (f.includes(' of ') || f.includes(' ou ') || f.includes(' oder ') || f.includes(' or ') || WHAT_WORD.test(f)))
    return true;
  if (near(EXPLAIN, HOW_OR_WHAT, 4).test(f) || MANUAL.test(f) || PRINCIPLE.test(f)) return true;
  if (new RegExp(`^(?:${EXPLAIN})(?: svp| stp| aub| bitte| please| pls)?$`).test(f)) return true;
  return NOT_UNDERSTAND.test(f) && (words(f) <= 5 || near(NOT_UNDERSTAND.source.slice(2, -2), HERE, 3).test(f));
}

/**
 * Urgency someone else spoke of ("the bailiff said it was urgent"), the
 * most urgent of several things, or urgency that is over ("c'était urgent
 * l'année passée"): not the person asking for help now.
 */
const URGENCY_ELSEWHERE =
  /\b(?:(?:said|says|zei|zegt|zeide|meinte|meint|sagte|sagt|dit|disait|a dit)(?: \w+){0,4} (?:urgen\w*|dringend\w*)|dringendste\w*|am dringendsten|le plus urgent|la plus urgente|(?:the )?most urgent|(?:c etait|c etais|etait|was|war|waren) (?:\w+ )?(?:urgen\w*|dringend\w*))\b/;

/** Pills taken to harm: swallowed, or taken in a quantity ("a whole strip", "viele", "toute la boîte"), not "j'ai pris mes médicaments". */
const PILLS =
  'cachets?|comprimes?|pilules?|medicaments?|medocs?|somniferes?|pillen|pilletjes|tabletten|medicijnen|slaappillen|pills?|tablets?|meds|medication|sleeping pills|schlaftabletten';
const SWALLOWED = near(`avale\\w*|geslikt|ingeslikt|geschluckt|runtergeschluckt|swallowed`, PILLS, 4);
const TAKEN_MANY = near(
  `pris|ingenomen|genommen|eingenommen|took|taken`,
  `(?:(?:beaucoup|tous|toute|toutes|une boite|la boite|plaquette|hele|heel|strip|veel|alle|doos|viele|ganze|packung|lots|a lot|all|whole|bunch|box|bottle|handful|poignee|handvoll) (?:\\S+ ){0,2})(?:${PILLS})|(?:${PILLS}) (?:\\S+ ){0,2}(?:viele|veel|beaucoup|lots|tous|alle|all)`,
  3,
);
/** The means at hand, said: "ich hab die Tabletten schon in der Hand", "j'ai les cachets devant moi", "pills in my hand". */
const MEANS_AT_HAND = near(
  PILLS,
  'in der hand|in de hand|dans la main|dans ma main|in my hand|in hand|devant moi|voor me|voor mij|vor mir|in front of me|klaar|bereit|ready|prets?',
  4,
);
/** Not taken, or forgotten: "j'ai pas avalé", "nicht genommen", "forgot my pills". */
const NOT_TAKEN =
  /\b(?:pas|niet|nie|nicht|net|not|never|jamais|nooit|didn t|haven t|hasn t)\s+(?:\S+\s+){0,2}(?:avale\w*|geslikt|ingeslikt|geschluckt|swallowed|pris|ingenomen|genommen|eingenommen|took|taken|take)\b|\b(?:vergessen|vergeten|oublie\w*|forgot|forgotten|forget)\b/;

/** The writer in danger, said of themselves and nothing more: "je suis en danger", "ik ben niet veilig", "I'm not safe" (not "en danger de faillite"). */
const SELF_IN_DANGER =
  /\b(?:je suis|suis|ik ben|ik voel me|ich bin|ich fuhle mich|i m|im|i am|i feel|i don t feel|i dont feel|i do not feel|je ne me sens pas|je me sens pas)\s+(?:\S+\s+)?(?:en danger|in gevaar|in gefahr|in danger|pas en securite|en securite|niet veilig|nicht sicher|not safe|safe)(?:\s+(?:maintenant|nu|jetzt|now|ici|hier|here|chez moi|thuis|zu hause|at home))?$/;

/** Help asked now, in a clause of its own: "help me now please", "aidez-moi tout de suite", "hilf mir sofort". */
const HELP_NOW = new RegExp(
  `^(?:(?:${POLITE}) )?(?:help me|help mij|help|aidez moi|aide moi|helft mir|hilf mir|helfen sie mir)\\s+(?:${NOW})(?: (?:${POLITE}))?$`,
);

/** Holding out, as a verb family that takes no object: "tenir", "volhouden", "durchhalten", "aushalten", "hold on", "make it". */
const ENDURE =
  'tenir|tiens|tiendr\\w*|tient|volhouden|volhoud\\w*|hou|houd|uithouden|uithoud\\w*|durchhalt\\w*|aushalt\\w*|halt|halte|halten|hold on|hold out|make it';
const CANT = /\b(?:can t|cant|cannot|won t|wont|couldn t|kan (?:het )?(?:niet|nie|ni)|kann (?:es |s )?(?:nicht|ned|net))\b/;
/** A near time the writer will not reach: "jusqu'à demain", "tot vanavond", "bis morgen", "till tomorrow", "the night". */
const UNTIL_SOON =
  '(?:jusqu \\S+|tot|bis|till|until|til|through) (?:\\S+ )?(?:demain|ce soir|cette nuit|la nuit|morgen|vanavond|vannacht|de nacht|heute abend|heute nacht|die nacht|tomorrow|tonight|the night)';
/** Not holding out until then, said of oneself: "je vais pas tenir jusqu'à demain", "ich halt das nicht bis morgen durch". */
const CANT_HOLD_OUT = near(ENDURE, UNTIL_SOON, 4);
/** The writer in crisis now, said in any of its forms: "je suis en pleine crise là", "ich hab grad eine Krise", "having a crisis right now". */
const CRISIS_NOW =
  /\b(?:je suis|suis|je fais|fais|j ai|ik ben|ik zit|ik heb|ik zit midden|ich bin|ich stecke|ich hab\w*|hab|i m|im|i am|i m having|having|i have|i ve got)\s+(?:\S+\s+)?(?:en (?:pleine )?crise|une (?:\S+ )?crise|in (?:een |de )?crisis|een (?:\S+ )?crisis|in (?:einer|der) krise|eine (?:\S+ )?krise|(?:a |an )?(?:\S+ )?crisis)(?: (?:la|grad|gerade|momentan|en ce moment|op dit moment|at the moment|right now|now|nu|jetzt|maintenant))?$/;
/** The writer asking what to do, in the first person: "je fais quoi", "wat doe ik", "was mach ich", "what do I do". */
const WHAT_DO_I =
  /\b(?:je fais quoi|que (?:dois je|faire|puis je faire)|qu est ce que je (?:fais|dois faire|peux faire)|wat (?:doe|moet|kan) ik(?: doen)?|was (?:mach|mache|soll|tu|tue|kann) ich(?: tun| machen)?|what (?:do|should|can|must) i do)\b/;
/**
 * What to do, asked with a word of now in capitals that ends the question, in a text that is not all capitals:
 * "Je fais quoi MAINTENANT ?", "Wat doe ik NU?" (not "Was mach ich JETZT mit dem Formular?").
 */
const SHOUTED_NOW =
  /(?:^|[^\p{L}])(?:MAINTENANT|TOUT DE SUITE|IMM[ÉE]DIATEMENT|VITE|NU|METEEN|SNEL|JETZT|SOFORT|SCHNELL|NOW|RIGHT NOW|QUICK)\s*(?:[?!.]|$)/u;
function whatNowShouted(text: string): boolean {
  if (text === text.toUpperCase()) return false;
  return text.split(/(?<=[?!.])\s+|\n/).some((s) => SHOUTED_NOW.test(s) && WHAT_DO_I.test(fold(s)));
}

/** It can wait, said of the matter: "ça peut attendre", "dat kan wachten", "das kann bis morgen warten", "it can wait" (not "ça ne peut pas attendre"). */
const NO_NEG = '(?!(?:ne|n|pas|niet|nie|ni|nicht|ned|net|not|t|plus|geen|kein\\w*|nimmer|never|jamais|nooit)\\b)';
const CAN_WAIT = new RegExp(
  `\\b(?:ca|cela|het|dat|da|das|des|es|it|that|this|dit|s)\\s+(?:peut|peuvent|pourra|pourrait|kan|kunnen|kann|konnte|can|could|mag|darf)\\s+(?:${NO_NEG}\\S+\\s+){0,4}(?:attendre|wachten|warten|wait)\\b`,
);
/** Now, as the predicate of its own clause: "es ist jetzt", "c'est maintenant", "het is nu", "it's happening now". */
const IT_IS_NOW =
  /^(?:(?:et|en|und|and|mais|maar|aber|but) )?(?:es ist|es isch|c est|het is|t is|it s|it is|its|ca se passe|ca arrive|het gebeurt|es passiert|es geschieht|it s happening|it is happening|happening) (?:(?:la|grad|gerade|echt|really|vraiment|wirklich) )?(?:jetzt|now|maintenant|nu|right now|en ce moment|op dit moment|tout de suite|sofort|meteen)$/;

function readUrgent(f: string, text: string): boolean {
  if (clauses(text).some((c) => HELP_NOW.test(c))) return true;
  if (clauses(text).some((c) => SELF_IN_DANGER.test(c))) return true;
  // "j'ai avalé des cachets il y a une heure", "ich hab vor einer Stunde Tabletten geschluckt, viele".
  if ((SWALLOWED.test(f) || TAKEN_MANY.test(f) || MEANS_AT_HAND.test(f)) && !NOT_TAKEN.test(f)) return true;
  if (NOT_URGENT.test(f) || URGENCY_ELSEWHERE.test(f) || URGENCY_DENIED.test(text) || CAN_WAIT.test(f)) return false;
  // "Was soll ich tun, es ist jetzt!": what to do, and now said as a clause of its own.
  if (clauses(text).some((c) => IT_IS_NOW.test(c)) && WHAT_DO_I.test(f)) return true;
  // "ik ga het niet volhouden tot morgen", "i can't hold on till tomorrow": not lasting until a near time.
  if (clauses(text).some((c) => CANT_HOLD_OUT.test(c) && (NOT_WORD.test(c) || CANT.test(c)))) return true;
  // "je suis en pleine crise là", "having a crisis right now"; "mon entreprise est en crise" is no one's.
  if (clauses(text).some((c) => CRISIS_NOW.test(c))) return true;
  // "Mon client … est monté sur le toit. Je fais quoi MAINTENANT ?": what to do, now, shouted.
  if (whatNowShouted(text)) return true;
  // No time for the questions, or now, pleading, and grave: a person who cannot go through a form.
  if (NO_TIME_FOR_FORM.test(f) || (NOW_PLEA.test(f) && GRAVE.test(f))) return true;
  // What is urgent must be their situation, not a thing in it: "dringende facturen" is taken out first.
  if (URGENT_WORD.test(f.replace(URGENT_THINGS, ' '))) return true;
  return (
    (NEED.test(f) && near(SOMEONE, NOW, 3).test(f)) ||
    CANT_WAIT.test(f) ||
    HURRY_SERIOUS.test(f) ||
    (SELF_IN_CRISIS.test(f) && new RegExp(`\\b(?:${NOW})\\b`).test(f))
  );
}

/** Asked of the bot: a wish, a question, an imperative (not "mes clients parlent une autre langue"). */
const ASKING =
  /\b(?:peut|peux|pouve[zr]|possible|moyen|mogelijk|moglich|wars|ware|chommer|chan|voudrais|veux|prefere|aimerais|comment|svp|stp|kan|kunnen|kunt|hoe|graag|liever|aub|wil|kann|konnen|wie|bitte|gibt|lieber|mocht|mochte|can|could|how|please|pls|rather|is there|y a t il|is er|option|wanna|want)\b/;
const CHANGE_VERB =
  /\b(?:change[rz]?|changeons|modifi\w*|wissel\w*|wijzig\w*|verander\w*|aanpass\w*|switch\w*|wechs\w*|umstell\w*|umzustell\w*|settings?|instellingen|einstellungen)\b/;

/** A language named: to go on in it ("in het Frans voortzetten", "auf Französisch weiterschreiben", "switch en nl"). */
const LANG_NAME =
  'francais|frans|franzosisch|french|nl|neerlandais|nederlands|vlaams|niederlandisch|dutch|flemish|duits|deutsch|dutsch|tuutsch|allemand|german|engels|englisch|anglais|english';
/** A language asked for with a plea or as a question: "en français s'il vous plaît", "auf Deutsch bitte", "english?". */
const LANG_PLEA = new RegExp(
  `\\b(?:en|in|auf|uf|op)\\s+(?:(?:het|t|le|l|das|the)\\s+)?(?:${LANG_NAME})\\s+(?:s il vous plait|s il te plait|svp|stp|si possible|graag|aub|alstublieft|als het kan|bitte|wenn moglich|wenns geht|please|pls|if possible)\\b`,
);
const LANG_ASKED = new RegExp(`(?:^|[.,;!?:]\\s*)(?:in |en |auf )?(?:${LANG_NAME})\\s*\\?`, 'i');
/** The writer's own command of the language, said to be poor: "mijn Nederlands is slecht", "my French is bad". */
const SPEAK_POORLY = new RegExp(
  `\\b(?:mon|mijn|mein|my)\\s+(?:${LANG_NAME})\\s+(?:\\S+\\s+)?(?:is|est|ist)\\s+(?:\\S+\\s+)?(?:slecht|mauvais|nul|schlecht|bad|poor|pas (?:tres )?bon|niet (?:zo )?goed|nicht (?:so )?gut|not (?:very |that |so )?(?:good|great)|(?:isn t|isnt|n est pas|is niet|is nie|ist nicht|ist net) (?:very |that |so |tres |zo |so )?(?:good|great|bon|top|terrible|goed|fameus|gut|toll))\\b`,
);
const GO_ON_IN = near(
  LANG_NAME,
  'voortzetten|verder\\w*|doorgaan|fortsetzen|fortfahren|weiterschreiben|weiter\\w*|continuer|poursuivre|continue|carry on|go on|switch\\w*|passer|overschakelen|schakelen|umstellen|wechs\\w*|wachsl\\w*',
  5,
);
/** Speaking another language better: "ik spreek beter Duits", "je parle mieux anglais", "I speak German better". */
const SPEAK_BETTER = near(
  'spreek|spreken|parle|parler|spreche|sprech\\w*|speak',
  `beter|mieux|besser|better|liever|plutot|lieber|rather`,
  3,
);

/** Asking whether the bot speaks a language: "parlez-vous français ?", "spreekt u Duits?", "do you speak English?". */
const DO_YOU_SPEAK = new RegExp(
  `\\b(?:parlez vous|vous parlez|tu parles|parles tu|spreekt u|spreek je|spreekt ge|spreek jij|spreken jullie|sprechen sie|sprichst du|sprecht ihr|do you speak|can you speak|can you write in|could you speak)\\s+(?:\\S+\\s+)?(?:${LANG_NAME})\\b`,
);

/** The writer does not read or speak a language: "je comprends pas le néerlandais", "ik spreek geen Frans", "I can't read Dutch". */
const LANG_NOT_MINE = new RegExp(
  `\\b(?:comprends? pas|parle pas|lis pas|begrijp geen|versta geen|spreek geen|lees geen|begrijp (?:het )?(?:niet|nie) in|verstehe? kein|spreche? kein|lese? kein|(?:don t|dont|do not|can t|cant|cannot) (?:understand|speak|read))\\s+(?:\\S+\\s+)?(?:${LANG_NAME})\\b`,
);

/** Writing or answering in a language, asked: "mag ik in het Engels antwoorden?", "kann ich auf Englisch schreiben?". */
const WRITE_IN = near(
  `(?:in|en|auf|op) (?:het |t |l )?(?:${LANG_NAME})`,
  'antwoorden|schrijven|typen|antworten|schreiben|tippen|ecrire|repondre|taper|write|answer|reply|type',
  3,
);

/**
 * A language said to suit the writer better: "ça ira mieux en néerlandais pour moi", "Französisch wär mir lieber",
 * "en français ce serait plus simple pour moi" (not "mon client parle mieux anglais").
 */
const LANG_SUITS_ME = near(
  LANG_NAME,
  '(?:\\S+ )?(?:mieux|plus simple|plus facile|plus pratique|lieber|liaba|besser|einfacher|leichter|beter|makkelijker|gemakkelijker|eenvoudiger|liever|easier|better|simpler)',
  5,
);
const TO_ME = /\b(?:pour moi|voor mij|voor mezelf|mir|fur mich|for me|to me)\b/;

/** Said as a wish in the conditional: "ce serait mieux", "zou beter zijn", "wäre besser", "would suit me better". */
const CONDITIONAL = /\b(?:serait|serais|irait|zou|zouden|ware|waren|wurde|would|d be)\b/;
/** Their own language asked for: "dans ma langue", "in mijn eigen taal", "in meiner Muttersprache", "in my own language". */
const OWN_LANG = new RegExp(
  `\\b(?:dans|en|in|auf|op) (?:ma|mijn|m n|meiner|meine|my) (?:propre |eigen\\w* |own |native )?(?:${LANG_WORD}|moedertaal|muttersprache|langue maternelle|mother tongue)\\b`,
);
const AT_EASE = /\b(?:a l aise|op mijn gemak|gemakkelijker|wohler|wohl|at ease|comfortable|more comfortable)\b/;
/** A language named last in a short question: "Any chance of Dutch?", "c'est possible en néerlandais ?", "geht das auch auf Englisch?". */
function languageLastAsked(text: string): boolean {
  return withoutAccents(text)
    .split(/(?<=[?!.])\s+/)
    .some((s) => new RegExp(`\\b(?:${LANG_NAME})\\s*\\?+\\s*$`).test(s) && s.split(/\s+/).length <= 10 && ASKING_OR_CHANCE.test(fold(s)));
}
const ASKING_OR_CHANCE = new RegExp(`${ASKING.source}|\\b(?:chance|any|possible|mogelijk|moglich|aussi|ook|auch|also)\\b`);

/** Someone else speaks it: "mon client parle mieux anglais", "hij spreekt beter Frans", "she speaks German better". */
const OTHER_SPEAKS =
  /\b(?:il|elle|ils|elles|hij|zij|ze|er|sie|he|she|they|\S*client\w*|\S*klant\w*|\S*kunde\w*|kundin\w*|customer\w*|mandant\w*)\s+(?:\S+\s+)?(?:parle\w*|spreekt|spreken|spricht|sprechen|speaks?)\b/;

function readLanguage(f: string, text: string): boolean {
  if (LANG_SUITS_ME.test(f) && (TO_ME.test(f) || CONDITIONAL.test(f)) && words(f) <= 25) return true;
  if (OWN_LANG.test(f) && (ASKING.test(f) || text.includes('?') || AT_EASE.test(f))) return true;
  if (languageLastAsked(text)) return true;
  if (WRITE_IN.test(f) && text.includes('?') && /\b(?:mag|kan|mogen|kunnen|darf|kann|durfen|peux|puis|peut|can|may|could)\b/.test(f))
    return true;
  if (LANG_NOT_MINE.test(f) && words(f) <= 12) return true;
  if (DO_YOU_SPEAK.test(f) && (text.includes('?') || words(f) <= 6)) return true;
  if (LANG_PLEA.test(f) || (LANG_ASKED.test(withoutAccents(text)) && words(f) <= 12) || SPEAK_POORLY.test(f)) return true;
  if (
    (GO_ON_IN.test(f) || (SPEAK_BETTER.test(f) && new RegExp(`\\b(?:${LANG_NAME})\\b`).test(f) && !OTHER_SPEAKS.test(f))) &&
    (ASKING.test(f) || text.includes('?') || words(f) <= 8)
  )
    return true;
  if (!near(LANG_WORD, CHANGE_LANG, 4).test(f) && !(new RegExp(`\\b(?:${LANG_WORD})\\b`).test(f) && IN_ANOTHER.test(f))) return false;
  // Asked of the bot, or said in a few words ("taal wijzigen"); not "j'arrive pas à changer la langue de mon site".
  return ASKING.test(f) || text.includes('?') || (CHANGE_VERB.test(f) && words(f) <= 6) || words(f) <= 3;
}

/** A call said to be unneeded: "pas besoin qu'on me rappelle", "teruggebeld worden hoeft niet", "no need to call me back". */
const NO_NEED =
  /\b(?:pas besoin|pas la peine|pas necessaire|hoeft (?:niet|nie|ni)|(?:niet|nie|ni) nodig|nicht notig|nicht noetig|nicht no tig|brauch\w* (?:\S+ )?(?:nicht|ned|net|kein\w*)|no need|not necessary|don t need|dont need)\b/;
/** The telephone or a call, as a noun. */
/** The way named, as an answer: "par téléphone", "per telefoon", "by phone". */
function modality(f: string): boolean {
  return /^(?:par|per|via|by|au|am|le|la|de|het|the|das)\s+(?:telephone|telefoon|telefon|phone)\b/.test(f);
}
const PHONE_NOUN = 'anruf\\w*|appel\\w*|telefoontje\\w*|telefonat\\w*|coup de fil|telephone|telefoon|telefon|phone';
/** French "que" of a comparison: "plus simple que", "mieux que", "moins pratique que". */
const FR_COMPARED = '(?:plus|moins|aussi) \\S+ qu\\w*|mieux qu\\w*|pire qu\\w*';
/** A call named as what is not preferred: "WhatsApp is beter dan bellen", "lieber als Anrufe", "rather than a call". */
const THAN_CALL = new RegExp(
  `\\b(?:dan|als|than|plutot qu\\w*|rather than|instead of|in plaats van|ipv|statt|anstatt|au lieu d\\w*|${FR_COMPARED})\\s+(?:\\S+\\s+){0,2}(?:${CALL_VERB}|${PHONE_NOUN})\\b`,
);
/** Asked of the bot or its people as a question: "zou u mij … kunnen contacteren?", "could you get in touch?". */
const ASKED_OF_YOU =
  /\b(?:zou u|zoudt u|kunt u|kan u|kunt ge|kunnen jullie|zouden jullie|pourriez vous|pouvez vous|vous pourriez|vous pouvez|pourrais tu|peux tu|konnen sie|konnten sie|konnt ihr|konntet ihr|kannst du|could you|can you|would you|will you)\b/;
/** Reached by phone: "get in touch by phone", "telefonisch contacteren", "par téléphone me joindre". */
const CONTACT_BY_PHONE = near(
  'contact\\w*|contacteer\\w*|kontakt\\w*|get in touch|reach|joindre|bereiken|erreichen',
  'by phone|par telephone|telefonisch|per telefoon|per telefon|via telefoon|au telephone|over the phone|on the phone',
  3,
);

/** A span of hours, taken out before words are counted: "tussen 12 en 13u", "entre 12h et 14h", "zwischen 12 und 13 Uhr". */
const HOUR = String.raw`\d{1,2}(?:[:h.u]\d{0,2})?\s*(?:u|h|uur|uhr|am|pm)?`;
const HOUR_SPAN = new RegExp(
  String.raw`\b(?:tussen|entre|zwischen|between|van|vanaf|de|von|from)\s+${HOUR}\s+(?:en|et|und|and|tot|à|a|bis|to|-)\s+${HOUR}(?!\w)|\b(?:om|à|vers|um|gegen|at|around|rond)\s+${HOUR}(?!\w)`,
  'gi',
);
/** One way of contact set against another, as an answer: "téléphone plutôt que mail", "liever bellen dan mailen", "phone rather than email". */
const CHANNEL_COMPARED = new RegExp(
  `\\b(?:${PHONE_NOUN}|bellen|call\\w*|anrufen)\\s+(?:\\S+\\s+)?(?:plutot qu\\w*|plus qu\\w*|rather than|instead of|liever dan|dan|als|than|statt|anstatt|eher als|lieber als)\\s+(?:(?:par|per|via|by|un|une|le|la|een|de|het|ein|eine|einen|a|an|the)\\s+)?(?:e ?mail\\w*|mail\\w*|courriel|sms|texto|whatsapp|brief|lettre|letter|courrier|post|bericht|nachricht|message|text\\w*)\\b`,
);
/** A call named, "instead", in a question: "A phone call instead, would that work?", "un appel plutôt, c'est possible ?". */
const CALL_INSTEAD = near(
  'phone call|call|coup de fil|appel|telefoontje|telefoongesprek|anruf|telefonat|ruckruf',
  'instead|a la place|in plaats daarvan|stattdessen|plutot|liever|lieber|rather',
  2,
);
/** Someone else to be called, asked for: "mon mari voudrait qu'on le rappelle … c'est possible ?", "kunt u hem bellen?". */
const CALL_THEM =
  /\b(?:(?:le|la|l) (?:re)?(?:appel\w*|rappel\w*|telephon\w*)|(?:hem|haar) (?:\S+ )?(?:terug)?(?:bellen|opbellen)|(?:ihn|ihm) (?:\S+ )?(?:anrufen|zuruckrufen)|(?:call|ring|phone) (?:him|her)(?: back)?)\b/;

function readCallback(f: string, text: string): boolean {
  // The hours asked for are not words between the call and "me": "kan iemand mij morgen tussen 12 en 13u bellen?".
  const told = text;
  text = text.replace(HOUR_SPAN, ' ');
  f = fold(text);
  // "someone called me" is news; "I'd rather you called me" is a wish.
  const wished = /\b(?:rather|wish|prefer|liever|lieber|plutot|prefere)\b/.test(f);
  // A number given, and a call asked in a clause of its own: "mijn gsm is 0476 98 76 54, bel aub".
  // "0470 12 34 56, bel me maar" gives the number asked for: "just", "feel free", softens the call into consent.
  if (PHONE_DIGITS.test(text))
    return clauses(text.replace(/\d[\d\s./]{7,}\d/g, ', ')).some(
      (c) => (CALL_IMPERATIVE.test(c) || CALL_PLEA_ALONE.test(c)) && !SOFTENED.test(c),
    );
  // "on peut pas juste s'appeler ?", "kunnen we niet gewoon even bellen": a call proposed.
  if (clauses(text).some((c) => CALL_TOGETHER.test(c) && (text.includes('?') || MODAL_FIRST.test(c)))) return true;
  if ((CALLED_BEFORE.test(f) && !wished) || /\b(?:jamais|nooit|nie meer|niemals|never)\b/.test(f)) return false;
  // "please don't call me at work", "pas m'appeler au boulot", "niet bellen op het werk": a call declined.
  // Each clause on its own: "ik typ niet graag, bel me maar" declines typing, not the call.
  const declined = new RegExp(`\\b(?:${NOT})\\s+(?:\\S+\\s+)?(?:${CALL_VERB})\\b`);
  // "kunt u mij niet gewoon bellen?", "könnten Sie mich nicht einfach anrufen?": a negation in a question is a suggestion.
  const suggested = (c: string) => MODAL_FIRST.test(c) && text.includes('?');
  if (clauses(text).some((c) => declined.test(c) && !suggested(c))) return false;
  // "pas besoin qu'on me rappelle", "WhatsApp is beter dan bellen": a call declined, or the other way preferred.
  if (NO_NEED.test(f) || THAN_CALL.test(f)) return false;
  // "belt mij liefst ni op 't werk", "ruft mich bitte nicht an": the negation after the verb.
  if (
    clauses(text).some(
      (c) =>
        !suggested(c) &&
        new RegExp(
          `\\b(?:${CALL_VERB})\\s+(?:(?:me|mij|mich|mi|moi|u|sie|s)\\s+)?(?:\\S+\\s+)?(?:pas|niet|nie|ni|nicht|ned|nid|nod|not|never|jamais|nooit|niemals)\\b`,
        ).test(c),
    )
  )
    return false;
  if (CHANNEL_COMPARED.test(f)) return false;
  // "un coup de fil ce serait mieux. Rappelez-moi ce soir.": the call itself is wished in a clause with no time in it.
  if (clauses(text).some((c) => CALL_BETTER.test(c) && !TIME_OF_DAY.test(c) && momentsIn(c) === undefined && !modality(c))) return true;
  if (CALL_INSTEAD.test(f) && text.includes('?')) return true;
  if (CALL_THEM.test(f) && text.includes('?') && REQUEST.test(f) && !CALLED_BEFORE.test(f)) return true;
  // "appelez-moi plutôt le matin" answers when to call, not whether.
  // Asked of someone, as a question, it is a request still: "quelqu'un peut m'appeler ce soir ?".
  const askedOfSomeone =
    text.includes('?') &&
    (/\b(?:quelqu un|qqn|iemand|jemand|someone|somebody|une personne|un conseiller|een persoon|een medewerker|eine person|ein mitarbeiter|a person)\b/.test(
      f,
    ) ||
      ASKED_OF_YOU.test(f));
  if (askedOfSomeone && CONTACT_BY_PHONE.test(f)) return true;
  if (momentsIn(told) !== undefined && !askedOfSomeone && !/\b(?:demain|morgen|tomorrow|morn)\b/.test(f)) return false;
  if (near('me|mij|moi|mich|mi', CALL_VERB, 3).test(f) && REQUEST.test(f)) return true;
  // An imperative is a request: "rappelez-moi au plus vite", "belt mij efkes op", "anrufen bitte".
  // Each clause may be one: "bellen is beter, bel me".
  if (clauses(text).some((c) => (CALL_IMPERATIVE.test(c) && !DECLINED.test(c.split(' ').slice(0, 6).join(' '))) || CALL_PLEA_ALONE.test(c)))
    return true;
  // A call to be had: "mag ik een telefoontje krijgen", "can i get a phone call instead".
  if (GET_A_CALL.test(f) && REQUEST.test(f)) return true;
  if (CALL_POSSIBLE.test(f) && text.includes('?')) return true;
  if (clauses(text).some((c) => CALL_NOUN_PLEA.test(c) && /\b(?:graag|svp|stp|aub|alstublieft|bitte|please|pls)\b/.test(c))) return true;
  // "par téléphone de préférence", "le téléphone c'est mieux le matin": the way or the time, answered.
  const modalityAnswer = modality(f) || TIME_OF_DAY.test(f);
  if ((RATHER_CALL.test(f) && THAN_TYPING.test(f)) || (CALL_BETTER.test(f) && !modalityAnswer)) return true;
  if ((PASSIVE_CALL.test(f) || CALL_LAST.test(f)) && REQUEST.test(f)) return true;
  return CALL_ME.test(f) && (REQUEST.test(f) || words(f) <= 4);
}

const PERSON_ALONE = new RegExp(`^(?:une? |een |einen |a |an )?(?:${PERSON})(?: svp| stp| aub| bitte| please| pls| dispo| around)?$`);
const PERSON_WORD = new RegExp(`\\b(?:${PERSON})\\b`);
/**
 * A human asked for in a few words, with a plea or a "real": "mens aub", "bitte einen echten Menschen", "a real human
 * please" (not "personne", which is also "nobody").
 */
const HUMAN_PLEA = new RegExp(
  `^(?:(?:${POLITE}) )?(?:(?:une?|een|ne|nen|einen|ein|a|an) )?(?:(?:echte[nrs]?|vraie?|real|actual|richtige[nrs]?|wirkliche[nrs]?) )?(?:mens|mensen|mensch|menschen|human|humain|persoon|person|personne|etre humain)(?: (?:${POLITE}))?$`,
);
const PLEA_OR_REAL = new RegExp(`\\b(?:${POLITE}|echte[nrs]?|vraie?|real|actual|richtige[nrs]?|wirkliche[nrs]?)\\b`);

/** Putting the writer through to someone, whoever: "passez-moi quelqu'un", "verbinden Sie mich mit jemandem", "put me through to someone". */
const PUT_THROUGH = near(
  '(?:passez|passe|put|connect|transfer|verbind\\w*|doorverbind\\w*|verbinden|verbinde|stell\\w*|mettez|mets)(?: \\S+)? (?:moi|me|mij|mich|mi|us|nous|ons|uns)(?: (?:door|durch|through))?',
  'quelqu un|qqn|iemand|jemand\\w*|someone|somebody|anyone|anybody|une personne|een persoon|eine person|a person|quelqu un d autre|iemand anders',
  4,
);
/** Talking to machines refused: "je parle pas aux robots", "ik praat niet tegen computers", "mit Maschinen red ich nicht". */
const MACHINES = `${BOT}|robots|bots|chatbots|machines|computers|ordinateurs|ordis|roboters?`;
const TALK =
  'parle\\w*|discut\\w*|echang\\w*|praat\\w*|spreek\\w*|spreken|babbel\\w*|red|rede|reden|redet|sprech\\w*|sprich\\w*|talk\\w*|speak\\w*|chat|chatting';

/** Machines of every kind, programs too, for a person set against them. */
const MACHINE_ANY = `${MACHINES}|programmes?|programma\\w*|programm\\w*|programs?|software|logiciel\\w*|automat\\w*|ia|ai|ki|algorit\\w*`;
/** Someone, a person: what is set against the machine. */
const SOMEONE_ANY = `${PERSON}|quelqu un|qqn|iemand|jemand\\w*|someone|somebody|une personne|een persoon|eine person|a person|mensch\\w*|mens`;
/**
 * A person set against a machine: "avec quelqu'un …, pas avec un programme", "met iemand …, niet met een programma",
 * "someone flesh and blood, not a program"; or asked which of the two is there: "sitzt da ein Mensch, oder schreibe
 * ich mit einer Maschine?".
 */
const NOT_A_MACHINE = new RegExp(
  `\\b(?:pas|niet|nie|ni|nicht|ned|net|not|no)\\s+(?:(?:avec|met|mit|with|tegen|to|a|aan)\\s+)?(?:(?:un|une|des|een|ne|einem|einer|eine|ein|a|an|the|de|die|le|la|dem|der)\\s+)?(?:${MACHINE_ANY})\\b`,
);
const SOMEONE_WORD = new RegExp(`\\b(?:${SOMEONE_ANY})\\b`);
const HUMAN_OR_MACHINE = new RegExp(
  `\\b(?:${SOMEONE_ANY})\\b(?: \\S+){0,4} (?:ou|of|oder|or)\\b(?: \\S+){0,8} (?:${MACHINE_ANY})\\b|\\b(?:${MACHINE_ANY})\\b(?: \\S+){0,4} (?:ou|of|oder|or)\\b(?: \\S+){0,8} (?:${SOMEONE_ANY})\\b`,
);
/** A person as the subject of a past verb is a story told: "une vraie personne m'a déjà répondu", "a real person answered me". */
const PERSON_NARRATED = new RegExp(
  `\\b(?:${PERSON})\\s+(?:(?:m|me|mij|mir|mich|hier|gisteren|gestern|yesterday|already|deja|al|schon)\\s+)*(?:a|avait|heeft|had|hat|hatte|has|was|war|etait|answered|replied|called|helped|told|said)\\b`,
);

const TALK_TO_PERSON = near(
  '(?:parler|discuter|echanger|praten|spreken|babbelen|sprechen|reden|talk|speak|chat)',
  `(?:a|aux|avec|met|mit|to|with)(?: (?:un|une|een|einem|einer|a|an|the|de|die|le|la))? (?:${PERSON})`,
  2,
);
/** Told in the past: an auxiliary of the perfect ("j'ai parlé", "ik heb gesproken", "ich habe geredet", "I have talked"). */
const TOLD_PAST = /\b(?:ai|a|avons|avait|heb|hebben|heeft|had|hab|habe|hat|hatte|have|has|did|talked|spoke)\b/;

function readPerson(f: string, text: string): boolean {
  // "Een echte persoon? Ja, mijn huisarts.": the bot's question echoed and answered.
  if (echoedAndAnswered(text, fold)) return false;
  if (PERSON_NARRATED.test(f) && !text.includes('?') && !POLITE_WORD.test(f)) return false;
  if (clauses(text).some((c) => NOT_A_MACHINE.test(c)) && SOMEONE_WORD.test(f.replace(NOT_A_MACHINE, ' '))) return true;
  if (HUMAN_OR_MACHINE.test(f) && text.includes('?')) return true;
  // "parler à quelqu'un de vrai", "met een echte mens praten", "talk to a real human": a talk with a person, wished
  // in a few words and not told in the past.
  if (words(f) <= 8 && TALK_TO_PERSON.test(f) && !TOLD_PAST.test(f)) return true;
  if (PUT_THROUGH.test(f)) return true;
  if (
    clauses(text).some(
      (c) =>
        near(TALK, `(?:a|aux|avec|tegen|met|mit|to|with)(?: (?:un|une|des|les|een|de|die|einer|einem|a|the))? (?:${MACHINES})`, 3).test(
          c,
        ) &&
        (NOT_WORD.test(c) || /\b(?:jamais|nooit|nie|niemals|never)\b/.test(c)),
    )
  )
    return true;
  // A person asked for in a clause of its own: "pas envie de raconter ma vie à un ordinateur. une personne svp".
  if (clauses(text).some((c) => PERSON_ALONE.test(c) || (HUMAN_PLEA.test(c) && PLEA_OR_REAL.test(c)))) return true;
  if (text.includes('?') && words(f) <= 6 && PERSON_WORD.test(f)) return true;
  if (near(ASK, PERSON, 6).test(f) || /^(?:une? )?(?:vraie personne|real person|echte persoon|echte person|un humain|a human)\b/.test(f))
    return true;
  // "ned mit ana Maschin", "niet met de bot", "not with a bot".
  return near(FED_UP, BOT, 6).test(f) || near('(?:ned|nit|nod|niet|nie|ni|nicht|not|pas) (?:mit|met|with|avec)', BOT, 3).test(f);
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
  // Not knowing how to use the bot is help, though it names the bot ("je sais pas utiliser ce chatbot").
  if (CANT_USE.test(f)) return 'help';
  // What someone else says or wants is a report, not a request to stop or to be called.
  const reported = REPORTED.test(f);
  // "oui, vous pouvez m'appeler sur ce numéro", "mijn gegevens mag u doorgeven": a permission answers the bot.
  const granted = permissionGiven(f, text);
  // "je ne peux pas attendre qu'on me rappelle demain": the wait is the trouble, read as urgency below.
  if (!reported && !granted && !CANT_WAIT.test(f) && readCallback(f, text)) return 'callback';
  if (!granted && readPerson(f, text)) return 'person';
  if (!reported && readMenu(f, text)) return 'menu';
  if (!reported && readCancel(f, text)) return 'cancel';
  if (readUrgent(f, text)) return 'urgent';
  if (readHelp(f, text)) return 'help';
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
  // "Une personne de confiance ? Ma sœur.": the bot's question echoed and answered asks for no one.
  const askedForPerson = askedBack(text) === 'person' && !echoedAndAnswered(text, fold);
  return readCommand(text) ?? (askedForPerson ? 'person' : undefined) ?? naturalIntent(text);
}

/**
 * The fixed command words and erasure in the person's words, read as
 * written and with their key words' typos mended ("cancle", "supprimer mes
 * donées"). The engine and `npm run intents:eval` both read through here.
 */
export function readCommand(text: string, how: { erasure: boolean } = { erasure: true }): Command | undefined {
  const mended = mendKeyWords(text);
  const command = parseCommand(text) ?? parseCommand(mended);
  if (command) return command;
  if (!how.erasure) return undefined;
  if (erasureRefused(text)) return undefined;
  if (asksErasure(text) || asksErasure(mended)) return erasureDone(text) ? undefined : 'erase';
  return erasureTold(text) ? 'erase' : undefined;
}

/** The verbs of erasing, by their stems: "effacer", "supprimez", "verwijderd", "wissen", "löschen", "deleted", "wiping". */
const ERASE_STEM =
  'effac\\w*|supprim\\w*|detrui\\w*|verwijder\\w*|wis|wist|wissen|gewist|vernietig\\w*|losch\\w*|geloscht|entfern\\w*|vernicht\\w*|delet\\w*|eras\\w*|remov\\w*|destroy\\w*|wip(?:e|ed|es|ing)';
/**
 * Erasing refused: a wish denied that governs the erasing verb in its clause ("je ne veux pas qu'on efface quoi que
 * ce soit", "ik wil niet dat jullie iets wissen", "ich will nicht, dass Sie etwas löschen", "I don't want you to
 * delete anything"), the verb negated ("n'effacez rien", "nichts löschen", "don't erase"), or a clause that asks to
 * keep their file ("gardez mon dossier", "bewaar mijn dossier").
 */
const WISH_DENIED =
  'ne veux pas|veux pas|ne voudrais pas|voudrais pas|wil (?:niet|nie|ni)|wilde (?:niet|nie|ni)|will (?:nicht|ned|net|nid)|mochte (?:nicht|ned|net)|don t want|dont want|do not want|wouldn t want|would not want';
const ERASE_DENIED = new RegExp(
  `\\b(?:${WISH_DENIED})\\b(?:\\s+\\S+){0,6}?\\s+(?:${ERASE_STEM})\\b|\\b(?:n|ne|don t|dont|do not|never|jamais|niet|nicht|nichts|niets|niks|nothing|rien|not)\\s+(?:${ERASE_STEM})\\b|\\b(?:${ERASE_STEM})\\s+(?:\\S+\\s+)?(?:rien|niets|niks|nichts|nothing|pas|niet|nicht)\\b`,
);
const KEEP_MINE =
  /^(?:(?:et|en|und|and|mais|maar|aber|but|donc|dus|also|so|svp|aub|bitte|please) )*(?:gardez|garde|conservez|conserve|bewaar|bewaart|houd|hou|behalten sie|behalte|behaltet|keep)\b(?: \S+){0,2} (?:mon|ma|mes|mijn|meine?[nrs]?|my)\b/;
const ERASE_FIRST = new RegExp(`^(?:(?:svp|aub|bitte|please) )?(?:${ERASE_STEM})\\b`);
function erasureRefused(text: string): boolean {
  const parts = clauses(text.replace(/,\s*(?=(?:dass|dat|que|qu)\b)/gi, ' '));
  return parts.some((c) => ERASE_DENIED.test(c)) || (parts.some((c) => KEEP_MINE.test(c)) && !parts.some((c) => ERASE_FIRST.test(c)));
}

/** Someone else did the erasing, or it is over: "the fire destroyed my data", "mijn boekhouder heeft mijn gegevens verwijderd". */
const ERASED_BY =
  /\b(?:i|we|he|she|they|it|someone|somebody|the \S+)\s+(?:accidentally\s+|already\s+|just\s+)?(?:destroyed|deleted|erased|removed|wiped)\b/;
function erasureDone(text: string): boolean {
  return clauses(text).some((c) => !WISHED_GONE.test(c) && (ERASED_BEFORE.test(c) || ERASED_BY.test(c)));
}

/** Gone, as a wish: "I want my number and everything I've typed removed", "ik wil dat mijn gegevens verwijderd worden". */
const WISHED_GONE =
  /\b(?:want|wil|will|mochte|veux|voudrais|souhaite|would like|d like|wish)\b(?:\s+\S+){0,10}\s+(?:removed|deleted|erased|wiped|destroyed|verwijderd|gewist|vernietigd|geloscht|entfernt|vernichtet|supprimee?s?|effacee?s?|detruite?s?)\b/;
/** Erasing all of it: "supprimez tout", "wis alles", "alles löschen", "wipe it all", "delete everything". */
const ERASE_ALL = new RegExp(
  `\\b(?:${'effac\\w*|supprim\\w*|verwijder\\w*|wis|wissen|losch\\w*|delete|erase|wipe|remove'})\\s+(?:(?:it|het|das|ca)\\s+)?(?:tout|alles|all|everything)\\b|\\b(?:tout|alles|everything)\\s+(?:effac\\w*|supprim\\w*|verwijder\\w*|wissen|losch\\w*)\\b`,
);
/** Forgotten, as the right to be: "oubliez-moi", "vergeet mij", "vergesst mich", "forget me" (not "don't forget me"). */
const FORGET_ME =
  /(?<!\b(?:pas|niet|nicht|don t|dont|do not|never|n)\s)\b(?:oubliez moi|oublie moi|vergeet (?:mij|me)|vergesst mich|vergiss mich|vergessen sie mich|forget (?:about )?me)\b(?!\s+(?:pas|niet|nie|nicht|not))/;
/** Nothing of theirs to stay with the service: "je ne veux rien laisser chez vous", "will ned, dass meine Daten bei euch bleiben". */
const NOT_LEFT_WITH_YOU =
  /\b(?:ne veux|veux pas|wil (?:niet|nie|ni|geen)|will (?:nicht|ned|net|nid|kein\w*)|don t want|dont want|do not want)\b(?:\s+\S+){0,6}?\s+(?:(?:rien|niets|niks|nichts|nothing|\S*(?:donnees|gegevens|daten|info|infos|data|details))\b(?:\s+\S+){0,4}?\s+(?:chez vous|bij jullie|bij u|bei euch|bei ihnen|with you|laisser|bleiben|blijven|rester|sitting|kept|staying)|(?:aucune |geen |keine |no )?(?:trace|spoor|spur|spuren))\b/;

/** Erasing, as a verb, a noun or a participle: "gelöscht werden", "Vernichtung", "weg damit", "alles vergeten". */
const ERASING =
  /\b(?:(?:bij jullie|bij u|bei euch|bei ihnen|bei dir) (?:\S+ )?weg|dispar\w*|verdwijn\w*|verdwen\w*|verschwind\w*|verschwund\w*|disappear\w*|vanish\w*|(?:de |in de |in den |dans la |a la |in die |in den |in the |into the )(?:vuilbak|vuilnisbak|prullenbak|prullemand|vuilniszak|poubelle|corbeille|mulleimer|mull|papierkorb|abfall|trash|bin|rubbish|shredder|broyeur|schredder|reisswolf)|delet\w*|eras\w*|destr\w*|remov\w*|wip(?:e|ed|es|ing)|effac\w*|supprim\w*|detrui\w*|verwijder\w*|wis|wissen|gewist|vernietig\w*|vergeten|vergeet|losch\w*|geloscht|vernicht\w*|entfern\w*|vergess\w*|delete|deleting|deletion|erase|erasing|erasure|remove|removing|destroy|destroying|wipe|wiping|weg damit|weg ermee|weg daarmee|away with it|wissing|verwijdering|effacement|suppression|removed|deleted|erased|wiped|bin (?:it|that|them|all)|debarrass\w*|get rid of|loswerden|wegdoen|(?:uit|aus|out of|from|de) (?:jullie|uw|your|vos|votre|eurem|ihrem|euren|ihren|ihrer|eurer) (?:\S+ )?(?:systeem|system|systeme|bestand\w*|database|databank|fichier\w*|base|datei\w*|datenbank\w*|records|files|kartei)|gooi\w*(?: \S+){0,8} weg|weggooi\w*|schmei\w*(?: \S+){0,4} weg|wegschmei\w*|wegwerf\w*|throw (?:\S+ )?away)\b/;
/**
 * What is the writer's, in compounds and phrases the fixed list does not hold: "mijn contactgegevens",
 * "meine Kontaktdaten", "den ganzen Verlauf", "les informations me concernant", "mich betreffenden Daten",
 * "alles wat ik geschreven heb".
 */
const THEIRS_HELD =
  /\b(?:(?:mes|mon|ma|mijn|meine?[nrs]?|my) (?:\S+ )?\S*(?:gegevens|daten|donnees|coordonnees|informations?|infos?|data|details|verlauf|gesprek|gesprach|conversation)|(?:mes|mon|ma|mijn|meine?[nrs]?|my) (?:\S+ )?(?:compte|account|konto|profil|profiel|profile|numero|\S*nummer|number|namen|telefoonnummer|telefonnummer|phone number|nom|naam|name|messages?|berichten|nachrichten|reponses|antwoorden|antworten|answers|dossier|file)|\S+ (?:me concernant|die mij betreffen|about me|a mon sujet|sur moi|over mij|uber mich)|mich betreffend\w* \S+|(?:was|wat|ce qui|what) (?:mich|mij|me) (?:\S+ )?(?:betrifft|betreft|aangaat|angeht|concerne|regarde|concerns)|(?:wat ik|was ich)(?: \S+){1,5} (?:heb|hebt|habe|hab|hatte|had)|ce que j ai \S+|(?:(?:alles|tout|everything) (?:\S+ )?)?(?:wat ik|ce que j|ce que je|was ich|what i|that i|(?<=everything )i) (?:\S+ ){0,3}(?:geschreven|gezegd|gestuurd|verteld|ecrit|dit|envoye|raconte|geschrieben|gesagt|geschickt|gesendet|erzahlt|wrote|written|said|sent|told|shared|mentioned|typed|getypt|tape|eingegeben|entered|gegeven|gave|given))\b/;
/** Done already, or forgotten, not asked: "j'ai effacé mes messages", "ik ben mijn inloggegevens vergeten". */
const ERASED_BEFORE =
  /\b(?:ai|a|as|ont|avons|suis|heb|hebt|heeft|hebben|ben|hab|habe|hat|haben|bin|i ve|i have|we ve|we have|has|had)\s+(?:\S+\s+){0,4}(?:effacee?s?|supprimee?s?|detruite?s?|oubliee?s?|verwijderd|gewist|vernietigd|vergeten|geloscht|vernichtet|vergessen|entfernt|deleted|erased|removed|destroyed|forgot\w*)\b/;

const RECORD =
  '(?:mon |mijn |mein\\w* |my |le |het |de |die |das |the )?(?:dossier|akte|file|fiche|record|datei|bestand|profil|profiel|profile|compte|account|konto)';
const RECORD_ERASED = new RegExp(`^${RECORD} (?:${ERASE_STEM})|^(?:${ERASE_STEM}) ${RECORD}(?: (?:svp|stp|aub|bitte|please|pls))?$`);
/** Erasure in the person's own words, beyond the fixed ones: their data named, a verb of erasing, asked now. */
function erasureTold(text: string): boolean {
  const f = fold(text);
  if (f === '' || words(f) > MAX_WORDS || erasureDone(text)) return false;
  if (FORGET_ME.test(f) || NOT_LEFT_WITH_YOU.test(f)) return true;
  // "Akte löschen", "dossier supprimer svp", "delete the file": a record and the verb, nearly alone.
  if (words(f) <= 5 && RECORD_ERASED.test(f)) return true;
  return ERASING.test(f) && (THEIRS_HELD.test(f) || ERASE_ALL.test(f));
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
  'inquiet\\w*|inquiete|besoin d aide|hulp nodig|braucht hilfe|needs help|va mal|gaat slecht|gaat niet goed|geht (?:es )?(?:ihm |ihr )?schlecht|zorgen|sorgen|worried|struggling|signal\\w*|meld\\w*|report\\w*|alert\\w*',
  4,
);

/** Becoming a sentinel: the training named, or learning to spot the signals. */
const TRAINING =
  /\b(?:formation\w*|formes?|(?<=\b(?:me|se|te|nous|vous|les|pour|de|d|en|etre|veux|voudrais|voulons|aimerais|souhaite|souhaiterais|comment|pouvez|pourriez|peux|peut|peuvent|pourrait|faut|faire) )former|formers|\w*opleiding\w*|opleiden|opgeleid|vorming|cursus|cours|kurs\w*|course|\w*schulung\w*|schulen|geschult|\w*ausbildung|(?:mich|uns) (?:\S+ ){0,3}ausbilden|fortbildung|training\w*|trained|webinar|seance d info\w*|infosessie)\b|(?<!\ben )\btrain\b|\b(?:organis\w*|organiz\w*|organiseren|organisieren)\b.{0,40}\b(?:session\w*|sessie\w*|sitzung\w*|seance\w*|atelier\w*|workshop\w*)\b|\b(?:deven\w*|devien\w*|word\w*|werd\w*|wird|become\w*|becoming|be)\s+(?:\S+\s+){0,2}(?:sentinelle\w*|sentinel\w*|signaalgever\w*)\b|\b(?:sentinelle\w*|sentinel\w*|signaalgever\w*)\s+(?:\S+\s+)?(?:worden|werden|devenir|become|zu werden|te worden)\b|\b(?:inscri\w*|aanmeld\w*|inschrijv\w*|anmeld\w*|sign up|signup|register\w*|enrol\w*)\b.{0,30}\b(?:sentinelle|sentinel\w*|signaalgever\w*|session\w*|sessie\w*|sitzung\w*)\b|\b(?:apprend\w*|appren\w*|leren|leert|leer|lern\w*|learn\w*)\b.{0,40}\b(?:repere\w*|reconna\w*|herken\w*|erkenn\w*|spot\w*|recogni\w*|detect\w*)\b/;

/** Questions about the service itself: what it is, who runs it, what it costs, when it is open, whether it is confidential. */
const ABOUT_SERVICE =
  /\b(?:gratuit\w*|payant|gratis|kostenlos|umsonst|free of charge|is (?:this|it) free|confidenti\w*|vertrouwelijk\w*|vertraulich\w*|anonym\w*|anoniem\w*|ouvert\w*|horaires?|openingsuren|bereikbaar|erreichbar|offnungszeit\w*|open\b|opening hours|financ\w*|gefinancierd|finanziert|funding|funded|betreibt|run by|who runs|qui (?:etes vous|est derriere|organise)|wie zijn jullie|van wie is|wer (?:seid|sind|betreibt)|(?:c est quoi|c koi|c quoi|cest quoi|c est koi) (?:ce|cette) (?:service|truc|bot|numero|chat|site)|qu est ce que (?:c est|ce service)|wat is (?:dit|dat|da) (?:(?:genau|eigentlich|denn|precies|eigenlijk|juist|exactement|exactly|actually) )?voor|was (?:(?:genau|eigentlich|denn|precies|eigenlijk|juist|exactement|exactly|actually) )?ist (?:das|des) (?:(?:genau|eigentlich|denn|precies|eigenlijk|juist|exactement|exactly|actually) )?fur|what (?:exactly |actually )?is this (?:service|thing|number)?|wat is (?:dit|dat) (?:voor )?(?:een )?nummer|was ist das fur (?:eine )?nummer|(?:vous faites|jullie doen|ihr macht|you do) (?:quoi|wat|was|what)|wer steckt (?:\S+ )?dahinter|who s behind|who is behind|wie zit (?:er )?achter|wie zit erachter|wat is (?:dit|dat|da)|was ist (?:das|des)|c est quoi|qu est ce que c est|joignable\w*|(?:qui|wie|wer|who) (?:etes vous|zijn jullie|ben jij|bent u|bent gij|seid ihr|sind sie|are you)|vous etes qui|(?:que|wat|was|what) (?:(?:genau|eigentlich|denn|precies|eigenlijk|juist|exactement|exactly|actually) )?(?:faites vous|doen jullie|macht ihr|machen (?:sie|euch)|do you (?:\S+ )?do)|(?:ou|waar|wo|where) (?:etes vous|zijn jullie|seid ihr|sind sie|are you)|(?:langues?|talen|sprachen|languages)|a quelle heure|hoe laat|um wie ?viel uhr|what time|wie zit er achter|(?:bot|robot|machine|computer)\w* (?:of|or|oder|ou) (?:met |with |mit |avec |a )?(?:een |a |ein |einem |un |une )?(?:echte?|real|vrai|vraie|richtige\w*) (?:mens|mensch\w*|human|person|persoon|personne)|wie betaalt|who pays|qui paie|wer bezahlt|fisc|fiscus|finanzamt|tax office|transmis|doorgegeven|weitergegeben|passed on|erfahrt|(?:bot|robot|machine|computer)\w* (?:ou|of|oder|or) (?:a |une |een |einem |mit einem |a une |a un )?(?:vraie |echte |real |richtigen |echten )?(?:personne|mens|mensch\w*|human|person))\b/;

/** Someone else is the one in trouble: a client, a relative, a neighbour, a colleague, someone they know. */
const OTHER_ONE =
  /\b(?:(?:un|une|een|ein|eine|a|an) \S+ (?:\S+ )?(?:m a (?:semble|paru|dit|raconte|confie)|heeft (?:me|mij) (?:gezegd|verteld)|leek (?:me|mij)|hat mir (?:gesagt|erzahlt)|schien mir|told me|seemed to me)|(?:ein|eine|einer|einem|einen) versicherte\w*|(?:un|une) adherente?|client\w*|klant\w*|klient\w*|kunde\w*|kundin\w*|mandant\w*|customer\w*|aangeslotene\w*|mitglied\w*|member|affilie\w*|voisin\w*|buur\w*|gebuur\w*|nachbar\w*|neighbou?r\w*|ami|amie|copain|copine|vriend\w*|freund\w*|friend\w*|collegue\w*|collega\w*|kolleg\w*|colleague\w*|associe\w*|compagnon|vennoot|partner\w*|frere|soeur|broer|zus|bruder|schwester|brother|sister|pere|mere|vader|moeder|vater|mutter|father|mother|fils|fille|zoon|dochter|sohn|tochter|son|daughter|fermier|agriculteur|landbouwer|boer|bauer\w*|landwirt\w*|farmer|mijn man|mijn vrouw|mein mann|meine frau|mon mari|ma femme|my husband|my wife|un independant|une independante|een zelfstandige|ne zelfstandige|nen zelfstandige|ein\w* selbst(?:st)?andige\w*|a self employed|fellow|a freelancer|un freelance|een freelancer|een ondernemer|ne ondernemer|un entrepreneur|ein\w* unternehmer|an entrepreneur|(?:un|une|einer|eine|one|een) (?:de mes|meiner|of my|van mijn) \w+|un homme|une femme|een man|een vrouw|ein mann|eine frau|a man|a woman|pa|papa|mama|moeder|vader|mari|husband|wife|dad|mum|mom|vent|schwieger\w*|schoon\w*|belle mere|beau pere|in law|meilleure amie|meilleur ami|beste vriend\w*|best friend|quelqu un (?:\S+ )?(?:que|qui)|qqn (?:\S+ )?(?:que|qui)|iemand (?:\S+ )?(?:die|dat)|jemand\w* (?:\S+ )?(?:den|die|der)|someone (?:\S+ )?(?:i|who))\b/;
/** They say it is not for them: "c'est pour un client, pas pour moi", "'t is ni voor mij". */
const NOT_FOR_ME =
  /\b(?:pas pour moi|(?:niet|nie|ni) voor mij|(?:niet|nie|ni) voor mezelf|nicht fur mich|nicht um mich|not for me|not for myself|not me|pas moi|niet over mij|not about me)\b|\b(?:pour|voor|fur|for)\s+(?:un|une|mon|ma|een|ne|nen|mijn|einen|eine|meinen|meine|a|my)\s+(?:client\w*|klant\w*|kunde\w*|kundin|mandant\w*|customer\w*|ami\w*|vriend\w*|freund\w*|friend\w*|collegue|collega|kolleg\w*|colleague)\b/;
/** It is for them: "c'est pour moi", "'t is voor mezelf", "it's for me". */
const FOR_ME =
  /\b(?:pour moi|voor mij|voor mezelf|voor mij zelf|(?:voor|vo|vor) m(?:ij|y|e)zel(?:f|ve)|fur mich|for me|for myself|about me)\b/;
/** Someone else named only to be set aside: "pas pour un client", "ni voor een klant", "not a client", "nicht für einen Kunden". */
const NOT_OTHER =
  /\b(?:pas|niet|nie|ni|nicht|not|no)\s+(?:(?:pour|voor|fur|for|about|um|de|d)\s+)?(?:un|une|een|ne|nen|einen|eine|a|my|mon|ma|mijn)?\s*(?:client\w*|klant\w*|kunde\w*|kundin|mandant\w*|customer\w*)\b/;
/** For someone else: "je peux le faire pour lui ?", "voor hem", "für ihn", "for him". */
const FOR_OTHER =
  /\b(?:pour (?:lui|elle)|voor (?:hem|haar)|fur (?:ihn|sie)|for (?:him|her)|in seinem namen|in zijn naam|en son nom|on (?:his|her) behalf)\b/;
/** Passing someone on: "signaler", "melden", "doorverwijzen", "flag". */
const REPORT = /\b(?:signal\w*|melden|meld\w*|report\w*|flag\w*|doorverwijz\w*|doorgeven|doorsturen|weiterleiten|orienter|refer\w*)\b/;
/** The writer asking what to do for someone: "wat kan ik doen", "comment l'aider", "what can I do". */
const HELPER =
  /\b(?:la faire aider|le faire aider|faire aider|hem laten helpen|haar laten helpen|ihm helfen lassen|ihr helfen lassen|get (?:him|her) help|que faire|quoi faire|je fais quoi|on fait quoi|que puis je faire|que dois je faire|comment l aider|comment les aider|faire quelque chose|wat kan ik doen|wat moet ik doen|hoe kan ik (?:hem|haar|hen) helpen|was kann ich tun|was soll ich tun|wos ko i do|wos soll i do|wie kann ich (?:ihm|ihr|ihnen) helfen|what can i do|what should i do|how can i help (?:him|her|them))\b/;
/** Whether and how to step in for someone: "je ne sais pas si je peux m'en mêler", "ob ich mich einmischen darf", "can you advise me". */
const STEP_IN =
  /\b(?:m en meler|me meler|intervenir|ingrijpen|tussenkomen|me ermee bemoeien|einmisch\w*|einzumischen|eingreifen|intervene|step in|get involved|interfere|conseiller|me conseiller|advies|adviseren|beraten|advise|advice)\b/;
/** Someone of the writer's, not the writer: "e Kolleg vo mir", "een klant van mij", "a friend of mine". */
const OF_MINE = /\b(?:von|vo|van|of) (?:mir|mi|mij|mine)\b/;
/** A sentinel named with nothing else: becoming one, or asking about them. */
const SENTINEL_WORD = /\b(?:sentinelle\w*|sentinel\w*|signaalgever\w*)\b/;

const THIRD = /\b(?:il|elle|hij|zij|sie|he|she|his|him|ihm|hem|lui|zijn|sein\w*|son|sa|ses)\b/;
const THIRD_DE = /\b(?:er|sie|ihm|ihn|sein\w*|ihr\w*)\b/;
/** Dutch "ze" is she or they ("ze huilt de hele tijd"). */
const THIRD_NL = /\b(?:il|elle|hij|zij|ze|he|she|his|him|hem|lui|zijn)\b/;
function thirdPerson(lang?: Lang): RegExp {
  return lang === 'de' ? THIRD_DE : lang === 'nl' ? THIRD_NL : THIRD;
}

/** Lacking what a business lives on: "plus de clients", "keine Kunden", "no customers": a complaint, not a person. */
const LACKING =
  /\b(?:plus de|pas de|sans|geen|gn|gene|keine?n?|kein|no|without|zonder|ohne)\s+(?:\S+\s+)?(?:client\w*|klant\w*|kunde\w*|customer\w*|auftrag\w*|opdracht\w*|job\w*|travail|werk|arbeit|sous|argent|geld|money|sommeil|slaap|schlaf|sleep|energie|energy|kraft|force\w*|goesting|envie|lust)\b/;
/** Worry about someone: "je m'inquiète", "baart me zorgen", "macht mir Sorgen", "worried about". */
const WORRY =
  /\b(?:inquiet\w*|inquiete|m inquiete|m inquiet|ongerust|zorgen|bezorgd|sorgen|besorgt|worr(?:y|ied|ies)|concerned|desespere\w*|wanhopig|verzweifelt|desperate|inquietant\w*)\b/;
/** The writer speaks of themselves as the subject: "je", "ik", "ich", "I", "mir geht's". */
const SELF_SUBJECT = /\b(?:je|j|jsui|jsuis|chui|moi|me|m|ik|k|kzie|kben|ich|i|mir|mi|im|i m|myself|mezelf|mijzelf)\b/;
/** The writer saying what they are: "je suis agriculteur", "ik ben zelfstandige", "I'm a farmer". */
const SELF_IS =
  /\b(?:je suis|j suis|jsuis|chui|i m|im|i am|ik ben|k ben|kben|ich bin|i bin|i bi|ich bi)\s+(?:(?:un|une|a|an|een|ne|nen|ein|eine|e|moi meme|zelf|selbst|selber)\s+)?\S+/g;
/** The writer's own need of help, which names no one else: "ik heb hulp nodig", "j'ai besoin d'aide", "I need help". */
/** A clause opened by a verb without its "I", the way people write in a hurry: "dont know why im sending this", "weet niet waarom". */
const ELIDED_SELF =
  /^(?:dont|don t|can t|cant|weet (?:niet|nie|ni)|weiss (?:nicht|ned|net)|sais pas|sais plus|kan (?:niet|nie|ni)|kann (?:nicht|ned|net)|cha (?:nid|nod))\b/;
const SELF_NEED =
  /\b(?:ik heb|heb ik|k heb|j ai|ich brauche|ich bruch|brauche ich|i need|i really need|i m in need of)\s+(?:\S+\s+)?(?:hulp nodig|besoin d aide|besoin d etre aide|hilfe|help)\b/g;

/** Told to write by someone: "ma femme m'a dit de vous écrire", "meine Frau sagt, ich soll mir Hilfe holen". */
const SENT_BY =
  /\b(?:meinte ich soll|meint ich soll|said i should|says i should|zei dat ik|m a dit de|m a conseille de|zei dat ik|zegt dat ik|heeft me aangeraden|sagt ich soll|sagt dass ich|hat mir (?:diese nummer|geraten)|told me to|gave me this number|m a donne ce numero|gaf me dit nummer)\b/;
/** The person's own trouble, in words of distress, strain or asking for help. */
const DISTRESS = new RegExp(
  `\\b(?:${[
    // fr
    'pani\\w*|trembl\\w*|effondre\\w*|s ecroule|ecroul\\w*|en finir|plus de sens|aucun sens|plus envie de rien|angoisse\\w*|sombre|mourir|ecoute\\w*|(?<!pas )mal|pas bien|pas fort|tiens plus|tenir le coup|m en sortir|disparaitre|la merde|fond du trou|vide|huissier|payer|abandonner|trop dur|trop lourd|c est trop|va pas|vais pas|bout|epuise\\w*|fatigue\\w*|stress\\w*|burn ?out|depress\\w*|deprim\\w*|angoiss\\w*|anxi\\w*|peur|pleur\\w*|dors plus|dormir|dette\\w*|faillite|coule|effondre|perdu|seul|seule|isole\\w*|galere|craque\\w*|plus quoi faire|sais plus|besoin|aide\\w*|aider|parler|ecoute|souffr\\w*|detresse|desespoir|suicid\\w*|malheureu\\w*|idees noires|pensees noires|honte|nul(?:le)? a rien|rate ma vie',
    // nl
    'paniek\\w*|tril\\w*|ingestort|stort\\w* (?:\\S+ )?in|instort\\w*|geen zin meer|nergens (?:nog |meer )?zin|zinloos|afscheid\\w*|wenen|weent|doodgaan|sterven|luister\\w*|niet goed|nie goed|ni goed|niet goe|nie goe|ni goe|put|wakker|leeg|uitweg|opgeven|te veel|deurwaarder|betalen|trek het|aan kunnen|loopt mis|niet meer|nie meer|ni meer|niks meer|slecht|kapot|moe|uitgeput|ben op|is op|helemaal op|stress\\w*|overspannen|depressie\\w*|depressief|huil\\w*|ween\\w*|slaap\\w*|schulden|faillissement|zit\\w* er (?:\\S+ )?door|doorzitten|ten einde raad|weet niet meer|weet nie meer|weet ni meer|hulp|helpen|praten|babbelen|verzuip\\w*|niet meer zitten|ni meer zitten|nie meer zitten|eenzaam|helemaal alleen|zo alleen|alleen gelaten|angst\\w*|bang|radeloos|wanhopig|zelfmoord\\w*|opgebrand|ongelukkig|zwarte gedachten|donkere gedachten|weg kwijt|schaam\\w*|mislukkeling|mislukt|mislukking|somber\\w*|neerslachtig\\w*',
    // de
    'duster\\w*|zitter\\w*|zusammengebroch\\w*|bricht \\S+ zusammen|kein\\w* sinn|sinnlos|alles egal|egal geworden|sterben|zuhor\\w*|nicht gut|net gut|ned guat|guad|schlecht|am ende|am and|am ande|verloren|leer|ausweg|aufgeben|zu viel|z viel|gerichtsvollzieher|zahlen|ernahren|schaffe\\w* (?:\\S+ ){0,3}nicht|nicht mehr|wie witer|wie weiter|panik\\w*|am boden|fertig|erschopft|stress\\w*|burn ?out|depression\\w*|depressiv|wein\\w*|gwoant|schlaf\\w*|schuld\\w*|insolvenz|pleite|dreh durch|nimma|nimmer|num|hilfe|hilf|helfen|reden|bach runter|boden unter|angst|einsam|allein|verzweifel\\w*|pack s nimma|woass nimma|weiss nicht mehr|cha num|cha nume|suizid\\w*|selbstmord\\w*|ausgebrannt|unglucklich|dunkle gedanken|schwarze gedanken|scham\\w*|versager|schwermut\\w*|niedergeschlagen\\w*',
    // en
    'no point|pointless|nothing matters|shaking|trembling|collaps\\w*|broke down|breaking down|ending it|end it all|on my own|slept|tired|dying|listen\\w*|not ok|not okay|not well|not doing well|at the end|cried|lost|dark|cope|giving up|give up|done|rock bottom|too much|bailiff|pay|feed|panic\\w*|don t know what|dont know what|struggl\\w*|end of my rope|end of my tether|stress\\w*|burn ?out|burnt out|depress\\w*|anxi\\w*|cry\\w*|can t sleep|cant sleep|sleep|debt\\w*|bankrupt\\w*|losing it|falling apart|help|talk|bad place|going wrong|lonely|alone|exhausted|overwhelmed|drowning|desperate|scared|afraid|suicid\\w*|awake|not happy|unhappy|dark thoughts|ashamed|shame|crack\\w*|a failure|(?:very|really|so|feeling|been|feel) low',
  ].join('|')})\\b`,
);

/**
 * At the menu, which way in a person's words point to: help for themselves
 * ("jai besoin daide", "het gaat niet goed met mij", "I'm not okay"), a
 * worry about someone else ("un client va mal", "mijn broer is aan het
 * verzuipen"), the training ("ik wil sentinel worden"), or the service
 * itself ("c'est gratuit ?"). Undefined for a greeting or nothing chosen.
 */
/**
 * Whether a message speaks of someone else's trouble rather than the
 * writer's: a client, relative or other person named, or a third person,
 * with nothing said of the writer themselves ("mon client n'en peut plus").
 */
export function aboutSomeoneElse(text: string, lang?: Lang): boolean {
  const written = formalYou(text, lang);
  const f = fold(written);
  if (NOT_OTHER.test(f) || FOR_ME.test(f)) return false;
  // "mein Steuerberater hat mir Ihren Link geschickt … mir ist alles egal geworden": sent here, and the trouble told
  // in the first person, the writer's own.
  if (SENT_HERE.test(f) || SENT_BY.test(f) || ownTrouble(written, lang).self) return false;
  const others = f.replace(LACKING, ' ').replace(SELF_IS, ' ');
  const other = OTHER_ONE.test(others);
  const theirs = (lang === 'de' ? THIRD_DE : THIRD).test(f.replace(/\bil (?:faut|y a|est (?:tard|temps)|fait)\b/g, ' '));
  const selfSpeaks = SELF_SUBJECT.test(f.replace(SELF_IS, ' ').replace(HELPER, ' ').replace(OF_MINE, ' ').replace(TOLD_ME, ' '));
  return (other || theirs) && (theirs || !selfSpeaks);
}

/** A first message may tell a whole story before it asks: read up to this many words at the menu. */
const MENU_MAX_WORDS = 120;

/**
 * Someone else reached or handed over, said by the verb and its third-person object, in either order: "je n'arrive
 * pas à le joindre", "qu'on la contacte", "hoe kan ik haar aan jullie toevertrouwen", "wie kann ich sie an euch
 * weitergeben", "how can I hand her over to you".
 */
const HAND_OVER = [
  String.raw`(?:le|la|les) (?:re)?(?:contacter|contacte|contactiez|contactent|appeler|appelle|appeliez|rappeler|rappelle|joindre|confier|confie|orienter|oriente|envoyer|envoie|adresser|signaler)`,
  String.raw`l (?:re)?(?:contacter|appeler|rappeler|joindre|confier|orienter|envoyer|adresser|signaler)`,
  String.raw`(?:hem|haar|hen) (?:(?!me |mij )\S+ ){0,3}(?:toevertrouwen|toevertrouw\w*|doorverwijz\w*|doorsturen|doorstuur\w*|overdragen|overdrag\w*|aanmelden|aanmeld\w*|bereiken|bereik|melden)`,
  String.raw`(?:ihn|sie) (?:(?!mich |mir |mi |uns )\S+ ){0,3}(?:weitergeben|weitergebe|weiterleiten|weiterleite|vermitteln|ubergeben|uberweisen|anmelden|erreichen|erreiche|melden|schicken)`,
  String.raw`(?:hand|pass|refer|send|put|sign) (?:him|her|them) (?:over|on|to|through|up)`,
  String.raw`(?:reach|refer|signpost) (?:him|her|them)`,
].join('|');

/**
 * Whom the help or the call is asked for, said by the object of the verb:
 * "aidez-moi", "kunde mij helpen", "helfen Sie mir", "call me back", "ik wil
 * met iemand praten" (the writer) against "aidez-le", "kunnen jullie hem
 * helpen", "helft ihm", "pass on her case" (someone else).
 */
const HELP_ME =
  /\b(?:(?:hilfe|hulp|aide|help|support|steun|unterstutzung|soutien|begleitung|begeleiding) (?:\S+ )?(?:fur mich|voor mij|voor mezelf|pour moi|for me|for myself)|aide[rz]? moi|aidez moi|m aider|m aidez|help (?:me|mij|mich|mir)|helpt (?:me|mij)|(?:me|mij) (?:\S+ )?(?:helpen|helpt)|(?:mir|mi) (?:\S+ )?(?:helfen|helft|hilf\w*)|(?:helft|hilf|helfen|helfet)(?: \S+)? (?:mir|mi)|(?<!\b(?:je|j|i|il|elle|on|ils|elles) )(?:me|m) (?:re)?(?:appeler|appelez|rappeler|rappelez|rappelle|contacter|contactez|contacte|telephoner|telephonez)|(?:ik heb|heb ik|k heb|i need|i really need|j ai besoin d|ich brauche|brauche ich|ich bruch) (?:\S+ )?(?:iemand|someone|somebody|quelqu un|qqn|jemand\w*)|(?:iemand|jemand\w*|someone|somebody|quelqu un|qqn) (?:\S+ ){0,2}(?:zum|om mee te|a qui|to) (?:reden|praten|babbelen|parler|talk)|(?:klappen|babbelen) (?:\S+ )?(?:mee|met) (?:iemand|ne mens)|(?:appele[rz]?|rappele[rz]?|appelle|rappelle) moi|etre (?:re)?(?:contacte|rappel|appel)\w*|(?:me|mij) (?:\S+ ){0,2}(?:terug)?(?:bellen|belt|contacteren)|bel (?:me|mij)|teruggebeld|(?:mich|mi) (?:\S+ ){0,5}(?:zuruck\w*|zrugg\w*|zruck\w*|an)(?:ruf\w*|gruef\w*|ruef\w*)|zuruckgerufen|ruckruf|call (?:me|me back)|be called|called back|ring me|(?:parler|praten|spreken|babbelen|sprechen|reden|talk|speak) (?:\S+ ){0,2}(?:a|avec|met|mit|to|with) (?:quelqu un|qqn|iemand|jemand\w*|wem|someone|somebody|(?:un |une |een |einem |einer |a )?psy\w*)|(?:voir|spreken|sehen|see) (?:quelqu un|iemand|jemand\w*|someone|(?:un |une |een |einen |a )?psy\w*)|(?:met|mit) (?:iemand|jemand\w*|wem|opper\w*|epper\w*)(?: \S+){0,3} (?:praten|spreken|babbelen|sprechen|spreschen|reden|rede|redä)|(?:iemand|jemand\w*|wem|psy\w*) (?:\S+ )?(?:spreken|sprechen|zien|sehen))\b/;
const HELP_THEM = new RegExp(
  String.raw`\b(?:aide[rz]? (?:le|les)|l aider|les aider|(?:le|la|les) faire aider|help (?:him|her|them|hem|haar|hen)|(?:hem|haar|hen) (?:\S+ )?(?:helpen|helpt)|(?:ihm|ihnen) (?!mir |mich |mi )(?:\S+ )?(?:helfen|helft|hilft)|(?:helft|hilf|helfen sie) (?:ihm|ihr)\b|(?:call|contact|reach) (?:him|her|them)|(?:le|la|les) (?:rappeler|contacter|appeler)|${HAND_OVER}|(?:hem|haar|hen) (?:\S+ )?(?:bellen|contacteren)|(?:ihn|sie) (?:\S+ )?(?:anrufen|kontaktieren)|pass on (?:his|her|their)|(?:son|leur) (?:dossier|cas)|(?:zijn|haar|hun) (?:dossier|geval)|(?:seinen|ihren) fall|(?:his|her|their) case)\b`,
);

/**
 * Who the trouble is said to be, by contrast: "c'est moi qui ne vais pas bien", "nu ben ik het zelf",
 * "jetzt bin ich selbst derjenige", "I'm the one who's struggling" against "ce n'est pas moi qui vais mal",
 * "niet ik ben in nood", "that's not why I'm writing".
 */
const ME_THE_ONE =
  /(?<!\b(?:pas|niet|nie|ni|nicht|not|n est pas|is) )\b(?:c est moi qui|ben ik het zelf|ik (?:ben )?het zelf|(?:het|t) ligt aan mij|ich selbst (?:derjenige|diejenige)|bin ich (?:jetzt |nun )?selbst|ich bin (?:jetzt |nun )?selbst|i m the one|i am the one|it s me (?:who|that)|it is me (?:who|that)|ik ben het (?:die|dat)|ich bin es (?:der|die|dem|den)|bin ich es (?:der|die|dem|den)|(?:gaat|ging) het (?:\S+ )?over (?:mij|mezelf)|(?:geht|ging) es (?:\S+ )?um mich|het (?:gaat|ging) (?:\S+ )?over (?:mij|mezelf)|es (?:geht|ging) (?:\S+ )?um mich|it s (?:\S+ )?about me|it is (?:\S+ )?about me|il s agit de moi|c est de moi qu il s agit|c est (?:\S+ )?pour moi que j ecris)\b/;
/** A wish told in the past, to be taken back: "ik wilde eigenlijk een collega melden… nee", "I was going to report a client". */
const PAST_WISH = /\b(?:wilde|wou|wollte|voulais|pensais|wanted|was going to|meant to|ging)\b/;
const NOT_ME_THE_ONE =
  /\b(?:n est pas (?:moi|pour moi|pour ca|pour cela) (?:qui|que)|niet ik|nicht ich|not me|daarvoor schrijf ik (?:niet|nie|ni)|deswegen schreibe ich (?:nicht|ned)|deshalb schreibe ich (?:nicht|ned)|not why i m writing|not why i am writing|not why i write)\b/;
/** A clause that sets the writer against someone else: "Moi pas.", "Ik niet.", "Ich nicht.", "I'm not." */
const ME_NOT_CLAUSE =
  /^(?:(?:et|en|und|and|mais|maar|aber|but) )?(?:moi pas|moi non|ik niet|ik nie|ik ni|ich nicht|ich ned|i m not|i am not|me not)$/;

/** Training already had, or not had: "j'ai suivi la formation l'an passé", "I'm not trained for this". */
const TRAINING_WORD = 'formation\\w*|opleiding\\w*|vorming|cursus|kurs\\w*|course|schulung\\w*|ausbildung|fortbildung|training\\w*';
const PAST_TRAINING = new RegExp(
  [
    `\\bj ai (?:\\S+ ){0,2}(?:suivi|fait)\\b(?: \\S+){0,4} (?:${TRAINING_WORD})\\b`,
    `\\bi (?:ve |have )?(?:already |also )?(?:did|done|took|taken|attended|followed|completed)\\b(?: \\S+){0,4} (?:${TRAINING_WORD})\\b`,
    `\\b(?:ik heb|heb ik|k heb)\\b(?: \\S+){0,6} (?:${TRAINING_WORD})(?: \\S+){0,3} (?:gevolgd|gedaan)\\b`,
    `\\b(?:ich habe|habe ich|hab ich|ich hab|i hab)\\b(?: \\S+){0,6} (?:${TRAINING_WORD})(?: \\S+){0,3} (?:gemacht|besucht|absolviert)\\b`,
    `\\b(?:je|ik|ich|i m|i am)\\b(?: \\S+){0,3} (?:pas|niet|nie|ni|nicht|not|never|jamais|nooit)\\s+(?:\\S+\\s+){0,2}(?:forme\\w*|opgeleid|ausgebildet|geschult|trained)\\b`,
  ].join('|'),
  'g',
);

/** Asking about the service, not for help: "je me renseigne juste", "ich frag nur", "just curious", "c'est pour qui ?". */
const JUST_ASKING =
  /\b(?:je me renseigne|simple question|juste (?:une question|curieux|curieuse|pour savoir)|par curiosite|ik vraag (?:het )?(?:maar|gewoon|enkel|alleen)|gewoon een vraag|uit nieuwsgierigheid|ich frag\w* (?:nur|mal|blo\w*)|nur eine frage|aus neugier|just (?:asking|curious|wondering)|out of curiosity|quick question)\b/;
/** What the service belongs to, asked: "c'est lié à la mutuelle ?", "is dit iets van het ziekenfonds?", "is this linked to INASTI?". */
const AFFILIATION = new RegExp(
  `(?:\\b(?:c est|est ce que c est|est ce|is (?:dit|dat|da|het)|zit (?:dit|dat)|ist (?:das|des|es)|gehort (?:das|des|es)|is (?:this|it)|are you|etes vous|zijn jullie|seid ihr|sind sie)\\b)(?: \\S+){0,4} (?:${'mutu\\w*|spf|fod|inasti|rsvz|riziv|inami|likiv|onss|rsz|ziekenfonds\\w*|krankenkass\\w*|caisse\\w*|sociaal verzekeringsfonds|sozialversicherung\\w*|fonds|fund|insurance|assurance\\w*|verzekering\\w*|versicherung\\w*|etat|staat|state|government|gouvernement|overheid|regierung|region|gewest|ministere|ministerie|ministerium|ministry|cpas|ocmw|syndicat|vakbond|gewerkschaft|unizo|ucm|boerenbond|sdi|banque|bank'})\\b`,
);
const WHO_FOR = /\b(?:pour qui|voor wie|fur wen|who (?:is|s) (?:this|it) for|does (?:this|it) cover|geldt (?:dit|dat)|gilt (?:das|dies))\b/;

/**
 * A talk with a professional, or with someone, wished for: "je souhaiterais consulter quelqu'un", "graag een gesprek
 * met een psycholoog", "ich hätte gern einen Termin", "I'd like to sign up for sessions with a psychologist".
 */
const CONSULT = near(
  'consulter|consult\\w*|raadplegen|konsultier\\w*|entretien|gesprek\\w*|gesprach\\w*|rendez vous|afspraak|termin|appointment|sessions?|sessies?|seances?|sitzung\\w*',
  'quelqu un|qqn|iemand|jemand\\w*|someone|somebody|opper\\w*|psy\\w*|therap\\w*|professionn?\\w*|deskundige|fachperson',
  4,
);
const WISHED =
  /\b(?:souhait\w*|voudr\w*|aimer\w*|veux|graag|wil|wou|zou|mocht\w*|mochte|hatte gern|gerne?|want|d like|would like|need|besoin|nodig|brauch\w*|sign up|inscri\w*|aanmeld\w*|anmeld\w*|chan ich|kann ich|puis je|can i|could i|kan ik|possible|mogelijk|moglich)\b/;
/** The service's reach, asked: "c'est aussi pour les indépendants à titre complémentaire ?", "werkt dit ook voor …", "or only …". */
const SCOPE =
  /\b(?:aussi|egalement|ook|auch|also|too)\b(?: \S+){0,3} (?:pour|voor|fur|for|valable|geldig|gultig|en|in|a)\b|\b(?:ou|of|oder|or) (?:seulement|uniquement|alleen|enkel|slechts|nur|only|just)\b|\b(?:couvr\w*|cover\w*|dekt|dekken|deckt|abdeck\w*)\b/;
/** The service as the subject of the question: "c'est", "vous", "is dit", "werkt het", "gilt das", "does it". */
const THE_SERVICE =
  /\b(?:(?:ce|cette|votre|deze|dit|die|uw|jullie|dies\w*|ihr\w*|euer\w*|this|your|the) (?:service|dienst|dienstverlening|angebot|aanbod|offre|programme|programma|programm|program|hilfe|hulp|aide|help)|bestaat|existe|gibt es|gibts|exist\w*|c est|ce service|vous|is dit|is het|is dat|geldt|werkt dit|werkt het|jullie|ist das|ist es|gilt|euch|ihr|does it|does this|is it|is this|do you|are you)\b/;
/** A bot or a human, asked: "je parle à un robot ou à une vraie personne ?", "praat ik met een robot of met een mens?". */
const BOT_OR_HUMAN = new RegExp(
  [
    `\\b(?:robot|bot|chatbot|machine|computer|ordinateur|ia|ai|ki|maschine|roboter|programma|programme|program)\\b(?: \\S+){0,3} (?:ou|of|oder|or)\\b(?: \\S+){0,4} (?:personne|mens|mensch\\w*|human\\w*|person|persoon|humain)\\b`,
    `\\b(?:personne|mens|mensch\\w*|human\\w*|person|persoon|humain)\\b(?: \\S+){0,3} (?:ou|of|oder|or)\\b(?: \\S+){0,4} (?:robot|bot|chatbot|machine|computer|ordinateur|ia|ai|ki|maschine|roboter|programma|programme|program)\\b`,
  ].join('|'),
);
/** Whom to tell, asked: "who do I tell?", "à qui le dire ?", "aan wie moet ik dat melden?", "wem soll ich das sagen?". */
const WHO_TO_TELL =
  /(?<!\b(?:personne|quelqu un|qqn|niemand|iemand|jemand\w*|nobody|no one|someone|somebody) )\b(?:(?:who|whom) (?:do|should|can|must) i (?:tell|inform|contact|report (?:it |this )?to|call|talk to)|a qui (?:(?:je dois|dois je|puis je|je peux|est ce que je (?:dois|peux)|il faut|faut il) )?(?:le |l |en |m )?(?:dire|signaler|prevenir|adresser)|aan wie (?:\S+ ){0,3}(?:zeggen|melden|vertellen|doorgeven|signaleren)|wem (?:\S+ ){0,3}(?:sagen|melden|erzahlen|bescheid geben|mitteilen))\b/;

/** What becomes of their data, asked: "Was passiert mit meinen Daten?", "que deviennent mes données ?", "who reads my answers?". */
const DATA_FATE = near(
  '(?:mes|mijn|meine?[nrs]?|my|nos|onze|unsere?[nrs]?|our) (?:\\S+ )?(?:donnees|gegevens|daten|data|informations?|infos?|reponses|antwoorden|antworten|answers|messages|berichten|nachrichten)',
  'passiert|geschieht|arrive|devien\\w*|gebeurt|happens?|gespeichert|bewaard|opgeslagen|stocke\\w*|conserve\\w*|stored|kept|liest|gelesen|lit|lisent|leest|gelezen|reads?|sees?|voit|ziet|sieht',
  4,
);

/** Worry about the writer, by someone else: "elle s'inquiète pour moi", "sie macht sich Sorgen um mich". */
const WORRY_ABOUT_ME =
  /\b(?:inquiet\w*|zorgen|sorgen|worried|worries|worry)\s+(?:\S+\s+){0,2}(?:pour moi|om mij|over mij|um mich|about me)\b/;
/**
 * The writer as the one told or struck, not the one in trouble: "il m'a semblé au bout du rouleau", "hij leek me
 * wanhopig", "sie hat mir erzählt", "he seemed to me", "she told me".
 */
const TOLD_ME =
  /\b(?:m a (?:semble|paru|dit|raconte|confie|avoue|parle|ecrit|appele|fait part)|me (?:semble|semblait|parait|paraissait)|(?:leek|lijkt|kwam) (?:mij|me)|heeft (?:mij|me) (?:gezegd|verteld|toevertrouwd|gebeld)|(?:schien|scheint|wirkte|wirkt) (?:mir|auf mich)|(?:hat|hatte) mir (?:gesagt|erzahlt|anvertraut|geschrieben)|(?:seemed|seems|looked|sounded) to me|told me|confided in me)\b/g;
/** Told by someone to write: "m'a donné votre numéro", "heeft gezegd dat ik", "hat gesagt, ich soll", "gave me this number". */
const SENT_HERE =
  /\b(?:(?:gesagt|gemeint|gezegd|dit|said|told me)\s+(?:\S+\s+){0,2}(?:ich soll|dass ich|dat ik|de vous|que je|i should|to write|to contact)|(?:m a donne|gave me|gaf me|hat mir \S+ gegeben)\s+(?:\S+\s+){0,2}(?:numero|number|nummer)|(?:m a (?:\S+ )?(?:envoye|transmis|passe|donne)|(?:sent|forwarded|passed|gave) me|(?:stuurde|gaf|bezorgde) (?:me|mij)|(?:heeft|had) (?:me|mij) \S+ (?:gestuurd|gegeven|doorgestuurd)|(?:hat|hatte) (?:mir|mich) (?:\S+ ){0,2}(?:geschickt|gegeben|weitergeleitet|geschickt))\s+(?:\S+\s+){0,2}(?:lien|link|numero|nummer|number|adresse|address|site|website|coordonnees|gegevens|kontakt\w*|contact\w*)|verwees (?:mij|me)|(?:heeft|hat) (?:mij|me|mich) (?:\S+ )?(?:doorverwezen|verwiesen|weitergeschickt)|m a (?:oriente|envoye|redirige)e? vers vous|referred me|sent me (?:to you|here))\b/;

/**
 * German formal address written with a capital ("Können Sie ihm helfen?", "Ihr Plakat"): the reader, not a
 * third person. Capitalised mid-sentence, it is read as "you".
 */
function formalYou(text: string, lang?: Lang): string {
  if (lang !== 'de') return text;
  return text.replace(/(?<![.!?:]\s*|^\s*)\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/gu, 'euch');
}

/** The words of asking for help or a talk, which the distress family also holds. */
const PLEA_WORDS =
  /\b(?:besoin|aide\w*|aider|parler|ecoute\w*|hulp|helpen|help\w*|praten|babbelen|hilfe|hilf\w*|helfen|reden|talk|listen\w*|luister\w*|zuhor\w*|quoi faire|wat te doen|was tun|what to do)\b/g;

/** The clauses of a message, folded: sentences and comma-parts. */
function clauses(text: string): string[] {
  return text
    .split(/[.!?;:\n]+|,\s/)
    .map((c) => fold(c))
    .filter((c) => c !== '');
}

/**
 * Whether the writer asks help or a call for themselves, and whether the
 * trouble they tell is only someone else's: a first-person clause in
 * distress makes it theirs ("mon fils ne sait rien" is not his trouble when
 * "je ne vois plus d'issue").
 */
/**
 * The writer's reaction to someone else's trouble, not a trouble of their own: worry, a bad feeling, being lost as to
 * what to do ("je suis perdu", "ik heb een slecht gevoel", "ich habe ein ungutes Gefühl", "I've got a bad feeling").
 */
const REACTION =
  /\b(?:inquiet\w*|worried|worry|sorgen|besorgt|zorgen|ongerust|bezorgd|bad feeling|ungut\w* gefuhl|slecht gevoel|mauvais pressentiment|perdue?|lost|verloren|ratlos|radeloos|sais pas|weet (?:niet|nie|ni)|weiss (?:nicht|ned)|don t know|dont know)\b/;

function ownTrouble(
  text: string,
  lang?: Lang,
): { self: boolean; other: boolean; contrast: boolean; others: number; reactionOnly: boolean } {
  let self = false;
  let other = false;
  let contrast = false;
  let others = 0;
  let reactionOnly = true;
  const third = thirdPerson(lang);
  for (const c of clauses(text)) {
    if (ME_NOT_CLAUSE.test(c)) contrast = true;
    // A plea ("aidez-moi à savoir quoi faire", "I need to talk") is not the writer's trouble told.
    const told = c.replace(PLEA_WORDS, ' ');
    if (!DISTRESS.test(told) && !LACKING.test(told)) continue;
    // "une cliente à moi", "een klant van mij", "il m'a semblé": the writer named as owner or witness, not as subject.
    // "ma femme dit que je bois trop", "mijn vrouw zegt dat ik te veel drink": the writer's trouble, in someone's words.
    if (SAID_OF_ME.test(c)) {
      self = true;
      continue;
    }
    const head = c.replace(OF_MINE, ' ').replace(TOLD_ME, ' ').replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ');
    if (SELF_SUBJECT.test(head) && !third.test(c.split(' ').slice(0, 2).join(' '))) {
      self = true;
      if (!REACTION.test(c)) reactionOnly = false;
    } else if (third.test(head) || OTHER_ONE.test(head)) {
      other = true;
      others++;
    } else {
      // A clause opened by something else, the subject after the verb ("seit dem Tod meines Mannes sehe ich keinen
      // Sinn mehr", "depuis des mois je ne dors plus"): the writer's, when named before anyone else.
      const rest = c.replace(OF_MINE, ' ').replace(TOLD_ME, ' ');
      const at = (pattern: RegExp) => {
        const m = new RegExp(pattern.source).exec(rest);
        return m ? m.index : Number.POSITIVE_INFINITY;
      };
      if (at(SELF_SUBJECT) < Math.min(at(third), at(OTHER_ONE))) {
        self = true;
        if (!REACTION.test(c)) reactionOnly = false;
      }
    }
  }
  return { self: self || contrast, other, contrast, others, reactionOnly: reactionOnly && !contrast };
}

/** Someone's words or view about the writer: "elle trouve que je vais mal", "Ma femme dit que je", "meint, dass ich". */
const SAID_OF_ME =
  /\b(?:dit|dis|disent|disait|trouve\w*|pense\w*|croit|croient|zegt|zeggen|zei|vindt|vinden|vond|denkt|denken|sagt|sagen|sagte|findet|finden|meint|meinen|glaubt|says|said|thinks|think|feels|reckons)\s+(?:que|qu|dat|dass|das|that)?\s*(?:je|j|ik|ich|i)\b/;

/** An alert or a report wished for, in the four languages. */
const REPORT_WISH =
  /\b(?:(?:voudrais|veux|souhaite|souhaiterais|aimerais|wil|wou|zou|wilde|mocht\w*|mocht|will|would like to|want to|d like to|need to|moet|muss)\s+(?:\S+\s+){0,4}?(?:signaler|signaleren|melden|report|alerteren|alarmeren)\b|(?:faire|declencher|lancer)\s+(?:un|une)\s+(?:signalement|alerte)|(?:een\s+)?(?:alert|alarm|melding)\s+(?:doorgeven|geven|maken|slaan|doen|indienen)|(?:eine\s+)?meldung\s+machen|raise\s+an?\s+alert|make\s+a\s+report)\b/;
/** The writer reporting their own state ("je voudrais signaler que je ne vais pas bien"). */
const REPORT_ABOUT_ME = /\b(?:signaler|melden|report)\s+(?:que\s+je|dat\s+ik|dass\s+ich|that\s+i)\b/;
/** "I'm writing about a client", "maar ik schrijf over een klant", "ich schreibe wegen eines Mandanten". */
const WRITING_ABOUT_OTHER =
  /\b(?:ecris|je vous ecris|ik schrijf|ich schreibe|i m writing|i am writing|im writing)\s+(?:\S+\s+){0,2}?(?:pour|au sujet d|a propos d|concernant|over|voor|wegen|uber|about|regarding)\s+(?:\S+\s+){0,2}?(?:client\w*|klant\w*|mandant\w*|kund\w*|customer\w*|patient\w*)\b/;
/** Sessions with a psychologist asked for: "vous proposez des séances avec un psychologue ?", "can I get an appointment?". */
const SESSIONS_ASKED = /\b(?:psycholog\w*|psy|seances?|gesprekken|sessions?|rendez vous|afspraak|termin|appointment|gesprach\w*)\b/;

/**
 * Whom it is about, said by contrast, the one kept and the one denied: "es geht um mich, nicht um ihn", "het gaat
 * over mij, niet over hem", "c'est pour lui, pas pour moi", "it's about him, not me". Undefined without a contrast.
 */
const WHOM =
  /\b(?:(pas|niet|nie|ni|nicht|net|ned|nid|not)\s+)?(?:um|over|de|about|pour|voor|fur|for)\s+(?:(mich|mij|moi|me|myself|mezelf|mi|mir)|ihn|ihm|hem|haar|hen|lui|elle|eux|him|her|them)\b/g;
const BARE_NOT_ME = /\b(?:pas|niet|nie|ni|nicht|net|ned|not) (?:moi|mij|ik|mich|ich|mi|me)\b/;
function whomByContrast(f: string): 'self' | 'other' | undefined {
  let me = 0;
  let notMe = BARE_NOT_ME.test(f) ? 1 : 0;
  let them = 0;
  let notThem = 0;
  for (const m of f.matchAll(WHOM)) {
    if (m[2]) m[1] ? notMe++ : me++;
    else m[1] ? notThem++ : them++;
  }
  if (me > 0 && notThem > 0 && them === 0) return 'self';
  if (them > 0 && notMe > 0 && me === 0) return 'other';
  return undefined;
}

/** The report verb with the writer as its object is getting in touch: "ich soll mich hier melden", "je dois me signaler". */
const SELF_REPORT = /\b(?:mich|mi|uns|me|mij|ons|myself)\s+(?:\S+\s+){0,2}(?:melden|meld\w*|aanmelden|anmelden|signaler)\b/g;
/**
 * The writer defined by someone else's need: "je ne suis que sa comptable", "ik ben al twintig jaar zijn boekhouder",
 * "ich bin ihre Steuerberaterin", "I'm his accountant": the story is the other one's.
 */
const ROLE_OF_THEM =
  /\b(?:je (?:ne |n )?suis|j suis|ik ben|ben ik|ich bin|bin ich|i m|i am|im|i ve been)\s+(?:\S+\s+){0,4}?(?:son|sa|leur|zijn|haar|hun|sein\w*|ihr\w*|his|her|their)\s+\S+/;
/** A wish of the writer's own: "je voudrais", "ik zou graag", "ich möchte", "I'd like". */
const WISH_ME =
  /\b(?:je voudrais|j aimerais|je souhaite\w*|je veux|ik wil|ik zou (?:\S+ )?graag|ik had graag|graag had ik|ich mochte|ich will|ich hatte gerne?|ich wurde (?:\S+ )?gerne?|i d like|i would like|i want|i d appreciate|i would appreciate)\b/;
/** A talk wished for, with no one named: "graag had ik een gesprek gehad", "ich würde mich über ein Gespräch freuen", "I would appreciate a conversation". */
const TALK_WISH = near(
  'gesprek\\w*|gesprach\\w*|conversation|entretien|echange|discussion|talk|chat',
  'graag|gerne?|freuen|freue|appreciate|apprecierai\\w*|aimerais|voudrais|souhaite\\w*|would like|d like|wil|mochte|hatte|zou',
  4,
);
/** How the service works, asked: "how does it work", "comment ça marche", "hoe werkt het", "wie funktioniert das". */
const HOW_IT_WORKS =
  /\b(?:(?:hoe|wie|comment) (?:werkt|funktioniert|marche|fonctionne|lauft|verloopt) (?:euch|ihr\w*|euer\w*|uw|jullie|votre|vos|dit|deze|das|dies\w*|het|dat|da|es|ca|cela)\b|(?:how|comment|hoe|wie) (?:euch|ihr\w*|euer\w*|uw|jullie|votre|vos|your|this|ce|cet|cette|dit|deze|das|dies\w*)(?: \S+)? (?:funktioniert|werkt|works?|marche|fonctionne|lauft|verloopt)|how does (?:it|this|that) work|how it works|comment (?:ca|cela) (?:marche|fonctionne|se passe)|comment (?:ca|cela) marche|hoe werkt (?:het|dit|dat|da)|hoe gaat (?:dat|dit|het) in zijn werk|wie funktioniert (?:das|es|des|dies)|wie lauft (?:das|es))\b/;

export function menuIntent(text: string, lang?: Lang): 'help_request' | 'sentinel_alert' | 'sentinel_training' | 'about' | undefined {
  const written = formalYou(text, lang);
  const f = fold(written).replace(/\bjai\b/g, 'j ai');
  if (f === '' || words(f) > MENU_MAX_WORDS) return undefined;
  // "je voudrais signaler sa situation", "ich möchte das melden", "I want to raise an alert", "I'm writing about a
  // client": the alert said outright, whatever else the message tells (a training had, the writer's own tiredness).
  // "ik wilde eigenlijk een collega melden… nee, het gaat over mij": the wish taken back.
  if (PAST_WISH.test(f) && ME_THE_ONE.test(f)) return 'help_request';
  // "es geht um mich, nicht um ihn", "het gaat over hem, niet over mij": the one kept against the one denied.
  const whom = whomByContrast(f);
  if (whom) return whom === 'self' ? 'help_request' : 'sentinel_alert';
  if ((REPORT_WISH.test(f) && !REPORT_ABOUT_ME.test(f)) || WRITING_ABOUT_OTHER.test(f)) return 'sentinel_alert';
  if (TRAINING.test(f.replace(PAST_TRAINING, ' '))) return 'sentinel_training';
  // Said outright whose trouble it is: "ce n'est pas moi qui vais mal", "c'est moi qui ne vais pas bien".
  if (clauses(written).some((c) => NOT_ME_THE_ONE.test(c))) return 'sentinel_alert';
  const own = ownTrouble(written, lang);
  if (ME_THE_ONE.test(f) || own.contrast) return 'help_request';
  // Help asked for them ("kunnen jullie hem helpen"), or for the writer ("aidez-moi") when the trouble told is theirs.
  if (HELP_THEM.test(f)) return 'sentinel_alert';
  const theirsHere = thirdPerson(lang).test(f.replace(/\bil (?:faut|y a|est (?:tard|temps)|fait)\b/g, ' '));
  // "Ik ben al twintig jaar zijn boekhouder. Hij zei …": the writer is someone's professional, the story theirs.
  if (ROLE_OF_THEM.test(f) && theirsHere && !HELP_ME.test(f) && !WISH_ME.test(f)) return 'sentinel_alert';
  // "Mon associé ne va pas bien … il boit … Je suis perdu, qu'est-ce que je dois faire ?": someone's trouble told
  // clause after clause, the writer's own only worry or not knowing what to do.
  if (own.others >= 1 && theirsHere && own.self && own.reactionOnly && (HELPER.test(f) || WHAT_DO_I.test(f)) && !HELP_ME.test(f))
    return 'sentinel_alert';
  // "how does it work, do you talk to a psychologist …?": how the service works, asked, no trouble told.
  // A writer sent here by someone, or who tells who they are, asks how it works for themselves.
  if (
    HOW_IT_WORKS.test(f) &&
    text.includes('?') &&
    !own.self &&
    !DISTRESS.test(f.replace(PLEA_WORDS, ' ')) &&
    !SENT_BY.test(f) &&
    !SENT_HERE.test(f) &&
    !new RegExp(SELF_IS.source).test(f)
  )
    return 'about';
  if (HELP_ME.test(f) && (own.self || !own.other)) return 'help_request';
  if (CONSULT.test(f) && WISHED.test(f) && (own.self || !own.other) && !ABOUT_SERVICE.test(f)) return 'help_request';
  // "Je voudrais un rendez-vous avec un psy. C'est gratuit pour nous ?": the writer's own wish, a practical question beside it.
  if (CONSULT.test(f) && WISH_ME.test(f) && !JUST_ASKING.test(f) && (own.self || !own.other)) return 'help_request';
  // "ich bin seit Monaten schwermütig. Ich würde mich über ein Gespräch freuen.": a talk wished by a writer in distress.
  if (TALK_WISH.test(f) && own.self && !own.other) return 'help_request';
  // "je pleure tous les soirs … vous proposez des séances avec un psychologue ?": sessions asked for, the trouble told
  // the writer's own (their clients' worries named beside it are not what they write about).
  if (own.self && DISTRESS.test(f) && SESSIONS_ASKED.test(f) && !ABOUT_SERVICE.test(f) && !JUST_ASKING.test(f)) return 'help_request';
  // "c'est pour moi, pas pour un client": the client is set aside.
  const setAside = NOT_OTHER.test(f);
  // "je suis agriculteur", "I'm a farmer", "plus de clients": who the writer is and what they lack, not someone else.
  const others = f.replace(NOT_OTHER, ' ').replace(LACKING, ' ').replace(SELF_IS, ' ');
  const other = OTHER_ONE.test(others) && !SENT_BY.test(f) && !SENT_HERE.test(f);
  if (NOT_FOR_ME.test(f.replace(NOT_OTHER, ' ')) || FOR_OTHER.test(f)) return 'sentinel_alert';
  // "sie macht sich Sorgen um mich": the worry is someone else's, about the writer.
  const worry = WORRY.test(f.replace(WORRY_ABOUT_ME, ' '));
  const reported = f.replace(SELF_REPORT, ' ');
  if (
    WORRIED.test(others.replace(SELF_NEED, ' ').replace(SELF_REPORT, ' ')) ||
    (other && (worry || REPORT.test(reported) || HELPER.test(f)))
  )
    return 'sentinel_alert';
  // A third person ("il va mal", "hij slaapt ni meer", "he stopped talking"); "il faut" is no one, and "er" is
  // someone only in German ("er ist am Ende"; Dutch "er" is "there").
  const theirs = thirdPerson(lang).test(f.replace(/\bil (?:faut|y a|est (?:tard|temps)|fait)\b/g, ' '));
  // "ob ich mich einmischen darf, können Sie mich beraten": how to step in for someone, the writer untroubled.
  if ((other || theirs) && STEP_IN.test(f) && !own.self) return 'sentinel_alert';
  // "je me renseigne juste : c'est pour qui ?": a question about the service, whatever it names.
  if ((JUST_ASKING.test(f) || WHO_FOR.test(f) || AFFILIATION.test(f)) && text.includes('?')) return 'about';
  // "Vous couvrez aussi Bruxelles ou seulement la Wallonie ?", "praat ik met een robot of met een mens?".
  if (((SCOPE.test(f) && THE_SERVICE.test(f)) || BOT_OR_HUMAN.test(f) || DATA_FATE.test(f)) && text.includes('?') && !own.self)
    return 'about';
  // "One of the farmers on my route … Who do I tell?": someone else's trouble, to be passed on.
  if ((other || theirs) && WHO_TO_TELL.test(f) && !own.self) return 'sentinel_alert';
  if (setAside || FOR_ME.test(f) || WORRY_ABOUT_ME.test(f)) return 'help_request';
  // "Mein Treuhänder sagt, ich soll mich hier melden. Was kann ich tun?": sent here, asking what to do.
  if ((SENT_BY.test(f) || SENT_HERE.test(f)) && WHAT_DO_I.test(f)) return 'help_request';
  if (NEED_HELP.test(f) && !SOMEONE_ELSE.test(f)) return 'help_request';
  const distress = DISTRESS.test(f) || LACKING.test(f);
  // "ik ben accountant", "que faire ?": the writer says who they are or asks what to do, not how they feel.
  const selfSpeaks =
    SELF_SUBJECT.test(f.replace(SELF_IS, ' ').replace(HELPER, ' ').replace(OF_MINE, ' ').replace(TOLD_ME, ' ')) ||
    clauses(written).some((c) => ELIDED_SELF.test(c));
  // Someone else named, and the trouble is theirs: it is about them.
  if (other && (distress || theirs) && (theirs || !selfSpeaks)) return 'sentinel_alert';
  // No one named, but the trouble is a third person's and the writer says nothing of themselves.
  if (theirs && !selfSpeaks && (distress || worry)) return 'sentinel_alert';
  if (ABOUT_SERVICE.test(f) && (text.includes('?') || words(f) <= 6)) return 'about';
  // The trouble told only of a third person, clause by clause: "Ze is helemaal ingestort en ik durf er niks over te zeggen".
  if (distress && own.other && !own.self && theirs) return 'sentinel_alert';
  if (distress) return other && !selfSpeaks ? 'sentinel_alert' : 'help_request';
  // "sentinelles ?", "infos over signaalgevers": no one in trouble named, so the training.
  if (SENTINEL_WORD.test(f) && !other) return 'sentinel_training';
  return undefined;
}
