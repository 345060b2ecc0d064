/**
 * Questions people ask the bot back, at any point ("pourquoi vous demandez
 * ça ?", "wat kost het?", "can I talk to a human?"), and remarks about the
 * language they would rather use ("ik spreek liever Nederlands", "spricht
 * man da deutsch?"). Each family is a set of ways to say it in the four
 * languages, matched on the folded text; a question is short, or ends with
 * a question mark, so that a long answer that happens to say "pourquoi" is
 * still an answer.
 */
import { detectLanguage } from '../language/detect.js';
import { normalise } from '../language/normalise.js';
import type { Lang } from './types.js';

export type AskedBack = 'why' | 'required' | 'cost' | 'person' | 'data' | 'who' | 'how_long' | 'anonymous';

const FAMILIES: ReadonlyArray<[AskedBack, RegExp]> = [
  [
    'person',
    /\b(?:parler|discuter) (?:a|avec) (?:quelqu un|une personne|un humain|un etre humain|un vrai|une vraie|un conseiller|une conseillere)|\bvraie personne\b|\b(?:spreken|praten|bellen) met (?:iemand|een mens|een persoon|een echte?)|\bechte? (?:mens|persoon)\b|\b(?:sprechen|reden) mit (?:jemandem|einem menschen|einer person|einem echten)|\bmit (?:jemandem|einem (?:echten )?menschen|einer (?:echten )?person)\b.{0,20}\b(?:sprechen|reden|telefonieren)\b|\biemand (?:spreken|aan de lijn)\b|\becht(?:en|er|e)? mensch|\b(?:talk|speak) (?:to|with) (?:a |an )?(?:human|person|someone|somebody|real)|\breal (?:person|human)\b|\bhuman being\b/,
  ],
  [
    'who',
    /\bqui (?:etes vous|es tu|est ce qui (?:me )?repond)\b|\b(?:vous etes|t es|tu es|c est|es tu|etes vous) (?:un |une )?(?:robot|bot|machine|humain|vraie personne|ia)\b|\bwie (?:ben|bent) (?:jij|je|u)\b|\b(?:ben|bent) (?:jij|je|u) (?:een )?(?:robot|bot|mens|computer)\b|\bwer (?:bist du|sind sie)\b|\b(?:bist du|sind sie) (?:ein )?(?:roboter|bot|mensch|ki)\b|\bwho (?:are you|is this|am i talking)\b|\bare you (?:a )?(?:bot|robot|human|real|person|ai)\b/,
  ],
  [
    'data',
    /\b(?:mes|vos|les) (?:donnees|infos|informations)\b|\bdonnees\b|\bgegevens\b|\bprivacy\b|\b(?:meine|die|meinen) daten\b|\bdatenschutz\b|\b(?:my|the|your) data\b|\bmy (?:information|details)\b|\bgdpr\b|\brgpd\b|\bdsgvo\b/,
  ],
  [
    'anonymous',
    /\banonym\w*|\banoniem\w*|\bsans (?:donner )?mon nom\b|\bzonder (?:mijn )?naam\b|\bohne (?:meinen )?namen\b|\bwithout (?:my|giving my) name\b/,
  ],
  ['how_long', /\bcombien de temps\b|\bca prend combien\b|\bhoe lang\b|\bwie lange?\b|\bhow long\b/],
  [
    'cost',
    /\bcombien (?:ca|cela) (?:coute|me coute|lui coute)|\bca (?:me |lui )?coute\b|\bc est (?:gratuit|payant)\b|\b(?:prix|tarif|payant)\b|\bfaut il payer\b|\bwat kost\b|\bkost (?:het|dat|da)\b|\bis (?:het|dat|da) gratis\b|\bmoet ik (?:iets )?betalen\b|\bwas kostet\b|\bkostet (?:das|es)\b|\bist (?:das|es) kostenlos\b|\bmuss ich (?:was |etwas )?zahlen\b|\bhow much\b|\bdoes it cost\b|\bis (?:it|this) free\b|\bdo i (?:have to )?pay\b/,
  ],
  [
    'why',
    /\b(?:pourquoi|pk|pq|why|waarom|warum|wieso|weshalb)\b.{0,30}\b(?:demand\w*|besoin|question|ask\w*|need\w*|vraag\w*|nodig|frag\w*|brauch\w*|wissen|weten|know)\b|^(?:mais )?(?:pourquoi|waarom|warum|why|wieso)\s*$|\bc est pour quoi\b|\bpour quoi faire\b|\bwaarvoor (?:is|dient) (?:dat|het)\b|\bwofur (?:ist|brauchen)\b|\bwhat (?:is|s) (?:that|this|it) for\b/,
  ],
  [
    'required',
    /\boblig\w*|\bverplicht\b|\bmoet dat\b|\bmoet ik dat\b|\bpflicht\w*|\bmuss (?:ich|man) (?:das|des)\b|\bcompulsory\b|\bmandatory\b|\b(?:is (?:that|this|it) )?required\b|\bdo i (?:have|need) to (?:answer|say|give|tell)\b/,
  ],
];

