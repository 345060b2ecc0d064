import type { HotlineCalendar } from '../cases/hotline-hours.js';
import type { IdGenerator } from '../clock.js';
import { flowById, menuFlows } from '../flows/index.js';
import { languageOptions, option } from '../flows/options.js';
import { t } from '../i18n/index.js';
import { type ChoiceOption, parseChoice, parseYesNo } from './answers.js';
import { type Command, parseCommand } from './commands.js';
import { crisisCard } from './crisis.card.js';
import { screenForCrisis } from './crisis.screen.js';
import type {
  Answers,
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
import { guessLanguage } from './language.js';
import { displayAnswer, parseAnswer, questionMessage, reaskText } from './questions.js';
import { type Channel, type InboundMessage, isLang, type Lang, type OutboundMessage } from './types.js';

/** Where a person is in the conversation. Stored as JSON on the conversation row. */
export interface ConversationState {
  v: 1;
  lang: Lang;
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
  /** The last case this conversation created, while it is followed up. */
  caseReference?: string;
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
}

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
  /** Queues an urgent coordinator notification; with a case reference, the case becomes urgent. */
  alertCoordinators(notice: { reason: 'lexicon' | 'safety_question'; lang: Lang; caseReference?: string | undefined }): Promise<void>;
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

export type EngineEvent = 'crisis_hit' | 'urgent' | 'case_created' | 'form_dropped' | 'relayed' | 'erased' | 'signed_up';

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
  private knownSentinel: KnownSentinel | undefined;
  private erased = false;

  constructor(
    private readonly input: EngineInput,
    private readonly port: EnginePort,
    private readonly deps: EngineDeps,
  ) {
    const restored = input.state ? structuredClone(input.state) : undefined;
    this.s = restored ?? initialState(guessLanguage(input.text, input.locale));
    this.formRun = this.s.form?.run;
  }

  output(): EngineOutput {
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

    // Safety first: every message is screened, and the card comes before anything else.
    if (screenForCrisis(text).hit) {
      this.events.push('crisis_hit');
      this.hitThisTurn = true;
      this.showCrisisCard();
      await this.markUrgent('lexicon');
    }

    if (!this.s.greeted) {
      this.s.greeted = true;
      this.say({ text: t(this.lang, 'greeting', { org: this.deps.settings.orgName }) });
      const command = parseCommand(text);
      if (command === 'urgent') this.showCrisisCard();
      if (command === 'language') return this.askLanguage();
      const chosen = this.menuChoice(text);
      if (chosen) return this.startFlow(chosen);
      return this.showMenu();
    }

    const command = parseCommand(text);
    if (command) return this.runCommand(command);

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

  private showCrisisCard(): void {
    if (this.cardShown) return;
    this.cardShown = true;
    this.say(crisisCard(this.lang));
  }

  private async markUrgent(reason: 'lexicon' | 'safety_question'): Promise<void> {
    this.events.push('urgent');
    this.s.lastCrisisAt = this.input.now.toISOString();
    if (this.s.form) this.s.form.urgent = true;
    const last = this.s.crisisAlertedAt ? Date.parse(this.s.crisisAlertedAt) : Number.NEGATIVE_INFINITY;
    if (this.input.now.getTime() - last < CRISIS_REALERT_MS) return;
    this.s.crisisAlertedAt = this.input.now.toISOString();
    await this.port.alertCoordinators({
      reason,
      lang: this.lang,
      caseReference: this.s.mode === 'idle' ? this.s.caseReference : undefined,
    });
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
      case 'erase':
        if (this.s.mode !== 'erase_confirm') this.s.eraseReturn = this.s.mode;
        this.s.mode = 'erase_confirm';
        this.say({ text: t(this.lang, 'erase.confirm'), choices: this.yesNoChoices() });
        return;
      case 'menu':
        if (this.s.form) this.dropForm('form.stopped');
        return this.showMenu();
      case 'cancel':
        if (this.s.form) this.dropForm('form.cancelled');
        else this.say({ text: t(this.lang, 'cancel.nothing') });
        return this.showMenu();
    }
  }

  private async repeatWhereWeAre(): Promise<void> {
    if (this.s.mode === 'form' && this.s.form) return this.askCurrent();
    if (this.s.mode === 'language') return this.askLanguage();
    if (this.s.mode === 'idle') {
      this.say({ text: t(this.lang, 'idle.hint') });
      return;
    }
    return this.showMenu();
  }

  private menuOptions(): ChoiceOption[] {
    const synonyms: Record<FlowId, string[]> = {
      sentinel_alert: ['alerte', 'signaler', 'sentinelle', 'melding', 'signaal', 'alarm', 'meldung', 'alert', 'sentinel', 'report'],
      help_request: [
        'aide pour moi',
        "demander de l'aide",
        'hulp voor mezelf',
        'hilfe fur mich',
        'help for myself',
        'help me',
        'aidez-moi',
      ],
      sentinel_training: [
        'formation',
        'devenir sentinelle',
        'opleiding',
        'signaalgever worden',
        'schulung',
        'training',
        'become a sentinel',
      ],
      about: [
        'info',
        'infos',
        'information',
        'a propos',
        'service',
        'over',
        'uber',
        'about',
        'horaires',
        'openingsuren',
        'offnungszeiten',
        'hours',
      ],
    };
    return menuFlows.map((f) => option(f.id, f.menuLabel, synonyms[f.id]));
  }

  private menuChoice(text: string): Flow | undefined {
    const parsed = parseChoice(text, this.menuOptions(), this.lang);
    return parsed.ok ? flowById(parsed.value as FlowId) : undefined;
  }

  private showMenu(): void {
    this.s.mode = 'menu';
    const options = this.menuOptions();
    this.say({
      text: t(this.lang, 'menu.prompt'),
      choices: options.map((o) => ({ value: o.labels[this.lang], label: o.labels[this.lang] })),
    });
  }

  private async answerMenu(text: string): Promise<void> {
    const flow = this.menuChoice(text);
    if (flow) return this.startFlow(flow);
    if (!this.hitThisTurn) this.say({ text: t(this.lang, 'menu.reask') });
    return this.showMenu();
  }

  // --- language -----------------------------------------------------------

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
    const reference = this.s.caseReference;
    if (reference && text.trim() !== '') await this.port.relayToCoordinators(reference, text);
    this.say({ text: t(this.lang, 'idle.ack', { reference: reference ?? '' }) });
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
    };
  }

  private flow(): Flow {
    if (!this.s.form) throw new Error('no form in progress');
    return flowById(this.s.form.flow);
  }

  private async startFlow(flow: Flow): Promise<void> {
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
    this.say(questionMessage(q, this.context()));
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

    const parsed = parseAnswer(q, text, this.context());
    if (!parsed.ok) {
      // A message that triggered the crisis card is not scolded as a wrong answer.
      form.misses += 1;
      if (!this.hitThisTurn) this.say({ text: reaskText(q, parsed.reason, this.lang, form.misses) });
      return this.askCurrent();
    }
    form.misses = 0;
    form.answers[q.id] = parsed.value;
    if (parsed.notice) this.say({ text: parsed.notice });

    const after = q.afterAnswer?.(parsed.value, this.context());
    if (after?.say) this.say(...after.say);
    if (after?.urgent) {
      form.urgent = true;
      if (after.say?.some((m) => m.crisis)) this.cardShown = true;
      await this.markUrgent('safety_question');
    }
    if (after?.finish) return this.complete();

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

  private summaryRows(): Array<{ id: string; label: string; value: string }> {
    const form = this.s.form;
    if (!form) return [];
    const c = this.context();
    return this.flow()
      .questions.filter((q) => q.summaryLabel && q.id in form.answers && this.applicable(q))
      .map((q) => ({
        id: q.id,
        label: t(this.lang, q.summaryLabel ?? 'summary.first_name'),
        value: displayAnswer(q, form.answers[q.id] ?? null, c),
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
      if (!this.hitThisTurn) this.say({ text: t(this.lang, 'reask.choice') });
      return this.askWhichToCorrect();
    }
    form.step = parsed.value;
    form.returnToConfirm = true;
    return this.askCurrent();
  }

  private async complete(): Promise<void> {
    const form = this.s.form;
    if (!form) return;
    const flow = this.flow();
    let reference: string | undefined;
    let signedUp = false;
    const port = {
      createCase: async (draft: CaseDraft) => {
        const created = await this.port.createCase(draft);
        reference = created.reference;
        this.events.push('case_created');
        return created;
      },
      signUpForTraining: async (s: TrainingSignUp) => {
        const result = await this.port.signUpForTraining(s);
        signedUp = result.status !== 'closed';
        if (signedUp) this.events.push('signed_up');
        return result;
      },
    };
    this.say(...(await flow.complete({ ...this.context(), urgent: form.urgent }, port)));
    this.s.form = undefined;
    if (reference) {
      this.s.caseReference = reference;
      this.s.mode = 'idle';
      this.say({ text: t(this.lang, 'idle.hint') });
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
