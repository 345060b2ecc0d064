import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { type RunningService, startService } from '../../bots/service.js';
import { ManualClock } from '../../src/clock.js';
import { readConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases } from '../../src/db/schema.js';
import { memoryLogger } from '../../src/log.js';
import { hasPostgres, openTestPostgres } from '../support/databases.js';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { FakeSlack } from '../support/fake-slack.js';
import { TUESDAY_EVENING } from '../support/harness.js';
import { eventBody, interactionBody, signSlackRequest, slashCommandBody } from '../support/slack-signing.js';
import { boundedAll, FRENCH_ALERT, postMessages, teamsActivity } from './support.js';

const SECRET = 'test-signing-secret';
const CHANNEL = 'C0COORD';
const COORDINATOR = 'U0LEA';
/** Per kind of bad signature: 5 kinds × 2,000 = 10,000 requests. */
const PER_KIND = 2_000;
const AT_ONCE = 50;

type Snapshot = Record<string, { rows: number; digest: string }>;

/**
 * DESIGN, "Cases and coordinators": only signed requests from Slack act on
 * a case. Every refused request must leave the database as it was: every
 * table is counted and digested (content, so an UPDATE shows too) before and
 * after each kind.
 */
describe.runIf(hasPostgres)('10,000 badly signed requests to /slack/events (PostgreSQL)', () => {
  let database: DatabaseHandle;
  let connector: FakeBotConnector;
  let slack: FakeSlack;
  let service: RunningService;
  const clock = new ManualClock(TUESDAY_EVENING);
  let caseId = '';
  let caseTs = '';
  let reference = '';
  let counter = 0;
  const timings: string[] = [];
  /** Bolt's receiver prints one unstructured console line per refused request: counted here, kept out of the test output. */
  let consoleWarn: MockInstance<typeof console.warn>;

  beforeAll(async () => {
    consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    database = await openTestPostgres();
    connector = await new FakeBotConnector().start();
    slack = await new FakeSlack().start();
    slack.setMembers(CHANNEL, [COORDINATOR]);
    service = await startService({
      config: readConfig({
        PORT: '0',
        NODE_ENV: 'test',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_CHANNEL_ID: CHANNEL,
        SLACK_API_URL: slack.apiUrl,
      }),
      log: memoryLogger('warn'),
      print: () => {},
      database,
      clock,
      host: '127.0.0.1',
      slackMinIntervalMs: 0,
      dispatcher: { pollIntervalMs: 3_600_000 },
    });
    // A case posted in the channel: the target every forged request tries to act on.
    const who = { aad: 'aad-claire', conversationId: 'a:claire', locale: FRENCH_ALERT.locale };
    for (const step of FRENCH_ALERT.steps) {
      const { status } = await postMessages(service.url, teamsActivity(connector.url, who, step.says));
      if (status >= 300) throw new Error(`the alert did not go through: ${status} at "${step.says}"`);
    }
    await service.core.dispatcher.idle();
    await service.core.dispatcher.runOnce();
    const [row] = await database.db.select().from(cases);
    if (!row?.slackTs) throw new Error('the case was not posted in Slack');
    caseId = row.id;
    caseTs = row.slackTs;
    reference = row.reference;
  });
  afterAll(async () => {
    const lines = consoleWarn.mock.calls.length;
    consoleWarn.mockRestore();
    console.info(`[faults/slack-signatures] ${timings.join('; ')}; ${lines} console.warn lines from Bolt's receiver`);
    await service?.stop();
    await slack?.stop();
    await connector?.stop();
    await database?.close();
  });

  /** Every table of the schema: row count and a digest of its content. */
  async function snapshot(): Promise<Snapshot> {
    const tables = (await database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )) as unknown as Array<{ table_name: string }>;
    const out: Snapshot = {};
    for (const { table_name: name } of tables) {
      const [row] = (await database.db.execute(
        sql`select count(*)::int as rows, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${sql.identifier(name)} t`,
      )) as unknown as Array<{ rows: number; digest: string }>;
      out[name] = { rows: row?.rows ?? -1, digest: row?.digest ?? '' };
    }
    return out;
  }

  /** Bodies that would write if they were let through: a claim, a close, an internal note, a slash command. */
  function body(i: number): string {
    switch (i % 4) {
      case 0:
        return interactionBody({
          type: 'block_actions',
          user: { id: COORDINATOR },
          team: { id: 'T1' },
          api_app_id: 'A1',
          token: 'legacy',
          trigger_id: `trigger-${++counter}`,
          channel: { id: CHANNEL },
          container: { type: 'message', channel_id: CHANNEL, message_ts: caseTs },
          actions: [{ type: 'button', action_id: 'case_claim', block_id: 'case_actions', value: caseId, action_ts: '1' }],
        });
      case 1:
        return interactionBody({
          type: 'view_submission',
          user: { id: COORDINATOR },
          team: { id: 'T1' },
          api_app_id: 'A1',
          token: 'legacy',
          trigger_id: `trigger-${++counter}`,
          view: {
            id: `V${counter}`,
            type: 'modal',
            callback_id: 'case_close_view',
            private_metadata: caseId,
            state: { values: { reason: { value: { type: 'static_select', selected_option: { value: 'completed' } } } } },
            hash: 'h',
          },
        });
      case 2:
        return eventBody({
          type: 'message',
          channel: CHANNEL,
          user: COORDINATOR,
          text: `Note interne ${++counter}`,
          ts: `1800000000.${String(counter).padStart(6, '0')}`,
          thread_ts: caseTs,
        });
      default:
        return slashCommandBody({
          command: '/passerelle',
          text: `case ${reference}`,
          user_id: COORDINATOR,
          channel_id: CHANNEL,
          team_id: 'T1',
          trigger_id: `trigger-${++counter}`,
        });
    }
  }

  const contentType = (b: string) => (b.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded');
  const nowSec = () => Math.floor(Date.now() / 1000);

  async function send(b: string, headers: Record<string, string>): Promise<number> {
    const res = await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': contentType(b), ...headers },
      body: b,
      signal: AbortSignal.timeout(10_000),
    });
    await res.text();
    return res.status;
  }

  /** Sends PER_KIND requests made by `forge`, AT_ONCE at a time; returns how many got each status, and what changed. */
  async function attack(kind: string, forge: (i: number) => { body: string; headers: Record<string, string> }) {
    const before = await snapshot();
    const slackCalls = slack.calls.length;
    const started = performance.now();
    const statuses = await boundedAll(
      Array.from({ length: PER_KIND }, (_, i) => async () => {
        const { body: b, headers } = forge(i);
        return send(b, headers).catch(() => -1);
      }),
      AT_ONCE,
    );
    // Bolt acks before its listeners run: give a listener that was let through the time to write.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await service.core.dispatcher.idle();
    const ms = performance.now() - started;
    timings.push(`${kind}: ${PER_KIND} in ${(ms / 1000).toFixed(1)} s`);
    const after = await snapshot();
    const byStatus: Record<string, number> = {};
    for (const s of statuses) byStatus[s] = (byStatus[s] ?? 0) + 1;
    const changed = Object.keys({ ...before, ...after }).filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));
    const rowChanges = Object.fromEntries(changed.map((t) => [t, `${before[t]?.rows ?? 0} → ${after[t]?.rows ?? 0} rows`]));
    return { byStatus, changed: rowChanges, slackCalls: slack.calls.length - slackCalls };
  }

  const refused = { byStatus: { 401: PER_KIND }, changed: {}, slackCalls: 0 };

  it('refuses a missing signature (no headers, timestamp only, signature only, empty values)', { timeout: 120_000 }, async () => {
    const result = await attack('missing', (i) => {
      const b = body(i);
      const signed = signSlackRequest(SECRET, b);
      const variants: Array<Record<string, string>> = [
        {},
        { 'x-slack-request-timestamp': signed['x-slack-request-timestamp'] },
        { 'x-slack-signature': signed['x-slack-signature'] },
        { 'x-slack-signature': '', 'x-slack-request-timestamp': signed['x-slack-request-timestamp'] },
      ];
      return { body: b, headers: variants[i % variants.length] ?? {} };
    });
    expect(result).toEqual(refused);
  });

  it('refuses a wrong signature (other secret, random, other version, other body, other timestamp)', { timeout: 120_000 }, async () => {
    const result = await attack('wrong', (i) => {
      const b = body(i);
      const ts = nowSec();
      const good = signSlackRequest(SECRET, b, ts)['x-slack-signature'];
      const variants = [
        signSlackRequest('not-the-secret', b, ts)['x-slack-signature'],
        `v0=${'0123456789abcdef'.repeat(4)}`,
        good.replace('v0=', 'v1='),
        signSlackRequest(SECRET, `${b} `, ts)['x-slack-signature'],
        signSlackRequest(SECRET, b, ts - 1)['x-slack-signature'],
        good.toUpperCase(),
      ];
      return { body: b, headers: { 'x-slack-signature': variants[i % variants.length] ?? '', 'x-slack-request-timestamp': String(ts) } };
    });
    expect(result).toEqual(refused);
  });

  it('refuses a stale timestamp (more than 5 minutes old), even correctly signed', { timeout: 120_000 }, async () => {
    const ages = [5 * 60 + 5, 10 * 60, 3_600, 86_400, 365 * 86_400];
    const result = await attack('stale', (i) => {
      const b = body(i);
      return { body: b, headers: { ...signSlackRequest(SECRET, b, nowSec() - (ages[i % ages.length] ?? 3_600)) } };
    });
    expect(result).toEqual(refused);
  });

  it('refuses a timestamp more than 5 minutes in the future, even correctly signed', { timeout: 120_000 }, async () => {
    const ahead = [5 * 60 + 5, 10 * 60, 3_600, 86_400, 365 * 86_400];
    const result = await attack('future', (i) => {
      const b = body(i);
      return { body: b, headers: { ...signSlackRequest(SECRET, b, nowSec() + (ahead[i % ahead.length] ?? 3_600)) } };
    });
    expect(result).toEqual(refused);
  });

  it('refuses a correctly signed body changed by one byte afterwards', { timeout: 120_000 }, async () => {
    const result = await attack('altered', (i) => {
      const b = body(i);
      const headers = signSlackRequest(SECRET, b);
      // One byte, somewhere in the body (a different position each time), changed to another printable ASCII character.
      const bytes = Buffer.from(b);
      const at = (i * 7919) % bytes.length;
      const old = bytes[at] ?? 0x61;
      bytes[at] = old === 0x7a ? 0x79 : old >= 0x21 && old < 0x7e ? old + 1 : 0x61;
      return { body: bytes.toString('latin1'), headers: { 'content-type': contentType(b), ...headers } };
    });
    expect(result).toEqual(refused);
  });

  it('still accepts a correctly signed request afterwards (the refusals were not a broken endpoint)', async () => {
    const b = slashCommandBody({
      command: '/passerelle',
      text: 'help',
      user_id: COORDINATOR,
      channel_id: CHANNEL,
      team_id: 'T1',
      trigger_id: 't',
    });
    expect(await send(b, { ...signSlackRequest(SECRET, b) })).toBe(200);
  });
});
