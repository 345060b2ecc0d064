import type { HotlineCalendar } from '../cases/hotline-hours.js';
import type { IdGenerator } from '../clock.js';
import { flowById } from '../flows/index.js';
import { languageOptions, option } from '../flows/options.js';
import { postalAnswer, textAnswer } from '../flows/values.js';
import { t } from '../i18n/index.js';
import { type CrisisFamily, type CrisisScreenResult, MODEL_RULE_ID, screenForCrisis } from '../language/crisis-screen.js';
import { detectLanguage } from '../language/detect.js';
import { normalise } from '../language/normalise.js';
import { chooseAmong } from '../places/postal-places.js';
import { asksForCall, type ChoiceOption, hasNegation, isPlainNo, parseChoice, parseEmail, parsePhone, parseYesNo } from './answers.js';
import { type AskedBack, askedBack, besidesLanguageRemark, languageRemark } from './asked-back.js';
import { asksAboutTonight, type Command, parseCommand, smallTalk } from './commands.js';
import { type ContactWay, contactPromise, nightLines, nightLinesIfClosed, whoReadsNow } from './contact-promise.js';
import { type Correction, readCorrection } from './corrections.js';
import { crisisCard, thirdPersonCard } from './crisis.card.js';
import {
  answersTheCheck,
  bringsConsent,
  CALLBACK_TRIES,
  CRISIS_CALLBACK_VERSION,
  type CrisisStep,
  callbackQuestion,
  callbackReask,
  PARKED_ALERT_MS,
  readCallback,
  readCheck,
  refusesCall,
} from './crisis-path.js';
import type {
  Answers,
  AnswerValue,
  CaseDraft,
  Flow,
  FlowId,
  FormContext,
  KnownSentinel,
  PreparePort,
  Question,
  ServiceSettings,
  TrainingSignUp,
  TrainingSignUpResult,
} from './form.js';
import { aboutSomeoneElse, type NaturalIntent, naturalIntent, readCommand } from './intents.js';
import { firstLanguage } from './language.js';
import { menuOptions, menuWay } from './menu-way.js';
import { isDontKnow, namedByCall } from './names.js';
import { type AnswerResult, displayAnswer, parseAnswer, questionMessage, readRest, reaskText, restMessage } from './questions.js';
import { type Channel, type InboundMessage, isLang, type Lang, type OutboundMessage } from './types.js';

/** Misses on one question before it stops being asked again: skipped if optional, else the call-back exit. */
const STUCK_AFTER_MISSES = 3;
/** Bump when the wording of the call-back offer changes. */
export const CALLBACK_VERSION = 'callback-2026-12';

/** Where a person is in the conversation. Stored as JSON on the conversation row. */
export interface ConversationState {
  v: 1;
  lang: Lang;
  /**
   * How the language was set: by the person's own clear words, or chosen
   * with "langue". Unset: guessed from the channel, so the next clear
   * message may change it.
   */
  langBy?: 'text' | 'chosen';
  /** Clear messages in a row in another language than the conversation's: two switch it. */
  langStreak?: { lang: Lang; count: number };
  greeted: boolean;
  mode: 'menu' | 'language' | 'form' | 'idle' | 'erase_confirm';
  /** Where to go back to when erasure is not confirmed. */
  eraseReturn?: 'menu' | 'language' | 'form' | 'idle';
  form?: FormState;
  /** Back to the form after choosing a language mid-form. */
  resumeForm?: boolean;
  /** When coordinators were last alerted of a crisis in this conversation (ISO). */
  crisisAlertedAt?: string;
  /** When the last crisis signal came (ISO): a form started soon after is urgent. */
  lastCrisisAt?: string;
  /** The languages the person's crisis messages were written in: later cards and night lines keep their lines. */
  crisisLangs?: Lang[];
  /** The last case this conversation created, while it is followed up. */
  caseReference?: string;
  /** The crisis step in progress: the direct question, or how to call back. */
  crisis?: CrisisStep;
  /** The family of the last acute signal: the coordinators' post says why the case is urgent. */
  crisisFamily?: CrisisFamily;
  /** A possible signal was asked about and not answered: the case post says "to check". */
  toCheck?: boolean;
  /** The call-back exit in progress: a way to be called back instead of the form ("rappel", or after a question got stuck). */
  /** The call-back exit; `known`: the way to reach the person the form already has, offered as such. */
  callback?: { misses: number; known?: ContactWay & { kind: 'phone' | 'email' } };
  /** Messages in a row at the menu that chose nothing: the menu is a question like the others, never asked a third time. */
  menuMisses?: number;
  /** "laat maar" in the middle of a form: asked once whether to stop it, since what was answered would be lost. */
  pendingStop?: 'menu' | 'cancel';
  /** A sentinel's answers, kept 24 hours after a crisis signal so the alert resumes when the person agrees. */
  parked?: { form: FormState; until: string };
}

export interface FormState {
  flow: FlowId;
  /** One id per run of a form: transcript lines carry it, so they can be dropped. */
  run: string;
  /** A question id, or CONFIRM / CORRECT. */
  step: string;
  answers: Answers;
  urgent: boolean;
  /** Correcting one answer from the summary: go back to it afterwards. */
  returnToConfirm?: boolean;
  misses: number;
  /** An urgent case already filed for this form (crisis path): the rest amends it, and every question is optional. */
  caseReference?: string;
  /** Parts of a several-choice answer that named no choice: asked about once before the form goes on. */
  rest?: string[];
  /** The postcodes offered for a town that has several ("3800 / 9300"): the next answer may choose among them. */
  candidates?: string[];
}

/** Words past which a free-text answer is a story, not a command. */
const LONG_ANSWER_WORDS = 15;
const CONFIRM = '$confirm';
const CORRECT = '$correct';
/** Coordinators are alerted at once; again only if a new crisis comes after this long. */
const CRISIS_REALERT_MS = 60 * 60 * 1000;
/** A request made within this time of a crisis signal is urgent. */
const CRISIS_CARRIES_MS = 24 * 60 * 60 * 1000;

/** What the engine may do to the world, inside the turn's transaction. */
export interface EnginePort extends PreparePort {
  signUpForTraining(s: TrainingSignUp): Promise<TrainingSignUpResult>;
  findSentinel(channel: Channel, userId: string): Promise<KnownSentinel | undefined>;
  createCase(draft: CaseDraft): Promise<{ reference: string }>;
  /** Adds what the person answered after an urgent case was filed to that case. */
  amendCase(reference: string, draft: CaseDraft): Promise<{ reference: string }>;
  /** Queues an urgent coordinator notification; with a case reference, the case becomes urgent. Never the text. */
  alertCoordinators(notice: {
    reason: 'lexicon' | 'safety_question';
    family: CrisisFamily | undefined;
    lang: Lang;
    caseReference?: string | undefined;
  }): Promise<void>;
  /** Forgets a sentinel's parked answers at `until`, whether or not they write again. */
  scheduleUnpark(until: Date): Promise<void>;
  /** Passes a message from a person whose case is open to the coordinators. */
  relayToCoordinators(caseReference: string, text: string): Promise<void>;
  /** Erases everything held about the person who writes (GDPR art. 17); returns the cases concerned. */
  eraseMe(): Promise<{ cases: string[] }>;
}

export interface EngineDeps {
  hotline: HotlineCalendar;
  settings: ServiceSettings;
  ids: IdGenerator;
}

export interface EngineInput {
  state: ConversationState | undefined;
  text: string;
  event?: InboundMessage['event'];
  locale?: string | undefined;
  channel: Channel;
  userId: string;
  now: Date;
}

export type EngineEvent =
  | 'crisis_hit'
  | 'crisis_check'
  | 'urgent'
  | 'case_created'
  | 'form_dropped'
  | 'relayed'
  | 'erased'
  | 'signed_up'
  | 'parked';

export interface EngineOutput {
  state: ConversationState;
  replies: OutboundMessage[];
  /** The form run this turn belongs to, for the transcript. */
  formRun: string | undefined;
  /** A form run that ended without a case: its transcript lines must go. */
  dropRun: string | undefined;
  /** The conversation was erased at the person's request: nothing of this turn is stored. */
  erased: boolean;
  events: EngineEvent[];
}

export function initialState(lang: Lang): ConversationState {
  return { v: 1, lang, greeted: false, mode: 'menu' };
}

/** Reads a stored state back; anything unexpected starts afresh rather than crash a turn. */
export function restoreState(value: unknown): ConversationState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const s = value as Partial<ConversationState>;
  if (s.v !== 1 || !isLang(s.lang) || typeof s.greeted !== 'boolean') return undefined;
  return value as ConversationState;
}

