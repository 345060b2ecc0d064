import { describeOpening, type IsoWeekday, type WeeklyHours } from '../cases/hotline-hours.js';
import { dateTimeFormat } from '../i18n/date-format.js';
import { t } from '../i18n/index.js';
import type { FormContext } from './form.js';
import type { Lang } from './types.js';

/** "The line is open now, call …" or "The line is closed; it reopens Monday at 8:30". */
export function hotlineStatusMessage(c: Pick<FormContext, 'lang' | 'now' | 'hotline' | 'settings'>): string {
  const hotline = c.settings.hotlineNumber;
  if (c.hotline.isOpen(c.now)) {
    return t(c.lang, 'hotline.open_now', { hotline });
  }
  const opening = describeOpening(c.hotline.nextOpening(c.now), c.now, c.lang);
  return t(c.lang, 'hotline.closed_now', { hotline, opening });
}

const LOCALES: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

function weekdayName(day: IsoWeekday, lang: Lang): string {
  // 2024-01-01 was a Monday: day N of that week, at noon UTC, has the right weekday everywhere.
  const date = new Date(Date.UTC(2024, 0, day, 12));
  return dateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }).format(date);
}

function clock(minute: number, lang: Lang): string {
  const h = Math.floor(minute / 60);
  const m = String(minute % 60).padStart(2, '0');
  if (lang === 'fr') return `${h}h${m}`;
  if (lang === 'nl') return `${h}.${m}`;
  return `${h}:${m}`;
}

/** "du lundi au vendredi de 8h30 à 17h00": the weekly hours, days with the same hours grouped. */
export function describeWeeklyHours(hours: WeeklyHours, lang: Lang): string {
  const days: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
  const key = (d: IsoWeekday) => hours.days[d].map(([a, b]) => `${a}-${b}`).join(',');
  const groups: Array<{ from: IsoWeekday; to: IsoWeekday }> = [];
  for (const d of days) {
    if (hours.days[d].length === 0) continue;
    const last = groups.at(-1);
    if (last && last.to === d - 1 && key(last.to) === key(d)) last.to = d;
    else groups.push({ from: d, to: d });
  }
  return groups
    .map((g) => {
      const dayText =
        g.from === g.to
          ? weekdayName(g.from, lang)
          : t(lang, 'hours.days', { from: weekdayName(g.from, lang), to: weekdayName(g.to, lang) });
      const ranges = hours.days[g.from].map(([a, b]) => t(lang, 'hours.range', { from: clock(a, lang), to: clock(b, lang) })).join(', ');
      return `${dayText} ${ranges}`;
    })
    .join('; ');
}
