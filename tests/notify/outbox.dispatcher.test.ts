import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { outbox } from '../../src/db/schema.js';
import { memoryLogger } from '../../src/log.js';
import { createMetrics } from '../../src/metrics.js';
import { OutboxDispatcher, type OutboxRow, RetryLaterError } from '../../src/notify/outbox.dispatcher.js';
import { enqueue } from '../../src/notify/outbox.js';
import { testDatabases } from '../support/databases.js';
import { sequentialIds } from '../support/harness.js';
import { sampleOf } from '../support/prometheus.js';

const urgentNotice = (ref: string) =>
  ({
    kind: 'coordinator.urgent',
    payload: {
      conversationReference: ref,
      caseReference: null,
      channel: 'whatsapp',
      language: 'fr',
      reason: 'lexicon',
      at: '2026-11-24T19:00:00.000Z',
    },
  }) as const;

describe.each(testDatabases)('outbox dispatcher on $name', (kind) => {
  let database: DatabaseHandle;
  let clock: ManualClock;
  const log = memoryLogger();

  beforeEach(async () => {
    database = await kind.open();
    clock = new ManualClock('2026-11-24T20:00:00+01:00');
  });
  afterEach(async () => {
    await database.close();
  });

  function dispatcher(deliver: (row: OutboxRow) => Promise<void>, options: { maxAttempts?: number } = {}) {
    return new OutboxDispatcher({
      db: database.db,
      // As the service builds it: the claim and the "delivered" mark through the database's own runner.
      run: database.statement,
      clock,
      ids: sequentialIds(),
      log,
      metrics: createMetrics(),
      routes: { 'coordinator.urgent': { deliver } },
      maxAttempts: options.maxAttempts ?? 5,
      baseDelayMs: 1_000,
    });
  }

  /** Runs the dispatcher, moving the clock past each back-off, until nothing is due or pending. */
  async function drain(d: OutboxDispatcher, rounds = 20): Promise<void> {
    for (let i = 0; i < rounds; i++) {
      await d.runOnce();
      const pending = await database.db.select().from(outbox).where(eq(outbox.status, 'pending'));
      if (pending.length === 0) return;
      clock.advance(60 * 60_000);
    }
  }

  it('a notifier that fails twice then succeeds delivers exactly once', async () => {
    await enqueue(database.db, urgentNotice('CNV-AAAAAA'), { availableAt: clock.now(), priority: 'urgent' });
    let calls = 0;
    const delivered: number[] = [];
    const d = dispatcher(async (row) => {
      calls += 1;
      if (calls <= 2) throw new Error('slack is down');
      delivered.push(row.id);
    });
    await d.runOnce();
    // Not due again until its back-off has passed.
    expect(await d.runOnce()).toBe(0);
    await drain(d);
    expect(calls).toBe(3);
    expect(delivered).toHaveLength(1);
    const [row] = await database.db.select().from(outbox);
    expect(row).toMatchObject({ status: 'done', attempts: 3 });
  });

  it('hands the notifier the row as stored, and leaves rows of kinds it cannot deliver to the process that can', async () => {
    const enqueuedAt = clock.now();
    await enqueue(database.db, urgentNotice('CNV-HANDED'), { availableAt: enqueuedAt, priority: 'urgent', dedupeKey: 'handed' });
    // A WhatsApp delivery: this dispatcher has no route for it.
    await enqueue(
      database.db,
      { kind: 'person.deliver.whatsapp', payload: { conversationId: 'c', sealedMessages: 'x', origin: 'bot' } },
      { availableAt: enqueuedAt },
    );
    clock.advance(5_000);
    const handed: OutboxRow[] = [];
    const d = dispatcher(async (row) => void handed.push(row));
    expect(await d.runOnce()).toBe(1);
    expect(handed).toEqual([
      {
        id: expect.any(Number),
        kind: 'coordinator.urgent',
        payload: urgentNotice('CNV-HANDED').payload,
        priority: 'urgent',
        attempt: 1,
        createdAt: enqueuedAt,
      },
    ]);
    const rows = await database.db.select().from(outbox);
    expect(rows.find((r) => r.kind === 'coordinator.urgent')).toMatchObject({
      status: 'done',
      deliveredAt: clock.now(),
      lockedUntil: null,
    });
    expect(rows.find((r) => r.kind === 'person.deliver.whatsapp')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('two dispatchers claiming at the same moment deliver every row once between them', async () => {
    for (let i = 0; i < 30; i++)
      await enqueue(database.db, urgentNotice(`CNV-${String(i).padStart(6, '0')}`), { availableAt: clock.now() });
    const delivered: number[] = [];
    const slowly = async (row: OutboxRow) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      delivered.push(row.id);
    };
    const [a, b] = [dispatcher(slowly), dispatcher(slowly)];
    const [byA, byB] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(byA + byB).toBe(30);
    expect(new Set(delivered).size).toBe(30);
    expect(delivered).toHaveLength(30);
    expect((await database.db.select().from(outbox)).every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
  });

  it('a notifier that always fails marks the row failed after the maximum, and says so in the log', async () => {
    await enqueue(database.db, urgentNotice('CNV-BBBBBB'), { availableAt: clock.now() });
    let calls = 0;
    const d = dispatcher(
      async () => {
        calls += 1;
        throw new Error('refused');
      },
      { maxAttempts: 4 },
    );
    await drain(d);
    expect(calls).toBe(4);
    const [row] = await database.db.select().from(outbox);
    expect(row).toMatchObject({ status: 'failed', attempts: 4 });
    expect(log.lines.some((l) => l.includes('outbox.failed') && l.includes(`id=${row?.id}`))).toBe(true);
  });

  it('backs off exponentially, and honours a retry-after', async () => {
    await enqueue(database.db, urgentNotice('CNV-CCCCCC'), { availableAt: clock.now() });
    const d = dispatcher(async () => {
      throw new RetryLaterError('rate limited', 30_000);
    });
    await d.runOnce();
    const [row] = await database.db.select().from(outbox);
    expect(row?.availableAt.getTime()).toBe(clock.now().getTime() + 30_000);
    expect(d.backoff(1)).toBe(750);
    expect(d.backoff(3)).toBe(3_000);
    expect(d.backoff(30)).toBe(15 * 60_000 * 0.75);
  });

  it('takes over a row held by a dispatcher that died, once its lease is over', async () => {
    await enqueue(database.db, urgentNotice('CNV-DDDDDD'), { availableAt: clock.now() });
    // A dispatcher claimed the row and died before marking it.
    await database.db.update(outbox).set({ status: 'processing', attempts: 1, lockedUntil: new Date(clock.now().getTime() + 60_000) });
    const delivered: number[] = [];
    const d = dispatcher(async (row) => void delivered.push(row.id));
    expect(await d.runOnce()).toBe(0);
    clock.advance(61_000);
    expect(await d.runOnce()).toBe(1);
    expect(delivered).toHaveLength(1);
  });

  it('enqueueing the same fact twice (same dedupe key) is a no-op', async () => {
    expect(await enqueue(database.db, urgentNotice('CNV-EEEEEE'), { availableAt: clock.now(), dedupeKey: 'k1' })).toBe(true);
    expect(await enqueue(database.db, urgentNotice('CNV-EEEEEE'), { availableAt: clock.now(), dedupeKey: 'k1' })).toBe(false);
    expect(await database.db.select().from(outbox)).toHaveLength(1);
  });

  it('delivers urgent rows before normal ones', async () => {
    await enqueue(
      database.db,
      { kind: 'coordinator.urgent', payload: { ...urgentNotice('CNV-NORMAL').payload } },
      { availableAt: clock.now(), priority: 'normal' },
    );
    await enqueue(database.db, urgentNotice('CNV-URGENT'), { availableAt: clock.now(), priority: 'urgent' });
    const order: string[] = [];
    const d = dispatcher(async (row) => void order.push((row.payload as { conversationReference: string }).conversationReference));
    await d.runOnce();
    expect(order).toEqual(['CNV-URGENT', 'CNV-NORMAL']);
  });

  it('delivers rows of different cases side by side, rows of one case in order, and a slow one holds back only its own', async () => {
    // Two rows of conversation A, then one each of B and C.
    for (const ref of ['CNV-AAAAAA', 'CNV-AAAAAA', 'CNV-BBBBBB', 'CNV-CCCCCC']) {
      await enqueue(database.db, urgentNotice(ref), { availableAt: clock.now() });
    }
    const events: string[] = [];
    let releaseFirst: () => void = () => {};
    const firstHeld = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let seenA = 0;
    const d = dispatcher(async (row) => {
      const ref = (row.payload as { conversationReference: string }).conversationReference;
      const label = ref === 'CNV-AAAAAA' ? `A${++seenA}` : ref.slice(4, 5);
      events.push(`start ${label}`);
      if (label === 'A1') {
        // A slow Slack call: B and C must not wait for it, A2 must.
        await expect.poll(() => events.filter((e) => e.startsWith('done')).length).toBe(2);
        await firstHeld;
      }
      events.push(`done ${label}`);
    });
    const run = d.runOnce();
    await expect.poll(() => events.includes('done C')).toBe(true);
    expect(events).not.toContain('start A2');
    releaseFirst();
    expect(await run).toBe(4);
    expect(events.indexOf('done A1')).toBeLessThan(events.indexOf('start A2'));
    expect(events.slice(0, 5).sort()).toEqual(['done B', 'done C', 'start A1', 'start B', 'start C']);
    const rows = await database.db.select().from(outbox);
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('/metrics backlog: rows due and not delivered, how long the oldest has waited; rows for later counted apart', async () => {
    const metrics = createMetrics();
    const d = new OutboxDispatcher({ db: database.db, clock, ids: sequentialIds(), log, metrics, routes: {} });
    await enqueue(database.db, urgentNotice('CNV-DUE001'), { availableAt: new Date(clock.now().getTime() - 90_000) });
    await enqueue(database.db, urgentNotice('CNV-DUE002'), { availableAt: clock.now() });
    await enqueue(database.db, urgentNotice('CNV-LATER1'), { availableAt: new Date(clock.now().getTime() + 4 * 3_600_000) });
    await d.refreshBacklog();
    const text = await metrics.registry.metrics();
    const value = (name: string) => sampleOf(text, name);
    expect(value('passerelle_outbox_backlog')).toBe(2);
    expect(value('passerelle_outbox_oldest_age_seconds')).toBe(90);
    expect(value('passerelle_outbox_scheduled')).toBe(1);
  });
});