/**
 * One turn of conversation: screen for crisis first, then commands, then
 * whatever the person is in the middle of. Reads top to bottom; all writes
 * go through the port, in the caller's transaction.
 */
export async function runEngine(input: EngineInput, port: EnginePort, deps: EngineDeps): Promise<EngineOutput> {
  const turn = new Turn(input, port, deps);
  await turn.run();
  return turn.output();
}

class Turn {
  private readonly s: ConversationState;
  private readonly replies: OutboundMessage[] = [];
  private readonly events: EngineEvent[] = [];
  private dropRun: string | undefined;
  private formRun: string | undefined;
  private cardShown = false;
  private hitThisTurn = false;
  /** The languages of the message that raised the question now answered ("ja" has none of its own). */
  private carriedLangs: Lang[] = [];
  private knownSentinel: KnownSentinel | undefined;
  private erased = false;
  private screen: CrisisScreenResult = { tier: 'none', languages: [] };
  /** The line saying the conversation goes on in another language: after the crisis card, if any, else first. */
  private switchNotice: OutboundMessage | undefined;
  private cardAt: number | undefined;

  constructor(
    private readonly input: EngineInput,
    private readonly port: EnginePort,
    private readonly deps: EngineDeps,
  ) {
    const restored = input.state ? structuredClone(input.state) : undefined;
    if (restored) this.s = restored;
    else {
      const first = firstLanguage(input.text, input.locale, input.channel, input.userId);
      this.s = initialState(first.lang);
      if (first.sure) this.s.langBy = 'text';
    }
    this.formRun = this.s.form?.run;
  }

  output(): EngineOutput {
    if (this.switchNotice) this.replies.splice(this.cardAt === undefined ? 0 : this.cardAt + 1, 0, this.switchNotice);
    return { state: this.s, replies: this.replies, formRun: this.formRun, dropRun: this.dropRun, erased: this.erased, events: this.events };
  }

  private get lang(): Lang {
    return this.s.lang;
  }

  private say(...messages: OutboundMessage[]): void {
    this.replies.push(...messages);
  }

  async run(): Promise<void> {
    const text = this.input.text;

    if (this.input.event === 'conversation_start') {
      // Teams sends this when the bot is installed; a second install must not greet again.
      if (this.s.greeted) return;
      this.s.greeted = true;
      this.say({ text: t(this.lang, 'greeting', { org: this.deps.settings.orgName }) });
      return this.showMenu();
    }
    if (this.input.event === 'unsupported_media' || this.input.event === 'call') {
      // We cannot read or hear it: say so plainly, and where a person can be reached.
      const key = this.input.event === 'call' ? 'media.call' : 'media.unsupported';
      this.say({ text: t(this.lang, key, { hotline: this.deps.settings.hotlineNumber }) });
      return;
    }

    if (this.input.state && this.s.mode !== 'language') this.followLanguage(text);

    // Safety first: every message is screened, and the card comes before anything else.
    this.screen = screenForCrisis(text);
    if (this.screen.tier !== 'none') {
      const langs = this.s.crisisLangs ?? [];
      for (const l of this.screen.languages) if (!langs.includes(l)) langs.push(l);
      this.s.crisisLangs = langs;
    }
    if (this.screen.tier === 'acute') return this.acute(this.screen.family ?? 'suicide_intent', 'lexicon');
    if (this.s.crisis?.stage === 'callback') return this.answerCallback(text);
    if (this.s.crisis?.stage === 'check') {
      const handled = await this.answerCheck(text);
      if (handled) return;
    } else if (this.screen.tier === 'possible' && !this.modelHunchOnAnAnswer(text)) {
      if (!this.recentCrisis()) return this.possible(text);
      // Already urgent: the card again, and the message goes where it was going.
      this.hitThisTurn = true;
      this.showCrisisCard();
    }

    if (!this.s.greeted) {
      this.s.greeted = true;
      this.say({ text: t(this.lang, 'greeting', { org: this.deps.settings.orgName }) });
      const natural = naturalIntent(text);
      if (natural === 'person') return this.answerBack('person', text);
      const command =
        parseCommand(text) ?? (natural === 'urgent' || natural === 'language' || natural === 'callback' ? natural : undefined);
      if (command === 'urgent') this.showCrisisCard();
      if (command === 'language') return this.askLanguage();
      if (command === 'callback') return this.startCallback('ask');
      const way = menuWay(text, this.lang);
      const chosen = way ? flowById(way) : undefined;
      if (chosen) return this.startFlow(chosen);
      return this.showMenu();
    }

    // Erasure asked for in the person's own words is the erasure command, never a message relayed to the case.
    const command = readCommand(text, { erasure: this.s.mode !== 'erase_confirm' });
    // "rappelez-moi" at "how can we reach you?" answers it (by phone); elsewhere it is the call-back exit.
    if (command && !(command === 'callback' && this.answersCurrentChoice(text))) return this.runCommand(command);
    const stop = this.s.pendingStop;
    this.s.pendingStop = undefined;
    if (stop) {
      const yes = parseYesNo(text, this.lang);
      if (yes.ok && yes.value) return this.runCommand(stop);
      if (yes.ok) return this.repeatWhereWeAre();
    }
    if (this.s.callback) return this.answerCallbackExit(text);
    const remark = this.askingForLanguage() ? undefined : languageRemark(text);
    if (remark) return this.chooseLanguage(remark, this.s.mode === 'form' ? besidesLanguageRemark(text) : '');
    const back = this.s.mode === 'erase_confirm' || this.s.mode === 'language' ? undefined : askedBack(text);
    if (back) return this.answerBack(back, text);
    const natural = this.naturalIntentHere(text);
    if (natural === 'urgent' && this.urgentGoesOn()) this.showCrisisCard();
    else if (natural) return this.runNatural(natural, text);
    if (asksAboutTonight(text)) {
      this.say(nightLines(this.context(), this.otherLanguages(), 'night.tonight'));
      return this.repeatWhereWeAre();
    }
    if (this.canResumeParked() && (this.s.mode === 'menu' || this.s.mode === 'idle') && bringsConsent(text)) return this.resumeParked();

    switch (this.s.mode) {
      case 'erase_confirm':
        return this.answerErase(text);
      case 'language':
        return this.answerLanguage(text);
      case 'form':
        return this.answerForm(text);
      case 'idle':
        return this.followUp(text);
      default:
        return this.answerMenu(text);
    }
  }

  // --- safety -------------------------------------------------------------

  /** The languages this message was written in, other than the conversation's: their lines go on the card too. */
  private otherLanguages(): Lang[] {
    const langs = [...this.screen.languages];
    for (const l of [...this.carriedLangs, ...(this.s.crisisLangs ?? [])]) if (!langs.includes(l)) langs.push(l);
    return langs.filter((l) => l !== this.lang);
  }

  private showCrisisCard(): void {
    if (this.cardShown) return;
    this.cardShown = true;
    this.cardAt = this.replies.length;
    this.say(crisisCard(this.lang, this.otherLanguages()));
  }

  /** Whether a crisis signal came in the last 24 hours: answers are then read strictly. */
  private recentCrisis(): boolean {
    if (this.hitThisTurn) return true;
    const last = this.s.lastCrisisAt ? Date.parse(this.s.lastCrisisAt) : Number.NEGATIVE_INFINITY;
    return this.input.now.getTime() - last < CRISIS_CARRIES_MS;
  }

  private async markUrgent(reason: 'lexicon' | 'safety_question', family?: CrisisFamily): Promise<void> {
    this.events.push('urgent');
    this.s.lastCrisisAt = this.input.now.toISOString();
    if (family) this.s.crisisFamily = family;
    if (this.s.form) this.s.form.urgent = true;
    const last = this.s.crisisAlertedAt ? Date.parse(this.s.crisisAlertedAt) : Number.NEGATIVE_INFINITY;
    if (this.input.now.getTime() - last < CRISIS_REALERT_MS) return;
    this.s.crisisAlertedAt = this.input.now.toISOString();
    await this.port.alertCoordinators({
      reason,
      family: family ?? this.s.crisisFamily,
      lang: this.lang,
      caseReference: this.s.mode === 'idle' ? this.s.caseReference : (this.s.form?.caseReference ?? undefined),
    });
  }

