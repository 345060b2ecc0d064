import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluationFigures, figuresToCsv, surveyContacts } from '../../src/cases/figures.js';
import { createTraining, signUpForTraining } from '../../src/cases/trainings.repository.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, trainingRegistrations } from '../../src/db/schema.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, sequentialIds } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

const HELP = (name: string, story: string, survey: 'oui' | 'non'): Array<[string, Array<string | RegExp>]> => [
  ['Bonsoir', []],
  ['2', []],
  ['oui', []],
  ['non', []],
  [name, []],
  ['1', []],
  ['4000', []],
  ['1', []],
  ['1', []],
  [story, []],
  ['1', []],
  ['le soir', []],
  ['oui', []],
  [survey, []],
  ['1', [/PDI-/]],
];

describe.each(testDatabases)('evaluation figures on $name', (kind) => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await kind.open();
  });
  afterEach(async () => {
    await database.close();
  });

  it('gives the expected figures on a seeded set, and none of the seeded names, numbers or texts', async () => {
    await playTranscript(createHarness(database, { userId: '+32470555001' }), HELP('Zénobe', 'Ma friterie est au bord du gouffre', 'oui'));
    // In danger: the urgent case is filed as soon as there is a number, the rest amends it (no survey question).
    await playTranscript(createHarness(database, { userId: '+32470555002' }), [
      ['Bonsoir', []],
      ['2', []],
      ['oui', []],
      ['oui', ['112']],
      ['Gaspard', []],
      ['1', [/PDI-/]],
      ['4000', []],
      ['1', []],
      ['1', []],
      ['Les huissiers sont passés, je veux mourir', []],
      ['1', []],
      ['le soir', []],
      ['oui', ['Récapitulatif']],
      ['1', [/PDI-/]],
    ]);
    const all = await database.db.select().from(cases);
    const first = all.find((c) => c.priority === 'normal');
    await database.db
      .update(cases)
      .set({
        status: 'closed',
        closingReason: 'completed',
        claimedAt: new Date(Date.parse('2026-11-24T20:00:00+01:00') + 30 * 60_000),
        contactedAt: new Date(Date.parse('2026-11-24T20:00:00+01:00') + 90 * 60_000),
        sessionsUsed: 3,
        assignedAt: new Date(),
      })
      .where(eq(cases.id, first?.id ?? ''));

    const f = await evaluationFigures(database.db, new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(f).toMatchObject({
      cases: 2,
      byKind: { help_request: 2 },
      byChannel: { whatsapp: 2 },
      byRegion: { wallonia: 2 },
      bySector: { horeca: 2 },
      byStatus: { closed: 1, new: 1 },
      urgentShare: 0.5,
      sessionsUsed: { total: 3, perCaseInCare: 3 },
      outcomes: { completed: 1 },
    });
    expect(f.medianMinutesToClaim).toBeGreaterThan(0);
    expect(f.trainings).toEqual({ sessions: 0, signUps: 0, confirmed: 0, waiting: 0, cancelled: 0, attended: 0 });

    const { id } = await createTraining(database.db, sequentialIds(800), {
      startsAt: new Date('2026-11-28T17:00:00Z'),
      seats: 1,
      language: 'fr',
      createdBy: 'U0LEA',
      now: new Date('2026-11-20T10:00:00Z'),
    });
    for (const name of ['Ysaline Dupuis', 'Xavier Lenoir']) {
      await database.db.transaction((tx) =>
        signUpForTraining(
          tx,
          { trainingId: id, conversationId: null, name, organisation: null, role: 'accountant', email: null, phone: null },
          new Date('2026-11-21T10:00:00Z'),
        ),
      );
    }
    await database.db.update(trainingRegistrations).set({ attended: true }).where(eq(trainingRegistrations.status, 'confirmed'));
    const g = await evaluationFigures(database.db, new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(g.trainings).toEqual({ sessions: 1, signUps: 2, confirmed: 1, waiting: 1, cancelled: 0, attended: 1 });
    expect(figuresToCsv(g)).not.toContain('Ysaline');
    const outputs = [JSON.stringify(f), figuresToCsv(f)];
    for (const out of outputs)
      for (const secret of ['Zénobe', 'Gaspard', 'friterie', 'huissiers', '470555001', '470555002', 'mourir'])
        expect(out).not.toContain(secret);
    expect(figuresToCsv(f)).toContain('region,wallonia,2');

    const survey = await surveyContacts(database.db, new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(survey.map((s) => [s.firstName, s.phone])).toEqual([['Zénobe', '+32470555001']]);
  });
});
