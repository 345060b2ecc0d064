import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../../bots/service.js';
import { ManualClock } from '../../src/clock.js';
import { readConfig } from '../../src/config.js';
import type { Lang } from '../../src/conversation/types.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { lookupHashes } from '../../src/db/encrypted.js';
import { cases, conversations, outbox, people, processedMessages, sentinels, transcriptLines } from '../../src/db/schema.js';
import { type MessageKey, t } from '../../src/i18n/index.js';
import { memoryLogger } from '../../src/log.js';
import { testDatabases } from '../support/databases.js';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { TUESDAY_EVENING } from '../support/harness.js';
import { DUTCH_HELP_REQUEST, FRENCH_ALERT, fixedText, postMessages, REFERENCE, type TeamsIdentity, teamsActivity } from './support.js';

/** What people send that is not an answer. */
const EMPTY = '';
/** Emoji only, none of them a yes or a no (👍 and 👎 are answers, src/conversation/answers.ts). */
const EMOJI = '😀🙏❤️‍🩹🌧️👨‍👩‍👧';
const RTL = 'مرحبا، أحتاج إلى مساعدة من فضلك';
const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';
/** 5,000 characters of ordinary prose (no option label, no crisis word), ending mid-sentence. */
const LONG = 'Le magasin de Marc tourne moins bien depuis la fermeture de la rue pour travaux, les clients ne viennent plus. '
  .repeat(60)
  .slice(0, 5_000);