  /**
   * An acute signal, at any point: the card first, one line that the team is
   * being alerted, then one question only (how to call back). A sentinel
   * writing about someone else gets the guidance for that person, and the
   * alert goes on.
   */
  private async acute(family: CrisisFamily, reason: 'lexicon' | 'safety_question', aboutOther = false): Promise<void> {
    this.events.push('crisis_hit');
    this.hitThisTurn = true;
    const first = !this.s.greeted;
    this.s.greeted = true;
    this.s.toCheck = false;
    const form = this.s.form;
    // What they wrote may also answer the question they were at (a disclosure in "what is going on?"): kept, not lost.
    if (this.s.mode === 'form' && form) {
      this.recordIfAnswer(this.input.text);
      // In a help request, what they said answers "leave a request?" and "in danger?" already: not asked again.
      if (form.flow === 'help_request') this.answerForThem(form, { leaveRequest: true, danger: true });
    }
    if (this.s.mode === 'form' && form?.flow === 'sentinel_alert') {
      this.cardShown = true;
      this.say(thirdPersonCard(this.lang, this.personLanguages()));
      await this.markUrgent(reason, family);
      this.say({ text: t(this.lang, 'crisis.alerting') });
      // The message was about the person, not an answer: the alert goes on where it was.
      return this.askCurrent();
    }
    // A first message about someone else at risk ("mijn klant zei dat hij zich gaat ophangen"): the guidance for a
    // third person and the alert, then the report about that person begins (urgent), not a call-back to the writer.
    if (this.s.mode === 'menu' && (aboutOther || aboutSomeoneElse(this.input.text, this.lang))) {
      this.cardShown = true;
      this.say(thirdPersonCard(this.lang, this.personLanguages()));
      await this.markUrgent(reason, family);
      this.say({ text: t(this.lang, first ? 'crisis.alerting_first' : 'crisis.alerting', { org: this.deps.settings.orgName }) });
      return this.startFlow(flowById('sentinel_alert'));
    }
    this.showCrisisCard();
    await this.markUrgent(reason, family);
    const step = this.s.crisis;
    if (step?.stage === 'callback') {
      // Still no way to call back: asked again, and after a few tries filed without one (the team answers here).
      step.misses += 1;
      if (step.misses >= CALLBACK_TRIES) return this.fileCrisisCase(undefined, step.langs);
      this.say({ text: callbackQuestion(this.lang, this.input.channel) });
      return;
    }
    this.say({ text: t(this.lang, first ? 'crisis.alerting_first' : 'crisis.alerting', { org: this.deps.settings.orgName }) });
    if (this.s.mode === 'idle' && this.s.caseReference) {
      // Their case exists: what they wrote goes to it, and they hear who reads it when.
      if (this.input.text.trim() !== '') await this.port.relayToCoordinators(this.s.caseReference, this.input.text);
      this.say({ text: whoReadsNow(this.context()) }, ...nightLinesIfClosed(this.context(), this.otherLanguages()));
      return;
    }
    if (form?.caseReference) return this.askCurrent();
    this.s.crisis = { stage: 'callback', langs: this.otherLanguages(), family, misses: 0 };
    this.say({ text: callbackQuestion(this.lang, this.input.channel) });
  }

  /**
   * Takes a message that came with a crisis signal as the answer to the
   * current question when it reads as one (and, after a crisis, plainly
   * enough), and moves the form on without asking the next question yet.
   */
  private recordIfAnswer(text: string): void {
    const form = this.s.form;
    if (!form || form.step === CONFIRM || form.step === CORRECT) return;
    this.restoreKnownSentinel();
    const questions = this.flow().questions;
    const index = questions.findIndex((x) => x.id === form.step);
    const q = questions[index];
    if (!q) return;
    const parsed = parseAnswer(q, text, this.context());
    if (!parsed.ok || !this.plainEnoughAfterCrisis(q, parsed.value, text)) return;
    form.answers[q.id] = parsed.value;
    this.keepAlso(form, parsed.also);
    if (q.id === 'danger' && parsed.value === true) form.urgent = true;
    this.moveAfter(index);
  }

  /**
   * What an answer gave for later questions ("0470… et jean@mail.be" at the
   * phone question; "plutôt le matin" in the situation): kept where the flow
   * has that question and it is not answered yet, and said in one line.
   */
  private keepAlso(form: FormState, also: Partial<Record<string, string>> | undefined): void {
    for (const [id, value] of Object.entries(also ?? {})) {
      const q = this.flow().questions.find((x) => x.id === id);
      if (!q || value === undefined || id in form.answers) continue;
      form.answers[id] = value;
      const label = q.summaryLabel ? t(this.lang, q.summaryLabel) : id;
      this.say({ text: t(this.lang, 'notice.also', { label, value }) });
    }
  }

  /** Answers questions not yet answered, and moves past them if the form stood at one of them. */
  private answerForThem(form: FormState, answers: Answers): void {
    const questions = this.flow().questions;
    for (const [id, value] of Object.entries(answers)) if (!(id in form.answers)) form.answers[id] = value;
    const index = questions.findIndex((q) => q.id === form.step);
    if (index >= 0 && form.step in answers) {
      let next = index;
      while (questions[next] && questions[next]?.id !== undefined && (questions[next]?.id ?? '') in form.answers) next++;
      this.moveAfter(next - 1);
    }
  }

  /** The languages of the person a sentinel writes about: the one they gave, and the one they were quoted in. */
  private personLanguages(): Lang[] {
    const given = this.s.form?.answers.personLanguage;
    const out: Lang[] = [];
    if (isLang(given)) out.push(given);
    for (const l of this.screen.languages) if (!out.includes(l)) out.push(l);
    return out;
  }

  /** A possible signal: the card, and the question asked directly. */
  private possible(text: string): void {
    this.events.push('crisis_check');
    this.hitThisTurn = true;
    if (!this.s.greeted) {
      this.s.greeted = true;
      this.say({ text: t(this.lang, 'greeting', { org: this.deps.settings.orgName }) });
    }
    if (this.s.mode === 'idle' && this.s.caseReference && this.input.text.trim() !== '') {
      void this.port.relayToCoordinators(this.s.caseReference, this.input.text);
    }
    // A sentinel's words are about the person they report: the question is about that person, and the guidance
    // for a third person comes if the answer is yes (not the card that speaks to someone at risk).
    const third =
      (this.s.mode === 'form' && this.s.form?.flow === 'sentinel_alert') ||
      (this.s.mode === 'menu' && aboutSomeoneElse(text, this.lang) && menuWay(text, this.lang) !== 'help_request');
    if (!third) this.showCrisisCard();
    // "wis alles wat ge over mij weet", "laat maar": asked about first, done after a plain no.
    const natural = naturalIntent(text);
    const asked =
      this.s.mode === 'erase_confirm' ? undefined : (readCommand(text) ?? (natural && natural !== 'person' ? natural : undefined));
    const deferred = asked === 'urgent' || asked === 'help' ? undefined : asked;
    // "j'en peux plus, mon entreprise coule" at the menu: after a plain no, the way in it names, or help for
    // themselves (their distress is why they wrote).
    const way =
      !deferred && this.s.mode === 'menu'
        ? (menuWay(text, this.lang) ?? (aboutSomeoneElse(text, this.lang) ? 'sentinel_alert' : 'help_request'))
        : undefined;
    this.s.crisis = {
      stage: 'check',
      langs: this.otherLanguages(),
      ...(third ? { third } : {}),
      ...(deferred ? { deferred } : {}),
      ...(way ? { way } : {}),
    };
    this.s.toCheck = true;
    this.say({ text: t(this.lang, third ? 'crisis.check_third' : 'crisis.check'), choices: this.yesNoChoices() });
  }

  /**
   * The answer to the direct question. Yes: acute. A plain no: back exactly
   * where they were. Anything else: the message is read as it would have
   * been, and the case will say "to check". Returns whether it was handled.
   */
  private async answerCheck(text: string): Promise<boolean> {
    const answer = readCheck(text, this.lang);
    const step = this.s.crisis;
    if (answer === 'other' && step?.stage === 'check' && !step.again && answersTheCheck(text)) {
      // "nee ik ga niks doen vannacht, ik ben gewoon moe": about the question, but not a plain no. Asked once more.
      step.again = true;
      this.say({ text: t(this.lang, step.third ? 'crisis.check_third' : 'crisis.check_again'), choices: this.yesNoChoices() });
      return true;
    }
    this.s.crisis = undefined;
    if (step?.stage === 'check') this.carriedLangs = step.langs;
    if (answer === 'yes') {
      await this.acute('suicide_intent', 'safety_question', step?.stage === 'check' && step.third === true);
      return true;
    }
    if (asksForCall(text)) {
      // "i didnt say no. i want someone to call me": the crisis path's one question is how to call back.
      await this.acute('ambiguous_distress', 'safety_question');
      return true;
    }
    if (answer === 'no') {
      this.s.toCheck = false;
      this.say({ text: t(this.lang, step?.stage === 'check' && step.third ? 'crisis.check_third_no' : 'crisis.check_no') });
      const deferred = step?.stage === 'check' ? step.deferred : undefined;
      const way = step?.stage === 'check' && step.way ? flowById(step.way) : undefined;
      if (deferred) await this.runCommand(deferred);
      else if (way && this.s.mode === 'menu') await this.startFlow(way);
      else if (!(await this.dangerAnsweredNo())) await this.repeatWhereWeAre();
      return true;
    }
    // Neither yes nor no about someone else, at the menu: their report begins (the case will say "to check").
    if (step?.stage === 'check' && step.third && step.way === 'sentinel_alert' && this.s.mode === 'menu') {
      await this.startFlow(flowById('sentinel_alert'));
      return true;
    }
    return false;
  }

