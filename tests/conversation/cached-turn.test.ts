import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationCache } from '../../src/conversation/conversation.cache.js';
import type { ConversationState } from '../../src/conversation/engine.js';
import type { InboundMessage } from '../../src/conversation/types.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { conversations, outbox, processedMessages, transcriptLines } from '../../src/db/schema.js';
import { eraseConversation } from '../../src/privacy/erasure.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness } from '../support/harness.js';
import { sampleOf } from '../support/prometheus.js';
import { playTranscript } from '../support/transcript.js';

const USER = '+32470123456';

/** The help request's first answers, as in the flow tests: greeting, menu choice, then the questions. */
const OPENING: Array<[string, string[]]> = [
  ['Bonsoir', []],
  ['2', []],
  ['oui', []],
  ['non', []],
];

async function cachedTurns(h: Harness, outcome: 'stored' | 'stale' | 'needs_transaction'): Promise<number> {
  return sampleOf(await h.core.metrics.registry.metrics(), 'passerelle_turns_on_cached_state_total', `{outcome="${outcome}"}`) ?? 0;
}

function stateOf(conversation: { state: unknown } | undefined): ConversationState {
  if (!conversation) throw new Error('no conversation stored');
  return conversation.state as ConversationState;
}

describe.each(testDatabases)('turns on the state this process stored last, on $name', (kind) => {
  let database: DatabaseHandle;
  let h: Harness;

  beforeEach(async () => {
    database = await kind.open();
    h = createHarness(database);
  });
  afterEach(async () => {
    await database.close();
  });

  it('stores a form answer in one statement, with the same rows a transaction writes', async () => {
    await playTranscript(h, OPENING);
    // The first message created the conversation (a transaction); the three after it ran on the cached state.
    expect(await cachedTurns(h, 'stored')).toBe(3);
    expect(await cachedTurns(h, 'stale')).toBe(0);

    const [conversation] = await database.db.select().from(conversations);
    if (!conversation) throw new Error('no conversation stored');
    expect(conversation.state).toMatchObject({ mode: 'form', form: { flow: 'help_request', answers: { leaveRequest: true } } });
    expect(conversation.updatedAt.toISOString()).toBe(new Date(h.clock.now().getTime() - 30_000).toISOString());

    const handled = await database.db.select().from(processedMessages);
    expect(handled).toHaveLength(4);
    for (const row of handled) {
      expect(row.conversationId).toBe(conversation.id);
      // Sent, so forgotten.
      expect(row.pendingReplies).toBeNull();
      expect(row.repliedAt).not.toBeNull();
    }

    const lines = await database.db
      .select()
      .from(transcriptLines)
      .where(eq(transcriptLines.conversationId, conversation.id))
      .orderBy(asc(transcriptLines.id));
    const said = lines.filter((l) => l.direction === 'in').map((l) => l.text);
    expect(said).toEqual(['Bonsoir', '2', 'oui', 'non']);
    // Each message is followed by the replies to it, in order, and the form's lines carry its run.
    expect(lines[0]?.direction).toBe('in');
    const run = (conversation.state as ConversationState).form?.run;
    expect(run).toBeTruthy();
    const fromTheForm = lines.slice(lines.findIndex((l) => l.text === '2'));
    expect(fromTheForm.every((l) => l.formRun === run)).toBe(true);
    expect(lines.map((l) => l.direction).join(' ')).toMatch(/^in( out)+ in( out)+ in( out)+ in( out)+$/);
  });

  it('a form cancelled on the cached path takes its transcript lines with it', async () => {
    await playTranscript(h, [...OPENING, ['Zoé Marchal', []]]);
    const [before] = await database.db.select().from(conversations);
    const run = stateOf(before).form?.run;
    if (!run) throw new Error('no form run');
    expect((await database.db.select().from(transcriptLines).where(eq(transcriptLines.formRun, run))).length).toBeGreaterThan(0);
    await playTranscript(h, [['annuler', ["C'est annulé"]]]);
    expect(await cachedTurns(h, 'stored')).toBe(5);
    expect(await database.db.select().from(transcriptLines).where(eq(transcriptLines.formRun, run))).toEqual([]);
    const texts = (await database.db.select().from(transcriptLines)).map((l) => l.text).join('\n');
    expect(texts).not.toContain('Zoé');
  });

  it('keeps the replies until they are sent, as a transaction does, so a redelivery after a crash gets them', async () => {
    await playTranscript(h, OPENING.slice(0, 2));
    const inbound: InboundMessage = {
      channel: 'whatsapp',
      userId: USER,
      conversationId: 'c',
      platformMessageId: 'cached-crash',
      text: 'oui',
    };
    const first = await h.core.handle(inbound);
    expect(first.status).toBe('handled');
    expect(await cachedTurns(h, 'stored')).toBe(2);
    h.clock.advance(15_000);
    const again = await h.core.handle(inbound);
    expect(again.status).toBe('redelivered');
    expect(again.status !== 'duplicate' && again.replies).toEqual(first.status === 'handled' && first.replies);
    // The redelivery found the message already stored: nothing was written twice.
    const lines = await database.db.select().from(transcriptLines);
    expect(lines.filter((l) => l.text === 'oui')).toHaveLength(1);
  });

  it('another instance moved the conversation on: the turn runs again on what it wrote, nothing is lost', async () => {
    await playTranscript(h, OPENING);
    // A second process on the same database takes the next two answers.
    const other = createHarness(database, { now: h.clock.now().toISOString() });
    await playTranscript(other, [
      ['Zoé Marchal', []],
      ['2', []],
    ]);
    h.clock.set(other.clock.now());
    // This process's cache still holds the state before them; the answer must follow the other's.
    await playTranscript(h, [
      ['0499 11 22 33', ['code postal']],
      ['4000', ['statut']],
    ]);
    expect(await cachedTurns(h, 'stale')).toBe(1);
    const [conversation] = await database.db.select().from(conversations);
    expect(stateOf(conversation).form?.answers).toMatchObject({
      firstName: 'Zoé Marchal',
      postalCode: { code: '4000' },
    });
    const said = (await database.db.select().from(transcriptLines).orderBy(asc(transcriptLines.id)))
      .filter((l) => l.direction === 'in')
      .map((l) => l.text);
    expect(said).toEqual(['Bonsoir', '2', 'oui', 'non', 'Zoé Marchal', '2', '0499 11 22 33', '4000']);
  });

  it('a crisis message mid-form needs the database: it runs as a transaction and the coordinators are alerted', async () => {
    await playTranscript(h, OPENING);
    const replies = await h.say('je veux en finir');
    expect(replies[0]).toContain('0800 32 123');
    expect(await cachedTurns(h, 'needs_transaction')).toBe(1);
    const rows = await database.db.select().from(outbox);
    expect(rows.map((r) => [r.kind, r.priority])).toEqual([['coordinator.urgent', 'urgent']]);
    const [conversation] = await database.db.select().from(conversations);
    expect(stateOf(conversation).form?.urgent).toBe(true);
    // The next answer runs on the cache again, from the state that transaction stored.
    await h.say('Zoé Marchal');
    expect(await cachedTurns(h, 'stored')).toBe(4);
  });

  it('a conversation erased meanwhile is not brought back from memory', async () => {
    await playTranscript(h, OPENING);
    await playTranscript(h, [['Zoé Marchal', []]]);
    const [conversation] = await database.db.select().from(conversations);
    if (!conversation) throw new Error('no conversation stored');
    // A coordinator erases it (or retention does), outside this person's turns.
    await database.db.transaction((tx) => eraseConversation(tx, conversation.id, { now: h.clock.now(), actor: 'test' }));
    const replies = await h.say('2');
    // A new conversation: the greeting and the menu, not the next question of the erased form.
    expect(replies.join('\n')).toMatch(/Bonsoir|Bonjour/);
    expect(await cachedTurns(h, 'stale')).toBe(1);
    // Read through the columns' decryption: nothing of the erased form came back with the new conversation.
    expect(await database.db.select().from(transcriptLines).where(eq(transcriptLines.conversationId, conversation.id))).toEqual([]);
    const texts = (await database.db.select().from(transcriptLines)).map((l) => l.text).join('\n');
    expect(texts).not.toContain('Zoé');
    expect(JSON.stringify((await database.db.select().from(conversations)).map((c) => c.state))).not.toContain('Zoé');
    const [fresh] = await database.db.select().from(conversations);
    expect(fresh?.id).not.toBe(conversation.id);
  });

  it('two messages of one person at the same moment: both are applied, one after the other', async () => {
    await playTranscript(h, OPENING);
    const message = (id: string, text: string): InboundMessage => ({
      channel: 'whatsapp',
      userId: USER,
      conversationId: 'c',
      platformMessageId: id,
      text,
    });
    const results = await Promise.all([h.core.handle(message('same-1', 'Zoé Marchal')), h.core.handle(message('same-2', '2'))]);
    expect(results.map((r) => r.status)).toEqual(['handled', 'handled']);
    // Both ran on the same cached state; the second to be stored found the row moved on and ran again under the lock.
    expect(await cachedTurns(h, 'stale')).toBe(1);
    // Applied one after the other, in some order: the state is what that order gives when played one at a time.
    const said = (await database.db.select().from(transcriptLines).orderBy(asc(transcriptLines.id)))
      .filter((l) => l.direction === 'in')
      .map((l) => l.text);
    expect(said.slice(0, 4)).toEqual(['Bonsoir', '2', 'oui', 'non']);
    expect([...said.slice(4)].sort()).toEqual(['2', 'Zoé Marchal']);
    const [conversation] = await database.db.select().from(conversations);
    const replay = await kind.open();
    try {
      await playTranscript(createHarness(replay), [...OPENING, ...said.slice(4).map((text): [string, string[]] => [text, []])]);
      const [expected] = await replay.db.select().from(conversations);
      const shape = (state: unknown) => {
        const s = state as ConversationState;
        return { mode: s.mode, step: s.form?.step, answers: s.form?.answers };
      };
      expect(shape(conversation?.state)).toEqual(shape(expected?.state));
    } finally {
      await replay.close();
    }
    expect(await database.db.select().from(processedMessages)).toHaveLength(6);
  });
});

