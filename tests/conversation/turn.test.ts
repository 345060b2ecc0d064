import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, conversations, outbox, processedMessages, transcriptLines } from '../../src/db/schema.js';
import { testDatabases } from '../support/databases.js';
import { dumpAllTables } from '../support/dump.js';
import { createHarness, type Harness } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

/** The help request up to the consent question, as a WhatsApp user. */
const UP_TO_CONSENT: Array<[string, string[]]> = [
  ['Bonsoir', []],
  ['2', []],
  ['oui', []],
  ['non', []],
  ['Zoé Marchal', []],
  ['2', []],
  ['0499 11 22 33', []],
  ['4000', []],
  ['1', []],
  ['2', []],
  ['Mes dettes m’écrasent, le fisc me relance chaque semaine', []],
  ['1', []],
  ['en soirée', ['garder ces informations']],
];

describe.each(testDatabases)('turn pipeline on $name', (kind) => {
  let database: DatabaseHandle;
  let h: Harness;

  beforeEach(async () => {
    database = await kind.open();
    h = createHarness(database);
  });
  afterEach(async () => {
    await database.close();
  });

  it('handles a redelivered message once: one reply set, one case', async () => {
    await playTranscript(h, UP_TO_CONSENT);
    await playTranscript(h, [
      ['oui', []],
      ['non', ['Récapitulatif']],
    ]);
    const first = await h.send({ text: '1', platformMessageId: 'wamid.SAME' });
    const again = await h.send({ text: '1', platformMessageId: 'wamid.SAME' });
    expect(Array.isArray(first) && first.some((r) => /PDI-/.test(r.text))).toBe(true);
    expect(again).toBe('duplicate');
    expect(await database.db.select().from(cases)).toHaveLength(1);
    expect((await database.db.select().from(outbox)).filter((r) => r.kind === 'coordinator.new_case')).toHaveLength(1);
  });

  it('a crash after the commit but before the replies were sent: the redelivery gets them, once', async () => {
    await playTranscript(h, [['Bonsoir', []]]);
    const inbound = { channel: 'whatsapp' as const, userId: '+32470123456', conversationId: 'c', platformMessageId: 'crash-1', text: '4' };
    const first = await h.core.handle(inbound);
    expect(first.status).toBe('handled');
    // The process died here: core.replied() was never called. The platform redelivers after 15 s.
    h.clock.advance(15_000);
    const again = await h.core.handle(inbound);
    expect(again.status).toBe('redelivered');
    expect(again.status !== 'duplicate' && again.replies.map((r) => r.text)).toEqual(
      first.status === 'handled' && first.replies.map((r) => r.text),
    );
    await h.core.replied(inbound);
    h.clock.advance(15_000);
    expect((await h.core.handle(inbound)).status).toBe('duplicate');
    expect(await database.db.select().from(conversations)).toHaveLength(1);
  });

  it('a duplicate delivered while the first is still in flight is dropped too', async () => {
    await playTranscript(h, [['Bonsoir', []]]);
    const [a, b] = await Promise.all([
      h.send({ text: '3', platformMessageId: 'dup-1' }),
      h.send({ text: '3', platformMessageId: 'dup-1' }),
    ]);
    const outcomes = [a, b].map((r) => (r === 'duplicate' ? 'duplicate' : 'handled')).sort();
    expect(outcomes).toEqual(['duplicate', 'handled']);
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(processedMessages);
    expect(row?.n).toBe(2);
  });

  it('resumes a form half way with a new engine over the same database (restart)', async () => {
    await playTranscript(h, UP_TO_CONSENT.slice(0, 6));
    const restarted = createHarness(database, { now: h.clock.now().toISOString() });
    await playTranscript(restarted, [
      ['0499 11 22 33', ['code postal']],
      ['4000', ['statut']],
    ]);
  });

  it('a refused consent leaves no personal data of the independent in any table', async () => {
    await playTranscript(h, UP_TO_CONSENT);
    await playTranscript(h, [['non', ['Sans votre accord', '0800/300.25', 'Que souhaitez-vous faire']]]);
    expect(await database.db.select().from(cases)).toEqual([]);
    const dump = await dumpAllTables(database);
    for (const secret of ['Zoé', 'Marchal', '499112233', '0499 11 22 33', 'dettes', 'fisc', 'en soirée']) {
      expect(dump, `"${secret}" must not be stored`).not.toContain(secret);
    }
  });

  it('cancel drops the unfinished form and its transcript', async () => {
    await playTranscript(h, UP_TO_CONSENT.slice(0, 6));
    await playTranscript(h, [['annuler', ["C'est annulé"]]]);
    const dump = await dumpAllTables(database);
    expect(dump).not.toContain('Zoé');
  });

  it('a crisis message at the menu shows the card first and queues an urgent notification without personal data', async () => {
    await playTranscript(h, [['Bonsoir', []]]);
    const replies = await h.say('je veux en finir, j’en peux plus');
    expect(replies[0]).toContain('0800 32 123');
    expect(replies[0]).toContain('112');
    const rows = await database.db.select().from(outbox);
    expect(rows.map((r) => [r.kind, r.priority])).toEqual([['coordinator.urgent', 'urgent']]);
    const payload = JSON.stringify(rows[0]?.payload);
    expect(payload).toMatch(/"conversationReference":"CNV-/);
    expect(payload).not.toContain('finir');
    expect(payload).not.toContain('470123456');
  });

  it('a crisis message in a Dutch conversation gets the Dutch card (1813, 106)', async () => {
    const replies = await h.say('Hallo, ik wil niet meer leven', { channel: 'teams', userId: 'aad-1', locale: 'nl-BE' });
    expect(replies[0]).toContain('1813');
    expect(replies[0]).toContain('106');
  });

  it('stores the conversation, its state and transcript in the database', async () => {
    await playTranscript(h, [
      ['Bonsoir', []],
      ['2', []],
    ]);
    const [conv] = await database.db.select().from(conversations);
    expect(conv).toMatchObject({ channel: 'whatsapp', userId: '+32470123456', language: 'fr' });
    expect(conv?.state).toMatchObject({ mode: 'form', form: { flow: 'help_request', step: 'leaveRequest' } });
    const lines = await database.db.select().from(transcriptLines);
    expect(lines.filter((l) => l.direction === 'in').map((l) => l.text)).toEqual(['Bonsoir', '2']);
  });

  it('marks replies sent in shared batches under load, each call resolving once its own mark is stored', async () => {
    // Count the statements the marks take.
    let updates = 0;
    const counting: DatabaseHandle = {
      ...database,
      statement: (s) => {
        if (/^update "processed_messages" set pending_replies = null/.test(s.text)) updates++;
        return database.statement(s);
      },
    };
    h = createHarness(counting);
    const inbounds = Array.from({ length: 30 }, (_, i) => ({
      channel: 'whatsapp' as const,
      userId: `+3247000${String(i).padStart(4, '0')}`,
      conversationId: `c${i}`,
      platformMessageId: `batch-${i}`,
      text: 'Bonjour',
    }));
    for (const inbound of inbounds) expect((await h.core.handle(inbound)).status).toBe('handled');
    const pending = async () =>
      (await database.db.select().from(processedMessages)).filter((r) => r.pendingReplies !== null && r.repliedAt === null).length;
    expect(await pending()).toBe(30);

    await Promise.all(inbounds.map((inbound) => h.core.replied(inbound)));
    expect(await pending()).toBe(0);
    // The first mark goes at once, the 29 that came while it was written share the next statement.
    expect(updates).toBe(2);
    for (const inbound of inbounds) {
      h.clock.advance(15_000);
      expect((await h.core.handle(inbound)).status).toBe('duplicate');
    }
  });
});