  /**
   * The direct question came up while the form asked about danger, and was answered with a plain no: that is the
   * danger question's answer too, so it is not asked a second time in a row.
   */
  private async dangerAnsweredNo(): Promise<boolean> {
    const form = this.s.form;
    if (this.s.mode !== 'form' || !form) return false;
    const questions = this.flow().questions;
    const index = questions.findIndex((x) => x.id === form.step);
    const q = questions[index];
    if (q?.id !== 'danger' || q.type.kind !== 'yesno') return false;
    await this.takeAnswer(q, index, { ok: true, value: false });
    return true;
  }

  /** The answer to "how can we call you back?": a number, an address, "this number", or a plain no. Never a dead end. */
  private async answerCallback(text: string): Promise<void> {
    const step = this.s.crisis;
    if (step?.stage !== 'callback') return;
    const command = parseCommand(text);
    if (command === 'urgent') {
      this.showCrisisCard();
      this.say({ text: callbackQuestion(this.lang, this.input.channel) });
      return;
    }
    if (command === 'help') {
      this.say({ text: t(this.lang, 'help_text') }, { text: callbackQuestion(this.lang, this.input.channel) });
      return;
    }
    if (command === 'erase') return this.runCommand(command);
    const answer =
      command === 'cancel' || command === 'menu'
        ? ({ kind: 'declined' } as const)
        : readCallback(text, this.input.channel, this.input.userId, this.lang);
    if (answer.kind === 'unclear') {
      step.misses += 1;
      // "danke", "ok", 😢: a short human line and the question again, not "not understood" (it still counts a try).
      const brief = smallTalk(text);
      if (step.misses < CALLBACK_TRIES) {
        this.say(
          brief
            ? { text: `${t(this.lang, brief)} ${callbackQuestion(this.lang, this.input.channel)}` }
            : { text: callbackReask(this.lang, this.input.channel) },
        );
        return;
      }
      // Not a no: the person was not understood, and is told how to give a number later.
      return this.fileCrisisCase(undefined, step.langs, 'unread');
    }
    return this.fileCrisisCase(answer.kind === 'declined' ? undefined : answer, step.langs);
  }

  /** What a case filed before the end of the form knows of the person's trade; the rest of the form is not asked. */
  private knownOfTheHelpRequest(
    form: FormState | undefined,
  ): Pick<CaseDraft, 'sector' | 'activityStatus' | 'signals' | 'context' | 'bestMoments' | 'modality' | 'notifySentinel' | 'surveyOptIn'> {
    const a = form?.flow === 'help_request' ? form.answers : {};
    return {
      sector: textAnswer(a.sector),
      activityStatus: textAnswer(a.activityStatus),
      signals: [],
      context: null,
      bestMoments: null,
      modality: null,
      notifySentinel: false,
      surveyOptIn: false,
    };
  }

  /**
   * The urgent case of the crisis path: the way to call back if given (the
   * person gave it to be called back: that is their consent), else a case
   * without personal data, so that what they write reaches the team and the
   * team can answer here. Then the form goes on, every question optional,
   * or the conversation stays open.
   */
  private async fileCrisisCase(way: ContactWay | undefined, langs: Lang[], noWay: 'declined' | 'unread' = 'declined'): Promise<void> {
    this.s.crisis = undefined;
    const form = this.s.form;
    const a = form?.answers ?? {};
    const postal = postalAnswer(a.postalCode);
    const reference = await this.createCase({
      kind: 'help_request',
      urgent: true,
      language: this.lang,
      region: form?.flow === 'help_request' ? (postal?.region ?? null) : null,
      postalCode: form?.flow === 'help_request' ? (postal?.code ?? null) : null,
      ...this.knownOfTheHelpRequest(form),
      immediateDanger: true,
      person:
        way && way.kind !== 'here'
          ? {
              firstName: form?.flow === 'help_request' ? textAnswer(a.firstName) : null,
              lastName: null,
              phone: way.kind === 'phone' ? way.value : null,
              email: way.kind === 'email' ? way.value : null,
              language: this.lang,
            }
          : null,
      sentinel: null,
      consent: way ? { givenBy: 'self', purpose: 'crisis_callback', textVersion: CRISIS_CALLBACK_VERSION } : null,
    });
    this.s.caseReference = reference;
    const c = this.context();
    if (way) {
      this.say({ text: t(this.lang, 'crisis.callback_done', { reference, promise: contactPromise(c, true, way) }) });
    } else {
      this.say({
        text: t(this.lang, noWay === 'unread' ? 'crisis.callback_unread' : 'crisis.callback_declined', { reads: whoReadsNow(c) }),
      });
    }
    this.say(...nightLinesIfClosed(c, langs));
    if (form && this.s.mode === 'form') {
      form.caseReference = reference;
      form.urgent = true;
      if (form.flow === 'help_request') this.say({ text: t(this.lang, 'crisis.continue_form') });
      return this.askCurrent();
    }
    this.s.mode = 'idle';
    this.s.form = undefined;
  }

  // --- commands and menu --------------------------------------------------

  private async runCommand(command: Command): Promise<void> {
    switch (command) {
      case 'urgent':
        this.showCrisisCard();
        return this.repeatWhereWeAre();
      case 'help':
        this.say({ text: t(this.lang, 'help_text') });
        return this.repeatWhereWeAre();
      case 'language':
        return this.askLanguage();
      case 'callback':
        return this.startCallback('ask');
      case 'erase':
        if (this.s.mode !== 'erase_confirm') this.s.eraseReturn = this.s.mode;
        this.s.mode = 'erase_confirm';
        this.say({ text: t(this.lang, 'erase.confirm'), choices: this.yesNoChoices() });
        return;
      case 'menu':
        this.s.callback = undefined;
        if (this.s.form) this.dropForm('form.stopped');
        return this.showMenu();
      case 'cancel':
        this.s.callback = undefined;
        if (this.s.form) this.dropForm('form.cancelled');
        else this.say({ text: t(this.lang, 'cancel.nothing') });
        return this.showMenu();
    }
  }

  /**
   * A command asked in the person's own words ("laat maar", "on recommence
   * du début", "kann mich jemand anrufen"), where it can be one: an answer
   * that a choice question understands stays an answer, and once the case
   * is filed a wish to be called is for the coordinators (relayed).
   */
  /** Whether the question the form stands at, a choice, takes this text as its answer. */
  private answersCurrentChoice(text: string): boolean {
    const q = this.s.mode === 'form' ? this.currentQuestion() : undefined;
    return q?.type.kind === 'choice' && parseAnswer(q, text, this.context()).ok;
  }

  private naturalIntentHere(text: string): NaturalIntent | undefined {
    if (this.s.mode === 'erase_confirm' || this.s.mode === 'language') return undefined;
    const intent = naturalIntent(text);
    if (!intent) return undefined;
    if (this.s.mode === 'idle' && (intent === 'callback' || intent === 'cancel')) return undefined;
    const q = this.s.mode === 'form' ? this.currentQuestion() : undefined;
    const picks = q && (q.type.kind === 'yesno' || q.type.kind === 'choice' || q.type.kind === 'multi');
    if (q && picks && parseAnswer(q, text, this.context()).ok) return undefined;
    // "appelez-moi juste Lou" at the first name: what to call them, not a call asked for.
    if (q?.type.kind === 'name' && intent === 'callback' && namedByCall(text)) return undefined;
    // A long message at "what is going on?" is their story: a wish inside it reaches the coordinators with it.
    if (q?.type.kind === 'text' && intent !== 'urgent' && text.trim().split(/\s+/).length > LONG_ANSWER_WORDS) return undefined;
    return intent;
  }

  /** "c'est urgent" with something to say: the card, and the message goes on as an answer (or to the case). */
  private urgentGoesOn(): boolean {
    if (this.s.mode === 'idle') return true;
    const q = this.s.mode === 'form' ? this.currentQuestion() : undefined;
    return q?.type.kind === 'text';
  }

