import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../../../bots/service.js';
import { hasUnescapedSlackControl } from '../../../bots/slack/escape.js';
import { ManualClock } from '../../../src/clock.js';
import { readConfig } from '../../../src/config.js';
import type { DatabaseHandle } from '../../../src/db/client.js';
import { auditLog, caseNotes, cases, outbox, psychologists, sentinels, slackMessages } from '../../../src/db/schema.js';
import { memoryLogger } from '../../../src/log.js';
import { testDatabases } from '../../support/databases.js';
import { FakeBotConnector } from '../../support/fake-bot-connector.js';
import { FakeSlack } from '../../support/fake-slack.js';
import { sequentialIds, TUESDAY_EVENING } from '../../support/harness.js';
import { eventBody, interactionBody, signedSlackRequest, slashCommandBody } from '../../support/slack-signing.js';

const SECRET = 'test-signing-secret';
const CHANNEL = 'C0COORD';
const COORDINATOR = 'U0LEA';
const OUTSIDER = 'U0NOPE';

/** The alert of a sentinel on Teams, with details that must never reach the channel history. */
const ALERT: string[] = [
  'Bonjour',
  '1',
  'Claire Dubois',
  'Fiduciaire Dubois',
  'comptable',
  'claire@fiduciaire.be',
  'oui',
  'non',
  'Marc',
  'Lambert',
  '0471 23 45 67',
  'marc.lambert@example.be',
  '1',
  '5000',
  '1',
  '1',
  '1 2',
  'Il a perdu son plus gros client <!channel> & ne dort plus',
  'le matin',
  '1',
  'oui',
  'Envoyer',
];
const SECRETS = [
  'Claire',
  'Dubois',
  'claire@fiduciaire.be',
  'Marc',
  'Lambert',
  '471234567',
  '0471 23 45 67',
  'marc.lambert',
  'plus gros client',
];