/** Asking: a question mark, or a short message that starts the way questions do. */
const QUESTION_START =
  /^(?:pourquoi|pk|pq|combien|qui|est ce|c est|vous etes|quoi|comment|waarom|wat|wie|hoe|is het|ben|bent|kan ik|moet ik|warum|wieso|was|wer|wie|ist|bist|sind|kann ich|muss ich|why|what|who|how|is it|are you|can i|do i)\b/;

export function askedBack(text: string): AskedBack | undefined {
  // "mijn naam? Wim Goossens", "son numéro ? 0470…": the question repeated, then answered.
  if (ECHO_THEN_ANSWER.test(text)) return undefined;
  const folded = normalise(text);
  const words = folded.split(' ').length;
  if (words > 16) return undefined;
  if (!text.includes('?') && !(words <= 8 && QUESTION_START.test(folded))) return undefined;
  return FAMILIES.find(([, pattern]) => pattern.test(folded))?.[0];
}

/** The answer after the question repeated ("mijn naam? Wim Goossens" → "Wim Goossens"); the text itself otherwise. */
export function withoutEcho(text: string): string {
  return ECHO_THEN_ANSWER.test(text) ? text.slice(text.indexOf('?')).replace(/^\?+\s*/, '') : text;
}

/** A possessive and a noun, asked back ("mon nom ?", "sein Name?", "my number?"), and an answer after it with no other question. */
const ECHO_THEN_ANSWER =
  /^\s*(?:mijn|mn|m'n|zijn|z'n|haar|hun|mon|ma|mes|son|sa|ses|leur|mein|meine|meinen|sein|seine|ihr|ihre|my|his|her|their)\s+\p{L}+\s*\?+\s*[^?\s][^?]*$/iu;

const LANGUAGE_NAMES: ReadonlyArray<[Lang, string]> = [
  ['fr', 'francais|frans|franzosisch|french|franse'],
  ['nl', 'nederlands|neerlandais|dutch|niederlandisch|hollandisch|vlaams|flamand|flemish|flamisch'],
  ['de', 'deutsch|deitsch|duits|allemand|german|duitse'],
  ['en', 'english|anglais|engels|englisch|engelse'],
];
const NAMES = LANGUAGE_NAMES.map(([, names]) => names).join('|');
/**
 * "ik spreek liever Nederlands", "je préfère le français", "I'd rather
 * write in English", "spricht man da deutsch?", "en français svp": the
 * person speaking of their own language, or asking whether one is spoken.
 */
const LANGUAGE_REMARK = new RegExp(
  [
    `\\b(?:je|j|ik|k|ich|i)\\b.{0,30}\\b(?:prefere|comprends|versta|liever|verstehe|lieber|prefer|understand|rather)\\b.{0,25}?\\b(${NAMES})\\b`,
    // "je parle néerlandais", but not "je parle néerlandais avec mes fournisseurs": the language ends the clause.
    `\\b(?:je|j|ik|k|ich|i)\\b.{0,30}\\b(?:parle|ecris|spreek|schrijf|spreche|schreibe|speak|write)\\b.{0,25}?\\b(${NAMES})(?:\\s+(?:mieux|beter|besser|better|aussi|ook|auch|also|too|plutot|liever|lieber|rather|svp|please|bitte|graag))?$`,
    `\\b(?:parlez vous|vous parlez|sprecht ihr|you speak|tu parles|on peut parler|spreekt u|spreek je|spreekt ge|spreekt gij|spreek ge|spreekt men|spreken jullie|kan ik\\b.{0,20}\\b(?:spreken|schrijven)|sprechen sie|spricht man|sprichst du|kann ich\\b.{0,20}\\b(?:sprechen|schreiben)|do you speak|can i (?:write|speak))\\b.{0,25}?\\b(${NAMES})\\b`,
    `^(?:en|in|auf|op|im)\\s+(?:het\\s+)?(${NAMES})(?:\\s+(?:svp|stp|s il vous plait|please|pls|bitte|alstublieft|aub|graag))?$`,
  ].join('|'),
);

