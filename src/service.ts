import type { EscalationPolicy } from './cases/escalation.js';
import { createHotlineCalendar, type HotlineCalendar, parseHotlineHours } from './cases/hotline-hours.js';
import { remindRegistration } from './cases/trainings.repository.js';
import { type Clock, type IdGenerator, randomIds, systemClock } from './clock.js';
import type { Config } from './config.js';
import { ConversationCache } from './conversation/conversation.cache.js';
import type { EngineDeps } from './conversation/engine.js';
import { handleTurn, handOverReplies, RepliedMarker, type TurnResult } from './conversation/turn.js';
import type { InboundMessage, OutboundMessage } from './conversation/types.js';
import type { DatabaseHandle } from './db/client.js';
import type { Logger } from './log.js';
import { createMetrics, type Metrics } from './metrics.js';
import { type NotifierRoutes, OutboxDispatcher, type OutboxRow } from './notify/outbox.dispatcher.js';
import { retentionNotifier } from './privacy/retention.job.js';
import { unparkNotifier } from './privacy/unpark.js';

export interface CoreOptions {
  config: Pick<Config, 'hotline' | 'orgName' | 'maxSessions' | 'escalation' | 'retention'>;
  database: DatabaseHandle;
  log: Logger;
  routes: NotifierRoutes;
  clock?: Clock;
  ids?: IdGenerator;
  metrics?: Metrics;
  dispatcher?: {
    pollIntervalMs?: number;
    maxAttempts?: number;
    baseDelayMs?: number;
    leaseMs?: number;
    onStep?: (step: 'claimed' | 'delivered', row: OutboxRow) => void;
  };
}

/** The core, assembled once and shared by every entry point (HTTP, console, WhatsApp). */
export interface Core {
  handle(inbound: InboundMessage): Promise<TurnResult>;
  /** A coordinator erased this case: what this process keeps in memory of its conversation goes as well. */
  caseErased(reference: string): void;
  /** The adapter sent the replies of this message (they are then forgotten). */
  replied(inbound: Pick<InboundMessage, 'channel' | 'platformMessageId'>): Promise<void>;
  /** Resolves once the "replies sent" marks asked for so far are written (a channel may not wait for them). */
  repliedSettled(): Promise<void>;
  /**
   * The adapter could not send these replies of this message (the platform
   * failed or was unreachable): they go to the outbox, retried with back-off
   * (8 attempts over about 4 minutes, then the row is marked failed and
   * counted in /metrics), and the message counts as answered. Returns how
   * many were queued (none when the conversation was erased meanwhile).
   */
  handOver(
    inbound: Pick<InboundMessage, 'channel' | 'platformMessageId'>,
    conversationId: string,
    messages: OutboundMessage[],
  ): Promise<number>;
  dispatcher: OutboxDispatcher;
  metrics: Metrics;
  hotline: HotlineCalendar;
  escalation: EscalationPolicy;
  engine: EngineDeps;
  clock: Clock;
  ids: IdGenerator;
}

export function createCore(o: CoreOptions): Core {
  const clock = o.clock ?? systemClock;
  const ids = o.ids ?? randomIds;
  const metrics = o.metrics ?? createMetrics();
  const hours = parseHotlineHours(o.config.hotline.hours);
  const hotline = createHotlineCalendar(hours);
  const engine: EngineDeps = {
    hotline,
    ids,
    settings: {
      orgName: o.config.orgName,
      hotlineNumber: o.config.hotline.number,
      hotlineHours: hours,
      maxSessions: o.config.maxSessions,
      firstContactWorkingHours: o.config.escalation.normalWorkingHours,
    },
  };
  const escalation: EscalationPolicy = { settings: o.config.escalation, calendar: hotline };
  const dispatcher = new OutboxDispatcher({
    db: o.database.db,
    run: o.database.statement,
    clock,
    ids,
    log: o.log,
    metrics,
    routes: o.routes,
    ...o.dispatcher,
  });
  dispatcher.route('training.reminder', {
    deliver: (row) => remindRegistration(o.database.db, clock, (row.payload as { registrationId: number }).registrationId),
  });
  dispatcher.route('privacy.retention', retentionNotifier({ db: o.database.db, clock, log: o.log, ...o.config.retention }));
  dispatcher.route('privacy.unpark', unparkNotifier({ db: o.database.db, clock }));
  const replied = new RepliedMarker(o.database.statement, clock);
  const cache = new ConversationCache();
  // What people answered is not kept in memory past its idle time, even when nobody writes again.
  setInterval(() => cache.sweep(clock.now()), 60_000).unref();
  return {
    handle: (inbound) =>
      handleTurn(
        {
          db: o.database.db,
          clock,
          ids,
          engine,
          maxSessions: o.config.maxSessions,
          escalation,
          log: o.log,
          metrics,
          transaction: o.database.pipelined,
          statement: o.database.statement,
          cache,
          onOutboxWritten: () => dispatcher.wake(),
        },
        inbound,
      ),
    caseErased: (reference) => cache.forgetCase(reference),
    replied: (inbound) => replied.mark(inbound),
    repliedSettled: () => replied.settled(),
    async handOver(inbound, conversationId, messages) {
      const queued = await handOverReplies(o.database.db, clock, inbound, conversationId, messages);
      if (queued > 0) dispatcher.wake();
      return queued;
    },
    dispatcher,
    metrics,
    hotline,
    escalation,
    engine,
    clock,
    ids,
  };
}