  private runNatural(intent: NaturalIntent, text: string): Promise<void> {
    if (intent === 'person') return this.answerBack('person', text);
    // Stopping a form in progress loses its answers: asked once, in a yes/no.
    if ((intent === 'menu' || intent === 'cancel') && this.s.mode === 'form' && this.s.form) {
      this.s.pendingStop = intent;
      this.say({ text: t(this.lang, 'stop.confirm'), choices: this.yesNoChoices() });
      return Promise.resolve();
    }
    return this.runCommand(intent);
  }

  private async repeatWhereWeAre(): Promise<void> {
    if (this.s.mode === 'form' && this.s.form) return this.askCurrent();
    if (this.s.mode === 'language') return this.askLanguage();
    if (this.s.mode === 'idle') {
      this.say({ text: t(this.lang, 'idle.hint', { reads: whoReadsNow(this.context()) }) });
      return;
    }
    return this.showMenu();
  }
  private showMenu(): void {
    this.s.mode = 'menu';
    const options = menuOptions();
    this.say({
      text: t(this.lang, 'menu.prompt'),
      choices: options.map((o) => ({ value: o.labels[this.lang], label: o.labels[this.lang] })),
    });
  }

  private async answerMenu(text: string): Promise<void> {
    // At the menu, "jai besoin daide" or "ich mache mir Sorgen um einen Kunden" is the way in, in their words.
    // The way in named in a sentence wins over a menu word inside it ("worried about a client" is not "About").
    const way = menuWay(text, this.lang);
    const flow = way ? flowById(way) : undefined;
    if (flow) return this.startFlow(flow);
    const brief = this.hitThisTurn ? undefined : smallTalk(text);
    if (brief) {
      this.say({ text: t(this.lang, brief) });
      return this.showMenu();
    }
    const misses = (this.s.menuMisses ?? 0) + 1;
    if (misses >= STUCK_AFTER_MISSES) {
      this.s.menuMisses = undefined;
      return this.startCallback('offer');
    }
    this.s.menuMisses = misses;
    // "ik weet niet goed wat ik hier moet doen", "je sais pas trop": which way is which, in a line.
    if (!this.hitThisTurn && isDontKnow(text)) {
      this.say({ text: t(this.lang, 'menu.unsure') });
      return this.showMenu();
    }
    if (!this.hitThisTurn) {
      this.say({ text: misses >= 2 ? `${t(this.lang, 'menu.reask')}\n${t(this.lang, 'reask.ways')}` : t(this.lang, 'menu.reask') });
    }
    return this.showMenu();
  }

  // --- language -----------------------------------------------------------

  /**
   * The conversation follows the language the person writes in. A clear
   * message in the conversation's language confirms it; two clear messages
   * in a row in another one switch it (one, while the language was only
   * guessed from the channel), with a line that says so and how to go back.
   * Answers already given are kept. A language the person chose stays.
   */
  private followLanguage(text: string): void {
    if (this.s.langBy === 'chosen') return;
    const detected = detectLanguage(text);
    if (!detected?.clear) return;
    if (detected.lang === this.s.lang) {
      this.s.langBy = 'text';
      this.s.langStreak = undefined;
      return;
    }
    const count = this.s.langStreak?.lang === detected.lang ? this.s.langStreak.count + 1 : 1;
    if (this.s.langBy === 'text' && count < 2) {
      this.s.langStreak = { lang: detected.lang, count };
      return;
    }
    const from = this.s.lang;
    this.s.lang = detected.lang;
    this.s.langBy = 'text';
    this.s.langStreak = undefined;
    this.switchNotice = { text: `${t(detected.lang, 'language.switched')} ${t(from, 'language.back')}` };
  }

  // --- questions asked back ---------------------------------------------------

  /** A short answer to a question the person asks back, then the form goes on where it was. After the case is filed, it is also relayed. */
  private async answerBack(back: AskedBack, text: string): Promise<void> {
    const settings = this.deps.settings;
    const q = this.s.mode === 'form' ? this.currentQuestion() : undefined;
    // "c'est obligatoire ?": an optional question says so; a needed one says why it is asked.
    const key =
      back === 'required'
        ? q?.optional
          ? 'back.optional'
          : (q?.why ?? 'back.why_default')
        : back === 'why'
          ? (q?.why ?? 'back.why_default')
          : (`back.${back}` as const);
    this.say({
      text: t(this.lang, key, { sessions: String(settings.maxSessions), hotline: settings.hotlineNumber, org: settings.orgName }),
    });
    if (this.s.mode === 'idle' && this.s.caseReference) {
      await this.port.relayToCoordinators(this.s.caseReference, text);
      return;
    }
    return this.repeatWhereWeAre();
  }

  /**
   * The model alone found the message worrying, and it is a clear answer to a form question that offers
   * choices or asks for a name, a place or a way to reach them ("Für mich wäre Video am einfachsten, aber
   * ehrlich gesagt lieber persönlich"): the answer is taken, not interrupted. A rule's sign always asks; so
   * does the model on a yes or no and on the person's own words (the danger question, the situation).
   */
  private modelHunchOnAnAnswer(text: string): boolean {
    if (this.screen?.rule !== MODEL_RULE_ID || this.s.mode !== 'form') return false;
    const q = this.currentQuestion();
    if (!q || !['choice', 'multi', 'name', 'postal', 'phone', 'email'].includes(q.type.kind)) return false;
    return parseAnswer(q, text, this.context()).ok;
  }

  private currentQuestion(): Question | undefined {
    const form = this.s.form;
    if (!form) return undefined;
    return this.flow().questions.find((x) => x.id === form.step);
  }

  /** Whether the question asked is itself about a language (a sentinel's "which language does the person speak?"). */
  private askingForLanguage(): boolean {
    const q = this.s.mode === 'form' ? this.currentQuestion() : undefined;
    return q?.type.kind === 'choice' && q.type.options(this.context()) === languageOptions;
  }

  /** "ik spreek liever Nederlands", "en français svp": a language the person asks for is a choice, and stays. */
  /** A language the person asked for; what else the message says ("Pieter, maar…") answers the question they were at. */
  private chooseLanguage(lang: Lang, besides = ''): Promise<void> {
    const already = this.s.lang === lang;
    this.s.lang = lang;
    this.s.langBy = 'chosen';
    this.s.langStreak = undefined;
    this.switchNotice = undefined;
    // "ik spreek liever Nederlands" in a conversation in Dutch already: nothing to announce.
    if (!already) this.say({ text: t(lang, 'language.changed') });
    if (besides !== '' && this.s.form) {
      const q = this.flow().questions.find((x) => x.id === this.s.form?.step);
      if (q && parseAnswer(q, besides, this.context()).ok) return this.answerForm(besides);
    }
    return this.repeatWhereWeAre();
  }

  // --- call-back exit -------------------------------------------------------

  /** "rappel" at any point, or a question stuck three times: leave only a way to be called back, and stop there. */
  private startCallback(how: 'ask' | 'offer'): void {
    // A help request that already has the person's number or address: that one is offered, not asked for again.
    const form = this.s.form;
    const way = form?.flow === 'help_request' ? this.wayFromAnswers(form.answers) : undefined;
    if (way && way.kind !== 'here') {
      this.s.callback = { misses: 0, known: way };
      const key = how === 'ask' ? 'callback.ask_known' : 'callback.offer_known';
      // An address is written to, not called: "qu'on vous écrive à …".
      this.say({ text: t(this.lang, way.kind === 'email' ? `${key}_email` : key, { way: way.value }) });
      return;
    }
    this.s.callback = { misses: 0 };
    const channel = this.input.channel === 'whatsapp' ? '_whatsapp' : '';
    this.say({ text: t(this.lang, how === 'ask' ? `callback.ask${channel}` : `callback.offer${channel}`) });
  }

  private async answerCallbackExit(text: string): Promise<void> {
    const step = this.s.callback;
    if (!step) return;
    // "yes", "sure", "please call me" to the number or address the form already has (a number or an address written
    // out is taken instead; on WhatsApp a bare yes would otherwise mean the number written from).
    if (step.known && !parseEmail(text).ok && !parsePhone(text).ok) {
      const yes = parseYesNo(text, this.lang);
      if ((yes.ok && yes.value && !hasNegation(text)) || (asksForCall(text) && !isPlainNo(text) && !hasNegation(text)))
        return this.fileCallbackCase(step.known);
    }
    const answer = readCallback(text, this.input.channel, this.input.userId, this.lang);
    if (answer.kind === 'phone' || answer.kind === 'email') return this.fileCallbackCase(answer);
    step.misses += 1;
    if (answer.kind === 'unclear' && step.misses < CALLBACK_TRIES) {
      this.say({ text: callbackReask(this.lang, this.input.channel) });
      return;
    }
    // "non", or still no number: back where they were, the question asked afresh.
    this.s.callback = undefined;
    if (this.s.form) this.s.form.misses = 0;
    this.say({ text: t(this.lang, 'smalltalk.ok') });
    return this.repeatWhereWeAre();
  }

