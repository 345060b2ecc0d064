import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningService, startService } from '../../bots/service.js';
import { ManualClock } from '../../src/clock.js';
import { readConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, conversations, outbox, processedMessages, transcriptLines } from '../../src/db/schema.js';
import { memoryLogger } from '../../src/log.js';
import { enqueueDeliveryToPerson } from '../../src/notify/person.delivery.js';
import { hasPostgres, openTestPostgres } from '../support/databases.js';
import { type ConnectorCall, FakeBotConnector } from '../support/fake-bot-connector.js';
import { TUESDAY_EVENING } from '../support/harness.js';
import { sampleOf } from '../support/prometheus.js';
import { DUTCH_HELP_REQUEST, FRENCH_ALERT, fixedText, postMessages, REFERENCE, type Script, teamsActivity } from './support.js';

const USERS = 200;

interface Turn {
  activityId: string;
  status: number;
  ms: number;
}

interface Conversation {
  index: number;
  script: Script;
  aad: string;
  conversationId: string;
  turns: Turn[];
}

/**
 * DESIGN, "Safety first" rule 4 and "Architecture" (one turn = one
 * transaction, conversation row locked FOR UPDATE, redeliveries deduplicated):
 * 200 people complete a full flow at the same moment through the real server.
 */
describe.runIf(hasPostgres)('200 concurrent conversations through the real server (PostgreSQL)', () => {
  let database: DatabaseHandle;
  let connector: FakeBotConnector;
  let service: RunningService;
  const clock = new ManualClock(TUESDAY_EVENING);
  const log = memoryLogger('warn');
  const printed: string[] = [];
  const conversationsRun: Conversation[] = [];
  let elapsedMs = 0;

  beforeAll(async () => {
    // Each conversation holds at most one connection at a time; 40 keeps PostgreSQL busy without queuing on the pool.
    database = await openTestPostgres({ max: 40 });
    connector = await new FakeBotConnector().start();
    service = await startService({
      config: readConfig({ PORT: '0', NODE_ENV: 'test' }),
      log,
      print: (line) => printed.push(line),
      database,
      clock,
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await service?.stop();
    await connector?.stop();
    await database?.close();
  });

  it('completes every flow: no lost turn, no duplicate case, each conversation’s replies in order', { timeout: 180_000 }, async () => {
    for (let i = 0; i < USERS; i++) {
      const script = i % 2 === 0 ? FRENCH_ALERT : DUTCH_HELP_REQUEST;
      conversationsRun.push({ index: i, script, aad: `aad-load-${i}`, conversationId: `a:load-${i}`, turns: [] });
    }
    const started = performance.now();
    // Everyone at once; each person sends their next message only after the previous one was answered.
    await Promise.all(
      conversationsRun.map(async (c) => {
        for (const step of c.script.steps) {
          const activity = teamsActivity(
            connector.url,
            { aad: c.aad, conversationId: c.conversationId, locale: c.script.locale },
            step.says,
          );
          const t0 = performance.now();
          let status = 0;
          try {
            status = (await postMessages(service.url, activity, {}, 60_000)).status;
          } catch {
            status = -1;
          }
          c.turns.push({ activityId: activity.id, status, ms: performance.now() - t0 });
          if (status < 200 || status >= 300) return;
        }
      }),
    );
    elapsedMs = performance.now() - started;
    const turns = conversationsRun.flatMap((c) => c.turns);
    const sorted = turns.map((t) => t.ms).sort((a, b) => a - b);
    const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
    console.info(
      `[faults/concurrency] ${USERS} conversations, ${turns.length} turns in ${(elapsedMs / 1000).toFixed(1)} s ` +
        `(${(turns.length / (elapsedMs / 1000)).toFixed(0)} turns/s); HTTP turn p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms`,
    );

    // No lost turn: every POST answered 2xx…
    const expectedTurns = conversationsRun.reduce((n, c) => n + c.script.steps.length, 0);
    const failed = turns.filter((t) => t.status < 200 || t.status >= 300);
    expect(failed, `failed POSTs: ${JSON.stringify(failed.slice(0, 5))}`).toEqual([]);
    expect(turns).toHaveLength(expectedTurns);
    expect(log.lines.filter((l) => l.includes('turn_failed'))).toEqual([]);
    // …every turn is in the database once…
    const [processed] = await database.db.select({ n: count() }).from(processedMessages);
    expect(processed?.n).toBe(expectedTurns);

    // …and every turn got its replies, in order, each reply set answering its own question.
    const byConversation = new Map<string, ConnectorCall[]>();
    for (const call of connector.calls) {
      if (call.body.type !== 'message') continue;
      const list = byConversation.get(call.conversationId) ?? [];
      list.push(call);
      byConversation.set(call.conversationId, list);
    }
    const problems: string[] = [];
    for (const c of conversationsRun) {
      const calls = byConversation.get(c.conversationId) ?? [];
      const order = c.turns.map((t) => t.activityId);
      // Replies arrive turn after turn: the activity each reply answers never goes back.
      const positions = calls.map((call) => order.indexOf(call.replyToId ?? ''));
      if (positions.some((p, i) => p < 0 || (i > 0 && p < (positions[i - 1] ?? 0)))) {
        problems.push(`${c.conversationId}: replies out of order ${JSON.stringify(positions)}`);
        continue;
      }
      c.script.steps.forEach((step, i) => {
        const texts = calls.filter((call) => call.replyToId === order[i]).map((call) => call.body.text ?? '');
        if (texts.length === 0) problems.push(`${c.conversationId} step ${i + 1} "${step.says}": no reply`);
        else if (!texts.join('\n').includes(fixedText(c.script.lang, step.expects)))
          problems.push(`${c.conversationId} step ${i + 1} "${step.says}": expected ${step.expects}, got ${JSON.stringify(texts)}`);
      });
      // The reference is in the last reply set, and nothing comes after it.
      const last = calls.at(-1);
      if (last?.replyToId !== order.at(-1)) problems.push(`${c.conversationId}: the last reply does not answer the last message`);
      const withReference = calls.filter((call) => REFERENCE.test(call.body.text ?? ''));
      if (withReference.length !== 1 || withReference[0]?.replyToId !== order.at(-1))
        problems.push(`${c.conversationId}: ${withReference.length} replies carry a reference, expected one, to the last message`);
    }
    expect(problems.slice(0, 10), `${problems.length} problems`).toEqual([]);

    // No duplicate case: exactly one per person, of the kind of their flow, each with one notification.
    const rows = await database.db
      .select({ id: cases.id, kind: cases.kind, reference: cases.reference, conversationId: cases.conversationId })
      .from(cases);
    expect(rows).toHaveLength(USERS);
    expect(new Set(rows.map((r) => r.conversationId)).size).toBe(USERS);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(USERS);
    expect(rows.filter((r) => r.kind === 'sentinel_alert')).toHaveLength(USERS / 2);
    expect(rows.filter((r) => r.kind === 'help_request')).toHaveLength(USERS / 2);
    const [convs] = await database.db.select({ n: count() }).from(conversations);
    expect(convs?.n).toBe(USERS);
    const notices = await database.db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.kind, 'coordinator.new_case'));
    expect(notices).toHaveLength(USERS);
    expect(new Set(notices.map((n) => (n.payload as { caseId: string }).caseId)).size).toBe(USERS);
    // Every message is in its conversation's transcript: 100 conversations of 22 messages, 100 of 16.
    const transcripts = await database.db
      .select({ conversationId: transcriptLines.conversationId, n: count() })
      .from(transcriptLines)
      .where(eq(transcriptLines.direction, 'in'))
      .groupBy(transcriptLines.conversationId);
    expect(transcripts).toHaveLength(USERS);
    expect(transcripts.filter((r) => r.n === FRENCH_ALERT.steps.length)).toHaveLength(USERS / 2);
    expect(transcripts.filter((r) => r.n === DUTCH_HELP_REQUEST.steps.length)).toHaveLength(USERS / 2);
    // The reference each person was given is one stored, and each stored case was given to someone.
    const given = new Set(
      conversationsRun.map((c) => {
        const text = (byConversation.get(c.conversationId) ?? []).map((call) => call.body.text ?? '').join('\n');
        return text.match(REFERENCE)?.[0];
      }),
    );
    expect(given).toEqual(new Set(rows.map((r) => r.reference)));

    const newCaseDone = and(eq(outbox.kind, 'coordinator.new_case'), eq(outbox.status, 'done'));
    // The dispatcher (woken after each commit) delivers the 200 notifications by itself.
    await expect
      .poll(async () => (await database.db.select({ n: count() }).from(outbox).where(newCaseDone))[0]?.n, {
        timeout: 30_000,
        interval: 200,
      })
      .toBe(USERS);
    expect(printed.filter((l) => l.includes('new case PDI-'))).toHaveLength(USERS);
  });

  it('shows on /metrics: turns and their latency histogram, outbox backlog and oldest row age, deliveries failed by kind', async () => {
    // One failed delivery, so the failures show with their kind: a proactive Teams message answered 500 once.
    const [conv] = await database.db.select().from(conversations).limit(1);
    await enqueueDeliveryToPerson(
      database.db,
      clock,
      { conversationId: conv?.id ?? '', channel: 'teams' },
      [{ text: 'Bonjour, ici Léa, coordinatrice du programme.' }],
      'coordinator:U1',
    );
    connector.failNext(1, 500);
    await service.core.dispatcher.idle();
    await service.core.dispatcher.runOnce();
    const res = await fetch(`${service.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    const sample = (name: string, labels = '') => sampleOf(text, name, labels);
    const expectedTurns = conversationsRun.reduce((n, c) => n + c.script.steps.length, 0);
    expect(sample('passerelle_turns_total', '{channel="teams",status="handled"}')).toBe(expectedTurns);
    expect(sample('passerelle_turn_duration_seconds_count', '{channel="teams"}')).toBe(expectedTurns);
    expect(sample('passerelle_turn_duration_seconds_bucket', '{le="+Inf",channel="teams"}')).toBe(expectedTurns);
    expect(text).toMatch(/passerelle_turn_duration_seconds_bucket\{le="0\.05",channel="teams"\} \d+/);
    // Everything due went out; the escalation checks of the 200 cases and the failed delivery's retry wait for their time.
    expect(sample('passerelle_outbox_backlog')).toBe(0);
    expect(sample('passerelle_outbox_oldest_age_seconds')).toBe(0);
    expect(sample('passerelle_outbox_scheduled')).toBeGreaterThanOrEqual(USERS + 1);
    expect(sample('passerelle_outbox_deliveries_failed_total', '{kind="person.deliver.teams"}')).toBe(1);
    expect(sample('passerelle_outbox_delivered_total', '{kind="coordinator.new_case"}')).toBe(USERS);
  });

  it('shows escalations sent on /metrics once unclaimed cases are escalated (log notifier, Slack not configured)', async () => {
    // Two days later every unclaimed case is past its escalation time: the dispatcher prints one escalation per case.
    clock.advance(2 * 24 * 3_600_000);
    await service.core.dispatcher.idle();
    for (let i = 0; i < 20 && (await service.core.dispatcher.runOnce()) > 0; i++);
    expect(printed.filter((l) => l.includes('is still unclaimed')).length).toBeGreaterThanOrEqual(USERS);
    const text = await (await fetch(`${service.url}/metrics`)).text();
    expect(text).toContain('# TYPE passerelle_escalations_sent_total counter');
    const total = text
      .split('\n')
      .filter((l) => l.startsWith('passerelle_escalations_sent_total{'))
      .reduce((n, l) => n + Number(l.split(' ').at(-1)), 0);
    expect(total, 'escalations printed by the log notifier are not counted').toBeGreaterThanOrEqual(USERS);
  });
});
