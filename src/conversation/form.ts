import type { HotlineCalendar, WeeklyHours } from '../cases/hotline-hours.js';
import type { MessageKey } from '../i18n/index.js';
import type { ChoiceOption } from './answers.js';
import type { Channel, Lang, OutboundMessage, Region } from './types.js';

/** What a stored answer can be: JSON only, since it lives in the conversation row. */
export type AnswerValue = string | boolean | string[] | { code: string; region: Region } | null;
export type Answers = Record<string, AnswerValue>;

/** A sentinel found in the registry by the channel address they write from. */
export interface KnownSentinel {
  id: string;
  name: string;
}

/** What a flow may look at while it runs. No channel SDK, no SQL. */
export interface FormContext {
  lang: Lang;
  channel: Channel;
  /** The person's address on the channel: their E.164 number on WhatsApp. */
  userId: string;
  now: Date;
  answers: Answers;
  hotline: HotlineCalendar;
  settings: ServiceSettings;
  knownSentinel?: KnownSentinel | undefined;
  /** The form is urgent: a crisis signal came, or the person said they are in danger. */
  urgent?: boolean;
  /** An urgent case is already filed for this form: every remaining question may be skipped. */
  allOptional?: boolean;
}

export interface ServiceSettings {
  orgName: string;
  hotlineNumber: string;
  hotlineHours: WeeklyHours;
  maxSessions: number;
  /** Working hours within which a normal case gets its first contact (the escalation deadline). */
  firstContactWorkingHours: number;
}

export type AnswerType =
  /** `plainNo`: only a plain no is a no (the danger question: "nee, ik denk er elke nacht aan" is asked again). */
  | { kind: 'yesno'; plainNo?: boolean }
  /** `firm`: a belief is not an answer ("je crois que oui" to whether someone else agreed is asked again). */
  | { kind: 'choice'; options: (c: FormContext) => readonly ChoiceOption[]; firm?: boolean }
  | { kind: 'multi'; options: (c: FormContext) => readonly ChoiceOption[] }
  /** `organisation`: the name of where someone works ("I work for Partena, the social insurance fund" → "Partena"). */
  | { kind: 'text'; max?: number; organisation?: boolean }
  /** A person's name: the name itself, without the phrase around it. */
  /** `family`: a family name, where a lower-case "de" or "van" before it is part of it ("de Smet"). */
  /** `self`: the writer's own name, not a client's (a part about a client is not where it is). */
  /** `full`: the question asks for a full name ("It's Mark, Mark Janssens" is Mark Janssens). */
  | { kind: 'name'; max?: number; family?: boolean; self?: boolean; full?: boolean }
  /** `self`: the writer's own number, so that "this number" on WhatsApp is the one they write from (not a client's). */
  | { kind: 'phone'; self?: boolean }
  | { kind: 'email' }
  | { kind: 'postal' }
  /** A phone number or an e-mail address, whichever the person types. */
  | { kind: 'contact' };

/** What may happen right after a question is answered. */
export interface AfterAnswer {
  /** Extra messages, shown before the next question. */
  say?: OutboundMessage[];
  /** The form's case becomes urgent (and coordinators are alerted now). */
  urgent?: boolean;
  /** Skip the remaining questions and complete the form now. */
  finish?: boolean;
}

export interface Question {
  id: string;
  prompt: (c: FormContext) => string;
  type: AnswerType;
  optional?: boolean;
  /** Asked only when this holds; otherwise skipped (and its answer cleared). */
  when?: (c: FormContext) => boolean;
  /** Why it is asked, for a person who asks back ("pourquoi vous demandez ça ?"); a general reason otherwise. */
  why?: MessageKey;
  /** Label of the answer in the end-of-form summary; no label → not shown. */
  summaryLabel?: MessageKey;
  /**
   * Later questions an answer to this one may answer too ("0470… et
   * jean@mail.be" at the phone question; "plutôt le matin" in what is going
   * on): what it gives is kept, and the question is not asked.
   */
  alsoAnswers?: ReadonlyArray<'phone' | 'email' | 'moments' | 'lastName'>;
  afterAnswer?: (value: AnswerValue, c: FormContext) => AfterAnswer | undefined;
}

/**
 * What a flow's completion asks the core to store. The core turns these into
 * rows (case, person, sentinel, consent, outbox) in the turn's transaction.
 */
export interface CaseDraft {
  kind: 'sentinel_alert' | 'help_request' | 'sentinel_advice';
  urgent: boolean;
  language: Lang;
  region: Region | null;
  postalCode: string | null;
  sector: string | null;
  activityStatus: string | null;
  signals: string[];
  context: string | null;
  bestMoments: string | null;
  modality: string | null;
  notifySentinel: boolean;
  surveyOptIn: boolean;
  immediateDanger: boolean;
  person: null | {
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    email: string | null;
    language: Lang;
  };
  sentinel: null | {
    knownId: string | null;
    name: string | null;
    organisation: string | null;
    role: string | null;
    phone: string | null;
    email: string | null;
  };
  consent: null | { givenBy: 'self' | 'sentinel'; purpose: string; textVersion: string };
  extraConsents?: Array<{ givenBy: 'self' | 'sentinel'; purpose: string; textVersion: string }>;
  /** The family of the crisis signal that made the case urgent (never the text): the coordinators' post says why. */
  crisisFamily?: string | null;
  /** A possible crisis signal was asked about and not answered: the post says "to check". */
  toCheck?: boolean;
}

/** What a flow can do when it completes. */
export interface CompletionPort {
  createCase(draft: CaseDraft): Promise<{ reference: string }>;
  signUpForTraining(s: TrainingSignUp): Promise<TrainingSignUpResult>;
}

export interface TrainingSignUp {
  trainingId: string;
  name: string;
  organisation: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export type TrainingSignUpResult =
  | { status: 'confirmed'; code: string }
  | { status: 'waiting'; position: number; code: string }
  | { status: 'closed' };

/** Upcoming sessions as a flow sees them: already worded in the person's language. */
export interface TrainingChoice {
  id: string;
  label: string;
}

/** What a flow may load when it starts (stored with its answers). */
export interface PreparePort {
  upcomingTrainings(lang: Lang): Promise<TrainingChoice[]>;
}

export interface Flow {
  id: FlowId;
  /** The menu entry that starts it. */
  menuLabel: MessageKey;
  /** Shown when the flow starts, before the first question. */
  intro?: (c: FormContext) => OutboundMessage[];
  questions: readonly Question[];
  /** Whether the summary-and-confirm step ends the form. */
  confirm: boolean;
  /** Runs in the turn's transaction when the form is complete (and confirmed). */
  complete: (c: FormContext & { urgent: boolean }, port: CompletionPort) => Promise<OutboundMessage[]>;
  /** Whether what was said in this form is personal data to drop when it ends without a case. */
  personal: boolean;
  /** Loads what the questions need (e.g. the sessions on offer), kept with the answers. */
  prepare?: (port: PreparePort, c: FormContext) => Promise<Answers>;
}

export type FlowId = 'sentinel_alert' | 'help_request' | 'sentinel_training' | 'about';
