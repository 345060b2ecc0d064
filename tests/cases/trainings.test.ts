import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelRegistration, createTraining, remindRegistration, signUpForTraining } from '../../src/cases/trainings.repository.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { outbox, trainingRegistrations } from '../../src/db/schema.js';
import { hasPostgres, openTestPostgres, testDatabases } from '../support/databases.js';
import { createHarness, sequentialIds, TUESDAY_EVENING } from '../support/harness.js';
import { type Exchange, playTranscript } from '../support/transcript.js';

const NOW = new Date(TUESDAY_EVENING);
const IN_A_WEEK = new Date(NOW.getTime() + 7 * 86_400_000);

const signUp = (name: string): Exchange[] => [
  ['Bonjour', []],
  ['3', ['formation gratuite', 'Quelle session', '1.']],
  ['1', ['votre nom']],
  [name, []],
  ['Fiduciaire Exemple', []],
  ['comptable', []],
  [`${name.toLowerCase().replace(/\s+/g, '.')}@example.org`, []],
  ['0470 11 22 33', ['Récapitulatif', 'Session']],
];

describe.each(testDatabases)('training sign-up on $name', (kind) => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await kind.open();
  });
  afterEach(async () => {
    await database.close();
  });

  /** A one-seat session next week: Alice (on `aPhone`) takes the seat through the bot, Bruno (on `bPhone`) goes on the waiting list. */
  async function oneSeatTakenWithOneWaiting(idBase: number, aPhone: string, bPhone: string) {
    await createTraining(database.db, sequentialIds(idBase), {
      startsAt: IN_A_WEEK,
      seats: 1,
      language: 'fr',
      videoLink: 'https://video.example/room',
      createdBy: 'U0LEA',
      now: NOW,
    });
    const a = createHarness(database, { userId: aPhone });
    await playTranscript(a, [...signUp('Alice Martin'), ['1', [/confirmé.*TRN-/]]]);
    const b = createHarness(database, { userId: bPhone });
    await playTranscript(b, [
      ...signUp('Bruno Petit').map(([s, e]) => [s, s === '3' ? ['complet'] : e] as Exchange),
      ['1', ["liste d'attente", 'position 1']],
    ]);
    return { a, b };
  }

  it('signs up through the bot: sessions listed with seats left, confirmed, then the waiting list when full', async () => {
    const { a, b } = await oneSeatTakenWithOneWaiting(700, '+32470100001', '+32470100002');
    const regs = await database.db.select().from(trainingRegistrations);
    expect(regs.map((r) => [r.name, r.status])).toEqual([
      ['Alice Martin', 'confirmed'],
      ['Bruno Petit', 'waiting'],
    ]);

    // A cancellation promotes the first on the waiting list, who is told once on their channel.
    const first = regs[0]?.id ?? 0;
    expect((await cancelRegistration(database.db, a.clock, first, 'U0LEA')).promoted).toBe(regs[1]?.id);
    expect((await cancelRegistration(database.db, a.clock, first, 'U0LEA')).promoted).toBeNull();
    const told = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `training_promoted:${regs[1]?.id}`));
    expect(told).toHaveLength(1);
    await b.core.dispatcher.runOnce();
    // The day-before reminder is queued for the confirmed seat and says when and where.
    const reminders = await database.db.select().from(outbox).where(eq(outbox.kind, 'training.reminder'));
    expect(reminders.map((r) => (r.payload as { registrationId: number }).registrationId).sort()).toEqual(
      [regs[0]?.id, regs[1]?.id].sort(),
    );
    await remindRegistration(database.db, b.clock, regs[1]?.id ?? 0);
    expect(
      await database.db
        .select()
        .from(outbox)
        .where(eq(outbox.dedupeKey, `training_reminded:${regs[1]?.id}`)),
    ).toHaveLength(1);
  });

  it('a confirmed participant who erases their data gives their seat to the first on the waiting list, who is told once', async () => {
    const { a } = await oneSeatTakenWithOneWaiting(800, '+32470100011', '+32470100012');
    await playTranscript(a, [
      ['supprimer mes données', ['efface toutes vos données']],
      ['oui', ['effacés']],
    ]);
    const regs = await database.db.select().from(trainingRegistrations);
    expect(regs.map((r) => [r.name, r.status])).toEqual([
      ['—', 'cancelled'],
      ['Bruno Petit', 'confirmed'],
    ]);
    const told = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `training_promoted:${regs[1]?.id}`));
    expect(told).toHaveLength(1);
    expect(told[0]?.kind).toBe('person.deliver.whatsapp');
  });

  it('says plainly when no session is planned', async () => {
    const h = createHarness(database, { userId: '+32470100003' });
    await playTranscript(h, [
      ['Bonjour', []],
      ['devenir sentinelle', ['Aucune session', 'Que souhaitez-vous faire']],
    ]);
  });
});

describe.runIf(hasPostgres)('training capacity under concurrency (PostgreSQL)', () => {
  it('20 sign-ups at the same moment for 15 seats: exactly 15 confirmed, 5 waiting, in arrival order', async () => {
    const database = await openTestPostgres({ max: 25 });
    try {
      const { id } = await createTraining(database.db, sequentialIds(701), {
        startsAt: IN_A_WEEK,
        language: 'fr',
        createdBy: 'U0LEA',
        now: NOW,
      });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          database.db.transaction((tx) =>
            signUpForTraining(
              tx,
              {
                trainingId: id,
                conversationId: null,
                name: `Person ${i}`,
                organisation: null,
                role: 'accountant',
                email: null,
                phone: null,
              },
              NOW,
            ),
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(15);
      expect(results.filter((r) => r.status === 'waiting')).toHaveLength(5);
      const regs = await database.db.select().from(trainingRegistrations).orderBy(trainingRegistrations.id);
      // Arrival order is the order the sign-ups got the session's lock, which is the order of their ids.
      expect(regs.map((r) => r.status)).toEqual([...Array(15).fill('confirmed'), ...Array(5).fill('waiting')]);
      const positions = results.flatMap((r) => (r.status === 'waiting' ? [r.position] : [])).sort();
      expect(positions).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await database.close();
    }
  });
});
