import { type ContactWay, contactPromise, nightLinesIfClosed } from '../conversation/contact-promise.js';
import { crisisCard } from '../conversation/crisis.card.js';
import type { Answers, Flow, FormContext } from '../conversation/form.js';
import { hotlineStatusMessage } from '../conversation/hotline.message.js';
import { t } from '../i18n/index.js';
import { activityStatuses, modalities, option, sectors } from './options.js';
import { postalAnswer, textAnswer } from './values.js';

/** Bump when the consent wording changes: each consent record names the version it was given under. */
export const HELP_CONSENT_VERSION = 'help-consent-2026-11';
export const SURVEY_CONSENT_VERSION = 'survey-consent-2026-11';

/** "bellen", "call me": on WhatsApp, the number they write from; elsewhere, a number to give. */
const CALL_VERBS = ['bellen', 'opbellen', 'terugbellen', 'appeler', 'rappeler', 'anrufen', 'zuruckrufen', 'call', 'ring'];

/** How the person wants to be reached; "this number" only where the channel gives one. */
function contactOptions(c: FormContext) {
  const opts = [];
  if (c.channel === 'whatsapp')
    opts.push(
      option('this_number', 'option.contact.this_number', [
        'ce numero',
        'dit nummer',
        'diese nummer',
        'this number',
        'whatsapp',
        'ici',
        'here',
        'hier',
        'reply here',
        'text me here',
        ...CALL_VERBS,
      ]),
    );
  opts.push(
    option('phone', c.channel === 'whatsapp' ? 'option.contact.other_phone' : 'option.contact.phone', [
      'telephone',
      'tel',
      'gsm',
      'privenummer',
      'prive nummer',
      'privatnummer',
      'numero prive',
      'private number',
      'telefoon',
      'telefon',
      'handy',
      'phone',
      'autre numero',
      'ander nummer',
      'andere nummer',
      'other number',
      'another number',
      'another phone',
      'different number',
      'festnetz',
      'vaste lijn',
      'fixe',
      'landline',
      // Where there is no number to call back on, "call me" means a number to give.
      ...(c.channel === 'whatsapp' ? [] : CALL_VERBS),
    ]),
  );
  opts.push(option('email', 'option.contact.email', ['mail', 'e-mail', 'email', 'courriel']));
  return opts;
}

const reachable = (a: Answers) => a.contactMethod;

/**
 * An independent asks for help, typically when the line is closed.
 * DESIGN, "Help request (independent)".
 */
