import { describe, expect, it } from 'vitest';
import {
  createHotlineCalendar,
  DEFAULT_HOTLINE_HOURS,
  describeOpening,
  HoursFormatError,
  parseHotlineHours,
} from '../../src/cases/hotline-hours.js';
import type { Lang } from '../../src/conversation/types.js';

const cal = createHotlineCalendar(parseHotlineHours(DEFAULT_HOTLINE_HOURS));
const at = (iso: string) => new Date(iso);
const LANGS: Lang[] = ['fr', 'nl', 'de', 'en'];
const describeAll = (opening: Date, now: Date) => Object.fromEntries(LANGS.map((l) => [l, describeOpening(opening, now, l)]));

/** Asserts closed at `now`, next opening at `expected`; returns the opening. */
function expectClosedUntil(now: string, expected: string): Date {
  expect(cal.isOpen(at(now))).toBe(false);
  expect(cal.closesAt(at(now))).toBeUndefined();
  const next = cal.nextOpening(at(now));
  expect(next.toISOString()).toBe(at(expected).toISOString());
  return next;
}

describe('parseHotlineHours', () => {
  it('parses the default', () => {
    const h = parseHotlineHours(DEFAULT_HOTLINE_HOURS);
    for (const d of [1, 2, 3, 4, 5] as const) expect(h.days[d]).toEqual([[510, 1020]]);
    expect(h.days[6]).toEqual([]);
    expect(h.days[7]).toEqual([]);
  });

  it('parses several groups, single days and several ranges per day', () => {
    const h = parseHotlineHours('Mon-Thu 08:30-17:00; Fri 08:30-12:00, 13:00-16:00');
    expect(h.days[4]).toEqual([[510, 1020]]);
    expect(h.days[5]).toEqual([
      [510, 720],
      [780, 960],
    ]);
    expect(h.days[6]).toEqual([]);
  });

  it('is case-insensitive and lenient with spaces, day lists and a trailing ";"', () => {
    const h = parseHotlineHours('  mon , WED-thu  9:00 - 12:00 ,14:00-18:00 ;sat 10:00-24:00; ');
    expect(h.days[1]).toEqual([
      [540, 720],
      [840, 1080],
    ]);
    expect(h.days[2]).toEqual([]);
    expect(h.days[3]).toEqual(h.days[1]);
    expect(h.days[6]).toEqual([[600, 1440]]);
  });

  it('merges touching ranges and combines groups naming the same day', () => {
    const h = parseHotlineHours('Mon 13:00-17:00, 08:30-13:00; Mon 18:00-19:00');
    expect(h.days[1]).toEqual([
      [510, 1020],
      [1080, 1140],
    ]);
  });

  it.each([
    ['', /empty/],
    ['  ;  ', /empty/],
    ['Mon-Fri', /no opening times after "Mon-Fri"/],
    ['08:30-17:00', /no days before "08:30-17:00"/],
    ['Mnd-Fri 08:30-17:00', /unknown day "Mnd"/],
    ['Monday 08:30-17:00', /unknown day "Monday"/],
    ['Fri-Mon 08:30-17:00', /day range "Fri-Mon" runs backwards/],
    ['Mon-Fri 8h30-17h00', /cannot read time range "8h30-17h00"/],
    ['Mon-Fri 08:30', /cannot read time range "08:30"/],
    ['Mon-Fri 08:30-17:00,', /cannot read time range ""/],
    ['Mon-Fri 08:30-25:00', /"25:00" is not a valid time/],
    ['Mon-Fri 08:60-17:00', /"08:60" is not a valid time/],
    ['Mon-Fri 24:00-24:00', /24:00 can only end a range/],
    ['Mon-Fri 17:00-08:30', /"17:00-08:30" ends before it starts/],
    ['Mon-Fri 22:00-02:00', /cannot cross midnight/],
    ['Mon-Fri 08:30-12:00, 11:00-16:00', /overlapping times on Mon: 08:30-12:00 and 11:00-16:00/],
    ['Mon-Fri 08:30-17:00; Fri 16:00-18:00', /overlapping times on Fri/],
  ])('rejects %j', (spec, message) => {
    let error: unknown;
    try {
      parseHotlineHours(spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HoursFormatError);
    const e = error as HoursFormatError;
    expect(e.code).toBe('HOURS_FORMAT');
    expect(e.message).toMatch(/^Invalid HOTLINE_HOURS /);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('\n');
  });
});

describe('holidays (date-holidays, type "public" only)', () => {
  it('knows the Belgian public holidays of 2027', () => {
    for (const d of [
      '2027-01-01',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-17',
      '2027-07-21',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-25',
    ]) {
      expect(cal.isHoliday(at(`${d}T12:00:00+01:00`)), d).toBe(true);
    }
  });

  it('does not count observances as holidays', () => {
    // Easter Sunday, All Souls (Monday 2 Nov 2026), King's Day (Monday 15 Nov 2027), St Nicholas.
    for (const d of ['2027-03-28', '2026-11-02', '2027-11-15', '2026-12-06', '2026-12-24', '2026-12-26']) {
      expect(cal.isHoliday(at(`${d}T12:00:00+01:00`)), d).toBe(false);
    }
    expect(cal.isOpen(at('2027-11-15T10:00:00+01:00'))).toBe(true);
    expect(cal.isOpen(at('2026-11-02T10:00:00+01:00'))).toBe(true);
  });

  it('uses the Brussels calendar day, not the UTC one', () => {
    expect(cal.isHoliday(at('2027-03-28T23:30:00Z'))).toBe(true); // 29 March 01:30 in Brussels
    expect(cal.isHoliday(at('2027-03-29T22:30:00Z'))).toBe(false); // 30 March 00:30 in Brussels
  });
});

describe('isOpen / nextOpening / closesAt', () => {
  it('Sunday night: closed, opens Monday 08:30', () => {
    // Monday 23 November 2026 is a normal working day.
    const next = expectClosedUntil('2026-11-22T22:00:00+01:00', '2026-11-23T08:30:00+01:00');
    // Monday is the next calendar day, so "tomorrow".
    expect(describeAll(next, at('2026-11-22T22:00:00+01:00'))).toEqual({
      fr: 'demain à 8h30',
      nl: 'morgen om 8.30 uur',
      de: 'morgen um 8:30 Uhr',
      en: 'tomorrow at 8:30',
    });
  });

  it('Friday 16:59 open until 17:00; at 17:00 closed until Monday 08:30', () => {
    expect(cal.isOpen(at('2026-11-20T16:59:00+01:00'))).toBe(true);
    expect(cal.closesAt(at('2026-11-20T16:59:00+01:00'))?.toISOString()).toBe(at('2026-11-20T17:00:00+01:00').toISOString());
    const next = expectClosedUntil('2026-11-20T17:00:00+01:00', '2026-11-23T08:30:00+01:00');
    expect(describeAll(next, at('2026-11-20T17:00:00+01:00'))).toEqual({
      fr: 'lundi à 8h30',
      nl: 'maandag om 8.30 uur',
      de: 'Montag um 8:30 Uhr',
      en: 'Monday at 8:30',
    });
  });

  it('Friday 17:00 before a holiday Monday: opens Tuesday', () => {
    // Whit Monday 25 May 2026.
    expectClosedUntil('2026-05-22T17:00:00+02:00', '2026-05-26T08:30:00+02:00');
  });

  it('weekday 08:29 closed (opens today), 08:30 open', () => {
    const next = expectClosedUntil('2026-11-24T08:29:00+01:00', '2026-11-24T08:30:00+01:00');
    expect(describeOpening(next, at('2026-11-24T08:29:00+01:00'), 'fr')).toBe("aujourd'hui à 8h30");
    expect(cal.isOpen(at('2026-11-24T08:30:00+01:00'))).toBe(true);
    expect(cal.closesAt(at('2026-11-24T08:30:00+01:00'))?.toISOString()).toBe(at('2026-11-24T17:00:00+01:00').toISOString());
    // Open now: the next opening is after this period closes.
    expect(cal.nextOpening(at('2026-11-24T08:30:00+01:00')).toISOString()).toBe(at('2026-11-25T08:30:00+01:00').toISOString());
  });

  it('Easter Monday 2027 at 10:00: closed, opens Tuesday 08:30', () => {
    const next = expectClosedUntil('2027-03-29T10:00:00+02:00', '2027-03-30T08:30:00+02:00');
    expect(describeOpening(next, at('2027-03-29T10:00:00+02:00'), 'nl')).toBe('morgen om 8.30 uur');
  });

  it('Friday before Easter 2027 (also a DST weekend) opens Tuesday, in summer time', () => {
    const next = expectClosedUntil('2027-03-26T17:00:00+01:00', '2027-03-30T08:30:00+02:00');
    expect(describeOpening(next, at('2027-03-26T17:00:00+01:00'), 'fr')).toBe('mardi à 8h30');
  });

  it('Christmas and New Year 2026/27', () => {
    // Christmas Day 2026 is a Friday.
    expectClosedUntil('2026-12-25T10:00:00+01:00', '2026-12-28T08:30:00+01:00');
    expectClosedUntil('2026-12-24T17:00:00+01:00', '2026-12-28T08:30:00+01:00');
    expect(cal.isOpen(at('2026-12-24T10:00:00+01:00'))).toBe(true);
    // New Year's Day 2027 is a Friday too.
    expectClosedUntil('2026-12-31T17:00:00+01:00', '2027-01-04T08:30:00+01:00');
  });
});

describe('daylight-saving changes', () => {
  it('spring forward (Sunday 29 March 2026): Monday opens at 08:30 summer time', () => {
    expectClosedUntil('2026-03-27T17:00:00+01:00', '2026-03-30T08:30:00+02:00');
    expectClosedUntil('2026-03-29T12:00:00+02:00', '2026-03-30T08:30:00+02:00');
    expect(cal.isOpen(at('2026-03-30T06:29:00Z'))).toBe(false); // 08:29 CEST
    expect(cal.isOpen(at('2026-03-30T06:30:00Z'))).toBe(true); // 08:30 CEST
    expect(cal.closesAt(at('2026-03-30T10:00:00Z'))?.toISOString()).toBe('2026-03-30T15:00:00.000Z');
  });

  it('fall back (Sunday 25 October 2026): Monday opens at 08:30 winter time', () => {
    expectClosedUntil('2026-10-23T17:00:00+02:00', '2026-10-26T08:30:00+01:00');
    expect(cal.isOpen(at('2026-10-26T07:29:00Z'))).toBe(false); // 08:29 CET
    expect(cal.isOpen(at('2026-10-26T07:30:00Z'))).toBe(true); // 08:30 CET
    expect(cal.closesAt(at('2026-10-26T10:00:00Z'))?.toISOString()).toBe('2026-10-26T16:00:00.000Z');
  });

  it('working minutes across a DST weekend are wall-clock minutes', () => {
    expect(cal.workingMinutesBetween(at('2026-03-27T15:00:00+01:00'), at('2026-03-30T10:30:00+02:00'))).toBe(240);
    expect(cal.addWorkingMinutes(at('2026-10-23T15:00:00+02:00'), 240).toISOString()).toBe(at('2026-10-26T10:30:00+01:00').toISOString());
  });

  it('reads the wall clock right minute by minute across both changes, in any order (the offset is kept per minute)', () => {
    const brussels = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const shown = (t: Date) => {
      const [h, mm] = brussels.format(t).split(':');
      return `${Number(h)}:${mm}`;
    };
    const minutes: Date[] = [];
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      for (let m = -90; m <= 90; m++) minutes.push(new Date(at(change).getTime() + m * 60_000 + 59_000));
    }
    // Forwards, then backwards and interleaved: no reading may leak into another minute's.
    const order = [
      ...minutes,
      ...[...minutes].reverse(),
      ...minutes.filter((_, i) => i % 2 === 0),
      ...minutes.filter((_, i) => i % 2 === 1),
    ];
    for (const t of order) {
      const words = describeOpening(t, t, 'en');
      expect(words.endsWith(` at ${shown(t)}`), `${t.toISOString()}: ${words}`).toBe(true);
    }
  });

  it('a day that is open all day lasts 23 h in spring and 25 h in autumn', () => {
    const sundays = createHotlineCalendar(parseHotlineHours('Sun 00:00-24:00'));
    expect(sundays.workingMinutesBetween(at('2026-03-28T12:00:00Z'), at('2026-03-30T12:00:00Z'))).toBe(23 * 60);
    expect(sundays.workingMinutesBetween(at('2026-10-24T12:00:00Z'), at('2026-10-26T12:00:00Z'))).toBe(25 * 60);
    expect(sundays.closesAt(at('2026-03-29T12:00:00+02:00'))?.toISOString()).toBe(at('2026-03-30T00:00:00+02:00').toISOString());
  });
});

