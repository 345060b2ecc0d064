import { count, eq, inArray, sql } from 'drizzle-orm';
import type { Clock, IdGenerator } from '../clock.js';
import { type Database, plainStatementRunner, type StatementRunner } from '../db/client.js';
import { outbox } from '../db/schema.js';
import { errorMessage, type Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { OutboxKind } from './outbox.js';

/** A row handed to a notifier. `attempt` starts at 1. */
export interface OutboxRow {
  id: number;
  kind: string;
  payload: unknown;
  priority: string;
  attempt: number;
  createdAt: Date;
}

/**
 * Delivers one kind of outbox row (Slack, a log, a channel). Throw to fail
 * the attempt; throw a RetryLaterError to say when to try again (Slack's
 * Retry-After), a PermanentDeliveryError when retrying cannot help.
 */
export interface Notifier {
  deliver(row: OutboxRow): Promise<void>;
}

export class RetryLaterError extends Error {
  readonly code = 'RETRY_LATER';
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

export class PermanentDeliveryError extends Error {
  readonly code = 'DELIVERY_REFUSED';
}

/** Routes each row to the notifier of its kind. */
export type NotifierRoutes = Partial<Record<OutboxKind | (string & {}), Notifier>>;

export interface DispatcherOptions {
  db: Database;
  /** Runs the claim and the "delivered" mark, written as text (the database's own runner); drizzle's when absent. */
  run?: StatementRunner | undefined;
  clock: Clock;
  ids: IdGenerator;
  log: Logger;
  metrics?: Metrics | undefined;
  routes: NotifierRoutes;
  /** Attempts before a row is marked failed. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a claimed row is ours; a dispatcher that died loses it after this. */
  leaseMs?: number;
  batchSize?: number;
  /** Rows delivered at the same time (rows of one case or one person always one after another). */
  concurrency?: number;
  pollIntervalMs?: number;
  /** Fault tests: called at each step of a delivery (after the claim, after the notifier returned). */
  onStep?: (step: 'claimed' | 'delivered', row: OutboxRow) => void;
}

/**
 * Claims due rows with FOR UPDATE SKIP LOCKED (so several instances can run
 * side by side), delivers them, and retries failures with exponential
 * back-off and jitter. A row is marked done only after its notifier returned;
 * a crash in between means the row is delivered again after its lease — at
 * least once, never lost (DESIGN, "Safety first", rule 4).
 */
export class OutboxDispatcher {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private readonly run: StatementRunner;

  constructor(private readonly o: DispatcherOptions) {
    this.maxAttempts = o.maxAttempts ?? 8;
    this.baseDelayMs = o.baseDelayMs ?? 2_000;
    this.maxDelayMs = o.maxDelayMs ?? 15 * 60_000;
    this.leaseMs = o.leaseMs ?? 60_000;
    this.batchSize = o.batchSize ?? 20;
    this.concurrency = Math.max(1, o.concurrency ?? 8);
    this.pollIntervalMs = o.pollIntervalMs ?? 1_000;
    this.run = o.run ?? plainStatementRunner(o.db);
  }

  /** Adds (or replaces) the notifier of one kind: a channel registers its deliveries once it runs. */
  route(kind: string, notifier: Notifier): void {
    this.o.routes[kind] = notifier;
  }

  /** Delivers every row due now, batch after batch; returns how many rows were attempted. */
  async runOnce(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const rows = await this.claim();
      if (rows.length === 0) break;
      await this.deliverInLanes(rows);
      attempted += rows.length;
      if (rows.length < this.batchSize) break;
    }
    return attempted;
  }

  /**
   * A slow or held delivery must not make the others wait (a new case behind
   * a person's reply that Teams is slow to take): rows are delivered side by
   * side, up to `concurrency`, except rows of the same lane — one case, one
   * person — which keep their order.
   */
  private async deliverInLanes(rows: OutboxRow[]): Promise<void> {
    const lanes = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const key = laneOf(row);
      const lane = lanes.get(key);
      if (lane) lane.push(row);
      else lanes.set(key, [row]);
    }
    const queue = [...lanes.values()];
    const worker = async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift()) {
        for (const row of lane) await this.deliver(row);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, worker));
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Something was just enqueued: run now rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Waits for a run in progress (one started by wake()) to finish. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.o.log.error('outbox.dispatch_failed', { error: errorMessage(error) }))
        .finally(() => {
          this.running = undefined;
          if (this.stopped) return;
          const next = this.again ? 0 : this.pollIntervalMs;
          this.again = false;
          this.schedule(next);
        });
    }, delayMs);
    this.timer.unref?.();
  }

  private get kinds(): string[] {
    return Object.keys(this.o.routes);
  }

  /**
   * Claims the rows due now, urgent first, in one statement: FOR UPDATE SKIP
   * LOCKED picks rows no other dispatcher holds, and they are ours until
   * their lease ends.
   */
  private async claim(): Promise<OutboxRow[]> {
    if (this.kinds.length === 0) return [];
    const now = this.o.clock.now();
    const lease = new Date(now.getTime() + this.leaseMs);
    const rows = await this.run({
      text: CLAIM_TEXT,
      params: [outbox.availableAt.mapToDriverValue(now), outbox.lockedUntil.mapToDriverValue(lease), this.kinds, this.batchSize],
    });
    const claimed = rows.map((r) => ({
      id: Number(r.id),
      kind: String(r.kind),
      payload: typeof r.payload === 'string' ? outbox.payload.mapFromDriverValue(r.payload) : r.payload,
      priority: String(r.priority),
      attempt: Number(r.attempt),
      // PGlite gives a Date; postgres.js, as drizzle configures it, the text (which Date reads, as drizzle does).
      createdAt: r.created_at instanceof Date ? r.created_at : new Date(String(r.created_at)),
    }));
    return claimed.sort((a, b) => (a.priority === b.priority ? a.id - b.id : a.priority === 'urgent' ? -1 : 1));
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const notifier = this.o.routes[row.kind];
    this.o.onStep?.('claimed', row);
    try {
      if (!notifier) throw new PermanentDeliveryError(`no notifier for outbox kind ${row.kind}`);
      await notifier.deliver(row);
    } catch (error) {
      return this.failed(row, error);
    }
    this.o.onStep?.('delivered', row);
    await this.run({ text: DONE_TEXT, params: [outbox.deliveredAt.mapToDriverValue(this.o.clock.now()), row.id] });
    this.o.metrics?.delivered(row.kind);
  }

  private async failed(row: OutboxRow, error: unknown): Promise<void> {
    this.o.metrics?.deliveryFailed(row.kind);
    const now = this.o.clock.now();
    const reason = errorMessage(error);
    const permanent = error instanceof PermanentDeliveryError;
    const later = error instanceof RetryLaterError;
    // "Not now" (a rate limit, a channel that is reconnecting) is not a failed attempt: it never exhausts the row.
    if (permanent || (!later && row.attempt >= this.maxAttempts)) {
      await this.o.db.update(outbox).set({ status: 'failed', lockedUntil: null, lastError: reason }).where(eq(outbox.id, row.id));
      this.o.log.error('outbox.failed', { id: row.id, kind: row.kind, attempts: row.attempt, permanent, error: reason });
      return;
    }
    const delay = later ? error.retryAfterMs : this.backoff(row.attempt);
    await this.o.db
      .update(outbox)
      .set({
        status: 'pending',
        lockedUntil: null,
        lastError: reason,
        availableAt: new Date(now.getTime() + delay),
        ...(later ? { attempts: sql`greatest(${outbox.attempts} - 1, 0)` } : {}),
      })
      .where(eq(outbox.id, row.id));
    this.o.log.warn('outbox.retry', { id: row.id, kind: row.kind, attempt: row.attempt, inMs: delay, error: reason });
  }

  /** Exponential back-off with full jitter on the upper half, capped. */
  backoff(attempt: number): number {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (ceiling / 2) * this.o.ids.random());
  }

  /** Reads the backlog and failed rows into the metrics: called when /metrics is scraped, not on every run. */
  async refreshBacklog(): Promise<void> {
    if (!this.o.metrics) return;
    // Escalation checks and reminders wait in the outbox for hours: the backlog is what is due now and not out yet.
    const now = this.o.clock.now();
    const nowParam = sql.param(now, outbox.availableAt);
    const [row] = await this.o.db
      .select({
        due: sql<number>`count(*) filter (where ${outbox.availableAt} <= ${nowParam})`.mapWith(Number),
        oldestDue: sql<unknown>`min(${outbox.availableAt}) filter (where ${outbox.availableAt} <= ${nowParam})`,
        scheduled: sql<number>`count(*) filter (where ${outbox.availableAt} > ${nowParam})`.mapWith(Number),
      })
      .from(outbox)
      .where(inArray(outbox.status, ['pending', 'processing']));
    const oldestDue = row?.oldestDue ? new Date(row.oldestDue as string | Date).getTime() : undefined;
    const age = oldestDue === undefined ? 0 : Math.max(0, (now.getTime() - oldestDue) / 1000);
    this.o.metrics.setOutboxBacklog(row?.due ?? 0, age, row?.scheduled ?? 0);
    const [failed] = await this.o.db.select({ n: count() }).from(outbox).where(eq(outbox.status, 'failed'));
    this.o.metrics.setOutboxFailed(failed?.n ?? 0);
  }
}