  /**
   * The call-back request: the way to call back (given for that: the
   * person's consent) and what the form already knows of the region and
   * trade; the form stops there. A sentinel's is a request for advice.
   */
  private async fileCallbackCase(way: ContactWay & { kind: 'phone' | 'email' }): Promise<void> {
    this.s.callback = undefined;
    const form = this.s.form;
    const a = form?.answers ?? {};
    const sentinel = form?.flow === 'sentinel_alert' || form?.flow === 'sentinel_training';
    const postal = form?.flow === 'help_request' ? postalAnswer(a.postalCode) : null;
    const phone = way.kind === 'phone' ? way.value : null;
    const email = way.kind === 'email' ? way.value : null;
    const reference = await this.createCase({
      kind: sentinel ? 'sentinel_advice' : 'help_request',
      urgent: form?.urgent === true,
      language: this.lang,
      region: postal?.region ?? null,
      postalCode: postal?.code ?? null,
      ...this.knownOfTheHelpRequest(form),
      immediateDanger: form?.urgent === true,
      person: sentinel ? null : { firstName: textAnswer(a.firstName), lastName: null, phone, email, language: this.lang },
      sentinel: sentinel
        ? {
            knownId: this.knownSentinel?.id ?? null,
            name: textAnswer(a.sentinelName) ?? textAnswer(a.name) ?? this.knownSentinel?.name ?? null,
            organisation: textAnswer(a.sentinelOrganisation) ?? textAnswer(a.organisation),
            role: textAnswer(a.sentinelRole) ?? textAnswer(a.role),
            phone,
            email,
          }
        : null,
      consent: sentinel ? null : { givenBy: 'self', purpose: 'callback', textVersion: CALLBACK_VERSION },
    });
    if (form) {
      this.s.form = undefined;
      this.dropRun = form.run;
    }
    this.s.caseReference = reference;
    this.s.mode = 'idle';
    this.say({ text: t(this.lang, 'callback.done', { reference, promise: contactPromise(this.context(), form?.urgent === true, way) }) });
  }

  private askLanguage(): void {
    this.s.resumeForm = this.s.mode === 'form' || (this.s.mode === 'language' && this.s.resumeForm === true);
    this.s.mode = 'language';
    this.say({
      text: t(this.lang, 'language.prompt'),
      choices: languageOptions.map((o) => ({ value: o.labels[o.value as Lang], label: o.labels[o.value as Lang] })),
    });
  }

  private async answerLanguage(text: string): Promise<void> {
    const parsed = parseChoice(text, languageOptions, this.lang);
    if (!parsed.ok || !isLang(parsed.value)) {
      this.say({ text: t(this.lang, 'reask.choice') });
      return this.askLanguage();
    }
    this.s.lang = parsed.value;
    this.s.langBy = 'chosen';
    this.s.langStreak = undefined;
    this.say({ text: t(this.lang, 'language.changed') });
    const resume = this.s.resumeForm && this.s.form;
    this.s.resumeForm = undefined;
    if (resume) {
      this.s.mode = 'form';
      return this.askCurrent();
    }
    return this.showMenu();
  }

  // --- erasure --------------------------------------------------------------

  private yesNoChoices() {
    const yes = t(this.lang, 'answer.yes');
    const no = t(this.lang, 'answer.no');
    return [
      { value: yes, label: yes },
      { value: no, label: no },
    ];
  }

  private async answerErase(text: string): Promise<void> {
    const parsed = parseYesNo(text, this.lang);
    if (!parsed.ok) {
      this.say({ text: t(this.lang, 'reask.yesno'), choices: this.yesNoChoices() });
      return;
    }
    const back = this.s.eraseReturn ?? 'menu';
    this.s.eraseReturn = undefined;
    if (!parsed.value) {
      this.s.mode = back;
      this.say({ text: t(this.lang, 'erase.cancelled') });
      return this.repeatWhereWeAre();
    }
    const { cases } = await this.port.eraseMe();
    this.erased = true;
    this.events.push('erased');
    this.say({ text: t(this.lang, cases.length > 0 ? 'erase.done_cases' : 'erase.done', { references: cases.join(', ') }) });
  }

  // --- after a case -------------------------------------------------------

  private async followUp(text: string): Promise<void> {
    // An empty message is nothing to add to a file.
    if (text.trim() === '') return;
    const reference = this.s.caseReference;
    // "merci", "ok", "bonsoir" after the case is filed: a short line; nothing for the team to read. A sad face is
    // answered the same way and still passed on.
    const brief = this.hitThisTurn ? undefined : smallTalk(text);
    if (brief && brief !== 'smalltalk.feeling') {
      this.say({ text: `${t(this.lang, brief)} ${whoReadsNow(this.context())}`.trim() });
      return;
    }
    if (brief && reference) {
      await this.port.relayToCoordinators(reference, text);
      this.say({ text: t(this.lang, brief) });
      return;
    }
    if (reference && text.trim() !== '') await this.port.relayToCoordinators(reference, text);
    // "je veux pas qu'on m'appelle, j'ai honte": heard, and passed on as such, not only "added to your file".
    const key = reference && refusesCall(text) ? 'idle.no_call' : 'idle.ack';
    this.say({ text: t(this.lang, key, { reference: reference ?? '', reads: whoReadsNow(this.context()) }) });
  }

  // --- a sentinel's answers, kept after a crisis signal ----------------------

  private canResumeParked(): boolean {
    const parked = this.s.parked;
    if (!parked) return false;
    if (Date.parse(parked.until) > this.input.now.getTime()) return true;
    this.s.parked = undefined;
    return false;
  }

  /** "il est d'accord maintenant": the alert resumes at the consent question, with what the sentinel already said. */
  private async resumeParked(): Promise<void> {
    const parked = this.s.parked;
    if (!parked) return this.showMenu();
    this.s.parked = undefined;
    const form: FormState = { ...parked.form, run: this.deps.ids.uuid(), misses: 0 };
    form.answers.consent = 'yes';
    delete form.answers.advice;
    this.s.form = form;
    this.s.mode = 'form';
    this.formRun = form.run;
    this.say({ text: t(this.lang, 'alert.resumed') });
    this.restoreKnownSentinel();
    const index = this.flow().questions.findIndex((q) => q.id === 'consent');
    return this.advance(index);
  }

  /**
   * A sentinel alert that stops for lack of consent after a crisis signal:
   * the sentinel's answers are kept 24 hours (encrypted with the
   * conversation) so the alert resumes when the person agrees.
   */
  private async park(form: FormState): Promise<void> {
    const until = new Date(this.input.now.getTime() + PARKED_ALERT_MS);
    const kept: FormState = structuredClone(form);
    kept.step = 'consent';
    delete kept.answers.consent;
    delete kept.answers.advice;
    this.s.parked = { form: kept, until: until.toISOString() };
    this.events.push('parked');
    await this.port.scheduleUnpark(until);
    this.say({ text: t(this.lang, 'alert.parked') });
  }

  // --- forms --------------------------------------------------------------

  private context(): FormContext {
    return {
      lang: this.lang,
      channel: this.input.channel,
      userId: this.input.userId,
      now: this.input.now,
      answers: this.s.form?.answers ?? {},
      hotline: this.deps.hotline,
      settings: this.deps.settings,
      knownSentinel: this.knownSentinel,
      urgent: this.s.form?.urgent === true,
      allOptional: this.s.form?.caseReference !== undefined,
    };
  }

  private flow(): Flow {
    if (!this.s.form) throw new Error('no form in progress');
    return flowById(this.s.form.flow);
  }

  private async startFlow(flow: Flow): Promise<void> {
    this.s.menuMisses = undefined;
    if (flow.id === 'sentinel_alert' && this.canResumeParked() && this.s.parked) {
      // The answers they gave are still here: only the consent question is asked again.
      const parked = this.s.parked;
      this.s.parked = undefined;
      this.s.mode = 'form';
      this.s.form = { ...parked.form, run: this.deps.ids.uuid(), misses: 0 };
      this.formRun = this.s.form.run;
      this.restoreKnownSentinel();
      return this.askCurrent();
    }
    this.s.mode = 'form';
    const recentCrisis =
      this.s.lastCrisisAt !== undefined && this.input.now.getTime() - Date.parse(this.s.lastCrisisAt) < CRISIS_CARRIES_MS;
    this.s.form = { flow: flow.id, run: this.deps.ids.uuid(), step: '', answers: {}, urgent: recentCrisis, misses: 0 };
    this.formRun = this.s.form.run;
    if (flow.id === 'sentinel_alert') this.knownSentinel = await this.port.findSentinel(this.input.channel, this.input.userId);
    this.s.form.answers.$knownSentinel = this.knownSentinel ? [this.knownSentinel.id, this.knownSentinel.name] : null;
    if (flow.prepare) Object.assign(this.s.form.answers, await flow.prepare(this.port, this.context()));
    if (flow.intro) this.say(...flow.intro(this.context()));
    return this.advance(-1);
  }