describe('periods crossing midnight via 24:00', () => {
  it('treats Sat 20:00-24:00 + Sun 00:00-02:00 as one period', () => {
    const c = createHotlineCalendar(parseHotlineHours('Sat 20:00-24:00; Sun 00:00-02:00'));
    expect(c.isOpen(at('2026-11-22T01:00:00+01:00'))).toBe(true);
    expect(c.closesAt(at('2026-11-21T23:00:00+01:00'))?.toISOString()).toBe(at('2026-11-22T02:00:00+01:00').toISOString());
    // Midnight is not an "opening".
    expect(c.nextOpening(at('2026-11-21T21:00:00+01:00')).toISOString()).toBe(at('2026-11-28T20:00:00+01:00').toISOString());
  });
});

describe('createHotlineCalendar', () => {
  it('rejects an unknown time zone at once', () => {
    expect(() => createHotlineCalendar(parseHotlineHours(DEFAULT_HOTLINE_HOURS), { timeZone: 'Europe/Bruxelles' })).toThrow(RangeError);
  });

  it('does not loop forever on hours that never open', () => {
    const never = createHotlineCalendar({ days: { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] } });
    expect(never.isOpen(at('2026-11-23T10:00:00+01:00'))).toBe(false);
    expect(() => never.nextOpening(at('2026-11-23T10:00:00+01:00'))).toThrow(/no opening times/);
    expect(never.workingMinutesBetween(at('2026-11-23T10:00:00+01:00'), at('2026-11-30T10:00:00+01:00'))).toBe(0);
  });

  it('honours another zone', () => {
    const utc = createHotlineCalendar(parseHotlineHours(DEFAULT_HOTLINE_HOURS), { timeZone: 'UTC' });
    expect(utc.isOpen(at('2026-11-23T08:15:00Z'))).toBe(false); // 09:15 in Brussels, 08:15 UTC
    expect(utc.nextOpening(at('2026-11-23T08:15:00Z')).toISOString()).toBe('2026-11-23T08:30:00.000Z');
  });
});