export const helpRequestFlow: Flow = {
  id: 'help_request',
  menuLabel: 'menu.help_request',
  personal: true,
  confirm: true,
  intro: (c) => [{ text: hotlineStatusMessage(c) }],
  questions: [
    {
      id: 'leaveRequest',
      prompt: (c) => t(c.lang, 'help.leave_request'),
      type: { kind: 'yesno' },
      // A no at night still leaves a number that answers now (DESIGN, "Safety first").
      afterAnswer: (v, c) =>
        v === false
          ? { say: [{ text: t(c.lang, 'help.no_request', { hotline: c.settings.hotlineNumber }) }, ...nightLinesIfClosed(c)], finish: true }
          : undefined,
    },
    {
      id: 'danger',
      why: 'back.why_danger',
      prompt: (c) => t(c.lang, 'help.safety_question'),
      type: { kind: 'yesno', plainNo: true },
      summaryLabel: 'summary.danger',
      afterAnswer: (v, c) =>
        v === true ? { say: [crisisCard(c.lang), { text: t(c.lang, 'help.danger_continue') }], urgent: true } : undefined,
    },
    {
      id: 'firstName',
      why: 'back.why_name',
      prompt: (c) => t(c.lang, 'help.first_name'),
      type: { kind: 'name', self: true, max: 80 },
      summaryLabel: 'summary.first_name',
    },
    {
      id: 'contactMethod',
      why: 'back.why_contact',
      prompt: (c) => t(c.lang, 'help.contact_method'),
      type: { kind: 'choice', options: contactOptions },
      summaryLabel: 'summary.contact_method',
      alsoAnswers: ['phone', 'email'],
    },
    {
      id: 'phone',
      why: 'back.why_contact',
      prompt: (c) => t(c.lang, 'help.phone'),
      type: { kind: 'phone', self: true },
      when: (c) => reachable(c.answers) === 'phone',
      summaryLabel: 'summary.phone',
    },
    {
      id: 'email',
      why: 'back.why_contact',
      prompt: (c) => t(c.lang, 'help.email'),
      type: { kind: 'email' },
      when: (c) => reachable(c.answers) === 'email',
      summaryLabel: 'summary.email',
    },
    {
      id: 'postalCode',
      why: 'back.why_postal',
      prompt: (c) => t(c.lang, 'ask.postal_code'),
      type: { kind: 'postal' },
      // Skippable for a help request (issue 19): after a third miss the form goes on without it.
      optional: true,
      summaryLabel: 'summary.postal_code',
    },
    {
      id: 'activityStatus',
      why: 'back.why_trade',
      prompt: (c) => t(c.lang, 'ask.activity_status'),
      type: { kind: 'choice', options: () => activityStatuses },
      summaryLabel: 'summary.activity_status',
    },
    {
      id: 'sector',
      why: 'back.why_trade',
      prompt: (c) => t(c.lang, 'ask.sector'),
      type: { kind: 'choice', options: () => sectors },
      summaryLabel: 'summary.sector',
    },
    {
      id: 'situation',
      prompt: (c) => t(c.lang, 'help.situation'),
      type: { kind: 'text' },
      optional: true,
      alsoAnswers: ['moments'],
      summaryLabel: 'summary.situation',
    },
    {
      id: 'modality',
      prompt: (c) => t(c.lang, 'ask.modality'),
      type: { kind: 'choice', options: () => modalities },
      summaryLabel: 'summary.modality',
    },
    {
      id: 'moments',
      prompt: (c) => t(c.lang, 'help.moments'),
      type: { kind: 'text', max: 300 },
      summaryLabel: 'summary.moments',
      // The best time to call means nothing to someone who asked to be written to.
      when: (c) => c.answers.contactMethod !== 'email',
    },
    {
      id: 'consent',
      prompt: (c) => t(c.lang, 'help.consent', { org: c.settings.orgName }),
      type: { kind: 'yesno' },
      afterAnswer: (v, c) =>
        v === false
          ? { say: [{ text: t(c.lang, 'help.consent_refused', { hotline: c.settings.hotlineNumber }) }], finish: true }
          : undefined,
    },
    {
      id: 'survey',
      prompt: (c) => t(c.lang, 'help.survey'),
      type: { kind: 'yesno' },
      // Its prompt says so: "je ne sais pas" or "passer" leaves it unanswered.
      optional: true,
      summaryLabel: 'summary.survey',
      // Not asked of someone in danger: the form has shrunk to what reaches them.
      when: (c) => c.urgent !== true,
    },
  ],
  async complete(c, port) {
    const a = c.answers;
    if (a.leaveRequest === false || a.consent !== true) return [];
    const method = a.contactMethod;
    const phone = method === 'this_number' ? c.userId : method === 'phone' ? textAnswer(a.phone) : null;
    const postal = postalAnswer(a.postalCode);
    const { reference } = await port.createCase({
      kind: 'help_request',
      urgent: c.urgent,
      language: c.lang,
      region: postal?.region ?? null,
      postalCode: postal?.code ?? null,
      sector: textAnswer(a.sector),
      activityStatus: textAnswer(a.activityStatus),
      signals: [],
      context: textAnswer(a.situation),
      bestMoments: textAnswer(a.moments),
      modality: textAnswer(a.modality),
      notifySentinel: false,
      surveyOptIn: a.survey === true,
      immediateDanger: a.danger === true,
      person: {
        firstName: textAnswer(a.firstName),
        lastName: null,
        phone,
        email: method === 'email' ? textAnswer(a.email) : null,
        language: c.lang,
      },
      sentinel: null,
      consent: { givenBy: 'self', purpose: 'support', textVersion: HELP_CONSENT_VERSION },
      extraConsents: a.survey === true ? [{ givenBy: 'self', purpose: 'evaluation_survey', textVersion: SURVEY_CONSENT_VERSION }] : [],
    });
    const way: ContactWay = phone
      ? { kind: 'phone', value: phone }
      : method === 'email' && a.email
        ? { kind: 'email', value: String(a.email) }
        : { kind: 'here' };
    const promise = contactPromise(c, c.urgent, way);
    return [{ text: t(c.lang, 'help.done', { reference }) }, { text: t(c.lang, c.urgent ? 'help.next_urgent' : 'help.next', { promise }) }];
  },
};
