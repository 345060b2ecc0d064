import { whenContacted } from '../conversation/contact-promise.js';
import { thirdPersonCard } from '../conversation/crisis.card.js';
import type { Flow, FormContext } from '../conversation/form.js';
import { t } from '../i18n/index.js';
import { activityStatuses, consentGate, languageOptions, modalities, sectors, sentinelRoles, signals } from './options.js';
import { listAnswer, postalAnswer, textAnswer } from './values.js';

/** Bump when the wording of the consent gate changes. */
export const SENTINEL_CONSENT_VERSION = 'sentinel-gate-2026-11';

const unknownSentinel = (c: FormContext) => c.knownSentinel === undefined;
const consented = (c: FormContext) => c.answers.consent === 'yes';

/** How the sentinel can be reached; on WhatsApp "this number" is enough. */
function sentinelContactPrompt(c: FormContext): string {
  return t(c.lang, c.channel === 'whatsapp' ? 'alert.sentinel_contact_whatsapp' : 'alert.sentinel_contact');
}

/**
 * A trained sentinel raises an alert about a self-employed person, who must
 * have agreed to be contacted. DESIGN, "Sentinel alert".
 */
export const sentinelAlertFlow: Flow = {
  id: 'sentinel_alert',
  menuLabel: 'menu.sentinel_alert',
  personal: true,
  confirm: true,
  intro: (c) => [
    {
      text: c.knownSentinel ? t(c.lang, 'alert.intro_known', { name: c.knownSentinel.name }) : t(c.lang, 'alert.intro'),
    },
  ],
  questions: [
    {
      id: 'sentinelName',
      prompt: (c) => t(c.lang, 'alert.sentinel_name'),
      type: { kind: 'name', self: true, full: true, max: 120 },
      when: unknownSentinel,
      summaryLabel: 'summary.sentinel_name',
    },
    {
      id: 'sentinelOrganisation',
      prompt: (c) => t(c.lang, 'alert.sentinel_organisation'),
      type: { kind: 'text', max: 160, organisation: true },
      when: unknownSentinel,
      summaryLabel: 'summary.sentinel_organisation',
    },
    {
      id: 'sentinelRole',
      prompt: (c) => t(c.lang, 'alert.sentinel_role'),
      type: { kind: 'choice', options: () => sentinelRoles },
      when: unknownSentinel,
      summaryLabel: 'summary.sentinel_role',
    },
    {
      id: 'sentinelContact',
      why: 'back.why_contact',
      prompt: sentinelContactPrompt,
      type: { kind: 'contact' },
      when: unknownSentinel,
      summaryLabel: 'summary.sentinel_contact',
    },
    {
      id: 'consent',
      prompt: (c) => t(c.lang, 'alert.consent'),
      type: { kind: 'choice', options: () => consentGate, firm: true },
      afterAnswer: (v, c) =>
        v === 'yes'
          ? undefined
          : {
              say: [
                { text: t(c.lang, v === 'no' ? 'alert.consent_no' : 'alert.consent_not_asked', { hotline: c.settings.hotlineNumber }) },
              ],
            },
    },
    {
      id: 'advice',
      prompt: (c) => t(c.lang, 'alert.advice_offer'),
      type: { kind: 'yesno' },
      when: (c) => !consented(c),
      afterAnswer: () => ({ finish: true }),
    },
    {
      id: 'danger',

      prompt: (c) => t(c.lang, 'alert.danger'),
      type: { kind: 'yesno', plainNo: true },
      summaryLabel: 'summary.danger',
      afterAnswer: (v, c) =>
        v === true ? { say: [thirdPersonCard(c.lang, []), { text: t(c.lang, 'crisis.alerting') }], urgent: true } : undefined,
    },
    {
      id: 'firstName',
      prompt: (c) => t(c.lang, 'alert.person_first_name'),
      type: { kind: 'name', max: 80 },
      alsoAnswers: ['lastName'],
      summaryLabel: 'summary.first_name',
    },
    {
      id: 'lastName',
      prompt: (c) => t(c.lang, 'alert.person_last_name'),
      type: { kind: 'name', max: 80, family: true },
      optional: true,
      summaryLabel: 'summary.last_name',
    },
    {
      id: 'phone',
      prompt: (c) => t(c.lang, 'alert.person_phone'),
      type: { kind: 'phone' },
      alsoAnswers: ['email'],
      summaryLabel: 'summary.phone',
    },
    {
      id: 'email',
      prompt: (c) => t(c.lang, 'alert.person_email'),
      type: { kind: 'email' },
      alsoAnswers: ['phone'],
      optional: true,
      summaryLabel: 'summary.email',
    },
    {
      id: 'personLanguage',
      prompt: (c) => t(c.lang, 'alert.person_language'),
      type: { kind: 'choice', options: () => languageOptions },
      summaryLabel: 'summary.language',
    },
    {
      id: 'postalCode',

      prompt: (c) => t(c.lang, 'alert.person_postal_code'),
      type: { kind: 'postal' },
      summaryLabel: 'summary.postal_code',
    },
    {
      id: 'activityStatus',

      prompt: (c) => t(c.lang, 'alert.person_activity_status'),
      type: { kind: 'choice', options: () => activityStatuses },
      summaryLabel: 'summary.activity_status',
    },
    {
      id: 'sector',

      prompt: (c) => t(c.lang, 'alert.person_sector'),
      type: { kind: 'choice', options: () => sectors },
      summaryLabel: 'summary.sector',
    },
    {
      id: 'signals',
      prompt: (c) => t(c.lang, 'alert.signals'),
      type: { kind: 'multi', options: () => signals },
      summaryLabel: 'summary.signals',
    },
    {
      id: 'context',
      prompt: (c) => t(c.lang, 'alert.context'),
      type: { kind: 'text' },
      optional: true,
      summaryLabel: 'summary.context',
      alsoAnswers: ['moments'],
    },
    { id: 'moments', prompt: (c) => t(c.lang, 'alert.moments'), type: { kind: 'text', max: 300 }, summaryLabel: 'summary.moments' },
    {
      id: 'modality',
      prompt: (c) => t(c.lang, 'alert.modality'),
      type: { kind: 'choice', options: () => modalities },
      summaryLabel: 'summary.modality',
    },
    {
      id: 'notifySentinel',
      prompt: (c) => t(c.lang, 'alert.notify_sentinel'),
      type: { kind: 'yesno' },
      summaryLabel: 'summary.notify_sentinel',
    },
  ],
  async complete(c, port) {
    const a = c.answers;
    const contact = textAnswer(a.sentinelContact);
    const sentinel = {
      knownId: c.knownSentinel?.id ?? null,
      name: c.knownSentinel?.name ?? textAnswer(a.sentinelName),
      organisation: textAnswer(a.sentinelOrganisation),
      role: textAnswer(a.sentinelRole),
      // One answer may hold both, "+32470… name@mail.be".
      phone: contact?.split(' ').find((p) => p.startsWith('+')) ?? null,
      email: contact?.split(' ').find((p) => p.includes('@')) ?? null,
    };
    if (!consented(c)) {
      if (a.advice !== true) return [{ text: t(c.lang, 'alert.no_case', { hotline: c.settings.hotlineNumber }) }];
      // Advice for the sentinel: nothing about the person concerned is stored.
      const { reference } = await port.createCase({
        kind: 'sentinel_advice',
        urgent: c.urgent,
        language: c.lang,
        region: null,
        postalCode: null,
        sector: null,
        activityStatus: null,
        signals: [],
        context: null,
        bestMoments: null,
        modality: null,
        notifySentinel: false,
        surveyOptIn: false,
        immediateDanger: false,
        person: null,
        sentinel,
        consent: null,
      });
      return [{ text: t(c.lang, 'alert.advice_done', { reference, when: whenContacted(c, c.urgent) }) }];
    }
    const postal = postalAnswer(a.postalCode);
    const personLanguage = textAnswer(a.personLanguage);
    const lang =
      personLanguage === 'fr' || personLanguage === 'nl' || personLanguage === 'de' || personLanguage === 'en' ? personLanguage : c.lang;
    const { reference } = await port.createCase({
      kind: 'sentinel_alert',
      urgent: c.urgent,
      language: lang,
      region: postal?.region ?? null,
      postalCode: postal?.code ?? null,
      sector: textAnswer(a.sector),
      activityStatus: textAnswer(a.activityStatus),
      signals: listAnswer(a.signals),
      context: textAnswer(a.context),
      bestMoments: textAnswer(a.moments),
      modality: textAnswer(a.modality),
      notifySentinel: a.notifySentinel === true,
      surveyOptIn: false,
      immediateDanger: a.danger === true,
      person: {
        firstName: textAnswer(a.firstName),
        lastName: textAnswer(a.lastName),
        phone: textAnswer(a.phone),
        email: textAnswer(a.email),
        language: lang,
      },
      sentinel,
      consent: { givenBy: 'sentinel', purpose: 'contact_by_programme', textVersion: SENTINEL_CONSENT_VERSION },
    });
    return [
      { text: t(c.lang, 'alert.done', { reference }) },
      { text: t(c.lang, c.urgent ? 'alert.next_urgent' : 'alert.next', { when: whenContacted(c, c.urgent) }) },
    ];
  },
};
