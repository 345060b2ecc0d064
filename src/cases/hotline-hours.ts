/**
 * Opening hours of the free listening line: is it open now, when does it
 * next open, and how to say that in the person's language.
 *
 * All wall-clock arithmetic happens in the line's time zone (Europe/Brussels
 * by default) through Intl, never with fixed UTC offsets, so opening times
 * stay right across daylight-saving changes. Time is always passed in.
 */
import Holidays from 'date-holidays';
import type { Lang } from '../conversation/types.js';
import { dateTimeFormat } from '../i18n/date-format.js';

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** [startMinute, endMinute) after local midnight; end may be 1440 ("24:00"). */
export type MinuteRange = readonly [start: number, end: number];

/** Per ISO weekday (1 = Monday … 7 = Sunday), sorted, non-overlapping ranges. */
export interface WeeklyHours {
  readonly days: Readonly<Record<IsoWeekday, readonly MinuteRange[]>>;
}

export class HoursFormatError extends Error {
  readonly code = 'HOURS_FORMAT';
  constructor(message: string) {
    super(message);
    this.name = 'HoursFormatError';
  }
}

export const DEFAULT_HOTLINE_HOURS = 'Mon-Fri 08:30-17:00';
const DEFAULT_TIME_ZONE = 'Europe/Brussels';

// ---------------------------------------------------------------- parsing

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function fmtMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * Parses HOTLINE_HOURS, e.g. "Mon-Fri 08:30-17:00" or
 * "Mon-Thu 08:30-17:00; Fri 08:30-12:00, 13:00-16:00". Day names are English,
 * 3 letters, case-insensitive; day ranges run forwards (Mon…Sun); a range may
 * end at 24:00 but not cross midnight. Ranges that touch are merged; ranges
 * that overlap are rejected, as they are almost certainly a typo.
 */
export function parseHotlineHours(spec: string): WeeklyHours {
  // Explicitly typed so that `if (!m) fail(...)` narrows m.
  const fail: (why: string) => never = (why) => {
    throw new HoursFormatError(`Invalid HOTLINE_HOURS "${spec.replace(/\s+/g, ' ').trim()}": ${why}`);
  };
  const perDay: MinuteRange[][] = [[], [], [], [], [], [], []];

  const groups = spec
    .split(';')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  if (groups.length === 0) fail('it is empty (expected e.g. "Mon-Fri 08:30-17:00")');

  for (const group of groups) {
    // Day names are letters and times start with a digit: split at the first digit.
    const firstDigit = group.search(/\d/);
    const daysPart = (firstDigit < 0 ? group : group.slice(0, firstDigit)).trim().replace(/:$/, '');
    const timesPart = firstDigit < 0 ? '' : group.slice(firstDigit).trim();
    if (daysPart === '') fail(`no days before "${group}" (expected e.g. "Mon-Fri 08:30-17:00")`);
    if (timesPart === '') fail(`no opening times after "${daysPart}" (expected e.g. "Mon-Fri 08:30-17:00")`);

    const days: number[] = [];
    for (const item of daysPart.split(',').map((s) => s.trim())) {
      const m = /^([a-z]+)(?:\s*[-–]\s*([a-z]+))?$/i.exec(item);
      if (!m) fail(`cannot read days "${item}" (expected e.g. "Mon-Fri" or "Sat")`);
      const from = dayIndex(m[1] ?? '', fail);
      const to = m[2] === undefined ? from : dayIndex(m[2], fail);
      if (to < from) fail(`day range "${item}" runs backwards (days go Mon to Sun)`);
      for (let d = from; d <= to; d++) days.push(d);
    }

    for (const item of timesPart.split(',').map((s) => s.trim())) {
      const m = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/.exec(item);
      if (!m) fail(`cannot read time range "${item}" (expected HH:MM-HH:MM, e.g. 08:30-17:00)`);
      const start = toMinute(Number(m[1]), Number(m[2]), false, fail);
      const end = toMinute(Number(m[3]), Number(m[4]), true, fail);
      if (end <= start) fail(`time range "${item}" ends before it starts (ranges cannot cross midnight)`);
      for (const d of days) perDay[d]?.push([start, end]);
    }
  }

  const normalise = (ranges: MinuteRange[], d: number): readonly MinuteRange[] => {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out: [number, number][] = [];
    for (const [s, e] of sorted) {
      const last = out[out.length - 1];
      if (last && s < last[1]) {
        const day = DAY_NAMES[d] ?? '';
        fail(
          `overlapping times on ${day[0]?.toUpperCase()}${day.slice(1)}: ` +
            `${fmtMinute(last[0])}-${fmtMinute(last[1])} and ${fmtMinute(s)}-${fmtMinute(e)}`,
        );
      }
      if (last && s === last[1]) last[1] = e;
      else out.push([s, e]);
    }
    return Object.freeze(out.map((r) => Object.freeze(r) as MinuteRange));
  };

  const [mon, tue, wed, thu, fri, sat, sun] = perDay.map(normalise);
  return Object.freeze({
    days: Object.freeze({ 1: mon ?? [], 2: tue ?? [], 3: wed ?? [], 4: thu ?? [], 5: fri ?? [], 6: sat ?? [], 7: sun ?? [] }),
  });
}

