import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { auditLog, cases, consents, conversations, outbox, processedMessages, transcriptLines } from '../../src/db/schema.js';
import { applyRetention, eraseCaseOnRequest } from '../../src/privacy/erasure.js';
import { exportPerson } from '../../src/privacy/subject-access.js';
import { testDatabases } from '../support/databases.js';
import { dumpAllTables } from '../support/dump.js';
import { createHarness, type Harness } from '../support/harness.js';
import { type Exchange, playTranscript } from '../support/transcript.js';

/** A help request whose every personal detail is distinctive, to search for afterwards. */
const PERSONA = {
  name: 'Ophélie',
  phone: '0498 76 54 32',
  e164: '+32498765432',
  email: 'ophelie.vandamme@exemple.be',
  story: 'Ma boulangerie coule depuis l’incendie',
};
const REQUEST: Exchange[] = [
  ['Bonsoir', []],
  ['2', []],
  ['oui', []],
  ['non', []],
  [PERSONA.name, []],
  ['3', []],
  [PERSONA.email, []],
  ['7000', []],
  ['1', []],
  ['2', []],
  [PERSONA.story, []],
  ['2', []],
  ['mardi matin', []],
  ['oui', []],
  ['oui', []],
  ['1', [/PDI-/]],
];
const SECRETS = [PERSONA.name, PERSONA.email, 'vandamme', PERSONA.story, 'boulangerie', 'mardi matin'];

