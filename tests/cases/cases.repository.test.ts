import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { raiseCase } from '../../src/cases/cases.repository.js';
import { createHotlineCalendar, parseHotlineHours } from '../../src/cases/hotline-hours.js';
import { type IdGenerator, ManualClock } from '../../src/clock.js';
import type { CaseDraft } from '../../src/conversation/form.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { auditLog, cases, consents, conversations, outbox, people, sentinels } from '../../src/db/schema.js';
import { testDatabases } from '../support/databases.js';
import { sequentialIds } from '../support/harness.js';

/** A sentinel's alert about a person who agreed, as the flow hands it over. */
const alert: CaseDraft = {
  kind: 'sentinel_alert',
  urgent: false,
  language: 'fr',
  region: 'wallonia',
  postalCode: '5000',
  sector: 'horeca',
  activityStatus: 'main',
  signals: ['sleep', 'debts'],
  context: 'Il ne dort plus depuis la faillite',
  bestMoments: 'le matin',
  modality: 'phone',
  notifySentinel: true,
  surveyOptIn: false,
  immediateDanger: false,
  person: { firstName: 'Marc', lastName: 'Dupont', phone: '+32470000101', email: null, language: 'fr' },
  sentinel: { knownId: null, name: 'Anne', organisation: 'Fiduciaire', role: 'accountant', phone: '+32470000999', email: null },
  consent: { givenBy: 'sentinel', purpose: 'contact', textVersion: 'v1' },
  extraConsents: [{ givenBy: 'sentinel', purpose: 'notify_sentinel', textVersion: 'v1' }],
};