  /** The sentinel found at the start of the form, kept in the answers across turns. */
  private restoreKnownSentinel(): void {
    const stored = this.s.form?.answers.$knownSentinel;
    if (Array.isArray(stored) && stored.length === 2 && stored[0] && stored[1]) {
      this.knownSentinel = { id: stored[0], name: stored[1] };
    }
  }

  private applicable(q: Question): boolean {
    return q.when ? q.when(this.context()) : true;
  }

  /** Moves to the first applicable question after `index`, or to the end of the form. */
  private async advance(index: number): Promise<void> {
    const form = this.s.form;
    if (!form) return;
    const questions = this.flow().questions;
    for (let i = index + 1; i < questions.length; i++) {
      const q = questions[i];
      if (!q) continue;
      if (this.applicable(q)) {
        // Answered already, in an earlier answer: not asked again.
        if (q.id in form.answers) continue;
        form.step = q.id;
        return this.askCurrent();
      }
      delete form.answers[q.id];
    }
    // Nothing was asked (e.g. no session to choose): nothing to confirm either.
    if (this.flow().confirm && this.summaryRows().length > 0) {
      form.step = CONFIRM;
      return this.askCurrent();
    }
    return this.complete();
  }

  private async askCurrent(): Promise<void> {
    const form = this.s.form;
    if (!form) return this.showMenu();
    if (form.step === CONFIRM) return this.showSummary();
    if (form.step === CORRECT) return this.askWhichToCorrect();
    const q = this.flow().questions.find((x) => x.id === form.step);
    if (!q) return this.advance(-1);
    const kept = form.answers[q.id];
    const rest = form.rest && Array.isArray(kept) ? restMessage(q, kept, form.rest, this.context()) : undefined;
    this.say(rest ?? questionMessage(q, this.context()));
  }

  private async answerForm(text: string): Promise<void> {
    const form = this.s.form;
    if (!form) return this.showMenu();
    this.restoreKnownSentinel();
    if (form.step === CONFIRM) return this.answerConfirm(text);
    if (form.step === CORRECT) return this.answerCorrect(text);
    const questions = this.flow().questions;
    const index = questions.findIndex((x) => x.id === form.step);
    const q = questions[index];
    if (!q) return this.advance(-1);
    if (form.rest) {
      // The rest of a several-choice answer, asked about once: whatever comes, the form goes on.
      form.rest = undefined;
      const kept = Array.isArray(form.answers[q.id]) ? (form.answers[q.id] as string[]) : [];
      return this.takeAnswer(q, index, { ok: true, value: readRest(q, kept, text, this.context()) });
    }

    let parsed = parseAnswer(q, text, this.context());
    // "die in Oost-Vlaanderen", "la deuxième": a choice among the postcodes just offered.
    const chosen = !parsed.ok && q.type.kind === 'postal' && form.candidates ? chooseAmong(text, form.candidates) : undefined;
    if (chosen) parsed = parseAnswer(q, chosen, this.context());
    const offeredBefore = form.candidates !== undefined;
    form.candidates = !parsed.ok && parsed.candidates && parsed.candidates.length > 1 ? [...parsed.candidates] : undefined;
    if (!parsed.ok) {
      // A greeting, thanks or a face is not a wrong answer: a short line, and the question again.
      const brief = this.hitThisTurn ? undefined : smallTalk(text);
      if (brief) {
        this.say({ text: t(this.lang, brief) });
        return this.askCurrent();
      }
      // A place with two postcodes ("Aalst": 3800 or 9300?) is half an answer, not a miss; the second time it is.
      // A bare yes to "would you like to add something?" is no miss: the words are asked for.
      if ((form.candidates === undefined || offeredBefore) && parsed.reason !== 'go_on') form.misses += 1;
      // No loop more than twice on one question: a third miss skips an optional one, or offers to be called back.
      if (form.misses >= STUCK_AFTER_MISSES) {
        form.misses = 0;
        if (!(q.optional || this.context().allOptional)) return this.startCallback('offer');
        this.say({ text: t(this.lang, 'reask.skipped') });
        parsed = { ok: true, value: null };
      } else {
        // A message that triggered the crisis card is not scolded as a wrong answer.
        if (!this.hitThisTurn) this.say({ text: reaskText(q, parsed.reason, this.lang, form.misses, parsed.candidates) });
        // "3800 / 9300: which postcode is it?", "which of the nineteen communes?", "go ahead, in a few words": the
        // re-ask is the question itself; it is not followed by the question again.
        if (
          !this.hitThisTurn &&
          ((parsed.candidates && parsed.candidates.length > 1) || parsed.reason === 'which_commune' || parsed.reason === 'go_on')
        )
          return;
        return this.askCurrent();
      }
    }
    if (this.recentCrisis() && !this.plainEnoughAfterCrisis(q, parsed.value, text)) {
      // After a crisis signal, a sentence with a negation in it is never read as a no: asked again, plainly.
      form.misses += 1;
      this.say({ text: t(this.lang, 'reask.after_crisis') });
      return this.askCurrent();
    }
    const rest = parsed.rest && Array.isArray(parsed.value) ? restMessage(q, parsed.value, parsed.rest, this.context()) : undefined;
    if (rest) {
      form.misses = 0;
      form.answers[q.id] = parsed.value;
      form.rest = parsed.rest;
      this.say(rest);
      return;
    }
    return this.takeAnswer(q, index, parsed);
  }

  /** Keeps an answer and moves the form on: what it also answered, what follows from it, the next question. */
  private async takeAnswer(q: Question, index: number, parsed: AnswerResult & { ok: true }): Promise<void> {
    const form = this.s.form;
    if (!form) return this.showMenu();
    const questions = this.flow().questions;
    form.misses = 0;
    form.answers[q.id] = parsed.value;
    if (parsed.notice) this.say({ text: parsed.notice });
    this.keepAlso(form, parsed.also);

    const after = q.afterAnswer?.(parsed.value, this.context());
    // "ja" to the danger question just after a message that brought the card and alerted the team: a short line,
    // not the card and the alert once more.
    const alerted = this.s.crisisAlertedAt ? Date.parse(this.s.crisisAlertedAt) : Number.NEGATIVE_INFINITY;
    const justAlerted = !this.hitThisTurn && this.input.now.getTime() - alerted < CRISIS_REALERT_MS;
    if (after?.urgent && justAlerted && after.say?.some((m) => m.crisis)) this.say({ text: t(this.lang, 'crisis.still_alerted') });
    else if (after?.say) this.say(...after.say);
    if (after?.urgent) {
      form.urgent = true;
      if (after.say?.some((m) => m.crisis)) this.cardShown = true;
      await this.markUrgent('safety_question', 'suicide_intent');
    }
    // Not agreed yet (or refused): the sentinel's own answers, asked before any about the person, are kept a day so that
    // "he agrees now" resumes the alert rather than starting it again.
    if (q.id === 'consent' && form.flow === 'sentinel_alert' && parsed.value !== 'yes') await this.park(form);
    if (after?.finish) return this.complete();

    // In danger: the request is filed as soon as there is a way to call back; the rest is optional.
    const way = form.flow === 'help_request' && form.urgent && !form.caseReference ? this.wayFromAnswers(form.answers) : undefined;
    if (way && !form.returnToConfirm) {
      this.moveAfter(index);
      return this.fileCrisisCase(way, this.otherLanguages());
    }

    if (form.returnToConfirm) {
      // A corrected answer can open a question that was skipped before (e-mail instead of phone).
      const missing = questions.find((x) => this.applicable(x) && !(x.id in form.answers));
      for (const x of questions) if (!this.applicable(x)) delete form.answers[x.id];
      if (missing) {
        form.step = missing.id;
        return this.askCurrent();
      }
      form.returnToConfirm = false;
      form.step = CONFIRM;
      return this.askCurrent();
    }
    return this.advance(index);
  }

