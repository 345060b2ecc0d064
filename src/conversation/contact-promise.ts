/**
 * What the bot promises about being contacted, computed from the line's
 * hours (DESIGN, "Safety first", rule 5): "lundi matin", never "as soon as
 * possible" on a Sunday night; and whether anyone reads the chat now.
 */
import { describeDayPart, describeOpening } from '../cases/hotline-hours.js';
import { t } from '../i18n/index.js';
import { crisisLines } from './crisis.card.js';
import type { FormContext } from './form.js';
import type { Lang, OutboundMessage } from './types.js';

export type HoursContext = Pick<FormContext, 'lang' | 'now' | 'hotline' | 'settings'>;

/** How the person will be reached: by phone or e-mail at what they gave, or here in the chat. */
export type ContactWay = { kind: 'phone' | 'email'; value: string } | { kind: 'here' };

/** "aujourd'hui, en priorité", "lundi matin, dès l'ouverture", "d'ici demain après-midi". */
export function whenContacted(c: HoursContext, urgent: boolean): string {
  const { lang, now, hotline } = c;
  if (urgent) {
    if (hotline.isOpen(now)) return t(lang, 'when.urgent_open');
    return t(lang, 'when.at_opening', { day: describeDayPart(hotline.nextOpening(now), now, lang) });
  }
  const by = hotline.addWorkingMinutes(now, Math.max(0, c.settings.firstContactWorkingHours) * 60);
  const day = describeDayPart(by, now, lang);
  return day === describeDayPart(now, now, lang) ? t(lang, 'when.today') : t(lang, 'when.by', { day });
}

/** "Un·e coordinateur·rice vous appellera au +32… lundi matin, dès l'ouverture." */
export function contactPromise(c: HoursContext, urgent: boolean, way: ContactWay): string {
  const when = whenContacted(c, urgent);
  if (way.kind === 'here') return t(c.lang, 'promise.here', { when });
  return t(c.lang, way.kind === 'phone' ? 'promise.phone' : 'promise.email', { contact: way.value, when });
}

/** Whether anyone reads the chat now, and if not, from when. */
export function whoReadsNow(c: HoursContext): string {
  if (c.hotline.isOpen(c.now)) return t(c.lang, 'reads.now');
  return t(c.lang, 'reads.later', { opening: describeOpening(c.hotline.nextOpening(c.now), c.now, c.lang) });
}

/** Outside the line's hours: the free lines that answer now, in the person's language(s). */
export function nightLines(
  c: HoursContext,
  alsoFor: readonly Lang[] = [],
  key: 'night.lines' | 'night.tonight' = 'night.lines',
): OutboundMessage {
  return { text: [t(c.lang, key), ...crisisLines(c.lang, [c.lang, ...alsoFor])].join('\n') };
}

/** The night lines when the line is closed; nothing during its hours. */
export function nightLinesIfClosed(c: HoursContext, alsoFor: readonly Lang[] = []): OutboundMessage[] {
  return c.hotline.isOpen(c.now) ? [] : [nightLines(c, alsoFor)];
}
