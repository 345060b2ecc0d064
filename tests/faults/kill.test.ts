import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { lookupHashes } from '../../src/db/encrypted.js';
import { cases, conversations, outbox } from '../../src/db/schema.js';
import { hasPostgres, openTestPostgres } from '../support/databases.js';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { FakeSlack } from '../support/fake-slack.js';
import {
  type ChildService,
  FRENCH_ALERT,
  freePort,
  HoldingProxy,
  postMessages,
  REFERENCE,
  spawnService,
  stopService,
  TEST_DATA_KEY,
  type TeamsIdentity,
  teamsActivity,
  waitUntil,
} from './support.js';

const CHANNEL = 'C0COORD';
/** The dispatcher's default lease (src/notify/outbox.dispatcher.ts); the service offers no setting for it. */
const LEASE_MS = 60_000;

/**
 * DESIGN, "Safety first" rule 4: a notification is never lost, not on a
 * crash. The service runs as its own process (`npm start`), on its own
 * PostgreSQL database, with Slack pointed at a FakeSlack (through a proxy
 * that can hold a call) and Teams at a FakeBotConnector. It is killed with
 * SIGKILL at each step of delivering a new case's notification, restarted
 * without the fault, and must then deliver it: at most one duplicate post
 * per kill, none lost.
 *
 * The lease: the first kill waits for the real 60 s lease (the production
 * default, the only one `npm start` has), so one test proves that a row held
 * by a dead process is taken over by itself, and not before its lease is
 * over. The other kills move `locked_until` into the past by hand to
 * simulate the lease having run out, which keeps the file near 1.5 minutes.
 */
