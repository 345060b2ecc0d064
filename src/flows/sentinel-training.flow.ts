import type { ChoiceOption } from '../conversation/answers.js';
import type { Flow, FormContext } from '../conversation/form.js';
import type { Lang } from '../conversation/types.js';
import { formatSessionStart, t } from '../i18n/index.js';
import { sentinelRoles } from './options.js';
import { listAnswer, textAnswer } from './values.js';

/** "mardi 12 janvier à 18:00 · 2 h · visio · 7 places sur 15" in the person's language. */
export function trainingLabel(s: { startsAt: Date; durationMinutes: number; seats: number; confirmed: number }, lang: Lang): string {
  const when = formatSessionStart(s.startsAt, lang);
  const hours = s.durationMinutes % 60 === 0 ? `${s.durationMinutes / 60} h` : `${s.durationMinutes} min`;
  const left = Math.max(0, s.seats - s.confirmed);
  return t(lang, left > 0 ? 'training.option' : 'training.option_full', { when, hours, left: String(left), seats: String(s.seats) });
}

/** The sessions loaded when the form started, stored with the answers as [id, label] pairs. */
function sessionOptions(c: FormContext): ChoiceOption[] {
  const flat = listAnswer(c.answers.$trainings);
  const out: ChoiceOption[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const id = flat[i] ?? '';
    const label = flat[i + 1] ?? '';
    out.push({ value: id, labels: { fr: label, nl: label, de: label, en: label } });
  }
  return out;
}

const hasSessions = (c: FormContext) => sessionOptions(c).length > 0;

/**
 * Becoming a sentinel: choose one of the upcoming training sessions, then
 * who you are. DESIGN, "Sentinel training sign-up".
 */
export const sentinelTrainingFlow: Flow = {
  id: 'sentinel_training',
  menuLabel: 'menu.training',
  personal: true,
  confirm: true,
  async prepare(port, c) {
    const sessions = await port.upcomingTrainings(c.lang);
    return { $trainings: sessions.flatMap((s) => [s.id, s.label]) };
  },
  intro: (c) => [{ text: t(c.lang, hasSessions(c) ? 'training.intro' : 'training.none', { hotline: c.settings.hotlineNumber }) }],
  questions: [
    {
      id: 'training',
      prompt: (c) => t(c.lang, 'training.choose'),
      type: { kind: 'choice', options: sessionOptions },
      when: hasSessions,
      summaryLabel: 'summary.training',
    },
    {
      id: 'name',
      prompt: (c) => t(c.lang, 'training.name'),
      type: { kind: 'name', self: true, full: true, max: 120 },
      when: hasSessions,
      summaryLabel: 'summary.sentinel_name',
    },
    {
      id: 'organisation',
      prompt: (c) => t(c.lang, 'training.organisation'),
      type: { kind: 'text', max: 160, organisation: true },
      when: hasSessions,
      summaryLabel: 'summary.sentinel_organisation',
    },
    {
      id: 'role',
      prompt: (c) => t(c.lang, 'training.role'),
      type: { kind: 'choice', options: () => sentinelRoles },
      when: hasSessions,
      summaryLabel: 'summary.sentinel_role',
    },
    {
      id: 'email',
      prompt: (c) => t(c.lang, 'training.email'),
      type: { kind: 'email' },
      when: hasSessions,
      summaryLabel: 'summary.email',
      alsoAnswers: ['phone'],
    },
    {
      id: 'phone',
      prompt: (c) => t(c.lang, 'training.phone'),
      type: { kind: 'phone', self: true },
      when: hasSessions,
      summaryLabel: 'summary.phone',
    },
  ],
  async complete(c, port) {
    const a = c.answers;
    const trainingId = textAnswer(a.training);
    const name = textAnswer(a.name);
    if (!trainingId || !name) return [];
    const result = await port.signUpForTraining({
      trainingId,
      name,
      organisation: textAnswer(a.organisation),
      role: textAnswer(a.role),
      email: textAnswer(a.email),
      phone: textAnswer(a.phone),
    });
    if (result.status === 'confirmed') return [{ text: t(c.lang, 'training.confirmed', { code: result.code }) }];
    if (result.status === 'waiting')
      return [{ text: t(c.lang, 'training.waiting', { position: String(result.position), code: result.code }) }];
    return [{ text: t(c.lang, 'training.closed') }];
  },
};