describe.each(testDatabases)('Slack coordinator app on $name', (kind) => {
  let database: DatabaseHandle;
  let slack: FakeSlack;
  let connector: FakeBotConnector;
  let service: RunningService;
  let clock: ManualClock;
  let counter = 0;

  beforeEach(async () => {
    database = await kind.open();
    slack = await new FakeSlack().start();
    slack.setMembers(CHANNEL, [COORDINATOR, 'U0OTHER']);
    connector = await new FakeBotConnector().start();
    clock = new ManualClock(TUESDAY_EVENING);
    service = await startService({
      config: readConfig({
        PORT: '0',
        NODE_ENV: 'test',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_CHANNEL_ID: CHANNEL,
        SLACK_API_URL: slack.apiUrl,
      }),
      log: memoryLogger(),
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
    await slack.stop();
    await connector.stop();
    await database.close();
  });

  async function teamsSay(text: string, user = 'aad-claire', advanceMs = 10_000): Promise<void> {
    const activity = {
      type: 'message',
      id: `act-${++counter}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: `29:${user}`, aadObjectId: user },
      recipient: { id: '28:bot' },
      conversation: { id: `a:${user}`, conversationType: 'personal' },
      locale: 'fr-BE',
      text,
    };
    const res = await fetch(`${service.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(res.status).toBeLessThan(300);
    clock.advance(advanceMs);
  }

  async function raiseAlert(messages = ALERT): Promise<{ id: string; reference: string }> {
    for (const m of messages) await teamsSay(m);
    const [row] = await database.db.select().from(cases);
    if (!row) throw new Error('no case was created');
    return { id: row.id, reference: row.reference };
  }

  async function slackPost(body: string, timestamp?: number): Promise<number> {
    const res = await fetch(`${service.url}/slack/events`, signedSlackRequest(SECRET, body, timestamp));
    await res.text();
    return res.status;
  }

  async function click(actionId: string, caseId: string, user = COORDINATOR): Promise<number> {
    return slackPost(
      interactionBody({
        type: 'block_actions',
        user: { id: user },
        team: { id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: `trigger-${++counter}`,
        channel: { id: CHANNEL },
        container: { type: 'message', channel_id: CHANNEL, message_ts: '1' },
        actions: [{ type: 'button', action_id: actionId, block_id: 'case_actions', value: caseId, action_ts: '1' }],
      }),
    );
  }

  async function submit(callbackId: string, caseId: string, values: Record<string, unknown>, user = COORDINATOR): Promise<number> {
    return slackPost(
      interactionBody({
        type: 'view_submission',
        user: { id: user },
        team: { id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: `trigger-${++counter}`,
        view: { id: `V${counter}`, type: 'modal', callback_id: callbackId, private_metadata: caseId, state: { values }, hash: 'h' },
      }),
    );
  }

  /** Delivers the outbox as the dispatcher would (it also runs by itself after each commit). */
  async function flush(): Promise<void> {
    await service.core.dispatcher.idle();
    await service.core.dispatcher.runOnce();
    await service.core.dispatcher.idle();
  }

  const payloadText = (body: Record<string, unknown>) => JSON.stringify([body.text, body.blocks]);

  it('runs a case end to end from the channel: post, claim, assign, reply, session, close', async () => {
    const alert = await raiseAlert();
    await flush();

    // The case post: the facts coordinators need, no contact details and no free text.
    const [post] = slack.posts();
    expect(post?.channel).toBe(CHANNEL);
    const postText = payloadText(post ?? {});
    expect(postText).toContain(alert.reference);
    expect(postText).toContain('Sentinel alert');
    expect(postText).toContain('Wallonia');
    expect(postText).toContain('unverified');
    for (const secret of SECRETS) expect(postText).not.toContain(secret);
    const [stored] = await database.db.select().from(cases);
    expect(stored?.slackChannel).toBe(CHANNEL);
    expect(stored?.slackTs).toBeTruthy();

    const [psy] = await database.db
      .insert(psychologists)
      .values({
        id: '22222222-2222-4222-8222-222222222222',
        name: 'Dr Anne Lemaire',
        languages: ['fr'],
        regions: ['wallonia'],
        postalCodes: ['5000'],
        modalities: ['video', 'in_person'],
        capacity: 3,
        createdAt: clock.now(),
      })
      .returning();

    expect(await click('case_claim', alert.id)).toBe(200);
    // Bolt acks first (Slack's 3 s), then the listener runs: wait for its effect.
    await expect.poll(async () => (await database.db.select().from(cases))[0]?.status).toBe('claimed');
    await flush();
    expect((await database.db.select().from(cases))[0]).toMatchObject({ status: 'claimed', claimedBy: COORDINATOR });

    expect(await click('case_assign', alert.id)).toBe(200);
    await slack.waitFor('views.open', 1);
    const opened = slack.callsTo('views.open').at(-1)?.body.view as { blocks: Array<{ element?: { options?: Array<{ value: string }> } }> };
    expect(opened.blocks.flatMap((b) => b.element?.options ?? []).map((o) => o.value)).toEqual([psy?.id]);
    expect(
      await submit('case_assign_view', alert.id, {
        psychologist: { value: { type: 'static_select', selected_option: { value: psy?.id } } },
      }),
    ).toBe(200);
    await expect.poll(async () => (await database.db.select().from(cases))[0]?.status).toBe('in_care');
    await flush();
    expect((await database.db.select().from(cases))[0]).toMatchObject({ status: 'in_care', psychologistId: psy?.id });
    // The sentinel asked to be told: they hear that contact was made, and nothing more.
    await expect.poll(() => connector.calls.filter((c) => (c.body.text ?? '').includes('a été contactée')).length).toBe(1);
    const feedback = connector.calls.find((c) => (c.body.text ?? '').includes('a été contactée'))?.body.text ?? '';
    expect(feedback).toContain(alert.reference);
    for (const detail of ['Lemaire', 'Anne', 'Marc', 'Lambert', 'séance', '1/4', 'psycholog', 'boulot', 'client'])
      expect(feedback).not.toContain(detail);

    expect(await click('case_reply', alert.id)).toBe(200);
    await slack.waitFor('views.open', 2);
    expect(
      await submit('case_reply_view', alert.id, {
        reply: { value: { type: 'plain_text_input', value: 'Bonjour, ici Léa. Je rappelle Marc demain.' } },
      }),
    ).toBe(200);
    await expect.poll(async () => (await database.db.select().from(outbox).where(eq(outbox.kind, 'person.deliver.teams'))).length).toBe(2);
    await flush();
    // The sentinel receives the reply on their own channel (Teams), and the thread gets an echo.
    // (the dispatcher may be delivering it already, woken by the commit: wait for it)
    await expect.poll(() => connector.calls.some((c) => c.body.text === 'Bonjour, ici Léa. Je rappelle Marc demain.')).toBe(true);
    await expect
      .poll(() => slack.posts().some((p) => String(p.thread_ts) === stored?.slackTs && String(p.text).includes('ici Léa')))
      .toBe(true);

    expect(await click('case_session_done', alert.id)).toBe(200);
    await expect.poll(async () => (await database.db.select().from(cases))[0]?.sessionsUsed).toBe(1);
    await flush();

    expect(await click('case_close', alert.id)).toBe(200);
    expect(
      await submit('case_close_view', alert.id, { reason: { value: { type: 'static_select', selected_option: { value: 'completed' } } } }),
    ).toBe(200);
    await expect.poll(async () => (await database.db.select().from(cases))[0]?.status).toBe('closed');
    await flush();
    expect((await database.db.select().from(cases))[0]).toMatchObject({ status: 'closed', closingReason: 'completed' });

    // The message was updated in place at each step, with a thread line saying who did what.
    const updates = slack.callsTo('chat.update').filter((c) => c.ok);
    expect(updates.length).toBeGreaterThanOrEqual(5);
    expect(updates.every((u) => u.body.ts === stored?.slackTs)).toBe(true);
    expect(payloadText(updates.at(-1)?.body ?? {})).toContain('Completed');
    const audit = (await database.db.select().from(auditLog).where(eq(auditLog.caseReference, alert.reference))).map((a) => [
      a.actor,
      a.action,
    ]);
    expect(audit).toEqual(
      expect.arrayContaining([
        ['bot', 'case.created'],
        [COORDINATOR, 'case.claimed'],
        [COORDINATOR, 'case.assigned'],
        [COORDINATOR, 'case.replied'],
        [COORDINATOR, 'case.session_done'],
        [COORDINATOR, 'case.closed'],
      ]),
    );
    // Nothing in any Slack payload carries an unescaped control from user text.
    // (our own markup aside: <!here>, <@user> mentions of coordinators, and > at a line start for quotes)
    for (const call of slack.calls) {
      const text = JSON.stringify(call.body)
        .replace(/<!here>|<@U[0-9A-Z]+>/g, '')
        .replace(/(^"|\\n)>/g, '$1');
      expect(hasUnescapedSlackControl(text), `${call.method}: ${text}`).toBe(false);
    }
  });

  it('Details shows contact details to the coordinator who asks only, in a modal, and audits the view', async () => {
    const alert = await raiseAlert();
    await flush();
    expect(await click('case_details', alert.id)).toBe(200);
    await slack.waitFor('views.open', 1);
    const view = JSON.stringify(slack.callsTo('views.open').at(-1)?.body.view);
    expect(view).toContain('+32471234567');
    expect(view).toContain('marc.lambert@example.be');
    expect(view).toContain('&lt;!channel&gt; &amp; ne dort plus');
    for (const post of slack.posts()) expect(payloadText(post)).not.toContain('+32471234567');
    const views = await database.db.select().from(auditLog).where(eq(auditLog.action, 'case.details_viewed'));
    expect(views.map((v) => [v.actor, v.caseReference])).toEqual([[COORDINATOR, alert.reference]]);
  });

  it('the Verify sentinel button vouches for an unverified sentinel: registry and case message updated', async () => {
    const alert = await raiseAlert();
    await flush();
    expect(JSON.stringify(slack.posts()[0]?.blocks)).toContain('case_verify_sentinel');
    expect(await click('case_verify_sentinel', alert.id)).toBe(200);
    await expect.poll(async () => (await database.db.select().from(sentinels))[0]?.verified).toBe(true);
    await flush();
    const update = slack.callsTo('chat.update').at(-1);
    expect(payloadText(update?.body ?? {})).toContain('verified');
    expect(payloadText(update?.body ?? {})).not.toContain('unverified');
    expect(JSON.stringify(update?.body.blocks)).not.toContain('case_verify_sentinel');
  });

  it('refuses unsigned, stale or altered requests with 401, and writes nothing', async () => {
    const alert = await raiseAlert();
    await flush();
    const body = interactionBody({
      type: 'block_actions',
      user: { id: COORDINATOR },
      team: { id: 'T1' },
      trigger_id: 't',
      actions: [{ type: 'button', action_id: 'case_claim', value: alert.id }],
    });
    const unsigned = await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(unsigned.status).toBe(401);
    expect(await slackPost(body, Math.floor(Date.now() / 1000) - 10 * 60)).toBe(401);
    const altered = signedSlackRequest(SECRET, body);
    const tampered = await fetch(`${service.url}/slack/events`, { ...altered, body: body.replace('case_claim', 'case_claiM') });
    expect(tampered.status).toBe(401);
    expect((await database.db.select().from(cases))[0]?.status).toBe('new');
    expect(await database.db.select().from(auditLog).where(eq(auditLog.action, 'case.claimed'))).toEqual([]);
  });

  it('refuses a click from someone outside the coordinators’ channel, and changes nothing', async () => {
    const alert = await raiseAlert();
    await flush();
    expect(await click('case_claim', alert.id, OUTSIDER)).toBe(200);
    await slack.waitFor('chat.postEphemeral', 1);
    const refusal = slack.callsTo('chat.postEphemeral').at(-1);
    expect(refusal?.body.user).toBe(OUTSIDER);
    expect(String(refusal?.body.text)).toContain('Only members');
    expect((await database.db.select().from(cases))[0]).toMatchObject({ status: 'new', claimedBy: null });
  });

  it('keeps a thread message as an internal note, and relays the person’s later message into the thread', async () => {
    const alert = await raiseAlert();
    await flush();
    const [row] = await database.db.select().from(cases);
    expect(
      await slackPost(
        eventBody({
          type: 'message',
          channel: CHANNEL,
          user: COORDINATOR,
          text: 'Appelé sans réponse, je réessaie demain',
          ts: '1800000000.000200',
          thread_ts: row?.slackTs,
        }),
      ),
    ).toBe(200);
    await expect
      .poll(async () => (await database.db.select().from(caseNotes)).map((n) => n.text))
      .toEqual(['Appelé sans réponse, je réessaie demain']);
    await flush();
    expect(connector.calls.some((c) => (c.body.text ?? '').includes('Appelé sans réponse'))).toBe(false);
    expect(await database.db.select().from(outbox).where(eq(outbox.kind, 'person.deliver.teams'))).toEqual([]);

    await teamsSay('Il a accepté que vous l’appeliez <@U0BOSS> & vite');
    await flush();
    const relay = slack.posts().find((p) => String(p.text).includes('Message from the person'));
    expect(relay?.thread_ts).toBe(row?.slackTs);
    expect(String(relay?.text)).toContain('&lt;@U0BOSS&gt; &amp; vite');
    expect(alert.reference).toBeTruthy();
  });

  it('/passerelle erase: the post says the data was erased, relayed messages are deleted, the audit has it', async () => {
    const alert = await raiseAlert();
    await flush();
    await teamsSay('Merci, il attend votre appel au 0471 23 45 67');
    await flush();
    const relays = await database.db.select().from(slackMessages).where(eq(slackMessages.kind, 'relay'));
    expect(relays).toHaveLength(1);
    const res = await fetch(
      `${service.url}/slack/events`,
      signedSlackRequest(
        SECRET,
        slashCommandBody({
          command: '/passerelle',
          text: `erase ${alert.reference} asked by phone`,
          user_id: COORDINATOR,
          channel_id: CHANNEL,
          team_id: 'T1',
          trigger_id: 't',
        }),
      ),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('was erased');
    await flush();
    const update = slack.callsTo('chat.update').at(-1);
    expect(payloadText(update?.body ?? {})).toContain('Erased on request');
    expect(payloadText(update?.body ?? {})).not.toContain('case_details');
    expect(slack.callsTo('chat.delete').map((c) => c.body.ts)).toEqual([relays[0]?.ts]);
    expect(await database.db.select().from(slackMessages).where(eq(slackMessages.kind, 'relay'))).toEqual([]);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.caseReference, alert.reference));
    expect(audit.map((a) => [a.actor, a.action])).toContainEqual([COORDINATOR, 'case.erased']);
    // The sentinel's conversation was held in memory with the case: it is gone too, so their next
    // message is not first tried on it (it would count as needing the transaction, as a relay does).
    const tried = async () =>
      (await service.core.metrics.registry.getSingleMetric('passerelle_turns_on_cached_state_total')?.get())?.values ?? [];
    const needed = async () => (await tried()).find((v) => v.labels.outcome === 'needs_transaction')?.value ?? 0;
    const before = await needed();
    expect(before).toBeGreaterThan(0);
    await teamsSay('Il a rappelé ce matin');
    expect(await needed()).toBe(before);
  });

  it('escalates an urgent case left unclaimed for 10 minutes once with <!here>, not twice', async () => {
    await teamsSay('Bonjour', 'aad-paul');
    await teamsSay('je veux mourir', 'aad-paul');
    for (const m of ['2', 'oui', 'non', 'Paul', '1', '0478 00 11 22', '1000', '1', '1', 'passer', '1', 'le soir', 'oui', 'non', 'oui'])
      await teamsSay(m, 'aad-paul');
    await flush();
    const [row] = await database.db.select().from(cases);
    expect(row?.priority).toBe('urgent');
    const heres = () => slack.posts().filter((p) => String(p.text).includes('still unclaimed'));
    clock.set(new Date((row?.createdAt.getTime() ?? 0) + 9 * 60_000));
    await flush();
    expect(heres()).toHaveLength(0);
    clock.set(new Date((row?.createdAt.getTime() ?? 0) + 10 * 60_000 + 1_000));
    await flush();
    await flush();
    expect(heres()).toHaveLength(1);
    expect(await service.core.metrics.registry.getSingleMetricAsString('passerelle_escalations_sent_total')).toContain(
      'priority="urgent"} 1',
    );
    expect(String(heres()[0]?.text)).toContain('<!here>');
    expect(heres()[0]?.thread_ts).toBe(row?.slackTs);
    clock.advance(20 * 60_000);
    await flush();
    expect(heres()).toHaveLength(1);
    // Claimed in the meantime: the next round finds nothing to escalate.
    expect(await click('case_claim', row?.id ?? '')).toBe(200);
    await expect.poll(async () => (await database.db.select().from(cases))[0]?.status).toBe('claimed');
    clock.advance(15 * 60_000);
    await flush();
    expect(heres()).toHaveLength(1);
  });

  it('survives a Slack outage: 500 then 429 with Retry-After, every notification posted once after recovery', async () => {
    slack.failNext(1, { status: 500 });
    slack.failNext(1, { status: 429, retryAfter: 7 });
    await raiseAlert();
    await flush();
    expect(slack.posts()).toHaveLength(0);
    const [row] = await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case'));
    expect(row?.status).toBe('pending');
    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      await flush();
    }
    const casePosts = slack.posts().filter((p) => Array.isArray(p.blocks));
    expect(casePosts).toHaveLength(1);
    const done = await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case'));
    expect(done.map((d) => d.status)).toEqual(['done']);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual(
      expect.arrayContaining([500, 429, 200]),
    );
  });

  it('posts new cases as they come while Slack accepts; after a 429 holds the channel for Retry-After, then paces it at about 1/s', async () => {
    // The clock stands still while alerts are raised: nothing waits for time to pass unless Slack said so.
    const alertFrom = async (user: string) => {
      for (const m of ALERT) await teamsSay(m, user, 0);
    };
    const casePosts = () => slack.posts().filter((p) => Array.isArray(p.blocks));
    const postCalls = () => slack.calls.filter((c) => c.method === 'chat.postMessage');

    await alertFrom('aad-a');
    await alertFrom('aad-b');
    await flush();
    expect(casePosts()).toHaveLength(2);

    slack.failNext(1, { status: 429, retryAfter: 5 });
    await alertFrom('aad-c');
    await flush();
    expect(postCalls().map((c) => c.status)).toEqual([200, 200, 429]);
    await alertFrom('aad-d');
    await flush();
    // Held: Slack is not called again for this channel before Retry-After.
    expect(postCalls()).toHaveLength(3);
    const held = await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case'));
    expect(held.filter((r) => r.status === 'pending')).toHaveLength(2);
    expect(held.every((r) => r.status === 'done' || r.attempts === 0)).toBe(true);

    clock.advance(5_000);
    await flush();
    expect(casePosts()).toHaveLength(3);
    clock.advance(1_000);
    await flush();
    expect(casePosts()).toHaveLength(4);

    // A minute later the channel is quiet again: a burst goes out at once.
    clock.advance(61_000);
    await alertFrom('aad-e');
    await alertFrom('aad-f');
    await flush();
    expect(casePosts()).toHaveLength(6);
    expect(postCalls().map((c) => c.status)).toEqual([200, 200, 429, 200, 200, 200, 200]);
    const rows = await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case'));
    expect(rows.map((r) => r.status)).toEqual(Array(6).fill('done'));
  });

  it('runs a training from Slack: add, list, show, attended → the registry', async () => {
    const command = async (text: string) => {
      const res = await fetch(
        `${service.url}/slack/events`,
        signedSlackRequest(
          SECRET,
          slashCommandBody({ command: '/passerelle', text, user_id: COORDINATOR, channel_id: CHANNEL, team_id: 'T1', trigger_id: 't' }),
        ),
      );
      return res.text();
    };
    const added = await command('training add 2026-12-03 18:00 120 15 fr https://video.example/room');
    const code = added.match(/TRN-[A-Z2-9]{4}/)?.[0] ?? '';
    expect(code).not.toBe('');
    expect(await command('training list')).toContain(code);
    for (const m of [
      'Bonjour',
      '3',
      '1',
      'Irène Vandenberghe',
      'Secrétariat social',
      'comptable',
      'irene@example.org',
      '0470 55 66 77',
      '1',
    ])
      await teamsSay(m, 'aad-irene');
    await flush();
    expect(slack.posts().some((p) => String(p.text).includes(`New sign-up for training ${code}: confirmed (1/15 confirmed)`))).toBe(true);
    expect(slack.posts().some((p) => String(p.text).includes('Irène'))).toBe(false);
    const shown = await command(`training show ${code}`);
    expect(shown).toContain('1. Irène Vandenberghe');
    expect(await command(`training attended ${code} 1`)).toContain('registered sentinel');
    const registry = await database.db.select().from(sentinels);
    expect(registry.map((r) => [r.name, r.verified, r.phone])).toEqual([['Irène Vandenberghe', true, '+32470556677']]);
  });

  it('answers /passerelle open, case, stats and help to members only', async () => {
    const alert = await raiseAlert();
    await flush();
    const command = async (text: string, user = COORDINATOR) => {
      const res = await fetch(
        `${service.url}/slack/events`,
        signedSlackRequest(
          SECRET,
          slashCommandBody({
            command: '/passerelle',
            text,
            user_id: user,
            channel_id: CHANNEL,
            team_id: 'T1',
            trigger_id: 't',
            response_url: `${slack.url}/response`,
          }),
        ),
      );
      return { status: res.status, body: await res.text() };
    };
    const open = await command('open');
    expect(open.status).toBe(200);
    expect(open.body).toContain(alert.reference);
    expect((await command(`case ${alert.reference.toLowerCase()}`)).body).toContain(alert.reference);
    const stats = (await command('stats')).body;
    expect(stats).toContain('New cases: 1');
    expect(stats).toContain('By kind: sentinel_alert 1');
    expect(stats).toContain('Trainings: 0 sessions');
    expect((await command('help')).body).toContain('/passerelle open');
    expect((await command('open', OUTSIDER)).body).toContain('Only members');
  });
});