function dayIndex(name: string, fail: (why: string) => never): number {
  const i = (DAY_NAMES as readonly string[]).indexOf(name.toLowerCase());
  return i >= 0 ? i : fail(`unknown day "${name}" (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)`);
}

function toMinute(h: number, m: number, isEnd: boolean, fail: (why: string) => never): number {
  const label = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  if (h === 24 && m === 0) return isEnd ? 1440 : fail('24:00 can only end a range');
  if (h > 23 || m > 59) fail(`"${label}" is not a valid time`);
  return h * 60 + m;
}

// ------------------------------------------------------- zone arithmetic
// A civil day is handled as a "day number": days since 1970-01-01 (UTC
// arithmetic on dates only, which has no DST), converted to instants in the
// zone only when a wall-clock time is attached.

const DAY_MS = 86_400_000;
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
/** The zone's offset in the minute last read, per zone: every message asks, and formatToParts is slow. */
const lastOffsets = new Map<string, { minute: number; offsetMs: number }>();

/**
 * Wall-clock reading of an instant in a zone. Zones change their offset on a
 * whole minute, so the offset read for one minute holds for all of it.
 */
function wallClock(t: number, timeZone: string): { day: number; minute: number; offsetMs: number } {
  const minuteOfT = Math.floor(t / 60_000);
  const known = lastOffsets.get(timeZone);
  let offsetMs: number;
  if (known && known.minute === minuteOfT) offsetMs = known.offsetMs;
  else {
    offsetMs = readOffset(t, timeZone);
    lastOffsets.set(timeZone, { minute: minuteOfT, offsetMs });
  }
  const localAsUtc = Math.floor(t / 1000) * 1000 + offsetMs;
  const day = Math.floor(localAsUtc / DAY_MS);
  return { day, minute: (localAsUtc - day * DAY_MS) / 60_000, offsetMs };
}

