/**
 * What kind of act a message is, whatever it speaks of: a permission given
 * to the bot ("oui, vous pouvez m'appeler sur ce numéro", "op dit nummer mag
 * u mij bellen") or the bot's question echoed and answered ("une personne de
 * confiance ? ma sœur"). Both answer the bot; neither asks it for anything.
 * The readers take folded text (lowercase, no accents, no punctuation) or the
 * text as written where they need its question marks.
 */

/** A yes opening the answer. */
const YES_OPEN =
  /^(?:oui|ouais|ja|jaja|jawel|jep|jo|yes|yeah|yep|ok|oke|okay|d accord|bien sur|natuurlijk|zeker|uiteraard|klar|sicher|naturlich|gerne|sure|of course|absolument|absoluut|absolut)\b/;

/** "You" as the subject of a modal of permission, in the statement's order: "vous pouvez", "u mag", "Sie können", "you can". */
const YOU_MAY =
  'vous pouvez|vous pourrez|tu peux|u mag|u kunt|u kan|ge moogt|ge mag|ge kunt|gij moogt|gij kunt|je mag|je kunt|jullie mogen|jullie kunnen|sie konnen|sie durfen|euch konnen|euch durfen|du kannst|du darfst|ihr konnt|ihr durft|you can|you may|you re welcome to|feel free to';
/** The same modal with its subject after it: a question at the start of a clause, a statement after a topic. */
const MAY_YOU =
  'mag u|kunt u|kan u|moogt ge|kunt ge|mag je|kun je|mogen jullie|kunnen jullie|konnen sie|durfen sie|konnen euch|durfen euch|kannst du|darfst du|konnt ihr|durft ihr';
/** A passive permission: "my data can be shared", "mes données peuvent être transmises", "mogen worden doorgegeven". */
const MAY_BE = 'can be|may be|peuvent etre|mag worden|mogen worden|mag \\S+ worden|mogen \\S+ worden|durfen \\S+ werden|darf \\S+ werden';

const GRANT = new RegExp(`\\b(?:${YOU_MAY})\\b`);
const GRANT_PASSIVE = new RegExp(`\\b(?:${MAY_BE})\\b`);
/** A topic, then the modal and "you": "op dit nummer mag u mij bellen", "unter dieser Nummer können Sie mich anrufen". */
const TOPIC_THEN_MAY_YOU = new RegExp(
  `^(?!(?:en|et|und|and|of|ou|oder|or|maar|mais|aber|but|dus|donc|also|so|wanneer|quand|wann|when|waar|ou|wo|where|hoe|comment|wie|how|wat|quoi|was|what|waarom|pourquoi|warum|why)\\b)\\S+(?: \\S+){0,4} (?:${MAY_YOU})\\b`,
);
/** A plea turns a permission into a request: "vous pouvez me rappeler svp". */
const PLEA = /\b(?:svp|stp|s il vous plait|aub|alstublieft|graag|bitte|please|pls)\b/;

/**
 * A permission given to the bot, not asked of it: a yes and "you may", or "you may" after a topic, never as a
 * question or with a plea ("vous pouvez me rappeler svp" asks; "oui, vous pouvez m'appeler" allows).
 */
export function permissionGiven(folded: string, text: string): boolean {
  if (text.includes('?') || PLEA.test(folded)) return false;
  if (YES_OPEN.test(folded) && (GRANT.test(folded) || GRANT_PASSIVE.test(folded))) return true;
  return TOPIC_THEN_MAY_YOU.test(folded);
}

/** What an answer opens with: a possessive, an article, a yes or a no. */
const ANSWER_OPEN =
  /^(?:ma|mon|mes|notre|nos|my|our|mijn|m n|onze|ons|mein\w*|unser\w*|la|le|les|l|un|une|de|het|een|die|der|das|den|dem|ein\w*|the|a|an|oui|non|ja|nee|neen|nein|yes|no|nope)\b/;

/**
 * The bot's question echoed, then answered: "Une personne de confiance ? Ma sœur.", "a real person I trust? my
 * neighbour Ann". What comes after the last question mark is a short answer, not a plea.
 */
export function echoedAndAnswered(text: string, fold: (t: string) => string): boolean {
  const at = text.lastIndexOf('?');
  if (at < 0) return false;
  const after = fold(text.slice(at + 1));
  if (after === '' || after.split(' ').length > 6 || PLEA.test(after)) return false;
  return ANSWER_OPEN.test(after);
}
