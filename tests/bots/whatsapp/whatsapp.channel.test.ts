import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import wweb from 'whatsapp-web.js';
import { WhatsAppChannel } from '../../../bots/whatsapp/whatsapp.channel.js';
import { ManualClock } from '../../../src/clock.js';
import type { DatabaseHandle } from '../../../src/db/client.js';
import { lookupHashes } from '../../../src/db/encrypted.js';
import { cases, conversations, outbox, people, processedMessages, sentinels, transcriptLines } from '../../../src/db/schema.js';
import { t } from '../../../src/i18n/index.js';
import { memoryLogger } from '../../../src/log.js';
import { personDeliveryKind } from '../../../src/notify/outbox.js';
import { enqueueDeliveryToPerson } from '../../../src/notify/person.delivery.js';
import type { Core } from '../../../src/service.js';
import { testDatabases } from '../../support/databases.js';
import { TUESDAY_EVENING } from '../../support/harness.js';
import { FakeWhatsAppClient, fakeCall, fakeChat, fakeMessage } from './fake-client.js';
import { HOTLINE, testCore } from './test-core.js';

const SOPHIE = '32470123456@c.us';
const ELS = '32471987654@c.us';
/** A short spacing keeps the suite fast; the spacing itself is asserted here and, at 1 s, in chat.sender.test.ts. */
const INTERVAL_MS = 20;

type Exchange = [says: string, expects: Array<string | RegExp>];

