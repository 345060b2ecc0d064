import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RunningService, startService } from '../../../bots/service.js';
import { ManualClock } from '../../../src/clock.js';
import { readConfig } from '../../../src/config.js';
import type { DatabaseHandle } from '../../../src/db/client.js';
import { cases, conversations, outbox, people, processedMessages } from '../../../src/db/schema.js';
import { memoryLogger } from '../../../src/log.js';
import { enqueueDeliveryToPerson } from '../../../src/notify/person.delivery.js';
import { testDatabases } from '../../support/databases.js';
import { FakeBotConnector } from '../../support/fake-bot-connector.js';
import { sequentialIds, TUESDAY_EVENING } from '../../support/harness.js';

interface TeamsUser {
  /** Posts a message activity; returns the HTTP status and the texts the bot replied with. */
  say(text: string, extra?: Record<string, unknown>): Promise<{ status: number; texts: string[]; activityId: string }>;
}

describe.each(testDatabases)('Teams channel over real HTTP on $name', (kind) => {
  let database: DatabaseHandle;
  let connector: FakeBotConnector;
  let service: RunningService;
  let clock: ManualClock;
  const log = memoryLogger();
  let counter = 0;

  beforeEach(async () => {
    database = await kind.open();
    connector = await new FakeBotConnector().start();
    clock = new ManualClock(TUESDAY_EVENING);
    service = await startService({
      config: readConfig({ PORT: '0', NODE_ENV: 'test' }),
      log,
      print: () => {},
      database,
      clock,
      ids: sequentialIds(),
      host: '127.0.0.1',
      dispatcher: { pollIntervalMs: 3_600_000, baseDelayMs: 1_000 },
    });
  });
  afterEach(async () => {
    await service.stop();
    await connector.stop();
    await database.close();
  });

  function activity(fields: Record<string, unknown>) {
    return {
      type: 'message',
      id: `act-${++counter}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      timestamp: new Date().toISOString(),
      from: { id: '29:user-1', aadObjectId: 'aad-user-1', name: 'Claire' },
      recipient: { id: '28:bot', name: 'Passerelle' },
      conversation: { id: 'a:personal-conv-1', conversationType: 'personal' },
      locale: 'fr-BE',
      ...fields,
    };
  }

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<number> {
    const res = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    await res.text();
    return res.status;
  }

  function user(fields: Record<string, unknown> = {}): TeamsUser {
    return {
      async say(text, extra = {}) {
        const a = activity({ text, ...fields, ...extra });
        const status = await post(a);
        clock.advance(20_000);
        return { status, texts: connector.repliesTo(a.id).map((c) => c.body.text ?? ''), activityId: a.id };
      },
    };
  }

  async function play(u: TeamsUser, steps: Array<[string, string[]]>): Promise<void> {
    for (const [index, [says, expects]] of steps.entries()) {
      const { status, texts } = await u.say(says);
      expect(status, `step ${index + 1} "${says}"`).toBeLessThan(300);
      const joined = texts.join('\n---\n');
      for (const e of expects) expect(joined, `step ${index + 1}: after "${says}"`).toContain(e);
    }
  }

  const frenchAlert: Array<[string, string[]]> = [
    ['<at>Passerelle</at> Bonjour', ['assistant automatique', 'Que souhaitez-vous faire']],
    ['1', ['Quel est votre nom']],
    ['Claire Dubois', []],
    ['Fiduciaire Dubois', []],
    ['comptable', []],
    ['claire@fiduciaire.be', ['accepté']],
    ['oui', ['danger immédiat']],
    ['non', []],
    ['Marc', []],
    ['passer', []],
    ['0471 23 45 67', []],
    ['passer', []],
    ['1', []],
    ['7000', []],
    ['1', []],
    ['2', []],
    ['1 2', []],
    ['passer', []],
    ['le matin', []],
    ['4', []],
    ['non', ['Récapitulatif']],
  ];

  it('runs a complete sentinel alert in French: suggested actions, the case and its outbox row', async () => {
    const u = user();
    await play(u, frenchAlert);
    const { texts } = await u.say('Envoyer');
    expect(texts.join('\n')).toMatch(/référence PDI-[A-Z2-9]{5}/);

    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({ kind: 'sentinel_alert', sourceChannel: 'teams', region: 'wallonia', signals: ['financial', 'exhaustion'] });
    const notices = await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case'));
    expect(notices).toHaveLength(1);

    // Choices come as suggested actions with the numbered text kept.
    const menu = connector.calls.find((c) => c.body.suggestedActions);
    expect(menu?.body.suggestedActions?.actions.map((a) => a.title)).toContain('Lancer une alerte (sentinelle)');
    expect(menu?.body.text).toContain('1. Lancer une alerte (sentinelle)');
    // The user is known by AAD object id; the conversation reference is stored for later.
    const [conv] = await database.db.select().from(conversations);
    expect(conv?.userId).toBe('aad-user-1');
    expect(conv?.address).toMatchObject({ serviceUrl: connector.url, conversation: { id: 'a:personal-conv-1' } });
  });

  it('shows a typing indicator, before the reply, only while a turn runs longer than 400 ms', async () => {
    const u = user();
    const fast = await u.say('Bonjour');
    const callsTo = (id: string) => connector.calls.filter((c) => c.replyToId === id).map((c) => c.body.type);
    expect(callsTo(fast.activityId).length).toBeGreaterThan(0);
    expect(callsTo(fast.activityId).every((t) => t === 'message')).toBe(true);

    // A slow turn (a busy database, say): the indicator comes first, then the reply.
    const handle = service.core.handle;
    service.core.handle = async (inbound) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      return handle(inbound);
    };
    const slow = await u.say('2');
    service.core.handle = handle;
    expect(slow.texts.join('\n')).not.toBe('');
    expect(callsTo(slow.activityId)[0]).toBe('typing');
    expect(callsTo(slow.activityId).filter((t) => t === 'typing')).toHaveLength(1);
    expect(
      callsTo(slow.activityId)
        .slice(1)
        .every((t) => t === 'message'),
    ).toBe(true);
  });

  it('runs a complete help request in Dutch', async () => {
    const u = user({
      locale: 'nl-BE',
      from: { id: '29:jan', aadObjectId: 'aad-jan', name: 'Jan' },
      conversation: { id: 'a:jan', conversationType: 'personal' },
    });
    await play(u, [
      ['Hallo', ['automatische assistent']],
      ['2', ['gesloten']],
      ['ja', []],
      ['nee', []],
      ['Jan', []],
      ['telefoon', []],
      ['0478 12 34 56', []],
      ['9000', []],
      ['1', []],
      ['horeca', []],
      ['overslaan', []],
      ['video', []],
      ['na 18 uur', []],
      ['ja', []],
      ['nee', ['Overzicht']],
      ['ja', ['PDI-']],
    ]);
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({ kind: 'help_request', language: 'nl', region: 'flanders' });
    const [person] = await database.db.select().from(people);
    expect(person?.phone).toBe('+32478123456');
    expect(await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case'))).toHaveLength(1);
  });

  it('processes the same activity posted twice once: one reply set, one case', async () => {
    const u = user();
    await play(u, frenchAlert);
    const final = activity({ text: 'Envoyer' });
    expect(await post(final)).toBeLessThan(300);
    expect(await post(final)).toBeLessThan(300);
    expect(connector.repliesTo(final.id).filter((c) => /PDI-/.test(c.body.text ?? ''))).toHaveLength(1);
    expect(await database.db.select().from(cases)).toHaveLength(1);
  });

  it('forgets the replies once they are sent: every turn of a flow ends with its replies cleared', async () => {
    const u = user();
    await play(u, frenchAlert);
    // The marks are written after Teams has its answer; the service waits for them before it closes the database.
    await service.core.repliedSettled();
    const handled = await database.db.select().from(processedMessages);
    expect(handled.length).toBeGreaterThan(10);
    for (const m of handled) {
      expect(m.pendingReplies).toBeNull();
      expect(m.repliedAt).toBeInstanceOf(Date);
    }
  });

  it('lets a turn still being handled finish before the service stops: its reply is sent and marked', async () => {
    const release = connector.holdNext();
    const a = activity({ text: 'Bonjour' });
    const posted = post(a).catch(() => 0);
    // The turn has committed and is sending its reply, which the connector holds.
    await vi.waitFor(async () => expect(await database.db.select().from(processedMessages)).toHaveLength(1), { timeout: 5_000 });
    let stopped = false;
    const stopping = service.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stopped).toBe(false);
    release();
    await stopping;
    await posted;
    // Every reply of the turn went out (the first one was the one held).
    expect(connector.repliesTo(a.id).length).toBeGreaterThan(0);
    expect(connector.calls.every((c) => c.status === 200)).toBe(true);
    const [handled] = await database.db.select().from(processedMessages);
    expect(handled?.repliedAt).toBeInstanceOf(Date);
    expect(handled?.pendingReplies).toBeNull();
  });

  it('answers a group chat once with the private-chat hint and starts no flow', async () => {
    const group = user({ conversation: { id: '19:group@thread.v2', conversationType: 'groupChat' } });
    const { texts } = await group.say('<at>Passerelle</at> bonjour');
    expect(texts).toEqual([expect.stringContaining('conversation privée')]);
    expect(await database.db.select().from(conversations)).toEqual([]);
    expect(await database.db.select().from(processedMessages)).toEqual([]);
  });

  it('round-trips the Adaptive Card summary: a card button answers the confirmation', async () => {
    const u = user();
    await play(u, frenchAlert);
    const card = connector.calls.findLast((c) => c.body.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
    const content = card?.body.attachments?.[0]?.content as {
      body: Array<{ type: string; facts?: Array<{ title: string; value: string }> }>;
      actions: Array<{ title: string; data: unknown }>;
    };
    expect(content.body.find((b) => b.type === 'FactSet')?.facts).toContainEqual({ title: 'Votre nom', value: 'Claire Dubois' });
    const send = content.actions.find((a) => a.title === 'Envoyer');
    expect(send?.data).toEqual({ passerelleAnswer: 'Envoyer' });
    // Teams posts a card submit as a message with no text and the button's data as value.
    const { texts } = await u.say('', { value: send?.data });
    expect(texts.join('\n')).toMatch(/PDI-[A-Z2-9]{5}/);
    expect(await database.db.select().from(cases)).toHaveLength(1);
  });

  it('greets once when the bot is added, not on a second install or a redelivery', async () => {
    const update = activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:bot' }] });
    expect(await post(update)).toBeLessThan(300);
    expect(await post(update)).toBeLessThan(300);
    expect(await post({ ...update, id: 'install-2' })).toBeLessThan(300);
    const greetings = connector.calls.filter((c) => (c.body.text ?? '').includes('assistant automatique'));
    expect(greetings).toHaveLength(1);
  });

  it('delivers a proactive message on the stored conversation, retried by the outbox after a 500 and delivered once', async () => {
    const u = user();
    await u.say('Bonjour');
    const [conv] = await database.db.select().from(conversations);
    await enqueueDeliveryToPerson(
      database.db,
      clock,
      { conversationId: conv?.id ?? '', channel: 'teams' },
      [{ text: 'Bonjour, ici Léa, coordinatrice du programme. Je vous appelle demain matin.' }],
      'coordinator:U1',
    );
    const before = connector.calls.length;
    connector.failNext(1, 500);
    await service.core.dispatcher.runOnce();
    // One request only: the SDK's own retry is off, the outbox owns retries.
    expect(connector.calls.length - before).toBe(1);
    const [pending] = await database.db.select().from(outbox).where(eq(outbox.kind, 'person.deliver.teams'));
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    clock.advance(60_000);
    await service.core.dispatcher.runOnce();
    const proactive = connector.calls.filter((c) => (c.body.text ?? '').includes('ici Léa'));
    expect(proactive.map((c) => c.status)).toEqual([500, 200]);
    expect(proactive[1]?.conversationId).toBe('a:personal-conv-1');
    const [done] = await database.db.select().from(outbox).where(eq(outbox.kind, 'person.deliver.teams'));
    expect(done?.status).toBe('done');
  });

  // A 5xx, a timeout answer and a redirect (not followed) are all passing: none is a refusal for good.
  it.each([502, 408, 307])(
    'a crisis card the Bot Connector does not take (%i) still reaches the person, through the outbox, once',
    async (status) => {
      const u = user();
      await u.say('Bonjour');
      connector.answerMessagesWith(status);
      const mark = connector.calls.length;
      const crisis = await u.say('je veux mourir');
      // Teams has its 200 and will not ask again: the turn's replies are queued instead of lost.
      expect(crisis.status).toBe(200);
      expect(crisis.texts).toEqual([]);
      expect(log.lines.some((l) => l.includes('teams.replies_queued') && l.includes('sent=0'))).toBe(true);
      // The dispatcher is woken at once: the card arrives on the conversation without waiting for a poll.
      const delivery = await vi.waitFor(
        async () => {
          const rows = await database.db.select().from(outbox).where(eq(outbox.kind, 'person.deliver.teams'));
          expect(rows.map((r) => r.status)).toEqual(['done']);
          return rows;
        },
        { timeout: 10_000 },
      );
      expect(delivery).toHaveLength(1);
      // Everything the Bot Connector took since the crisis message: only what the outbox sent.
      const proactive = () => connector.calls.slice(mark).filter((c) => c.body.type === 'message' && c.status < 300);
      const delivered = proactive()
        .map((c) => c.body.text ?? '')
        .join('\n');
      expect(delivered).toContain('112');
      expect(delivered).toContain('0800 32 123');
      expect(proactive().every((c) => c.conversationId === 'a:personal-conv-1')).toBe(true);
      // Answered as far as a redelivery is concerned: the same activity again gets nothing more.
      const before = proactive().length;
      const redelivered = await post(activity({ id: crisis.activityId, text: 'je veux mourir' }));
      expect(redelivered).toBe(200);
      await service.core.dispatcher.runOnce();
      expect(connector.repliesTo(crisis.activityId)).toEqual([]);
      expect(proactive()).toHaveLength(before);
      // Nothing of the turn's replies is kept once they are handed over (nor of the greeting, once its mark is written).
      await service.core.repliedSettled();
      const rows = await database.db.select().from(processedMessages);
      expect(rows.every((r) => r.pendingReplies === null && r.repliedAt !== null)).toBe(true);
    },
  );

  it('queues only the replies that did not go out when the Bot Connector fails halfway through a turn', async () => {
    const u = user();
    // The greeting is two messages: the first is taken, the second refused.
    connector.answerMessagesWith(200, 503);
    const mark = connector.calls.length;
    const first = await u.say('Bonjour');
    expect(first.status).toBe(200);
    expect(first.texts).toHaveLength(1);
    expect(log.lines.some((l) => l.includes('teams.replies_queued') && l.includes('sent=1'))).toBe(true);
    // The outbox row is delivered once; the messages it carried are the ones the turn could not send.
    await vi.waitFor(
      async () => {
        const rows = await database.db.select().from(outbox).where(eq(outbox.kind, 'person.deliver.teams'));
        expect(rows.map((r) => r.status)).toEqual(['done']);
      },
      { timeout: 10_000 },
    );
    const taken = connector.calls.slice(mark).filter((c) => c.body.type === 'message' && c.status < 400);
    const proactive = taken.slice(1);
    expect(proactive).toHaveLength(1);
    // Together, what came at once and what came later is the greeting, each part once.
    const all = [...first.texts, ...proactive.map((c) => c.body.text ?? '')].join('\n');
    expect(all).toContain('assistant automatique');
    expect(all).toContain('Que souhaitez-vous faire');
    expect(proactive.map((c) => c.body.text)).not.toContain(first.texts[0]);
  });

  it('does not retry a reply Teams refuses for good (a 403): the person gets the plain notice with the hotline instead', async () => {
    const u = user();
    await u.say('Bonjour');
    connector.answerMessagesWith(403);
    const refused = await u.say('1');
    expect(refused.status).toBe(200);
    expect(refused.texts.join('\n')).toContain('0800/300.25');
    expect(await database.db.select().from(outbox).where(eq(outbox.kind, 'person.deliver.teams'))).toEqual([]);
    expect(log.lines.some((l) => l.includes('teams.turn_failed'))).toBe(true);
  });

  it('tells the person plainly when something breaks, with numbers to call, and no stack trace', async () => {
    const u = user();
    await u.say('Bonjour');
    await database.close();
    const { status, texts } = await u.say('1');
    expect(status).toBeGreaterThanOrEqual(200);
    expect(texts.join('\n')).toContain('0800/300.25');
    expect(texts.join('\n')).toContain('112');
    expect(texts.join('\n')).not.toMatch(/Error|at .*\.ts|stack/);
    expect(log.lines.some((l) => l.includes('teams.turn_failed') && l.includes('correlation='))).toBe(true);
    database = await kind.open();
  });
});

describe('Teams channel with credentials', () => {
  it('refuses a request without a valid token: 401 and nothing written', async () => {
    const [kind] = testDatabases;
    if (!kind) throw new Error('no test database');
    const database = await kind.open();
    const log = memoryLogger();
    // The refusal goes to the service's log, not as a stack on stderr.
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    const service = await startService({
      config: readConfig({
        PORT: '0',
        NODE_ENV: 'test',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'secret',
      }),
      log,
      print: () => {},
      database,
      host: '127.0.0.1',
    });
    try {
      const body = {
        type: 'message',
        id: 'forged-1',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9',
        from: { id: '29:x', aadObjectId: 'aad-x' },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:x', conversationType: 'personal' },
        text: 'bonjour',
      };
      const headers = { 'content-type': 'application/json' };
      const missing = await fetch(`${service.url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(body) });
      expect(missing.status).toBe(401);
      const forged = await fetch(`${service.url}/api/messages`, {
        method: 'POST',
        headers: { ...headers, authorization: 'Bearer not-a-jwt' },
        body: JSON.stringify(body),
      });
      expect(forged.status).toBe(401);
      expect(await database.db.select().from(processedMessages)).toEqual([]);
      expect(await database.db.select().from(conversations)).toEqual([]);
      expect(log.lines.filter((l) => l.includes('teams.request_refused') && l.includes('status=401'))).toHaveLength(2);
      expect(log.lines.join('\n')).not.toContain('not-a-jwt');
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
      await service.stop();
      await database.close();
    }
  });
});
