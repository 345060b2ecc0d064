import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../../bots/service.js';
import { ManualClock } from '../../src/clock.js';
import { readConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, outbox, processedMessages, slackMessages } from '../../src/db/schema.js';
import { memoryLogger } from '../../src/log.js';
import { hasPostgres, openTestPostgres } from '../support/databases.js';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { FakeSlack } from '../support/fake-slack.js';
import { TUESDAY_EVENING } from '../support/harness.js';
import { FRENCH_ALERT, fixedText, postMessages, REFERENCE, teamsActivity } from './support.js';

const CHANNEL = 'C0COORD';

/**
 * DESIGN, "Platform facts": Teams redelivers an activity it thinks was not
 * answered; "Architecture": dedupe on (channel, platform message id). The
 * final confirmation of an alert arrives 5 times, twice at the same moment.
 */
describe.runIf(hasPostgres)('the same inbound message delivered 5 times (PostgreSQL, Slack)', () => {
  let database: DatabaseHandle;
  let connector: FakeBotConnector;
  let slack: FakeSlack;
  let service: RunningService;
  const clock = new ManualClock(TUESDAY_EVENING);
  const log = memoryLogger('info');

  beforeAll(async () => {
    database = await openTestPostgres();
    connector = await new FakeBotConnector().start();
    slack = await new FakeSlack().start();
    service = await startService({
      config: readConfig({
        PORT: '0',
        NODE_ENV: 'test',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'test-signing-secret',
        SLACK_CHANNEL_ID: CHANNEL,
        SLACK_API_URL: slack.apiUrl,
      }),
      log,
      print: () => {},
      database,
      clock,
      host: '127.0.0.1',
      slackMinIntervalMs: 0,
      // The dispatcher runs as in production: woken after each commit, polling every 200 ms.
      dispatcher: { pollIntervalMs: 200 },
    });
  });
  afterAll(async () => {
    await service?.stop();
    await slack?.stop();
    await connector?.stop();
    await database?.close();
  });

  it('one case, one coordinator.new_case outbox row, one Slack post, one confirmation', { timeout: 60_000 }, async () => {
    const who = { aad: 'aad-redelivery', conversationId: 'a:redelivery', locale: FRENCH_ALERT.locale };
    const steps = FRENCH_ALERT.steps;
    for (const step of steps.slice(0, -1)) {
      const { status } = await postMessages(service.url, teamsActivity(connector.url, who, step.says));
      expect(status, step.says).toBeLessThan(300);
    }
    const final = teamsActivity(connector.url, who, steps.at(-1)?.says ?? 'Envoyer');

    // Deliveries 1 and 2 at the same moment (two Bot Connector retries racing), then 3, 4, 5 one after the other,
    // the last one after the notification was posted.
    const first = await Promise.all([postMessages(service.url, final), postMessages(service.url, final)]);
    const third = await postMessages(service.url, final);
    const fourth = await postMessages(service.url, final);
    await expect
      .poll(async () => (await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case')))[0]?.status, {
        timeout: 10_000,
      })
      .toBe('done');
    const fifth = await postMessages(service.url, final);
    for (const r of [...first, third, fourth, fifth]) expect(r.status).toBeLessThan(300);

    // Let the dispatcher run a few more rounds: nothing else may be posted.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await service.core.dispatcher.idle();
    await service.core.dispatcher.runOnce();

    const rows = await database.db.select().from(cases);
    expect(rows).toHaveLength(1);
    const reference = rows[0]?.reference ?? '';
    expect(await database.db.select().from(outbox).where(eq(outbox.kind, 'coordinator.new_case'))).toHaveLength(1);
    const casePosts = slack.posts().filter((p) => Array.isArray(p.blocks) && JSON.stringify(p).includes(reference));
    expect(casePosts).toHaveLength(1);
    expect(slack.posts().filter((p) => p.thread_ts === undefined)).toHaveLength(1);
    const remembered = await database.db.select().from(slackMessages).where(eq(slackMessages.kind, 'case_post'));
    expect(remembered).toHaveLength(1);
    expect(rows[0]?.slackTs).toBe(remembered[0]?.ts);

    // The redeliveries were recognised as such: one processed row, one confirmation with the reference.
    const processed = await database.db.select().from(processedMessages).where(eq(processedMessages.channel, 'teams'));
    expect(processed).toHaveLength(steps.length);
    const confirmations = connector.repliesTo(final.id).filter((c) => REFERENCE.test(c.body.text ?? ''));
    expect(confirmations).toHaveLength(1);
    expect(confirmations[0]?.body.text).toContain(reference);
    expect(confirmations[0]?.body.text).toContain(fixedText('fr', 'alert.done'));
    expect(log.lines.filter((l) => l.includes('turn.duplicate'))).toHaveLength(4);
  });
});