/** How far the zone's clocks are ahead of UTC at `t`, read from Intl (to the second). */
function readOffset(t: number, timeZone: string): number {
  let fmt = partsFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, fmt);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of fmt.formatToParts(t)) p[type] = Number(value);
  const localAsUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return localAsUtc - Math.floor(t / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show `minute` on civil `day`. A time
 * skipped by a spring-forward change is pushed an hour later (02:30 → 03:30);
 * an ambiguous autumn time takes its second occurrence.
 */
function instantAt(day: number, minute: number, timeZone: string): number {
  const key = `${timeZone}\u0000${day}\u0000${minute}`;
  const known = instants.get(key);
  if (known !== undefined) return known;
  const localAsUtc = day * DAY_MS + minute * 60_000;
  let t = localAsUtc - wallClock(localAsUtc, timeZone).offsetMs;
  const offset = wallClock(t, timeZone).offsetMs;
  if (localAsUtc - t !== offset) t = localAsUtc - offset;
  if (instants.size >= MAX_INSTANTS) instants.clear();
  instants.set(key, t);
  return t;
}

/** Opening and closing instants already worked out: every message asks whether the line is open, about the same few days. */
const instants = new Map<string, number>();
const MAX_INSTANTS = 4_096;

const isoWeekday = (day: number): IsoWeekday => ((((day % 7) + 7 + 3) % 7) + 1) as IsoWeekday; // 1970-01-01 was a Thursday
const isoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

// ---------------------------------------------------------------- holidays
// Only type 'public' counts: date-holidays also lists observances for BE
// (Epiphany, Valentine's, Easter Sunday, Mother's Day, Whit Sunday, All Souls
// 2 Nov, King's Day 15 Nov, St Nicholas) which are working days.
// Verified with date-holidays 3.37.0, new Holidays('BE', { types: ['public'] }):
//   2026: 01-01, 04-06 Easter Mon, 05-01, 05-14 Ascension, 05-25 Whit Mon,
//         07-21, 08-15, 11-01, 11-11, 12-25
//   2027: 01-01, 03-29 Easter Mon, 05-01 (Sat), 05-06 Ascension, 05-17 Whit Mon,
//         07-21, 08-15 (Sun), 11-01, 11-11, 12-25 (Sat)
// The library gives no replacement days for holidays falling at weekends.
// We use its civil `date` strings, not its start/end instants, so the check
// does not depend on the library's own time-zone handling.

let belgianHolidays: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlySet<string>>();

function isPublicHoliday(day: number): boolean {
  const date = isoDate(day);
  const year = Number(date.slice(0, 4));
  let set = holidaysByYear.get(year);
  if (!set) {
    belgianHolidays ??= new Holidays('BE', { types: ['public'] });
    set = new Set(
      belgianHolidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, set);
  }
  return set.has(date);
}

// ---------------------------------------------------------------- calendar

export interface HotlineCalendar {
  isOpen(now: Date): boolean;
  /** The next instant the line opens strictly after now (if open now, the next opening after the current period closes). */
  nextOpening(now: Date): Date;
  /** When the current open period ends, if open now. */
  closesAt(now: Date): Date | undefined;
  /** Whether the civil day of `date` (in the calendar's zone) is a Belgian public holiday. */
  isHoliday(date: Date): boolean;
  /** Minutes of open time in [from, to); negative if to is before from. May be fractional. */
  workingMinutesBetween(from: Date, to: Date): number;
  /** The instant when `minutes` of open time have elapsed after from (from itself if minutes is 0). */
  addWorkingMinutes(from: Date, minutes: number): Date;
}

export function createHotlineCalendar(hours: WeeklyHours, options?: { timeZone?: string }): HotlineCalendar {
  const timeZone = options?.timeZone ?? DEFAULT_TIME_ZONE;
  wallClock(0, timeZone); // an unknown zone throws a RangeError now, not at the first message
  // Without this the period walk below would never end (the parser never yields it).
  const hasHours = Object.values(hours.days).some((ranges) => ranges.length > 0);

  /**
   * Open periods as [start, end) instants in time order, starting the day
   * before `from` (a period may run on past midnight via 24:00 → 00:00).
   * Touching periods are merged so that "opening" means the line was closed.
   * Endless: callers stop iterating once they have their answer.
   */
  function* periods(from: number): Generator<[number, number]> {
    if (!hasHours) return;
    let pending: [number, number] | undefined;
    for (let day = wallClock(from, timeZone).day - 1; ; day++) {
      if (isPublicHoliday(day)) continue;
      for (const [s, e] of hours.days[isoWeekday(day)]) {
        const start = instantAt(day, s, timeZone);
        const end = instantAt(day, e, timeZone);
        if (end <= start) continue; // wholly inside a spring-forward gap
        if (pending && start <= pending[1]) pending[1] = Math.max(pending[1], end);
        else {
          if (pending) yield pending;
          pending = [start, end];
        }
      }
    }
  }

  const current = (t: number): [number, number] | undefined => {
    for (const p of periods(t)) {
      if (p[0] > t) return undefined;
      if (t < p[1]) return p;
    }
    return undefined;
  };

  const neverOpens = () => new Error('hotline hours have no opening times');

  const between = (from: number, to: number): number => {
    if (to < from) return -between(to, from);
    let ms = 0;
    for (const [s, e] of periods(from)) {
      if (s >= to) break;
      ms += Math.max(0, Math.min(e, to) - Math.max(s, from));
    }
    return ms / 60_000;
  };

  return {
    isOpen: (now) => current(now.getTime()) !== undefined,
    closesAt(now) {
      const p = current(now.getTime());
      return p && new Date(p[1]);
    },
    nextOpening(now) {
      const t = now.getTime();
      for (const [s] of periods(t)) if (s > t) return new Date(s);
      throw neverOpens();
    },
    isHoliday: (date) => isPublicHoliday(wallClock(date.getTime(), timeZone).day),
    workingMinutesBetween: (from, to) => between(from.getTime(), to.getTime()),
    addWorkingMinutes(from, minutes) {
      if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new RangeError(`minutes must be >= 0, got ${minutes}`);
      const t = from.getTime();
      if (minutes === 0) return new Date(t);
      let remaining = minutes * 60_000;
      for (const [s, e] of periods(t)) {
        if (e <= t) continue;
        const start = Math.max(s, t);
        // `<=`: a deadline that falls exactly at closing time stays there.
        if (remaining <= e - start) return new Date(start + remaining);
        remaining -= e - start;
      }
      throw neverOpens();
    },
  };
}

// ---------------------------------------------------------------- wording

const LOCALES: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

const WORDING: Record<Lang, { today: string; tomorrow: string; at: (day: string, h: number, mm: string) => string }> = {
  fr: { today: "aujourd'hui", tomorrow: 'demain', at: (d, h, mm) => `${d} à ${h}h${mm}` },
  nl: { today: 'vandaag', tomorrow: 'morgen', at: (d, h, mm) => `${d} om ${h}.${mm} uur` },
  de: { today: 'heute', tomorrow: 'morgen', at: (d, h, mm) => `${d} um ${h}:${mm} Uhr` },
  en: { today: 'today', tomorrow: 'tomorrow', at: (d, h, mm) => `${d} at ${h}:${mm}` },
};

/** Before this local hour, "today"/"tomorrow" are ambiguous (is 01:00 still "tonight"?), so we name the day. */
const SMALL_HOURS_END = 5 * 60;

/**
 * "lundi à 8h30", "demain à 8h30", "aujourd'hui à 13h00"; nl "maandag om 8.30 uur";
 * de "Montag um 8:30 Uhr"; en "Monday at 8:30". The date is added ("mardi 7 avril
 * à 8h30") when the opening is more than 6 days away, so a weekday alone is
 * never ambiguous. Relative words count calendar days in the zone.
 */
export function describeOpening(opening: Date, now: Date, lang: Lang, timeZone = DEFAULT_TIME_ZONE): string {
  const o = wallClock(opening.getTime(), timeZone);
  const n = wallClock(now.getTime(), timeZone);
  const daysAway = o.day - n.day;
  const words = WORDING[lang];
  const h = Math.floor(o.minute / 60);
  const mm = String(Math.floor(o.minute % 60)).padStart(2, '0');

  let day: string;
  if (n.minute >= SMALL_HOURS_END && daysAway === 0) day = words.today;
  else if (n.minute >= SMALL_HOURS_END && daysAway === 1) day = words.tomorrow;
  else {
    const withDate = daysAway > 6 || daysAway < 0;
    day = dateTimeFormat(LOCALES[lang], {
      timeZone,
      weekday: 'long',
      ...(withDate ? { day: 'numeric', month: 'long' } : {}),
    }).format(opening);
  }
  return words.at(day, h, mm);
}

const DAY_PARTS: Record<
  Lang,
  { parts: [string, string, string]; join: (day: string, part: string) => string; today: string; tomorrow: string }
> = {
  fr: { parts: ['matin', 'après-midi', 'soir'], join: (d, p) => `${d} ${p}`, today: "aujourd'hui", tomorrow: 'demain' },
  nl: { parts: ['ochtend', 'middag', 'avond'], join: (d, p) => `${d}${p}`, today: 'vandaag', tomorrow: 'morgen' },
  de: { parts: ['Vormittag', 'Nachmittag', 'Abend'], join: (d, p) => `${d} ${p}`, today: 'heute', tomorrow: 'morgen' },
  en: { parts: ['morning', 'afternoon', 'evening'], join: (d, p) => `${d} ${p}`, today: 'today', tomorrow: 'tomorrow' },
};

/**
 * "lundi matin", "demain après-midi", "aujourd'hui"; nl "maandagochtend";
 * de "Montag Vormittag"; en "Monday morning": when something will happen,
 * as people say it. The date is added when it is more than 6 days away.
 */
export function describeDayPart(when: Date, now: Date, lang: Lang, timeZone = DEFAULT_TIME_ZONE): string {
  const w = wallClock(when.getTime(), timeZone);
  const n = wallClock(now.getTime(), timeZone);
  const daysAway = w.day - n.day;
  const words = DAY_PARTS[lang];
  if (daysAway <= 0) return words.today;
  const part = words.parts[w.minute < 12 * 60 ? 0 : w.minute < 18 * 60 ? 1 : 2];
  if (daysAway === 1 && n.minute >= SMALL_HOURS_END) return words.join(words.tomorrow, part);
  const withDate = daysAway > 6;
  const day = dateTimeFormat(LOCALES[lang], { timeZone, weekday: 'long', ...(withDate ? { day: 'numeric', month: 'long' } : {}) }).format(
    when,
  );
  return words.join(day, part);
}