describe.each(testDatabases)('privacy on $name', (kind) => {
  let database: DatabaseHandle;
  let h: Harness;

  beforeEach(async () => {
    database = await kind.open();
    h = createHarness(database, { userId: PERSONA.e164 });
  });
  afterEach(async () => {
    await database.close();
  });

  it('"supprimer mes données": a confirmation, then nothing of the person is left but an anonymised row and a proof', async () => {
    await playTranscript(h, REQUEST);
    // At rest, the database holds ciphertext only: no name, number, e-mail or free text in clear.
    const before = await dumpAllTables(database);
    for (const secret of [...SECRETS, PERSONA.e164.slice(1)])
      expect(before, `"${secret}" must not be stored in clear`).not.toContain(secret);
    expect(before).toContain('enc1:');
    expect(JSON.stringify(await exportPerson(database.db, { phone: PERSONA.e164 }))).toContain(PERSONA.email);
    await playTranscript(h, [
      ['supprimer mes données', ['efface toutes vos données', '1. Oui']],
      ['oui', ['effacés', 'statistiques']],
    ]);
    const after = await dumpAllTables(database);
    for (const secret of [...SECRETS, PERSONA.e164.slice(1)]) expect(after, `"${secret}" must be gone`).not.toContain(secret);
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({
      kind: 'help_request',
      region: 'wallonia',
      status: 'new',
      personId: null,
      context: null,
      erasedReason: 'person_request',
    });
    expect(row?.erasedAt).toBeInstanceOf(Date);
    const proofs = await database.db.select().from(consents);
    expect(proofs.length).toBeGreaterThan(0);
    expect(proofs.every((c) => c.withdrawnAt instanceof Date)).toBe(true);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'case.erased'));
    expect(audit.map((a) => a.caseReference)).toEqual([row?.reference]);
    // The next message starts afresh.
    await playTranscript(h, [['Bonjour', ['assistant automatique', 'Que souhaitez-vous faire']]]);
  });

  it('"verwijder mijn gegevens" answered "nee" erases nothing and goes back where it was', async () => {
    await playTranscript(h, [
      // The first message asks for help: the help request starts at once.
      ['Hallo, ik heb hulp nodig', ['aanvraag']],
      ['verwijder mijn gegevens', ['wis']],
      ['nee', ['niets gewist', 'aanvraag']],
    ]);
    expect(await database.db.select().from(conversations)).toHaveLength(1);
  });

  it('a coordinator erases a case on request: same result, audited with the coordinator', async () => {
    await playTranscript(h, REQUEST);
    const [row] = await database.db.select().from(cases);
    await database.db.transaction((tx) =>
      eraseCaseOnRequest(tx, row?.id ?? '', { now: h.clock.now(), actor: 'U0LEA', note: 'asked by phone' }),
    );
    const after = await dumpAllTables(database);
    for (const secret of SECRETS) expect(after, `"${secret}" must be gone`).not.toContain(secret);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'case.erased'));
    expect(audit.map((a) => a.actor)).toContain('U0LEA');
    expect((await database.db.select().from(cases))[0]?.erasedAt).toBeInstanceOf(Date);
  });

  it('retention: a case closed 366 days ago is anonymised, one closed yesterday is not; old transcripts go', async () => {
    await playTranscript(h, REQUEST);
    const other = createHarness(database, { userId: '+32470111222' });
    await playTranscript(other, REQUEST);
    const [a, b] = await database.db.select().from(cases);
    const now = new Date('2027-12-01T10:00:00+01:00');
    await database.db
      .update(cases)
      .set({ status: 'closed', closedAt: new Date(now.getTime() - 366 * 86_400_000) })
      .where(eq(cases.id, a?.id ?? ''));
    await database.db
      .update(cases)
      .set({ status: 'closed', closedAt: new Date(now.getTime() - 86_400_000) })
      .where(eq(cases.id, b?.id ?? ''));
    await database.db.insert(transcriptLines).values({
      conversationId: b?.conversationId ?? '',
      direction: 'in',
      text: 'recent line',
      createdAt: new Date(now.getTime() - 10 * 86_400_000),
    });
    const result = await database.db.transaction((tx) => applyRetention(tx, { now, caseDays: 365, transcriptDays: 90 }));
    expect(result.casesAnonymised).toBe(1);
    const rows = await database.db.select().from(cases);
    expect(rows.find((r) => r.id === a?.id)).toMatchObject({ personId: null, context: null, erasedReason: 'retention' });
    expect(rows.find((r) => r.id === b?.id)?.personId).not.toBeNull();
    // Transcripts were written in 2026 (the harness clock): older than 90 days on 2027-12-01.
    expect((await database.db.select().from(transcriptLines)).map((l) => l.text)).toEqual(['recent line']);
  });

  it('retention: Teams message digests and delivered outbox rows older than 30 days go; WhatsApp digests, pending and failed rows stay', async () => {
    const now = new Date('2027-12-01T10:00:00+01:00');
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    await database.db.insert(processedMessages).values([
      { channel: 'teams', platformMessageId: 'old', processedAt: daysAgo(31) },
      { channel: 'teams', platformMessageId: 'recent', processedAt: daysAgo(29) },
      // WhatsApp's catch-up can bring an old unread message back: its digest is what stops a second handling.
      { channel: 'whatsapp', platformMessageId: 'old-whatsapp', processedAt: daysAgo(120) },
    ]);
    const row = (key: string, status: string, deliveredAt: Date | null) => ({
      kind: 'coordinator.new_case',
      dedupeKey: key,
      payload: {},
      status,
      availableAt: daysAgo(60),
      createdAt: daysAgo(60),
      deliveredAt,
    });
    await database.db
      .insert(outbox)
      .values([
        row('done-old', 'done', daysAgo(31)),
        row('done-recent', 'done', daysAgo(29)),
        row('pending-old', 'pending', null),
        row('failed-old', 'failed', null),
      ]);
    const result = await database.db.transaction((tx) => applyRetention(tx, { now, caseDays: 365, transcriptDays: 90 }));
    expect(result).toMatchObject({ messageDigestsDeleted: 1, outboxRowsDeleted: 1 });
    expect((await database.db.select().from(processedMessages)).map((m) => m.platformMessageId).sort()).toEqual(['old-whatsapp', 'recent']);
    expect((await database.db.select().from(outbox)).map((r) => r.dedupeKey).sort()).toEqual(['done-recent', 'failed-old', 'pending-old']);
  });

  it('the audit log refuses UPDATE and DELETE', async () => {
    await playTranscript(h, REQUEST);
    const refusal = async (run: () => Promise<unknown>) => {
      try {
        await run();
        return 'accepted';
      } catch (error) {
        const e = error as Error & { cause?: Error };
        return `${e.message} ${e.cause?.message ?? ''}`;
      }
    };
    expect(await refusal(() => database.db.update(auditLog).set({ actor: 'someone else' }))).toMatch(/append-only/);
    expect(await refusal(() => database.db.delete(auditLog))).toMatch(/append-only/);
    expect((await database.db.select().from(auditLog)).length).toBeGreaterThan(0);
  });

  it('export:person gives everything held about the person', async () => {
    await playTranscript(h, REQUEST);
    const data = JSON.stringify(await exportPerson(database.db, { phone: PERSONA.e164 }));
    for (const secret of [PERSONA.name, PERSONA.email, PERSONA.story]) expect(data).toContain(secret);
  });

  it('logs carry ids and references, never what the person wrote or their details', async () => {
    await playTranscript(h, REQUEST);
    await h.core.dispatcher.runOnce();
    expect(h.log.lines.length).toBeGreaterThan(5);
    // And a sentinel alert, with the sentinel's and the person's details.
    const sentinel = createHarness(database, { channel: 'teams', userId: 'aad-sentinel-logs' });
    const alert = [
      'Bonjour',
      '1',
      'Hortense Delvaux',
      'Fiduciaire Delvaux',
      'comptable',
      'hortense@delvaux.be',
      'oui',
      'non',
      'Théodore',
      'Wauters',
      '0477 12 98 76',
      'theo.wauters@exemple.be',
      '1',
      '6700',
      '1',
      '3',
      '1 6',
      'Il parle de tout arrêter depuis la saisie',
      // A possible signal about the person: the sentinel is asked whether the person talks about suicide.
      'non',
      'Sa boutique est fermée depuis la saisie',
      'le soir',
      '1',
      'oui',
      'Envoyer',
    ];
    await playTranscript(
      sentinel,
      alert.map((m): Exchange => [m, []]),
    );
    await sentinel.core.dispatcher.runOnce();
    expect((await database.db.select().from(cases)).length).toBe(2);
    const all = [...h.log.lines, ...sentinel.log.lines].join('\n');
    const alertSecrets = [
      'Hortense',
      'Delvaux',
      'hortense@',
      'Théodore',
      'Wauters',
      '477129876',
      'theo.wauters',
      'saisie',
      'aad-sentinel-logs',
    ];
    for (const secret of [...SECRETS, PERSONA.e164, '498765432', ...alertSecrets])
      expect(all, `"${secret}" in the log`).not.toContain(secret);
  });
});