// Due: pending and available, or held by a dispatcher that died or hung (its lease is over). Only the kinds
// this process can deliver: WhatsApp rows wait for the WhatsApp process.
const CLAIM_TEXT = `with due as (
    select id from "outbox"
    where ((status = 'pending' and available_at <= $1::timestamptz) or (status = 'processing' and locked_until <= $1::timestamptz))
      and kind = any($3::text[])
    order by case when priority = 'urgent' then 0 else 1 end, available_at, id
    limit $4::int
    for update skip locked
  )
  update "outbox" o set status = 'processing', locked_until = $2::timestamptz, attempts = o.attempts + 1
  from due where o.id = due.id
  returning o.id, o.kind, o.payload, o.priority, o.attempts as attempt, o.created_at`;

const DONE_TEXT = `update "outbox" set status = 'done', delivered_at = $1::timestamptz, locked_until = null, last_error = null
  where id = $2::bigint`;

/** Rows that must stay in order share a lane: those of one case (by reference) or one person (by conversation). */
function laneOf(row: OutboxRow): string {
  const p = (row.payload ?? {}) as Record<string, unknown>;
  const key = p.reference ?? p.caseReference ?? p.conversationReference ?? p.conversationId;
  return typeof key === 'string' ? key : `row:${row.id}`;
}
