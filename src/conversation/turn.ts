import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { amendCase, findRegisteredSentinel, markCaseUrgent, raiseCase } from '../cases/cases.repository.js';
import type { EscalationPolicy } from '../cases/escalation.js';
import { newConversationReference } from '../cases/reference.js';
import { signUpForTraining, upcomingTrainings } from '../cases/trainings.repository.js';
import type { Clock, IdGenerator } from '../clock.js';
import {
  type Database,
  type Executor,
  type PipelinedTransaction,
  plainPipelinedTransaction,
  plainStatementRunner,
  type Statement,
  type StatementRunner,
} from '../db/client.js';
import { lookupHash, lookupHashes, sealText } from '../db/encrypted.js';
import { conversations, processedMessages, transcriptLines } from '../db/schema.js';
import { trainingLabel } from '../flows/sentinel-training.flow.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { enqueue } from '../notify/outbox.js';
import { enqueueDeliveryToPerson } from '../notify/person.delivery.js';
import { eraseConversation } from '../privacy/erasure.js';
import type { ConversationCache } from './conversation.cache.js';
import { type EngineDeps, type EngineEvent, type EngineOutput, type EnginePort, restoreState, runEngine } from './engine.js';
import type { InboundMessage, Lang, OutboundMessage } from './types.js';

export interface TurnDeps {
  db: Database;
  clock: Clock;
  ids: IdGenerator;
  engine: EngineDeps;
  maxSessions: number;
  escalation: EscalationPolicy;
  log: Logger;
  metrics?: Metrics | undefined;
  /** The database's turn-shaped transaction (pipelined on PostgreSQL); db.transaction when absent. */
  transaction?: PipelinedTransaction | undefined;
  /** Runs one statement on its own; through drizzle when absent. */
  statement?: StatementRunner | undefined;
  /** The states this process stored last: a turn on one of them is one statement (see handleTurn). None, none kept. */
  cache?: ConversationCache | undefined;
  /** Called after a commit that wrote outbox rows, so the dispatcher need not wait for its next poll. */
  onOutboxWritten?: (() => void) | undefined;
}

export type TurnResult =
  | {
      status: 'handled';
      replies: OutboundMessage[];
      conversationId: string;
      conversationReference: string;
      lang: Lang;
      events: EngineEvent[];
    }
  | { status: 'duplicate' }
  /** Redelivered after a crash that lost the replies: send these again, then confirm with markReplied. */
  | { status: 'redelivered'; replies: OutboundMessage[]; conversationId: string | null };

/**
 * A platform redelivers a message it thinks went unanswered (Teams after
 * 15 s). If the first handling committed but its replies were never sent (a
 * crash in between), they are sent now; a duplicate that arrives within
 * RESEND_AFTER_MS (the first is still sending its replies) gets nothing.
 */
const RESEND_AFTER_MS = 1_500;

async function redelivery(tx: Executor, inbound: InboundMessage, now: Date): Promise<TurnResult> {
  const [row] = await tx
    .select({
      pendingReplies: processedMessages.pendingReplies,
      repliedAt: processedMessages.repliedAt,
      processedAt: processedMessages.processedAt,
      conversationId: processedMessages.conversationId,
    })
    .from(processedMessages)
    .where(and(eq(processedMessages.channel, inbound.channel), eq(processedMessages.platformMessageId, messageKey(inbound))))
    .for('update');
  if (!row || row.repliedAt || !row.pendingReplies || now.getTime() - row.processedAt.getTime() < RESEND_AFTER_MS)
    return { status: 'duplicate' };
  return { status: 'redelivered', replies: row.pendingReplies as OutboundMessage[], conversationId: row.conversationId };
}

type RepliedKey = Pick<InboundMessage, 'channel' | 'platformMessageId'>;

/**
 * The channel delivered a turn's replies: forget them (they may hold personal
 * data). Marks are written in batches: the first at once, and while one batch
 * is being written the next calls wait for one shared statement, so under
 * load one commit covers every turn answered meanwhile instead of one each.
 * Each call resolves once its own mark is stored.
 */