/** A stack trace, a source path or an exception name in what a client is sent back. */
const LEAK = /\bat \S+ \(|node_modules|\.ts:\d+|[A-Z][a-z]+Error\b/;

describe.each(testDatabases)('bad input on /api/messages and in the flows ($name)', (kind) => {
  let database: DatabaseHandle;
  let connector: FakeBotConnector;
  let service: RunningService;
  const clock = new ManualClock(TUESDAY_EVENING);
  const log = memoryLogger('warn');
  /** The case stored before any garbage: it must come out of all this intact. */
  let before: Awaited<ReturnType<typeof storedCase>>;

  beforeAll(async () => {
    database = await kind.open();
    connector = await new FakeBotConnector().start();
    service = await startService({
      config: readConfig({ PORT: '0', NODE_ENV: 'test' }),
      log,
      print: () => {},
      database,
      clock,
      host: '127.0.0.1',
    });
    const who: TeamsIdentity = { aad: 'aad-before', conversationId: 'a:before', locale: 'fr-BE' };
    for (const step of FRENCH_ALERT.steps) await say(who, step.says);
    before = await storedCase();
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.stop();
    await database?.close();
  });

  async function say(who: TeamsIdentity, text: string, fields: Record<string, unknown> = {}): Promise<{ status: number; texts: string[] }> {
    const activity = teamsActivity(connector.url, who, text, fields);
    const { status, text: body } = await postMessages(service.url, activity);
    expect(body).not.toMatch(LEAK);
    return { status, texts: connector.repliesTo(activity.id).map((c) => c.body.text ?? '') };
  }

  async function storedCase(id?: string) {
    const [row] = await database.db
      .select()
      .from(cases)
      .where(id ? eq(cases.id, id) : undefined)
      .limit(1);
    if (!row) throw new Error('no case');
    const [person] = await database.db
      .select()
      .from(people)
      .where(eq(people.id, row.personId ?? ''));
    const [sentinel] = await database.db
      .select()
      .from(sentinels)
      .where(eq(sentinels.id, row.sentinelId ?? ''));
    const [transcript] = await database.db
      .select({ n: count() })
      .from(transcriptLines)
      .where(eq(transcriptLines.conversationId, row.conversationId ?? ''));
    const [notices] = await database.db.select({ n: count() }).from(outbox).where(eq(outbox.kind, 'coordinator.new_case'));
    return { case: row, person, sentinel, transcript: transcript?.n ?? 0, notices: notices?.n ?? 0 };
  }

  async function stored() {
    const [p] = await database.db.select({ n: count() }).from(processedMessages);
    const [c] = await database.db.select({ n: count() }).from(conversations);
    const [l] = await database.db.select({ n: count() }).from(transcriptLines);
    const [o] = await database.db.select({ n: count() }).from(outbox);
    return { processed: p?.n, conversations: c?.n, transcript: l?.n, outbox: o?.n };
  }

  /**
   * A clear answer: the request succeeded, the bot said something, and what it
   * said is one of `keys` (a re-ask of the question, or the next one), never
   * the technical-error message.
   */
  function expectClearAnswer(reply: { status: number; texts: string[] }, lang: Lang, keys: MessageKey[], what: string): void {
    expect(reply.status, what).toBeLessThan(300);
    const joined = reply.texts.join('\n');
    expect(reply.texts.length, `${what}: no reply`).toBeGreaterThan(0);
    expect(joined, what).not.toContain(fixedText(lang, 'error.generic'));
    expect(
      keys.some((k) => joined.includes(fixedText(lang, k))),
      `${what}: expected one of ${keys.join(', ')}, got ${JSON.stringify(reply.texts)}`,
    ).toBe(true);
  }

  it('refuses a 1 MB body cleanly: 413, nothing stored, no stack trace', async () => {
    const was = await stored();
    const huge = JSON.stringify(
      teamsActivity(connector.url, { aad: 'aad-huge', conversationId: 'a:huge', locale: 'fr-BE' }, 'x'.repeat(1024 * 1024)),
    );
    const { status, text } = await postMessages(service.url, huge);
    expect(status).toBe(413);
    expect(text, 'the refusal carries a stack trace').not.toMatch(LEAK);
    expect(await stored()).toEqual(was);
  });

  it('refuses invalid JSON cleanly: 400, nothing stored, no stack trace', async () => {
    const was = await stored();
    for (const body of ['{"type":"message","text":', '{type: message}', '\u0000\u0001', '{"type":"message"}}']) {
      const { status, text } = await postMessages(service.url, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(text, `${JSON.stringify(body)}: the refusal carries a stack trace`).not.toMatch(LEAK);
    }
    expect(await stored()).toEqual(was);
  });

  it('refuses malformed activities cleanly (4xx, nothing stored, no failed turn): no shared "unknown" person, no id-less dedupe', async () => {
    const was = await stored();
    const failedTurns = log.lines.filter((l) => l.includes('turn_failed')).length;
    const who: TeamsIdentity = { aad: 'aad-malformed', conversationId: 'a:malformed', locale: 'fr-BE' };
    const full = teamsActivity(connector.url, who, 'bonjour');
    const { from: _from, ...noFrom } = full;
    const { conversation: _conversation, ...noConversation } = full;
    const { id: _id, timestamp: _timestamp, ...noId } = full;
    const { serviceUrl: _serviceUrl, ...noServiceUrl } = full;
    const bodies: Record<string, unknown> = {
      'empty object': {},
      array: [],
      'message with nothing else': { type: 'message' },
      'message without from': noFrom,
      'message without conversation': noConversation,
      'message without id nor timestamp': noId,
      'message without serviceUrl': noServiceUrl,
    };
    const answers: string[] = [];
    for (const [name, body] of Object.entries(bodies)) {
      const { status, text } = await postMessages(service.url, body);
      answers.push(`${name}: ${status}${LEAK.test(text) ? ' (with a stack trace)' : ''}`);
    }
    const outcome = {
      answers,
      stored: await stored(),
      failedTurns: log.lines.filter((l) => l.includes('turn_failed')).slice(failedTurns),
    };
    expect(outcome).toEqual({ answers: Object.keys(bodies).map((name) => `${name}: 400`), stored: was, failedTurns: [] });
  });

  it('answers unknown activity types with 2xx and stores nothing', async () => {
    const was = await stored();
    const who: TeamsIdentity = { aad: 'aad-types', conversationId: 'a:types', locale: 'fr-BE' };
    for (const type of ['messageReaction', 'installationUpdate', 'typing', 'event', 'endOfConversation', 'messageUpdate', 'whatever']) {
      const { status, text } = await postMessages(service.url, teamsActivity(connector.url, who, 'bonjour', { type }));
      expect([200, 201], `type ${type}: ${status} ${text}`).toContain(status);
    }
    expect(await stored()).toEqual(was);
  });

  it('gives a clear answer to garbage at the menu: empty, emoji only, right-to-left, zero-width, 5,000 characters', async () => {
    const who: TeamsIdentity = { aad: 'aad-menu', conversationId: 'a:menu', locale: 'fr-BE' };
    // First contact with an empty message: the greeting and the menu.
    expectClearAnswer(await say(who, EMPTY), 'fr', ['menu.prompt'], 'empty first message');
    for (const [i, [name, text]] of Object.entries({ EMPTY, EMOJI, RTL, ZERO_WIDTH, LONG }).entries()) {
      if (i === 2) {
        // The third miss in a row at the menu is not asked a third time: the call-back is offered; "non" goes back to the menu.
        expectClearAnswer(await say(who, text), 'fr', ['callback.offer'], `${name} at the menu, third miss`);
        expectClearAnswer(await say(who, 'non'), 'fr', ['menu.prompt'], 'no call-back');
        continue;
      }
      expectClearAnswer(await say(who, text), 'fr', ['menu.reask', 'menu.prompt'], `${name} at the menu`);
    }
  });

  it('gives a clear answer to garbage inside the sentinel alert, and keeps the first 4,000 characters of a long context', async () => {
    const who: TeamsIdentity = { aad: 'aad-alert', conversationId: 'a:alert', locale: 'fr-BE' };
    expectClearAnswer(await say(who, 'Bonjour'), 'fr', ['menu.prompt'], 'hello');
    expectClearAnswer(await say(who, '1'), 'fr', ['alert.sentinel_name'], 'menu choice');
    // A free-text question: nothing, or only invisible characters, is re-asked.
    expectClearAnswer(await say(who, EMPTY), 'fr', ['reask.name'], 'empty name');
    expectClearAnswer(await say(who, ZERO_WIDTH), 'fr', ['reask.name'], 'zero-width name');
    // A right-to-left name is a name.
    expectClearAnswer(await say(who, 'سارة بن علي'), 'fr', ['alert.sentinel_organisation'], 'right-to-left name');
    expectClearAnswer(await say(who, 'Fiduciaire\u200B Dubois'), 'fr', ['alert.sentinel_role'], 'organisation with a zero-width space');
    // A choice question: none of these is an option.
    for (const [i, [name, text]] of Object.entries({ EMPTY, EMOJI, RTL, ZERO_WIDTH, LONG }).entries()) {
      if (i === 2) {
        // The third miss in a row is not asked a third time: the call-back is offered, and "non" goes back to the question.
        expectClearAnswer(await say(who, text), 'fr', ['callback.offer'], `${name} at the role choice, third miss`);
        expectClearAnswer(await say(who, 'non'), 'fr', ['alert.sentinel_role'], 'no call-back');
        continue;
      }
      expectClearAnswer(await say(who, text), 'fr', ['reask.choice', 'reask.ambiguous'], `${name} at the role choice`);
    }
    expectClearAnswer(await say(who, 'comptable'), 'fr', ['alert.sentinel_contact'], 'role');
    expectClearAnswer(await say(who, EMOJI), 'fr', ['reask.contact'], 'emoji as a contact');
    expectClearAnswer(await say(who, 'claire@fiduciaire.be'), 'fr', ['alert.consent'], 'contact');
    expectClearAnswer(await say(who, 'oui'), 'fr', ['alert.danger'], 'consent');
    expectClearAnswer(await say(who, RTL), 'fr', ['reask.yesno'], 'right-to-left at yes/no');
    expectClearAnswer(await say(who, 'non'), 'fr', ['alert.person_first_name'], 'danger');
    expectClearAnswer(await say(who, 'Marc'), 'fr', ['alert.person_last_name'], 'first name');
    expectClearAnswer(await say(who, 'passer'), 'fr', ['alert.person_phone'], 'last name');
    expectClearAnswer(await say(who, EMOJI), 'fr', ['reask.phone'], 'emoji as a phone');
    expectClearAnswer(await say(who, `\u200B0471 23 45 67\u200D`), 'fr', ['alert.person_email'], 'phone with zero-width characters');
    expectClearAnswer(await say(who, 'passer'), 'fr', ['alert.person_language'], 'e-mail');
    expectClearAnswer(await say(who, '1'), 'fr', ['alert.person_postal_code'], 'language');
    expectClearAnswer(await say(who, LONG), 'fr', ['reask.postal'], '5,000 characters as a postal code');
    expectClearAnswer(await say(who, '7000'), 'fr', ['alert.person_activity_status'], 'postal code');
    expectClearAnswer(await say(who, '1'), 'fr', ['alert.person_sector'], 'status');
    expectClearAnswer(await say(who, '2'), 'fr', ['alert.signals'], 'sector');
    expectClearAnswer(await say(who, EMOJI), 'fr', ['reask.multi'], 'emoji as signals');
    expectClearAnswer(await say(who, '1 2'), 'fr', ['alert.context'], 'signals');
    // The long free text: kept, cut to 4,000 characters, and the person is told so.
    const long = await say(who, LONG);
    expectClearAnswer(long, 'fr', ['alert.moments'], '5,000 characters of context');
    expect(long.texts.join('\n')).toContain(t('fr', 'notice.truncated', { max: '4000' }));
    expectClearAnswer(await say(who, RTL), 'fr', ['alert.modality'], 'right-to-left moments');
    expectClearAnswer(await say(who, '4'), 'fr', ['alert.notify_sentinel'], 'modality');
    expectClearAnswer(await say(who, 'non'), 'fr', ['confirm.title'], 'notify');
    const done = await say(who, 'Envoyer');
    expectClearAnswer(done, 'fr', ['alert.done'], 'send');
    const reference = done.texts.join('\n').match(REFERENCE)?.[0];
    const [row] = await database.db
      .select()
      .from(cases)
      .where(eq(cases.reference, reference ?? ''));
    expect(Array.from(row?.context ?? '').length).toBeLessThanOrEqual(4_000);
    expect(Array.from(row?.context ?? '').length).toBeGreaterThan(3_900);
    expect(LONG.startsWith(row?.context ?? '-')).toBe(true);
    expect(row?.bestMoments).toBe(RTL);
    const [person] = await database.db
      .select()
      .from(people)
      .where(eq(people.id, row?.personId ?? ''));
    expect(person?.phone).toBe('+32471234567');
  });

  it('gives a clear answer to garbage inside the help request, and keeps the first 4,000 characters of a long situation', async () => {
    const who: TeamsIdentity = { aad: 'aad-help', conversationId: 'a:help', locale: 'nl-BE' };
    expectClearAnswer(await say(who, 'Hallo'), 'nl', ['menu.prompt'], 'hello');
    expectClearAnswer(await say(who, '2'), 'nl', ['help.leave_request'], 'menu choice');
    expectClearAnswer(await say(who, EMOJI), 'nl', ['reask.yesno'], 'emoji at yes/no');
    expectClearAnswer(await say(who, 'ja'), 'nl', ['help.safety_question'], 'leave a request');
    expectClearAnswer(await say(who, ZERO_WIDTH), 'nl', ['reask.yesno'], 'zero-width at the safety question');
    expectClearAnswer(await say(who, 'nee'), 'nl', ['help.first_name'], 'safety');
    expectClearAnswer(await say(who, EMPTY), 'nl', ['reask.name'], 'empty first name');
    // A smiling face is not a name: a short line and the question again; a pseudonym is fine.
    expectClearAnswer(await say(who, '🙂'), 'nl', ['help.first_name'], 'emoji as a name');
    expectClearAnswer(await say(who, 'Zon'), 'nl', ['help.contact_method'], 'a pseudonym');
    expectClearAnswer(await say(who, RTL), 'nl', ['reask.choice', 'reask.ambiguous'], 'right-to-left contact method');
    expectClearAnswer(await say(who, '1'), 'nl', ['help.phone'], 'contact method');
    expectClearAnswer(await say(who, ZERO_WIDTH), 'nl', ['reask.phone'], 'zero-width phone');
    expectClearAnswer(await say(who, '0478 12 34 56'), 'nl', ['ask.postal_code'], 'phone');
    expectClearAnswer(await say(who, EMOJI), 'nl', ['reask.postal'], 'emoji postal code');
    expectClearAnswer(await say(who, '9000'), 'nl', ['ask.activity_status'], 'postal code');
    expectClearAnswer(await say(who, '1'), 'nl', ['ask.sector'], 'status');
    expectClearAnswer(await say(who, 'horeca'), 'nl', ['help.situation'], 'sector');
    const long = await say(who, LONG);
    expectClearAnswer(long, 'nl', ['ask.modality'], '5,000 characters of situation');
    expect(long.texts.join('\n')).toContain(t('nl', 'notice.truncated', { max: '4000' }));
    expectClearAnswer(await say(who, 'video'), 'nl', ['help.moments'], 'modality');
    expectClearAnswer(await say(who, EMPTY), 'nl', ['reask.text'], 'empty moments');
    expectClearAnswer(await say(who, RTL), 'nl', ['help.consent'], 'right-to-left moments');
    expectClearAnswer(await say(who, ZERO_WIDTH), 'nl', ['reask.yesno'], 'zero-width consent');
    // Consent refused: the form ends and nothing the person wrote in it is kept (DESIGN, "Safety first" rule 3).
    expectClearAnswer(await say(who, 'nee'), 'nl', ['help.consent_refused'], 'consent refused');
    const [conv] = await database.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(inArray(conversations.userKey, lookupHashes('aad-help')));
    expect(conv).toBeDefined();
    const lines = await database.db
      .select({ text: transcriptLines.text })
      .from(transcriptLines)
      .where(eq(transcriptLines.conversationId, conv?.id ?? ''));
    expect(lines.some((l) => l.text.includes('Le magasin de Marc'))).toBe(false);
    expect(await database.db.select().from(cases).where(eq(cases.kind, 'help_request'))).toEqual([]);
  });

  it('keeps serving after all of that: probes answer, a normal conversation completes, and the earlier case is intact', async () => {
    const failedTurns = log.lines.filter((l) => l.includes('turn_failed')).length;
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    const who: TeamsIdentity = { aad: 'aad-after', conversationId: 'a:after', locale: DUTCH_HELP_REQUEST.locale };
    for (const [i, step] of DUTCH_HELP_REQUEST.steps.entries()) {
      expectClearAnswer(await say(who, step.says), 'nl', [step.expects], `step ${i + 1} "${step.says}"`);
    }
    expect(await database.db.select().from(cases).where(eq(cases.kind, 'help_request'))).toHaveLength(1);
    const after = await storedCase(before.case.id);
    expect(after.case).toEqual(before.case);
    expect(after.person).toEqual(before.person);
    expect(after.sentinel).toEqual(before.sentinel);
    expect(after.transcript).toBe(before.transcript);
    expect(log.lines.filter((l) => l.includes('turn_failed')).slice(failedTurns)).toEqual([]);
  });
});