describe('ConversationCache', () => {
  const entry = (id: string) => ({
    id,
    reference: `CNV-${id}`,
    state: { v: 1 as const, lang: 'fr' as const, greeted: true, mode: 'menu' as const },
    version: '1',
  });
  const at = (ms: number) => new Date(Date.UTC(2026, 10, 24) + ms);

  it('keeps at most its bound, dropping the conversation written least recently', () => {
    const cache = new ConversationCache(3, 60_000);
    for (const id of ['a', 'b', 'c']) cache.set(id, entry(id), at(0));
    cache.set('a', entry('a'), at(1));
    cache.set('d', entry('d'), at(2));
    expect(cache.size).toBe(3);
    expect(cache.get('b', at(3))).toBeUndefined();
    expect(cache.get('a', at(3))?.id).toBe('a');
    expect(cache.get('c', at(3))?.id).toBe('c');
    expect(cache.get('d', at(3))?.id).toBe('d');
  });

  it('forgets a conversation idle for its time, and sweeps the idle ones when it writes', () => {
    const cache = new ConversationCache(100, 60_000);
    cache.set('a', entry('a'), at(0));
    cache.set('b', entry('b'), at(30_000));
    expect(cache.get('a', at(59_999))?.id).toBe('a');
    expect(cache.get('a', at(60_000))).toBeUndefined();
    cache.set('c', entry('c'), at(90_000));
    // b was idle for a minute when c was written: gone without being asked for.
    expect(cache.size).toBe(1);
    cache.delete('c');
    expect(cache.get('c', at(90_000))).toBeUndefined();
  });

  it('forgets the conversation of an erased case', () => {
    const cache = new ConversationCache(100, 60_000);
    cache.set('a', { ...entry('a'), state: { ...entry('a').state, mode: 'idle', caseReference: 'PDI-AAAAA' } }, at(0));
    cache.set('b', { ...entry('b'), state: { ...entry('b').state, mode: 'idle', caseReference: 'PDI-BBBBB' } }, at(0));
    cache.forgetCase('PDI-AAAAA');
    expect(cache.get('a', at(1))).toBeUndefined();
    expect(cache.get('b', at(1))?.id).toBe('b');
  });

  it('sweeps idle conversations on its own, without a turn or a write', () => {
    const cache = new ConversationCache(100, 60_000);
    cache.set('a', entry('a'), at(0));
    cache.set('b', entry('b'), at(30_000));
    cache.sweep(at(70_000));
    expect(cache.size).toBe(1);
    expect(cache.get('b', at(70_000))?.id).toBe('b');
    cache.sweep(at(90_000));
    expect(cache.size).toBe(0);
  });
});