describe.runIf(hasPostgres)('the service killed with SIGKILL while delivering a notification (own process, PostgreSQL)', () => {
  let database: DatabaseHandle;
  let databaseUrl = '';
  let slack: FakeSlack;
  let slackProxy: HoldingProxy;
  let connector: FakeBotConnector;
  let connectorProxy: HoldingProxy;
  let dataDir = '';
  let current: ChildService | undefined;
  const report: string[] = [];

  beforeAll(async () => {
    database = await openTestPostgres();
    const [row] = (await database.db.execute(sql`select current_database() as name`)) as unknown as Array<{ name: string }>;
    const url = new URL(process.env.TEST_DATABASE_URL ?? '');
    url.pathname = `/${row?.name}`;
    databaseUrl = url.toString();
    slack = await new FakeSlack().start();
    slackProxy = await new HoldingProxy(slack.url).start();
    connector = await new FakeBotConnector().start();
    connectorProxy = await new HoldingProxy(connector.url).start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-kill-'));
  });
  afterEach(async () => {
    await stopService(current);
    current = undefined;
  });
  afterAll(async () => {
    console.info(`[faults/kill]\n  ${report.join('\n  ')}`);
    await stopService(current);
    await slackProxy?.stop();
    await slack?.stop();
    await connectorProxy?.stop();
    await connector?.stop();
    await database?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(fault?: 'outbox:claimed' | 'outbox:delivered'): Promise<ChildService> {
    const t0 = Date.now();
    current = await spawnService({
      PORT: String(await freePort()),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DATA_KEY: TEST_DATA_KEY,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'test-signing-secret',
      SLACK_CHANNEL_ID: CHANNEL,
      SLACK_API_URL: `${slackProxy.url}/api/`,
      LOG_LEVEL: 'warn',
      ...(fault ? { FAULT_INJECTION: fault } : {}),
    });
    report.push(`started${fault ? ` with FAULT_INJECTION=${fault}` : ''} in ${Date.now() - t0} ms`);
    return current;
  }

  /** The alert, message after message; the last may find the process dead (Teams would then redeliver it). */
  async function raiseAlert(service: ChildService, who: TeamsIdentity) {
    const steps = FRENCH_ALERT.steps;
    for (const step of steps.slice(0, -1)) {
      const { status } = await postMessages(service.url, teamsActivity(connectorProxy.url, who, step.says));
      expect(status, step.says).toBeLessThan(300);
    }
    const final = teamsActivity(connectorProxy.url, who, steps.at(-1)?.says ?? 'Envoyer');
    const answer = await postMessages(service.url, final, {}, 20_000).then(
      (r) => `HTTP ${r.status}`,
      (error: unknown) => `no answer (${error instanceof Error ? error.message : String(error)})`,
    );
    return { final, answer };
  }

  async function killed(service: ChildService): Promise<void> {
    const timer = setTimeout(() => service.child.kill('SIGKILL'), 20_000);
    const exit = await service.exited;
    clearTimeout(timer);
    expect(exit.signal, service.output()).toBe('SIGKILL');
  }

  async function caseOf(who: TeamsIdentity) {
    const rows = await database.db
      .select({ id: cases.id, reference: cases.reference, slackTs: cases.slackTs })
      .from(cases)
      .innerJoin(conversations, eq(cases.conversationId, conversations.id))
      .where(inArray(conversations.userKey, lookupHashes(who.aad)));
    expect(rows, `cases of ${who.aad}`).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error('no case');
    return row;
  }

  async function noticeOf(caseId: string) {
    const rows = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, 'coordinator.new_case'), sql`${outbox.payload}->>'caseId' = ${caseId}`));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error('no outbox row');
    return row;
  }

  const casePosts = (reference: string) =>
    slack.posts().filter((p) => Array.isArray(p.blocks) && p.thread_ts === undefined && JSON.stringify(p).includes(reference));

  async function delivered(caseId: string, timeoutMs: number) {
    await waitUntil('the notification to be delivered', async () => (await noticeOf(caseId)).status === 'done', timeoutMs, 200);
    return noticeOf(caseId);
  }

  /** The lease is simulated: the dead process's row is made due now instead of in 60 s ((a) waits for the real one). */
  async function endLease(rowId: number): Promise<void> {
    await database.db
      .update(outbox)
      .set({ lockedUntil: new Date(Date.now() - 1_000) })
      .where(eq(outbox.id, rowId));
  }

  it('(a) killed right after the row was claimed: after the real 60 s lease the restarted service delivers it, once', {
    timeout: 180_000,
  }, async () => {
    const who: TeamsIdentity = { aad: 'aad-kill-claimed', conversationId: 'a:kill-claimed', locale: 'fr-BE' };
    const first = await start('outbox:claimed');
    const { answer } = await raiseAlert(first, who);
    await killed(first);
    const killedAt = Date.now();
    const c = await caseOf(who);
    const held = await noticeOf(c.id);
    report.push(`(a) final message: ${answer}; row after the kill: ${held.status}, attempt ${held.attempts}`);
    expect(held).toMatchObject({ status: 'processing', attempts: 1 });
    expect(casePosts(c.reference)).toHaveLength(0);
    const leaseEnds = held.lockedUntil?.getTime() ?? 0;
    expect(leaseEnds - killedAt).toBeGreaterThan(LEASE_MS - 15_000);

    await start();
    // While the dead process's lease runs, the new one leaves the row alone…
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await noticeOf(c.id)).toMatchObject({ status: 'processing', attempts: 1 });
    expect(casePosts(c.reference)).toHaveLength(0);
    // …and takes it over once the lease is over (the dispatcher polls every second).
    const done = await delivered(c.id, Math.max(0, leaseEnds - Date.now()) + 20_000);
    report.push(`(a) taken over ${((done.deliveredAt?.getTime() ?? 0) - leaseEnds) / 1000} s after the lease ended`);
    expect(done.attempts).toBe(2);
    expect(done.deliveredAt?.getTime()).toBeGreaterThanOrEqual(leaseEnds);
    expect(casePosts(c.reference)).toHaveLength(1);
    expect((await caseOf(who)).slackTs).toBeTruthy();
  });

  it('(b) killed while Slack posts the message (Slack has it, the service never learns): one duplicate post at most', {
    timeout: 90_000,
  }, async () => {
    const who: TeamsIdentity = { aad: 'aad-kill-slack', conversationId: 'a:kill-slack', locale: 'fr-BE' };
    const first = await start();
    slackProxy.holdOnce({
      match: (p) => p.endsWith('/chat.postMessage'),
      forward: true,
      run: async () => {
        first.child.kill('SIGKILL');
        await first.exited;
      },
    });
    const { answer } = await raiseAlert(first, who);
    await killed(first);
    const c = await caseOf(who);
    const held = await noticeOf(c.id);
    report.push(`(b) final message: ${answer}; row after the kill: ${held.status}, attempt ${held.attempts}`);
    expect(held).toMatchObject({ status: 'processing', attempts: 1 });
    expect(casePosts(c.reference)).toHaveLength(1);
    expect(c.slackTs).toBeNull();

    await endLease(held.id);
    await start();
    const done = await delivered(c.id, 20_000);
    expect(done.attempts).toBe(2);
    // The post Slack made for the dead process, and the one after the restart: one duplicate for one kill, none lost.
    const posts = casePosts(c.reference);
    report.push(`(b) case posts in Slack: ${posts.length}`);
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts.length).toBeLessThanOrEqual(2);
    expect((await caseOf(who)).slackTs).toBeTruthy();
  });

  it('(c) killed after Slack answered, before the row was marked done: delivered, no duplicate', { timeout: 90_000 }, async () => {
    const who: TeamsIdentity = { aad: 'aad-kill-delivered', conversationId: 'a:kill-delivered', locale: 'fr-BE' };
    const first = await start('outbox:delivered');
    const { answer } = await raiseAlert(first, who);
    await killed(first);
    const c = await caseOf(who);
    const held = await noticeOf(c.id);
    report.push(`(c) final message: ${answer}; row after the kill: ${held.status}, attempt ${held.attempts}`);
    expect(held).toMatchObject({ status: 'processing', attempts: 1 });
    expect(casePosts(c.reference)).toHaveLength(1);
    expect(c.slackTs).toBeTruthy();

    await endLease(held.id);
    await start();
    const done = await delivered(c.id, 20_000);
    expect(done.attempts).toBe(2);
    // The notifier sees the case already posted (its ts is stored) and does not post again.
    expect(casePosts(c.reference)).toHaveLength(1);
    expect((await caseOf(who)).slackTs).toBe(c.slackTs);
  });

  it('(d) killed after the turn committed, before its replies left: the redelivered message still gets its confirmation', {
    timeout: 90_000,
  }, async () => {
    const who: TeamsIdentity = { aad: 'aad-kill-reply', conversationId: 'a:kill-reply', locale: 'fr-BE' };
    const first = await start();
    let finalId = '';
    connectorProxy.holdOnce({
      // The reply (not the typing indicator) to the last message; it never reaches Teams.
      match: (p, body) => finalId !== '' && p.endsWith(`/activities/${encodeURIComponent(finalId)}`) && body.includes('"type":"message"'),
      forward: false,
      run: async () => {
        first.child.kill('SIGKILL');
        await first.exited;
      },
    });
    const steps = FRENCH_ALERT.steps;
    for (const step of steps.slice(0, -1)) {
      const { status } = await postMessages(first.url, teamsActivity(connectorProxy.url, who, step.says));
      expect(status, step.says).toBeLessThan(300);
    }
    const final = teamsActivity(connectorProxy.url, who, steps.at(-1)?.says ?? 'Envoyer');
    finalId = final.id;
    await expect(postMessages(first.url, final, {}, 20_000)).rejects.toThrow();
    await killed(first);
    const c = await caseOf(who);
    expect(connector.repliesTo(final.id)).toEqual([]);

    // Teams got no answer: it delivers the same activity again, to the restarted service.
    const second = await start();
    const again = await postMessages(second.url, final);
    expect(again.status).toBeLessThan(300);
    const confirmations = connector.repliesTo(final.id).filter((r) => REFERENCE.test(r.body.text ?? ''));
    report.push(`(d) confirmations received by the person after the redelivery: ${confirmations.length}`);
    expect((await caseOf(who)).id).toBe(c.id);
    expect(
      confirmations.map((r) => r.body.text?.match(REFERENCE)?.[0]),
      'the person never gets the case reference',
    ).toEqual([c.reference]);
  });
});
