import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What an operator needs to see: turns and their latency, the outbox and its failures. */
export interface Metrics {
  registry: Registry;
  observeTurn(channel: string, status: string, seconds: number): void;
  deliveryFailed(kind: string): void;
  delivered(kind: string): void;
  /** Rows due now and not delivered, how long the oldest of them has waited, rows waiting for a later time. */
  setOutboxBacklog(due: number, oldestAgeSeconds: number, scheduled: number): void;
  setOutboxFailed(rows: number): void;
  escalationSent(priority: string): void;
  /** A turn tried on the state this process stored last: stored in one statement, or run as a transaction (stale, needs_transaction). */
  cachedTurn(outcome: 'stored' | 'stale' | 'needs_transaction'): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const turns = new Counter({
    name: 'passerelle_turns_total',
    help: 'Inbound messages handled',
    labelNames: ['channel', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'passerelle_turn_duration_seconds',
    help: 'Time to handle one inbound message, transaction included',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const failed = new Counter({
    name: 'passerelle_outbox_deliveries_failed_total',
    help: 'Outbox deliveries that failed (each attempt)',
    labelNames: ['kind'],
    registers: [registry],
  });
  const done = new Counter({
    name: 'passerelle_outbox_delivered_total',
    help: 'Outbox rows delivered',
    labelNames: ['kind'],
    registers: [registry],
  });
  const backlog = new Gauge({
    name: 'passerelle_outbox_backlog',
    help: 'Outbox rows due now and not delivered yet',
    registers: [registry],
  });
  const oldest = new Gauge({
    name: 'passerelle_outbox_oldest_age_seconds',
    help: 'How long the oldest row due and not delivered has been waiting',
    registers: [registry],
  });
  const scheduled = new Gauge({
    name: 'passerelle_outbox_scheduled',
    help: 'Outbox rows waiting for a later time: escalation checks, reminders, retries after back-off',
    registers: [registry],
  });
  const failedRows = new Gauge({
    name: 'passerelle_outbox_failed_rows',
    help: 'Outbox rows that gave up (they stay for an operator)',
    registers: [registry],
  });
  const escalations = new Counter({
    name: 'passerelle_escalations_sent_total',
    help: 'Unclaimed cases escalated to coordinators',
    labelNames: ['priority'],
    registers: [registry],
  });
  const cached = new Counter({
    name: 'passerelle_turns_on_cached_state_total',
    help: 'Turns first run on the state this process stored last: stored in one statement, or run again as a transaction because the row had moved on or the message was seen before (stale) or the turn needed the database (needs_transaction)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  return {
    registry,
    cachedTurn: (outcome) => cached.inc({ outcome }),
    setOutboxFailed: (rows) => failedRows.set(rows),
    escalationSent: (priority) => escalations.inc({ priority }),
    observeTurn(channel, status, seconds) {
      turns.inc({ channel, status });
      if (status === 'handled') latency.observe({ channel }, seconds);
    },
    deliveryFailed: (kind) => failed.inc({ kind }),
    delivered: (kind) => done.inc({ kind }),
    setOutboxBacklog(due, oldestAgeSeconds, later) {
      backlog.set(due);
      oldest.set(oldestAgeSeconds);
      scheduled.set(later);
    },
  };
}

/**
 * The process's own figures on /metrics: resident memory, heap used and
 * total, event-loop delay, GC pauses (prom-client's defaults). Called once
 * by the service's entry point; tests build many cores and leave it out.
 */
export function collectProcessMetrics(metrics: Metrics): void {
  collectDefaultMetrics({ register: metrics.registry });
}
