import type { WordData } from './lexicon.js';

/**
 * How close to danger a message is. `acute`: intent, plan, means, self-harm,
 * farewell; the crisis path at once. `possible`: ambiguous exhaustion ("je
 * n'en peux plus"); the bot asks directly.
 */
export type CrisisTier = 'acute' | 'possible';

/** What kind of signal a rule catches: reported per family, and named to coordinators (never the text). */
export type CrisisFamily =
  | 'suicide_intent'
  | 'self_harm'
  | 'plan_means'
  | 'farewell'
  | 'passive_ideation'
  | 'burden_insurance'
  | 'ambiguous_distress';

export const CRISIS_FAMILIES: readonly CrisisFamily[] = [
  'suicide_intent',
  'self_harm',
  'plan_means',
  'farewell',
  'passive_ideation',
  'burden_insurance',
  'ambiguous_distress',
];

export interface CrisisRule {
  /** `<lang>.<topic>`, unique: what logs, metrics and coordinators see. */
  readonly id: string;
  readonly family: CrisisFamily;
  readonly tier: CrisisTier;
  /** Patterns in the language of `src/language/lexicon.ts`; any one of them is enough. */
  readonly patterns: readonly string[];
  /**
   * A wish or an intent ("je veux mourir") says nothing when a negation
   * (class NEG) stands in or just before what it matched without being part
   * of it: "je ne veux pas mourir", "I have no wish to die" (the other words
   * of the message are still read). Rules whose words carry their own
   * negation ("ne plus me réveiller") are not negatable.
   */
  readonly negatable?: boolean;
}

/** One language's crisis lexicon: its words (with a class NEG), its rules, and the idioms cut out before the rules run. */
export interface CrisisLexicon extends WordData {
  readonly rules: readonly CrisisRule[];
  /** Idioms and titles, as patterns: the words they take are read as nothing ("mort de rire", "Suicide Squad"). */
  readonly idioms: readonly string[];
}