describe('workingMinutesBetween / addWorkingMinutes', () => {
  it('Friday 15:00 + 240 working minutes = Monday 10:30', () => {
    const from = at('2026-11-20T15:00:00+01:00');
    const due = cal.addWorkingMinutes(from, 240);
    expect(due.toISOString()).toBe(at('2026-11-23T10:30:00+01:00').toISOString());
    expect(cal.workingMinutesBetween(from, due)).toBe(240);
    expect(cal.workingMinutesBetween(from, at('2026-11-23T10:29:00+01:00'))).toBe(239);
  });

  it('skips a holiday (Armistice, Wednesday 11 November 2026)', () => {
    const from = at('2026-11-10T15:00:00+01:00');
    expect(cal.addWorkingMinutes(from, 240).toISOString()).toBe(at('2026-11-12T10:30:00+01:00').toISOString());
    expect(cal.workingMinutesBetween(from, at('2026-11-12T10:30:00+01:00'))).toBe(240);
  });

  it('skips a long weekend (Friday before Easter Monday 2027)', () => {
    const from = at('2027-03-26T15:00:00+01:00');
    expect(cal.addWorkingMinutes(from, 240).toISOString()).toBe(at('2027-03-30T10:30:00+02:00').toISOString());
  });

  it('edge cases', () => {
    // A deadline exactly at closing time stays there.
    expect(cal.addWorkingMinutes(at('2026-11-20T15:00:00+01:00'), 120).toISOString()).toBe(at('2026-11-20T17:00:00+01:00').toISOString());
    // Starting while closed counts from the next opening.
    expect(cal.addWorkingMinutes(at('2026-11-21T12:00:00+01:00'), 30).toISOString()).toBe(at('2026-11-23T09:00:00+01:00').toISOString());
    expect(cal.addWorkingMinutes(at('2026-11-21T12:00:00+01:00'), 0).toISOString()).toBe(at('2026-11-21T12:00:00+01:00').toISOString());
    expect(() => cal.addWorkingMinutes(at('2026-11-21T12:00:00+01:00'), -1)).toThrow(RangeError);
    // A whole ordinary week: 5 × 8.5 h.
    expect(cal.workingMinutesBetween(at('2026-11-23T00:00:00+01:00'), at('2026-11-30T00:00:00+01:00'))).toBe(5 * 510);
    expect(cal.workingMinutesBetween(at('2026-11-21T00:00:00+01:00'), at('2026-11-22T23:00:00+01:00'))).toBe(0);
    expect(cal.workingMinutesBetween(at('2026-11-20T17:00:00+01:00'), at('2026-11-20T15:00:00+01:00'))).toBe(-120);
  });
});