describe.each(testDatabases)('raising a case on $name', (kind) => {
  let database: DatabaseHandle;
  const clock = new ManualClock('2026-11-24T10:00:00+01:00');
  const escalation = {
    settings: { urgentMinutes: 10, repeatMinutes: 30, normalWorkingHours: 4 },
    calendar: createHotlineCalendar(parseHotlineHours('Mon-Fri 08:30-17:00')),
  };
  const conversationId = '00000000-0000-4000-8000-00000000c0c0';

  beforeEach(async () => {
    database = await kind.open();
    await database.db.insert(conversations).values({
      id: conversationId,
      reference: 'CNV-AAAAAA',
      channel: 'teams',
      userKey: 'key',
      userId: '29:someone',
      language: 'fr',
      state: {},
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
  });
  afterEach(async () => {
    await database.close();
  });

  const raise = (ids: IdGenerator, draft: CaseDraft = alert) =>
    database.pipelined({ text: 'select 1', params: [] }, async (tx, _rows, run) => ({
      value: await raiseCase({ db: tx, run, clock, ids, maxSessions: 8, escalation }, draft, { channel: 'teams', conversationId }),
    }));

  it('writes the case with its person, sentinel, consents, audit line, notification and first escalation check', async () => {
    const { id, reference } = await raise(sequentialIds(7));
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({
      id,
      reference,
      kind: 'sentinel_alert',
      priority: 'normal',
      status: 'new',
      sourceChannel: 'teams',
      conversationId,
      region: 'wallonia',
      signals: ['sleep', 'debts'],
      context: 'Il ne dort plus depuis la faillite',
      bestMoments: 'le matin',
      notifySentinel: true,
      maxSessions: 8,
      createdAt: clock.now(),
    });
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ id: row?.personId, firstName: 'Marc', lastName: 'Dupont', phone: '+32470000101', email: null });
    expect(person?.phoneHash).toMatch(/\w{20,}/);
    const [sentinel] = await database.db.select().from(sentinels);
    expect(sentinel).toMatchObject({ id: row?.sentinelId, name: 'Anne', organisation: 'Fiduciaire', verified: false });
    // Encrypted at rest: the columns hold ciphertext, not the names.
    const raw = await database.statement({ text: 'select first_name, phone from people', params: [] });
    expect(JSON.stringify(raw)).not.toMatch(/Marc|470000101/);
    const given = await database.db.select().from(consents).orderBy(asc(consents.purpose));
    expect(given.map((c) => [c.purpose, c.caseId, c.personId, c.conversationId, c.givenBy, c.channel])).toEqual([
      ['contact', id, row?.personId, conversationId, 'sentinel', 'teams'],
      ['notify_sentinel', id, row?.personId, conversationId, 'sentinel', 'teams'],
    ]);
    expect(await database.db.select().from(auditLog)).toMatchObject([
      { actor: 'bot', action: 'case.created', caseReference: reference, detail: { kind: 'sentinel_alert', priority: 'normal' } },
    ]);
    const queued = await database.db.select().from(outbox).orderBy(asc(outbox.availableAt));
    expect(queued).toMatchObject([
      {
        kind: 'coordinator.new_case',
        dedupeKey: `new_case:${id}`,
        priority: 'normal',
        status: 'pending',
        availableAt: clock.now(),
        payload: { caseId: id, reference, kind: 'sentinel_alert', signals: ['sleep', 'debts'], sentinel: 'unverified' },
      },
      // Four working hours later: 14:00 the same Tuesday.
      {
        kind: 'coordinator.escalate',
        dedupeKey: `escalate:${id}:1`,
        availableAt: new Date('2026-11-24T14:00:00+01:00'),
        payload: { caseId: id, reference, round: 1 },
      },
    ]);
    // The notification carries no personal data.
    expect(JSON.stringify(queued)).not.toMatch(/Marc|Dupont|Anne|faillite|4700/);
  });

  it('an urgent help request without a sentinel: no sentinel row, escalated after minutes of clock time', async () => {
    const draft: CaseDraft = { ...alert, kind: 'help_request', urgent: true, sentinel: null, extraConsents: [] };
    const { id } = await raise(sequentialIds(8), draft);
    expect(await database.db.select().from(sentinels)).toEqual([]);
    const [row] = await database.db.select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({ priority: 'urgent', sentinelId: null });
    expect(await database.db.select().from(consents)).toHaveLength(1);
    const escalate = (await database.db.select().from(outbox)).find((r) => r.kind === 'coordinator.escalate');
    expect(escalate).toMatchObject({ priority: 'urgent', availableAt: new Date('2026-11-24T10:10:00+01:00') });
  });

  it('a sentinel asking advice about nobody in particular: no person row, empty free text stays empty, the consent has no person', async () => {
    const draft: CaseDraft = {
      ...alert,
      kind: 'sentinel_advice',
      person: null,
      context: null,
      bestMoments: null,
      region: null,
      postalCode: null,
      signals: [],
      extraConsents: [],
    };
    const { id } = await raise(sequentialIds(12), draft);
    expect(await database.db.select().from(people)).toEqual([]);
    expect((await database.db.select().from(cases))[0]).toMatchObject({
      id,
      personId: null,
      context: null,
      bestMoments: null,
      signals: [],
    });
    expect(await database.db.select().from(consents)).toMatchObject([{ caseId: id, personId: null }]);
  });

  it('a sentinel from the registry: the case points at their row, no new one', async () => {
    const registered = '00000000-0000-4000-8000-00000000aaaa';
    await database.db.insert(sentinels).values({ id: registered, name: 'Anne', verified: true, createdAt: clock.now() });
    const draft: CaseDraft = {
      ...alert,
      sentinel: { knownId: registered, name: null, organisation: null, role: null, phone: null, email: null },
    };
    const { id } = await raise(sequentialIds(11), draft);
    expect((await database.db.select().from(cases))[0]?.sentinelId).toBe(registered);
    expect((await database.db.select().from(sentinels)).map((r) => r.id)).toEqual([registered]);
    const notice = (await database.db.select().from(outbox)).find((r) => r.kind === 'coordinator.new_case');
    expect(notice?.payload).toMatchObject({ caseId: id, sentinel: 'verified' });
  });

  it('draws the reference again when it is taken, and leaves nothing of the attempt that collided', async () => {
    const first = await raise(sequentialIds(9));
    // The next draws: the taken reference first, then a free one.
    const ids = sequentialIds(10);
    const taken = first.reference.slice('PDI-'.length);
    let draws = 0;
    const colliding: IdGenerator = { ...ids, code: (count) => (draws++ === 0 ? taken : ids.code(count)) };
    const second = await raise(colliding);
    expect(draws).toBe(2);
    expect(second.reference).not.toBe(first.reference);
    const all = await database.db.select().from(cases).orderBy(asc(cases.createdAt));
    expect(all.map((c) => c.reference).sort()).toEqual([first.reference, second.reference].sort());
    expect(await database.db.select().from(people)).toHaveLength(2);
    expect(await database.db.select().from(sentinels)).toHaveLength(2);
    expect(await database.db.select().from(consents)).toHaveLength(4);
    expect(await database.db.select().from(auditLog)).toHaveLength(2);
    expect(await database.db.select().from(outbox)).toHaveLength(4);
  });
});