describe.each(testDatabases)('WhatsApp channel on $name', (kind) => {
  let database: DatabaseHandle;

  beforeEach(async () => {
    database = await kind.open();
  });
  afterEach(async () => {
    await database.close();
  });

  /** One process: the real core on the test database, the adapter on a fake client. */
  function start(options: { client?: FakeWhatsAppClient; wrap?: (core: Core) => Core } = {}) {
    const clock = new ManualClock(TUESDAY_EVENING);
    const log = memoryLogger();
    const core = testCore(database, { log, clock });
    const client = options.client ?? new FakeWhatsAppClient();
    const channel = new WhatsAppChannel({
      client,
      core: options.wrap ? options.wrap(core) : core,
      db: database.db,
      log,
      hotlineNumber: HOTLINE,
      pacing: { intervalMs: INTERVAL_MS, now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    }).attach();
    return { clock, log, core, client, channel };
  }
  type Running = ReturnType<typeof start>;

  async function ready(p: Running): Promise<void> {
    p.client.emit('ready');
    await p.channel.idle();
  }

  /** The person writes one message; returns what the bot sent to that chat in answer. */
  async function say(p: Running, from: string, text: string): Promise<string[]> {
    const before = p.client.sent.length;
    p.client.emit('message', fakeMessage({ from, body: text }));
    await p.channel.idle();
    return p.client.sent.slice(before).map((s) => {
      expect(s.chatId).toBe(from);
      return s.text;
    });
  }

  async function play(p: Running, from: string, table: Exchange[]): Promise<void> {
    for (const [index, [says, expects]] of table.entries()) {
      const joined = (await say(p, from, says)).join('\n---\n');
      for (const e of expects) {
        const ok = typeof e === 'string' ? joined.includes(e) : e.test(joined);
        expect(ok, `step ${index + 1}: after "${says}" the bot should say ${String(e)}, but said:\n${joined}`).toBe(true);
      }
    }
  }

  it('runs a complete help request in French, choices as numbered lists, the case stored with this WhatsApp number', async () => {
    const p = start();
    await ready(p);
    await play(p, SOPHIE, [
      ['Bonsoir', ['assistant automatique', 'Que souhaitez-vous faire', '1. Lancer une alerte', "2. Demander de l'aide pour moi"]],
      ['2', ["fermée pour l'instant", 'laisser une demande']],
      ['oui', ['danger immédiat']],
      ['non', ['Quel prénom']],
      ['Sophie', ['1. Ce numéro WhatsApp', '2. Un autre numéro', '3. Par e-mail']],
      ['1', ['code postal']],
      ['B-5000', ['1. Indépendant·e à titre principal']],
      ['principal', ['secteur']],
      ['Horeca', ['que se passe-t-il']],
      ['Mon restaurant va fermer, je ne dors plus', ['rencontrer le ou la psychologue']],
      ['en visio', ['meilleurs moments']],
      ['le soir après 19h', ['garder ces informations']],
      ['ouais', ['enquête universitaire']],
      ['non', ['Récapitulatif', 'Prénom: Sophie', '1. Envoyer']],
      ['1', [/référence PDI-[A-Z2-9]{5}/, "vous appellera au +32470123456 d'ici demain après-midi"]],
    ]);
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({ kind: 'help_request', sourceChannel: 'whatsapp', region: 'wallonia', language: 'fr', modality: 'video' });
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Sophie', phone: '+32470123456' });
    const [conversation] = await database.db.select().from(conversations);
    expect(conversation).toMatchObject({ channel: 'whatsapp', userId: '+32470123456', address: { chatId: SOPHIE } });
    // Sent without marking read; the chat is marked read once each message is handled.
    expect(p.client.sent.every((s) => s.options?.sendSeen === false)).toBe(true);
    expect(p.client.markedSeen.filter((c) => c === SOPHIE)).toHaveLength(15);
  });

  it('runs a sentinel alert in Dutch to the end, the case in the database', async () => {
    const p = start();
    await ready(p);
    await play(p, ELS, [
      ['Goedenavond', ['automatische assistent', 'Wat wilt u doen', '1. Iemand melden (signaalgever)']],
      ['1', ['We beginnen bij u', 'Wat is uw naam']],
      ['Els Janssens', ['organisatie']],
      ['Boekhoudkantoor Janssens', ['functie', '1. Boekhouder/accountant']],
      ['boekhouder', ['dit nummer']],
      ['dit nummer', ['akkoord', '1. Ja, de persoon is akkoord']],
      ['ja', ['gevaar']],
      ['nee', ['voornaam van de persoon']],
      ['Pieter', ['familienaam']],
      ['overslaan', ['telefoonnummer']],
      ['0472 11 22 33', ['e-mailadres']],
      ['overslaan', ['taal']],
      ['nederlands', ['postcode']],
      ['9000', []],
      ['hoofdberoep', []],
      ['horeca', []],
      ['1 en 3', []],
      ['overslaan', []],
      ['ochtend', []],
      ['telefonisch', []],
      ['ja', ['Overzicht', 'Pieter']],
      ['1', [/PDI-[A-Z2-9]{5}/]],
    ]);
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({
      kind: 'sentinel_alert',
      language: 'nl',
      region: 'flanders',
      sector: 'horeca',
      signals: ['financial', 'isolation'],
      sourceChannel: 'whatsapp',
    });
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Pieter', phone: '+32472112233', language: 'nl' });
    const [sentinel] = await database.db.select().from(sentinels);
    expect(sentinel).toMatchObject({ name: 'Els Janssens', role: 'accountant', phone: '+32471987654', verified: false });
  });

  it('handles the same message event twice as one turn', async () => {
    const p = start();
    await ready(p);
    const message = fakeMessage({ from: SOPHIE, body: 'Bonsoir' });
    p.client.emit('message', message);
    p.client.emit('message', message);
    await p.channel.idle();
    const once = p.client.sent.length;
    expect(once).toBeGreaterThan(0);
    // A redelivery later changes nothing either.
    p.client.emit('message', message);
    await p.channel.idle();
    expect(p.client.sent).toHaveLength(once);
    expect(await database.db.select().from(processedMessages)).toHaveLength(1);
    expect((await database.db.select().from(transcriptLines)).filter((l) => l.direction === 'in')).toHaveLength(1);
  });

  it('ignores groups, status updates and its own messages: no reply, nothing stored', async () => {
    const p = start();
    await ready(p);
    p.client.emit('message', fakeMessage({ from: '120363025555555555@g.us', body: 'Bonjour à tous' }));
    p.client.emit('message', fakeMessage({ from: 'status@broadcast', body: 'Ma story' }));
    p.client.emit('message', fakeMessage({ from: SOPHIE, body: 'envoyé depuis le téléphone du programme', fromMe: true }));
    p.client.emit('message', fakeMessage({ from: SOPHIE, type: wweb.MessageTypes.REACTION, body: '👍' }));
    await p.channel.idle();
    expect(p.client.sent).toEqual([]);
    expect(await database.db.select().from(conversations)).toEqual([]);
    expect(await database.db.select().from(processedMessages)).toEqual([]);
  });

  it('answers a voice note with one polite line in the conversation language, and a photo caption is still read', async () => {
    const p = start();
    await ready(p);
    await say(p, ELS, 'Goedenavond');
    p.client.emit('message', fakeMessage({ from: ELS, type: wweb.MessageTypes.VOICE }));
    await p.channel.idle();
    const voice = p.client.textsTo(ELS).slice(-1);
    const before = p.client.sent.length;
    expect(voice).toEqual([t('nl', 'media.unsupported', { hotline: HOTLINE })]);
    expect(voice[0]).toContain(HOTLINE);

    // A caption is what the person wrote: screened like any message (crisis card first), then the polite line.
    p.client.emit('message', fakeMessage({ from: ELS, type: wweb.MessageTypes.IMAGE, body: 'ik wil er een einde aan maken' }));
    await p.channel.idle();
    const photo = p.client.sent.slice(before).map((s) => s.text);
    expect(photo[0]).toContain('1813');
    expect(photo.at(-1)).toBe(t('nl', 'media.unsupported', { hotline: HOTLINE }));
    const urgent = await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.urgent'));
    expect(urgent).toHaveLength(1);
  });

  it('rejects a call and writes why, with the hotline number', async () => {
    const p = start();
    await ready(p);
    let rejected = 0;
    await p.channel.receiveCall(fakeCall(SOPHIE, { onReject: () => rejected++ }));
    p.client.emit('call', fakeCall('120363025555555555@g.us', { isGroup: true, onReject: () => rejected++ }));
    await p.channel.idle();
    expect(rejected).toBe(2);
    expect(p.client.sent.map((s) => [s.chatId, s.text])).toEqual([[SOPHIE, t('fr', 'media.call', { hotline: HOTLINE })]]);
  });

  it('writes to a chat by privacy id (@lid), with the number WhatsApp knows for it', async () => {
    const client = new FakeWhatsAppClient();
    client.phoneOfLid.set('190000000000123@lid', SOPHIE);
    const p = start({ client });
    await ready(p);
    await say(p, '190000000000123@lid', 'Bonsoir');
    const [conversation] = await database.db.select().from(conversations);
    expect(conversation).toMatchObject({ userId: '+32470123456', address: { chatId: '190000000000123@lid' } });
  });

  it('tells the person plainly when something breaks, in the conversation language, and logs a correlation id without the text', async () => {
    let broken = false;
    const p = start({
      wrap: (core) => ({
        ...core,
        handle: async (inbound) => {
          if (broken) throw new Error('Failed query: insert into transcript_lines params: je ne dors plus');
          return core.handle(inbound);
        },
      }),
    });
    await ready(p);
    await say(p, ELS, 'Goedenavond');
    broken = true;
    const seenBefore = p.client.markedSeen.length;
    const replies = await say(p, ELS, 'je ne dors plus');
    expect(replies).toEqual([t('nl', 'error.generic', { hotline: HOTLINE })]);
    expect(replies[0]).toMatch(/0800\/300\.25.*112/s);
    // Not marked read: the next start's catch-up tries it again.
    expect(p.client.markedSeen).toHaveLength(seenBefore);
    const line = p.log.lines.find((l) => l.includes('whatsapp.message_failed'));
    expect(line).toMatch(/correlation=ERR-[A-Z2-9]{6}/);
    expect(line).not.toContain('dors');
    expect(line).not.toContain('32471987654');

    // A first message that fails: the language is not known yet, French.
    expect(await say(p, SOPHIE, 'Hallo')).toEqual([t('fr', 'error.generic', { hotline: HOTLINE })]);
  });

  it('catches up after a restart: unread messages handled once, oldest first, then marked read', async () => {
    const first = start();
    await ready(first);
    const a = fakeMessage({ from: SOPHIE, body: 'Bonsoir', timestamp: 1_790_000_001 });
    first.client.emit('message', a);
    await first.channel.idle();
    const answeredA = first.client.sent.length;
    expect(answeredA).toBeGreaterThan(0);

    // Down: Sophie went on writing, Els wrote for the first time. `a` was handled but its chat not marked read (a crash).
    const b = fakeMessage({ from: SOPHIE, body: '2', timestamp: 1_790_000_100 });
    const c = fakeMessage({ from: SOPHIE, body: 'oui', timestamp: 1_790_000_200 });
    const d = fakeMessage({ from: ELS, body: 'Goedenavond', timestamp: 1_790_000_150 });
    const e = fakeMessage({ from: ELS, body: '4', timestamp: 1_790_000_250 });
    const mine = fakeMessage({ from: SOPHIE, body: 'réponse du programme', fromMe: true, timestamp: 1_790_000_050 });
    const sophie = fakeChat(SOPHIE, [a, mine, b, c], 3);
    const els = fakeChat(ELS, [e, d], 2); // out of order on purpose: the adapter sorts by time
    const group = fakeChat('120363025555555555@g.us', [fakeMessage({ from: '120363025555555555@g.us', body: 'x' })], 1);
    const read = fakeChat('32470000001@c.us', [fakeMessage({ from: '32470000001@c.us', body: 'old' })], 0);

    const client = new FakeWhatsAppClient();
    client.chats = [sophie.chat, els.chat, group.chat, read.chat];
    const second = start({ client });
    const report = await second.channel.catchUp();
    expect(report).toMatchObject({ chats: 2, handled: 4, duplicate: 1, failed: 0, skipped: 0 });
    expect(client.textsTo(SOPHIE).join('\n')).toContain('laisser une demande');
    expect(client.textsTo(SOPHIE).join('\n')).toContain('danger immédiat');
    expect(client.textsTo(SOPHIE).join('\n')).not.toContain('assistant automatique'); // `a` was not answered twice
    expect(client.textsTo(ELS).join('\n')).toContain('automatische assistent');
    expect(client.sent.map((s) => s.chatId)).not.toContain('120363025555555555@g.us');
    expect([sophie.seen(), els.seen(), group.seen(), read.seen()]).toEqual([1, 1, 0, 0]);

    const inLines = async (userId: string) => {
      const [conversation] = await database.db
        .select()
        .from(conversations)
        .where(inArray(conversations.userKey, lookupHashes(userId)));
      const lines = await database.db
        .select()
        .from(transcriptLines)
        .where(eq(transcriptLines.conversationId, conversation?.id ?? ''))
        .orderBy(transcriptLines.id);
      return lines.filter((l) => l.direction === 'in').map((l) => l.text);
    };
    expect(await inLines('+32470123456')).toEqual(['Bonsoir', '2', 'oui']);
    expect(await inLines('+32471987654')).toEqual(['Goedenavond', '4']);

    // Reconnected later: nothing unread any more, nothing handled again.
    const sentBefore = client.sent.length;
    second.client.emit('ready');
    await second.channel.idle();
    expect(client.sent).toHaveLength(sentBefore);
  });

  it('holds a live message that arrives during the catch-up until the older unread ones are answered', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const older = fakeMessage({ from: SOPHIE, body: 'Bonsoir', timestamp: 1_790_000_001 });
    const client = new FakeWhatsAppClient();
    client.chats = [fakeChat(SOPHIE, [older], 1, { beforeFetch: () => gate }).chat];
    const p = start({ client });
    p.client.emit('ready');
    await new Promise((r) => setTimeout(r, 10));
    p.client.emit('message', fakeMessage({ from: SOPHIE, body: '4', timestamp: 1_790_000_500 }));
    await new Promise((r) => setTimeout(r, 10));
    expect(client.sent).toEqual([]);
    release();
    await p.channel.idle();
    const [conversation] = await database.db.select().from(conversations);
    const lines = await database.db
      .select()
      .from(transcriptLines)
      .where(eq(transcriptLines.conversationId, conversation?.id ?? ''))
      .orderBy(transcriptLines.id);
    expect(lines.filter((l) => l.direction === 'in').map((l) => l.text)).toEqual(['Bonsoir', '4']);
  });

  it('delivers a proactive message once, to the stored chat, and retries it after a failed send', async () => {
    const p = start();
    await say(p, SOPHIE, 'Bonsoir');
    const [conversation] = await database.db.select().from(conversations);
    await enqueueDeliveryToPerson(
      database.db,
      p.clock,
      { conversationId: conversation?.id ?? '', channel: 'whatsapp' },
      [
        { text: 'Bonjour Sophie, ici Marie, coordinatrice du programme.' },
        {
          text: 'Quand puis-je vous appeler ?',
          choices: [
            { value: 'morning', label: 'Le matin' },
            { value: 'evening', label: 'Le soir' },
          ],
        },
      ],
      'coordinator:U123',
    );
    // Not ready yet: this process does not claim WhatsApp deliveries, so no attempt is spent.
    expect(await p.core.dispatcher.runOnce()).toBe(0);
    await ready(p);

    const before = p.client.sent.length;
    let failures = 0;
    p.client.failSend = (_chat, text) =>
      text.startsWith('Quand') && failures++ === 0 ? new Error('Protocol error: Target closed') : undefined;
    expect(await p.core.dispatcher.runOnce()).toBe(1);
    let [row] = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.kind, personDeliveryKind('whatsapp')));
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.lastError).toContain('Target closed');

    // Not due before its back-off; due after.
    expect(await p.core.dispatcher.runOnce()).toBe(0);
    p.clock.advance(60 * 60_000);
    expect(await p.core.dispatcher.runOnce()).toBe(1);
    [row] = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.kind, personDeliveryKind('whatsapp')));
    expect(row).toMatchObject({ status: 'done', attempts: 2 });
    p.clock.advance(60 * 60_000);
    expect(await p.core.dispatcher.runOnce()).toBe(0);

    // Each message once, in order, the choices as a numbered list.
    expect(p.client.sent.slice(before).map((s) => [s.chatId, s.text])).toEqual([
      [SOPHIE, 'Bonjour Sophie, ici Marie, coordinatrice du programme.'],
      [SOPHIE, 'Quand puis-je vous appeler ?\n1. Le matin\n2. Le soir'],
    ]);
  });

  it('delivers to the number when the conversation has no stored chat id', async () => {
    const p = start();
    await ready(p);
    await p.core.handle({
      channel: 'whatsapp',
      userId: '+32470555666',
      conversationId: 'x',
      platformMessageId: 'console-1',
      text: 'Bonjour',
    });
    const [conversation] = await database.db.select().from(conversations);
    expect(conversation?.address).toBeNull();
    await enqueueDeliveryToPerson(
      database.db,
      p.clock,
      { conversationId: conversation?.id ?? '', channel: 'whatsapp' },
      [{ text: 'Un message du programme.' }],
      'coordinator:U1',
    );
    await p.core.dispatcher.runOnce();
    expect(p.client.sent.map((s) => [s.chatId, s.text])).toEqual([['32470555666@c.us', 'Un message du programme.']]);
  });

  it('leaves at least the configured interval between two messages to one chat', async () => {
    const p = start();
    await ready(p);
    const replies = await say(p, SOPHIE, 'Bonsoir');
    expect(replies.length).toBeGreaterThanOrEqual(2);
    await say(p, SOPHIE, '2');
    const times = p.client.sent.map((s) => s.at);
    for (let i = 1; i < times.length; i++) {
      const gap = (times[i] ?? 0) - (times[i - 1] ?? 0);
      expect(gap).toBeGreaterThanOrEqual(INTERVAL_MS);
    }
  });
});