/**
 * A clause that asks for a language by name: "english please", "in het
 * Engels graag", "auf Deutsch bitte", "switch to Dutch", "can we do this in
 * Dutch?", "c'est possible en néerlandais ?". The name ends the clause or
 * comes with a request; "ik woon in het Franse deel" asks nothing.
 */
const ASKED_FOR = new RegExp(
  [
    `^(?:\\S+\\s+){0,2}(${NAMES})\\s+(?:svp|stp|s il vous plait|please|pls|plz|bitte|alstublieft|aub|graag)$`,
    `(?:^|\\s)(?:en|in|auf|op|im|to|into|naar)\\s+(?:het\\s+|t\\s+|l\\s+)?(${NAMES})(?:\\s+(?:svp|stp|s il vous plait|please|pls|plz|bitte|alstublieft|aub|graag|verder|weiter|continuer|ham|haben|hebben))?$`,
    `\\b(?:switch|change|passer|overschakelen|wechseln)\\b.{0,15}\\b(${NAMES})\\b`,
    `\\b(?:is there|y a t il|is er|gibt es)\\b.{0,15}\\b(${NAMES})\\s+(?:version|versie|fassung)\\b`,
  ].join('|'),
);
/** A language named as one the person does not read or speak well: "I don't speak French", "mon français est pas top". */
const DENIED_BEFORE =
  /\b(?:pas|plus|niet|nie|ni|geen|gene|kein|keine|keinen|kei|nicht|ned|net|not|no|t|dont|never|jamais|nooit|barely|hardly|peu|weinig|kaum)\b(?:\s+\S+){0,3}\s*$/;
const DENIED_AFTER =
  /^\s*(?:est|is|ist|es|n est)?\s*(?:pas top|pas terrible|pas bon|mauvais|nul|slecht|niet goed|niet zo goed|nie goed|ni goed|schlecht|nicht gut|nicht so gut|bad|poor|not good|not great|rubbish|terrible|limite|beperkt|begrenzt)\b/;

/**
 * The language a person says they would rather use, if the message says so.
 * A language they say they do not speak ("I don't speak French", "ik versta
 * geen Frans", "mein Deutsch ist nicht gut") is not it: the one they ask
 * for is, or else the one they wrote in.
 */
export function languageRemark(text: string): Lang | undefined {
  const m = LANGUAGE_REMARK.exec(normalise(text));
  const clauses = text
    .split(/[,;.!?()\n]+|\s+(?=(?:mais|maar|aber|but|sondern)\s)/i)
    .map((c) => normalise(c))
    .filter((c) => c !== '');
  const denied = new Set<Lang>();
  const asked: Lang[] = [];
  for (const clause of clauses) {
    for (const mention of clause.matchAll(new RegExp(`\\b(${NAMES})\\b`, 'g'))) {
      const lang = langOf(mention[1] ?? '');
      const index = mention.index ?? 0;
      const end = index + (mention[1] ?? '').length;
      if (lang && (DENIED_BEFORE.test(clause.slice(0, index)) || DENIED_AFTER.test(clause.slice(end)))) denied.add(lang);
    }
    const a = ASKED_FOR.exec(clause);
    const lang = a ? langOf(a.slice(1).find((g) => g !== undefined) ?? '') : undefined;
    if (lang) asked.push(lang);
  }
  // The last language asked for that is not denied.
  const wanted = asked.filter((lang) => !denied.has(lang));
  if (wanted.length > 0) return wanted[wanted.length - 1];
  const name = m?.slice(1).find((g) => g !== undefined);
  const remarked = name ? langOf(name) : undefined;
  if (remarked && !denied.has(remarked)) return remarked;
  if (denied.size === 0) return undefined;
  // Only a language denied: the one the message is written in, when it is another.
  const own = detectLanguage(text)?.lang;
  return own && !denied.has(own) ? own : undefined;
}

function langOf(name: string): Lang | undefined {
  return LANGUAGE_NAMES.find(([, names]) => new RegExp(`^(?:${names})$`).test(name))?.[0];
}

/**
 * What a message says besides its language remark: "Pieter, maar ik spreek
 * eigenlijk liever Nederlands" answers the name question too ("Pieter").
 * Empty when the remark is all there is.
 */
export function besidesLanguageRemark(text: string): string {
  return text
    .split(/[,;.!?\n]+|\s+(?=(?:mais|maar|aber|but|sondern)\s)/i)
    .filter((clause) => clause.trim() !== '' && languageRemark(clause) === undefined)
    .map((clause) => clause.trim())
    .filter((clause) => !/^(?:mais|maar|aber|but|sondern)$/i.test(clause))
    .join(', ');
}