export class RepliedMarker {
  private waiting: Array<{ key: RepliedKey; done: () => void; failed: (error: unknown) => void }> = [];
  private writing: Promise<void> | undefined;

  constructor(
    /** The database's own statement runner (postgres.js directly): drizzle's builder cost more than the statement. */
    private readonly run: StatementRunner,
    private readonly clock: Clock,
    private readonly maxBatch = 200,
  ) {}

  /** Resolves once every mark asked for so far is stored (or failed): before the database closes. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  mark(key: RepliedKey): Promise<void> {
    const stored = new Promise<void>((done, failed) => this.waiting.push({ key, done, failed }));
    this.writing ??= this.drain();
    return stored;
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        try {
          await markReplied(
            this.run,
            batch.map((b) => b.key),
            this.clock.now(),
          );
          for (const b of batch) b.done();
        } catch (error) {
          for (const b of batch) b.failed(error);
        }
      }
    } finally {
      this.writing = undefined;
    }
  }
}

/**
 * The channel could not deliver a turn's replies, or the last of them: the
 * platform refused or could not be reached. What is left becomes a delivery
 * to the person in the outbox, retried with back-off like any other, and the
 * message is marked answered in the same transaction, so that a redelivery
 * does not send it as well. A crisis card must reach the person even when the
 * platform stumbles at that moment.
 */
export async function handOverReplies(
  db: Database,
  clock: Clock,
  inbound: RepliedKey,
  conversationId: string,
  messages: OutboundMessage[],
): Promise<number> {
  return db.transaction(async (tx) => {
    // Locked against an erasure committing meanwhile (it holds the row FOR UPDATE): erased, nothing is queued.
    const [conversation] = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(eq(conversations.id, conversationId))
      .for('share');
    const queued = conversation ? messages.length : 0;
    if (queued > 0) {
      await enqueueDeliveryToPerson(
        tx,
        clock,
        { conversationId, channel: inbound.channel },
        messages,
        'bot',
        `turn:${messageKey(inbound)}`,
      );
    }
    await markReplied(plainStatementRunner(tx), [inbound], clock.now());
    return queued;
  });
}

async function markReplied(run: StatementRunner, keys: RepliedKey[], at: Date): Promise<void> {
  // One statement shape whatever the batch size (prepared once per connection): the keys as an array, per channel.
  const byChannel = new Map<string, string[]>();
  for (const k of keys) {
    const digests = byChannel.get(k.channel);
    if (digests) digests.push(messageKey(k));
    else byChannel.set(k.channel, [messageKey(k)]);
  }
  for (const [channel, digests] of byChannel) {
    await run({ text: MARK_REPLIED_TEXT, params: [processedMessages.repliedAt.mapToDriverValue(at), channel, digests] });
  }
}

const MARK_REPLIED_TEXT = `update "processed_messages" set pending_replies = null, replied_at = $1
  where channel = $2 and platform_message_id = any($3::text[])`;

const WRITES_OUTBOX: ReadonlySet<EngineEvent> = new Set(['urgent', 'case_created', 'relayed', 'erased', 'signed_up']);

/**
 * One turn = one transaction: dedupe the platform message, lock the
 * person's conversation, run the engine, store state, transcript, case,
 * consent and outbox rows, commit; the caller then sends the replies.
 * A redelivered message (same channel and platform id) changes nothing and
 * gets no replies.
 *
 * Most turns only move a person along a form. When this process stored the
 * conversation last (the cache), the engine runs on that state first, and
 * the turn is stored in one statement that dedupes, locks the row and writes
 * only if the row is still the version this process left: one round trip
 * instead of two. If the engine needs the database (a case, a crisis alert,
 * an erasure…), or the row moved on, or the message was seen before, nothing
 * is written and the turn runs again the ordinary way, in a transaction on
 * the state read under the lock.
 */
export async function handleTurn(deps: TurnDeps, inbound: InboundMessage): Promise<TurnResult> {
  const started = performance.now();
  const now = deps.clock.now();
  const result = (await turnOnCachedState(deps, inbound, now)) ?? (await lockedTurn(deps, inbound, now));

  const seconds = (performance.now() - started) / 1000;
  deps.metrics?.observeTurn(inbound.channel, result.status, seconds);
  if (result.status === 'redelivered') {
    deps.log.warn('turn.replies_resent', { channel: inbound.channel, message: messageKey(inbound).slice(0, 12) });
    return result;
  }
  if (result.status === 'duplicate') {
    // The platform id can contain a phone number (WhatsApp): log its digest only.
    deps.log.info('turn.duplicate', { channel: inbound.channel, message: messageKey(inbound).slice(0, 12) });
    return result;
  }
  deps.log.info('turn.handled', {
    channel: inbound.channel,
    conversation: result.conversationReference,
    events: result.events,
    ms: Math.round(seconds * 1000),
  });
  if (result.events.some((e) => WRITES_OUTBOX.has(e))) deps.onOutboxWritten?.();
  return result;
}

/** The turn as a transaction: the message claimed and the conversation locked first, then the engine on what was read. */
async function lockedTurn(deps: TurnDeps, inbound: InboundMessage, now: Date): Promise<TurnResult> {
  const transaction = deps.transaction ?? plainPipelinedTransaction(deps.db);
  let stored: { conversation: LockedConversation; state: EngineOutput['state']; version: unknown } | undefined;
  const result = await transaction(claimSql(inbound, now), async (tx, rows, run) => {
    const claimed = parseClaim(rows);
    if (!claimed.fresh) return { value: await redelivery(tx, inbound, now) };

    const conversation = claimed.conversation ?? (await createConversation(tx, deps, inbound, now));

    const port = enginePort(tx, run, deps, inbound, conversation, now);
    const output = await runEngine(engineInput(inbound, restoreState(conversation.state), now), port, deps.engine);

    const handled = handledResult(conversation, output, port.extraEvents);
    if (output.erased) {
      // The conversation row and its transcript are gone: nothing of this turn is kept either.
      return { value: handled };
    }
    return {
      value: handled,
      last: storeTurnSql(turnWrites(inbound, conversation.id, now, output)),
      lastRows: (last: Array<Record<string, unknown>>) => {
        stored = { conversation, state: output.state, version: last[0]?.version };
      },
    };
  });
  if (deps.cache && result.status === 'handled') {
    const key = cacheKey(inbound);
    // Committed: later turns of this person may start from what was just stored.
    if (stored && typeof stored.version === 'string') {
      const { id, reference } = stored.conversation;
      deps.cache.set(key, { id, reference, state: stored.state, version: stored.version }, now);
    } else {
      deps.cache.delete(key);
    }
  }
  return result;
}

/**
 * The turn on the state this process stored last, in one statement; undefined
 * when it must run as a transaction instead (nothing was written then).
 */
async function turnOnCachedState(deps: TurnDeps, inbound: InboundMessage, now: Date): Promise<TurnResult | undefined> {
  const cache = deps.cache;
  if (!cache) return undefined;
  const key = cacheKey(inbound);
  const cached = cache.get(key, now);
  if (!cached) return undefined;
  let output: EngineOutput;
  try {
    output = await runEngine(engineInput(inbound, cached.state, now), NO_DATABASE_PORT, deps.engine);
  } catch (error) {
    cache.delete(key);
    if (error === needsTransaction) {
      deps.metrics?.cachedTurn('needs_transaction');
      return undefined;
    }
    throw error;
  }
  const run = deps.statement ?? plainStatementRunner(deps.db);
  let rows: Array<Record<string, unknown>>;
  try {
    rows = await run(storeTurnSql(turnWrites(inbound, cached.id, now, output), cached.version));
  } catch (error) {
    cache.delete(key);
    throw error;
  }
  const version = rows[0]?.version;
  if (typeof version !== 'string') {
    // The row moved on (another instance, an erasure), or the message was seen before: the transaction sorts out which.
    cache.delete(key);
    deps.metrics?.cachedTurn('stale');
    return undefined;
  }
  cache.set(key, { id: cached.id, reference: cached.reference, state: output.state, version }, now);
  deps.metrics?.cachedTurn('stored');
  return handledResult(cached, output, []);
}

/** Thrown by every method of NO_DATABASE_PORT: one instance, so that throwing it costs no stack trace. */
const needsTransaction = new Error('this turn needs the database: run it as a transaction');

/** The engine's port for a turn on cached state: anything that reads or writes beyond the turn's own rows needs the transaction. */
const NO_DATABASE_PORT: EnginePort = {
  findSentinel: () => Promise.reject(needsTransaction),
  createCase: () => Promise.reject(needsTransaction),
  amendCase: () => Promise.reject(needsTransaction),
  alertCoordinators: () => Promise.reject(needsTransaction),
  scheduleUnpark: () => Promise.reject(needsTransaction),
  upcomingTrainings: () => Promise.reject(needsTransaction),
  signUpForTraining: () => Promise.reject(needsTransaction),
  eraseMe: () => Promise.reject(needsTransaction),
  relayToCoordinators: () => Promise.reject(needsTransaction),
};

function cacheKey(inbound: InboundMessage): string {
  return `${inbound.channel}\u0000${inbound.userId}`;
}

function engineInput(inbound: InboundMessage, state: EngineOutput['state'] | undefined, now: Date) {
  return {
    state,
    text: inbound.text,
    event: inbound.event,
    locale: inbound.locale,
    channel: inbound.channel,
    userId: inbound.userId,
    now,
  };
}

function handledResult(conversation: { id: string; reference: string }, output: EngineOutput, extraEvents: EngineEvent[]): TurnResult {
  return {
    status: 'handled',
    replies: output.replies,
    conversationId: conversation.id,
    conversationReference: conversation.reference,
    lang: output.state.lang,
    events: [...output.events, ...extraEvents],
  };
}

function turnWrites(inbound: InboundMessage, conversationId: string, now: Date, output: EngineOutput): TurnWrites {
  return {
    conversationId,
    channel: inbound.channel,
    messageKey: messageKey(inbound),
    now,
    state: output.state,
    language: output.state.lang,
    address: inbound.address,
    replies: output.replies,
    formRun: output.formRun ?? null,
    dropRun: output.dropRun,
    // When the form ended without consent, nothing the person wrote in it is kept: its lines go, this one is not written.
    lines: output.dropRun
      ? []
      : [
          { direction: 'in', text: inbound.event ? `[${inbound.event}]` : inbound.text },
          ...output.replies.map((r) => ({ direction: 'out', text: r.text })),
        ],
  };
}

/**
 * Platform message ids can carry the sender's number (WhatsApp's contain the
 * chat id): only a digest is kept, which is all deduplication needs.
 */
function messageKey(inbound: Pick<InboundMessage, 'channel' | 'platformMessageId'>): string {
  return createHash('sha256').update(`${inbound.channel}\u0000${inbound.platformMessageId}`).digest('base64url');
}

interface LockedConversation {
  id: string;
  reference: string;
  state: unknown;
}

interface TurnWrites {
  conversationId: string;
  channel: string;
  messageKey: string;
  now: Date;
  state: unknown;
  language: string;
  address: Record<string, unknown> | undefined;
  replies: OutboundMessage[];
  formRun: string | null;
  dropRun: string | undefined;
  lines: Array<{ direction: string; text: string }>;
}

/**
 * Everything a turn writes after the engine ran, as one statement: the
 * conversation's state, the replies kept until they are sent, and the
 * transcript lines — or, when the form ended without consent, the removal of
 * its lines. It returns the row's new version (`xmin`). Values go through the
 * columns' own encoders (encryption at rest). The text depends only on the
 * statement's shape and is built once per shape.
 *
 * In a transaction (`version` absent) it goes with the COMMIT, the message
 * already claimed and the row locked. On cached state (`version` given) it
 * is the whole turn: it claims the message and locks the row itself, and
 * writes nothing unless the message is new and the row is still at that
 * version; then it returns no row.
 */
function storeTurnSql(w: TurnWrites, version?: string): Statement {
  const params: unknown[] = [
    conversations.state.mapToDriverValue(w.state),
    w.language,
    conversations.updatedAt.mapToDriverValue(w.now),
    w.conversationId,
    processedMessages.pendingReplies.mapToDriverValue(w.replies),
    w.channel,
    w.messageKey,
  ];
  if (version !== undefined) params.push(version);
  if (w.address) params.push(conversations.address.mapToDriverValue(w.address));
  if (w.dropRun) {
    params.push(w.dropRun);
  } else {
    params.push(w.formRun, transcriptLines.createdAt.mapToDriverValue(w.now));
    for (const l of w.lines) params.push(l.direction, transcriptLines.text.mapToDriverValue(l.text));
  }
  const shape = `${version !== undefined ? 'v' : ''}${w.address ? 'a' : ''}${w.dropRun ? 'd' : w.lines.length}`;
  let text = storeTurnTexts.get(shape);
  if (text === undefined) {
    text = storeTurnText(version !== undefined, Boolean(w.address), w.dropRun ? undefined : w.lines.length);
    storeTurnTexts.set(shape, text);
  }
  return { text, params };
}

const storeTurnTexts = new Map<string, string>();

/**
 * The text of storeTurnSql for one shape: in a transaction or on a version;
 * with or without an address; transcript lines to add, or (undefined) a form
 * run to drop. The `handled` CTE yields the conversation id once the message
 * is recorded as this turn's; everything else hangs on it.
 */
function storeTurnText(onVersion: boolean, withAddress: boolean, lines: number | undefined): string {
  let n = 7;
  const version = onVersion ? `$${++n}` : '';
  const address = withAddress ? `, address = $${++n}` : '';
  const handled = onVersion
    ? `target as (
      select id from "conversations" where id = $4 and xmin = ${version}::text::xid for update
    ), handled as (
      insert into "processed_messages" (channel, platform_message_id, processed_at, conversation_id, pending_replies)
      select $6, $7, $3, id, $5 from target
      on conflict do nothing
      returning conversation_id
    )`
    : `handled as (
      update "processed_messages" set conversation_id = $4, pending_replies = $5
      where channel = $6 and platform_message_id = $7
      returning conversation_id
    )`;
  let transcript: string;
  if (lines === undefined) {
    transcript = `delete from "transcript_lines" where conversation_id in (select conversation_id from handled) and form_run = $${++n}`;
  } else {
    const formRun = ++n;
    const createdAt = ++n;
    const rows: string[] = [];
    for (let i = 0; i < lines; i++) rows.push(`(${i}, $${++n}::text, $${++n}::text)`);
    // In the order given: the transcript reads by id.
    transcript = `insert into "transcript_lines" (conversation_id, form_run, direction, text, created_at)
      select h.conversation_id, $${formRun}, l.direction, l.text, $${createdAt}
      from handled h cross join (values ${rows.join(', ')}) as l(i, direction, text)
      order by l.i`;
  }
  return `with ${handled}, conversation as (
      update "conversations" set state = $1, language = $2, updated_at = $3${address}
      where id in (select conversation_id from handled)
      returning xmin::text as version
    ), transcript as (
      ${transcript}
    )
    select version from conversation`;
}

/**
 * The turn's first statement, one round trip: records the platform message
 * (nothing if it was seen before: a redelivery) and finds and locks the
 * person's conversation, so one person's messages run one at a time.
 */
function claimSql(inbound: InboundMessage, now: Date): Statement {
  return {
    text: CLAIM_TEXT,
    params: [inbound.channel, messageKey(inbound), processedMessages.processedAt.mapToDriverValue(now), lookupHashes(inbound.userId)],
  };
}

const CLAIM_TEXT = `with fresh as (
    insert into "processed_messages" (channel, platform_message_id, processed_at)
    values ($1, $2, $3)
    on conflict do nothing
    returning 1
  )
  select (select count(*) from fresh)::int as fresh, c.id, c.reference, c.state
  from (select 1) as one
  left join lateral (
    select id, reference, state from "conversations"
    where channel = $1 and user_key = any($4::text[])
    for update
  ) as c on true`;

function parseClaim(rows: Array<Record<string, unknown>>): { fresh: boolean; conversation: LockedConversation | undefined } {
  const row = rows[0];
  if (!row) throw new Error('the message claim returned no row');
  const { id, reference, state } = row;
  const conversation =
    typeof id === 'string' && typeof reference === 'string' && typeof state === 'string'
      ? { id, reference, state: conversations.state.mapFromDriverValue(state) }
      : undefined;
  return { fresh: Number(row.fresh) > 0, conversation };
}

/** First contact: creates the conversation row (or finds the one a concurrent first message created) and locks it. */
async function createConversation(tx: Executor, deps: TurnDeps, inbound: InboundMessage, now: Date): Promise<LockedConversation> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await tx
      .insert(conversations)
      .values({
        id: deps.ids.uuid(),
        reference: newConversationReference(deps.ids),
        channel: inbound.channel,
        userKey: lookupHash(inbound.userId),
        userId: inbound.userId,
        address: inbound.address ?? null,
        language: 'fr',
        state: {},
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing();
    const row = await selectConversationForUpdate(tx, inbound);
    // No row: the drawn reference collided with another conversation's; draw again.
    if (row) return row;
  }
  throw new Error('could not create the conversation row');
}

async function selectConversationForUpdate(tx: Executor, inbound: InboundMessage): Promise<LockedConversation | undefined> {
  const [row] = await tx
    .select({ id: conversations.id, reference: conversations.reference, state: conversations.state })
    .from(conversations)
    .where(and(eq(conversations.channel, inbound.channel), inArray(conversations.userKey, lookupHashes(inbound.userId))))
    .for('update');
  return row;
}

function enginePort(
  tx: Executor,
  run: StatementRunner,
  deps: TurnDeps,
  inbound: InboundMessage,
  conversation: LockedConversation,
  now: Date,
): EnginePort & { extraEvents: EngineEvent[] } {
  const extraEvents: EngineEvent[] = [];
  return {
    extraEvents,
    findSentinel: (channel, userId) => findRegisteredSentinel(tx, channel, userId),
    createCase: (draft) =>
      raiseCase({ db: tx, run, clock: deps.clock, ids: deps.ids, maxSessions: deps.maxSessions, escalation: deps.escalation }, draft, {
        channel: inbound.channel,
        conversationId: conversation.id,
      }),
    amendCase: (reference, draft) =>
      amendCase(
        { db: tx, clock: deps.clock, ids: deps.ids, maxSessions: deps.maxSessions, escalation: deps.escalation },
        reference,
        draft,
        {
          conversationId: conversation.id,
        },
      ),
    async scheduleUnpark(until) {
      await enqueue(tx, { kind: 'privacy.unpark', payload: { conversationId: conversation.id } }, { availableAt: until });
    },
    async alertCoordinators(notice) {
      if (notice.caseReference) await markCaseUrgent(tx, notice.caseReference, now, notice.family);
      await enqueue(
        tx,
        {
          kind: 'coordinator.urgent',
          payload: {
            conversationReference: conversation.reference,
            caseReference: notice.caseReference ?? null,
            channel: inbound.channel,
            language: notice.lang,
            reason: notice.reason,
            family: notice.family ?? null,
            at: now.toISOString(),
          },
        },
        { priority: 'urgent', availableAt: now, dedupeKey: `urgent:${inbound.channel}:${inbound.platformMessageId}` },
      );
    },
    async upcomingTrainings(lang) {
      const slots = await upcomingTrainings(tx, now, lang);
      // Full sessions are offered too: a sign-up then joins the waiting list.
      return slots.map((s) => ({ id: s.id, label: trainingLabel(s, lang) }));
    },
    signUpForTraining: (s) => signUpForTraining(tx, { ...s, conversationId: conversation.id }, now),
    async eraseMe() {
      const erased = await eraseConversation(tx, conversation.id, { now, actor: `person:${conversation.reference}` });
      return { cases: erased };
    },
    async relayToCoordinators(caseReference, text) {
      extraEvents.push('relayed');
      await enqueue(
        tx,
        {
          kind: 'coordinator.relay',
          payload: { caseReference, channel: inbound.channel, sealedText: sealText(text), at: now.toISOString() },
        },
        { availableAt: now, dedupeKey: `relay:${inbound.channel}:${inbound.platformMessageId}` },
      );
    },
  };
}