describe('describeOpening', () => {
  it('"tomorrow" wording', () => {
    const now = at('2026-11-23T18:00:00+01:00');
    expect(describeAll(cal.nextOpening(now), now)).toEqual({
      fr: 'demain à 8h30',
      nl: 'morgen om 8.30 uur',
      de: 'morgen um 8:30 Uhr',
      en: 'tomorrow at 8:30',
    });
  });

  it('"today" wording, after a lunch break', () => {
    const split = createHotlineCalendar(parseHotlineHours('Mon-Thu 08:30-17:00; Fri 08:30-12:00, 13:00-16:00'));
    const now = at('2026-11-20T12:15:00+01:00');
    expect(split.isOpen(now)).toBe(false);
    expect(describeAll(split.nextOpening(now), now)).toEqual({
      fr: "aujourd'hui à 13h00",
      nl: 'vandaag om 13.00 uur',
      de: 'heute um 13:00 Uhr',
      en: 'today at 13:00',
    });
  });

  it('names the day in the small hours, where "today" and "tomorrow" are ambiguous', () => {
    const now = at('2026-11-23T01:00:00+01:00'); // Monday 01:00
    expect(describeOpening(cal.nextOpening(now), now, 'fr')).toBe('lundi à 8h30');
  });

  it('weekday name up to 6 days away, with the date beyond', () => {
    const now = at('2027-03-30T17:00:00+02:00'); // Tuesday
    expect(describeOpening(at('2027-04-05T08:30:00+02:00'), now, 'fr')).toBe('lundi à 8h30');
    expect(describeAll(at('2027-04-06T08:30:00+02:00'), now)).toEqual({
      fr: 'mardi 6 avril à 8h30',
      nl: 'dinsdag 6 april om 8.30 uur',
      de: 'Dienstag, 6. April um 8:30 Uhr',
      en: 'Tuesday 6 April at 8:30',
    });
  });

  it('a weekly line: the next opening is a week away and dated', () => {
    const weekly = createHotlineCalendar(parseHotlineHours('Tue 08:30-12:00'));
    const now = at('2027-03-30T12:00:00+02:00');
    const next = weekly.nextOpening(now);
    expect(next.toISOString()).toBe(at('2027-04-06T08:30:00+02:00').toISOString());
    expect(describeOpening(next, now, 'fr')).toBe('mardi 6 avril à 8h30');
  });

  it('days are counted in Brussels, not UTC', () => {
    // 23:30 UTC on Sunday is already Monday 00:30 in Brussels (small hours → weekday).
    expect(describeOpening(at('2026-11-24T08:30:00+01:00'), at('2026-11-22T23:30:00Z'), 'en')).toBe('Tuesday at 8:30');
    expect(describeOpening(at('2026-11-24T08:30:00+01:00'), at('2026-11-23T06:00:00Z'), 'en')).toBe('tomorrow at 8:30');
  });
});