  /**
   * Whether an answer may be taken as it reads after a crisis signal. Only
   * a plain no is a no: "i'm not going to do anything tonight" is not, nor
   * is a choice picked out of a sentence with a negation in it (unless the
   * person wrote the option itself).
   */
  private plainEnoughAfterCrisis(q: Question, value: AnswerValue, text: string): boolean {
    if (q.type.kind === 'yesno') return value !== false || isPlainNo(text);
    if (q.type.kind === 'choice' && hasNegation(text)) {
      const written = normalise(text);
      return q.type.options(this.context()).some((o) => Object.values(o.labels).some((l) => normalise(l) === written));
    }
    return true;
  }

  /** How the help-request form says the person can be reached, once it says it. */
  private wayFromAnswers(a: Answers): ContactWay | undefined {
    if (a.contactMethod === 'this_number') return { kind: 'phone', value: this.input.userId };
    const phone = textAnswer(a.phone);
    if (a.contactMethod === 'phone' && phone) return { kind: 'phone', value: phone };
    const email = textAnswer(a.email);
    if (a.contactMethod === 'email' && email) return { kind: 'email', value: email };
    return undefined;
  }

  /** Moves the form to the first applicable question after `index` without asking it (the caller asks). */
  private moveAfter(index: number): void {
    const form = this.s.form;
    if (!form) return;
    const questions = this.flow().questions;
    for (let i = index + 1; i < questions.length; i++) {
      const q = questions[i];
      if (q && this.applicable(q) && !(q.id in form.answers)) {
        form.step = q.id;
        return;
      }
    }
    form.step = CONFIRM;
  }

  private summaryRows(): Array<{ id: string; label: string; value: string }> {
    const form = this.s.form;
    if (!form) return [];
    const c = this.context();
    return this.flow()
      .questions.filter((q) => q.summaryLabel && q.id in form.answers && this.applicable(q))
      .map((q) => ({
        id: q.id,
        label: t(this.lang, q.summaryLabel ?? 'summary.first_name'),
        // An urgent form never reads "danger: no", whatever was answered before the signal came.
        value:
          q.id === 'danger' && form.urgent ? t(this.lang, 'summary.danger_signalled') : displayAnswer(q, form.answers[q.id] ?? null, c),
      }));
  }

  private confirmOptions(): ChoiceOption[] {
    return [
      option('confirm', 'confirm.send', [
        'envoyer',
        'confirmer',
        'valider',
        'versturen',
        'bevestigen',
        'senden',
        'bestatigen',
        'send',
        'confirm',
      ]),
      option('correct', 'confirm.correct', [
        'corriger',
        'modifier',
        'wijzigen',
        'aanpassen',
        'andern',
        'korrigieren',
        'change',
        'edit',
        'fix',
      ]),
      option('cancel', 'confirm.cancel', ['annuler', 'annuleren', 'abbrechen', 'cancel']),
    ];
  }

  private showSummary(): void {
    const rows = this.summaryRows();
    const title = t(this.lang, 'confirm.title');
    const body = rows.map((r) => `• ${r.label}: ${r.value}`).join('\n');
    const choices = this.confirmOptions().map((o) => ({ value: o.labels[this.lang], label: o.labels[this.lang] }));
    this.say({
      text: `${title}\n${body}\n\n${t(this.lang, 'confirm.prompt')}`,
      choices,
      summary: { title, rows: rows.map(({ label, value }) => ({ label, value })) },
    });
  }

  private async answerConfirm(text: string): Promise<void> {
    const correction = readCorrection(
      text,
      this.summaryRows().map((r) => r.id),
    );
    if (correction?.cued) return this.correct(correction);
    const yesNo = parseYesNo(text, this.lang);
    const choice = yesNo.ok ? (yesNo.value ? 'confirm' : 'correct') : undefined;
    const parsed = choice ? { ok: true as const, value: choice } : parseChoice(text, this.confirmOptions(), this.lang);
    if (!parsed.ok) {
      if (!this.hitThisTurn) this.say({ text: t(this.lang, 'reask.choice') });
      return this.showSummary();
    }
    if (parsed.value === 'confirm') return this.complete();
    if (parsed.value === 'cancel') {
      this.dropForm('form.cancelled');
      return this.showMenu();
    }
    return this.askWhichToCorrect();
  }

  private correctOptions(): ChoiceOption[] {
    return this.summaryRows().map((r) => ({ value: r.id, labels: { fr: r.label, nl: r.label, de: r.label, en: r.label } }));
  }

  private askWhichToCorrect(): void {
    const form = this.s.form;
    if (!form) return;
    form.step = CORRECT;
    this.say({
      text: t(this.lang, 'confirm.which'),
      choices: this.correctOptions().map((o) => ({ value: o.labels[this.lang], label: o.labels[this.lang] })),
    });
  }

  private async answerCorrect(text: string): Promise<void> {
    const form = this.s.form;
    if (!form) return;
    const parsed = parseChoice(text, this.correctOptions(), this.lang);
    if (!parsed.ok) {
      const correction = readCorrection(
        text,
        this.summaryRows().map((r) => r.id),
      );
      if (correction) return this.correct(correction);
      if (!this.hitThisTurn) this.say({ text: t(this.lang, 'reask.choice') });
      return this.askWhichToCorrect();
    }
    form.step = parsed.value;
    form.returnToConfirm = true;
    return this.askCurrent();
  }

  /**
   * "non le nom c'est faux, c'est Benali": straight to that answer. With a
   * new value that reads as an answer, it is taken as one (and the summary
   * comes back); otherwise that question is asked.
   */
  private correct(correction: Correction): Promise<void> {
    const form = this.s.form;
    const q = this.flow().questions.find((x) => x.id === correction.id);
    if (!form || !q) return this.askCurrent();
    form.step = q.id;
    form.returnToConfirm = true;
    form.misses = 0;
    if (correction.value !== undefined && parseAnswer(q, correction.value, this.context()).ok) return this.answerForm(correction.value);
    // "de postcode moet 9050 zijn": a number or an address is picked out of the sentence; a name never is.
    const pickedOut = q.type.kind === 'postal' || q.type.kind === 'phone' || q.type.kind === 'email';
    if (pickedOut && correction.whole !== undefined && parseAnswer(q, correction.whole, this.context()).ok)
      return this.answerForm(correction.whole);
    return this.askCurrent();
  }

  /** Stores a case with what the conversation knows of the crisis (the family, "to check"), never the text. */
  private async createCase(draft: CaseDraft): Promise<string> {
    const created = await this.port.createCase({
      ...draft,
      crisisFamily: draft.urgent ? (this.s.crisisFamily ?? null) : null,
      toCheck: this.s.toCheck === true,
    });
    this.events.push('case_created');
    return created.reference;
  }

  private async complete(): Promise<void> {
    const form = this.s.form;
    if (!form) return;
    const flow = this.flow();
    let reference: string | undefined;
    let signedUp = false;
    const port = {
      createCase: async (draft: CaseDraft) => {
        // After the crisis path filed an urgent case, the rest of the form goes into it.
        if (form.caseReference) {
          const amended = await this.port.amendCase(form.caseReference, { ...draft, urgent: true, toCheck: this.s.toCheck === true });
          reference = amended.reference;
          return amended;
        }
        reference = await this.createCase(draft);
        return { reference };
      },
      signUpForTraining: async (s: TrainingSignUp) => {
        const result = await this.port.signUpForTraining(s);
        signedUp = result.status !== 'closed';
        if (signedUp) this.events.push('signed_up');
        return result;
      },
    };
    const said = await flow.complete({ ...this.context(), urgent: form.urgent }, port);
    // The urgent case was filed and announced already: now only that the rest was added to it.
    if (form.caseReference && reference) this.say({ text: t(this.lang, 'crisis.form_updated', { reference }) });
    else this.say(...said);
    this.s.form = undefined;
    reference ??= form.caseReference;
    if (reference) {
      const c = this.context();
      this.s.caseReference = reference;
      this.s.mode = 'idle';
      // The person asking for help hears which lines answer tonight; a sentinel only when it is urgent.
      const nights = flow.id === 'help_request' || form.urgent ? nightLinesIfClosed(c, this.otherLanguages()) : [];
      this.say(...nights, { text: t(this.lang, 'idle.hint', { reads: whoReadsNow(c) }) });
      return;
    }
    if (flow.personal && !signedUp) {
      this.dropRun = form.run;
      this.events.push('form_dropped');
    }
    return this.showMenu();
  }

  /** Ends the form in progress; nothing of it is kept. */
  private dropForm(messageKey: 'form.stopped' | 'form.cancelled'): void {
    const form = this.s.form;
    if (!form) return;
    this.s.form = undefined;
    this.dropRun = form.run;
    this.events.push('form_dropped');
    this.say({ text: t(this.lang, messageKey) });
  }
}
