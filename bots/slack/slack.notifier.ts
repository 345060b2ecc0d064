import type { webApi } from '@slack/bolt';
import { and, eq, inArray } from 'drizzle-orm';
import { findCaseByReference, loadCaseCard } from '../../src/cases/case-queries.js';
import { dueEscalation, type EscalationNotice, type EscalationPolicy } from '../../src/cases/escalation.js';
import { findTraining } from '../../src/cases/trainings.repository.js';
import type { Clock } from '../../src/clock.js';
import { type Database, plainStatementRunner, type StatementRunner } from '../../src/db/client.js';
import { openText } from '../../src/db/encrypted.js';
import { slackMessages } from '../../src/db/schema.js';
import { type NotifierRoutes, type OutboxRow, RetryLaterError } from '../../src/notify/outbox.dispatcher.js';
import type { CaseUpdateNotice, NewCaseNotice, RelayNotice, UrgentNotice } from '../../src/notify/outbox.js';
import { caseBlocks, caseTitle, escalationText, newCaseFallback, relayText, updateLine, urgentText } from './case-message.js';
import { ChannelLimiter } from './channel-limiter.js';
import { escapeSlack } from './escape.js';

type WebClient = webApi.WebClient;

export interface SlackNotifierOptions {
  client: WebClient;
  channelId: string;
  db: Database;
  /** Runs the statement that records a new case's post, written as text (the database's own runner); drizzle's when absent. */
  run?: StatementRunner | undefined;
  clock: Clock;
  escalation: EscalationPolicy;
  /** Spacing of calls to a channel after Slack answered 429 (about one message per second per channel). */
  minIntervalMs?: number;
  onEscalation?: (priority: string) => void;
}

/**
 * Coordinator notifications as Slack messages. The outbox owns retries (the
 * Web API client's own are off, and it rejects rate-limited calls): a 429
 * holds the channel and reschedules the row after Retry-After (see
 * ChannelLimiter); anything else fails the attempt and the outbox backs off.
 */
export function slackNotifierRoutes(o: SlackNotifierOptions): NotifierRoutes {
  const run = o.run ?? plainStatementRunner(o.db);
  const limiter = new ChannelLimiter({ intervalMs: o.minIntervalMs ?? 1_000, now: () => o.clock.now().getTime() });

  async function call<T>(channel: string, send: () => Promise<T>): Promise<T> {
    const wait = limiter.reserve(channel);
    if (wait > 0) throw new RetryLaterError('Slack channel paced after a rate limit', wait);
    try {
      return await send();
    } catch (error) {
      const e = error as { code?: string; retryAfter?: number };
      if (e?.code !== 'slack_webapi_rate_limited_error') throw error;
      const retryAfterMs = Math.max(1, e.retryAfter ?? 1) * 1_000;
      limiter.limited(channel, retryAfterMs);
      throw new RetryLaterError('Slack rate limit', retryAfterMs);
    }
  }

  async function post(channel: string, args: { text: string; blocks?: unknown[]; thread_ts?: string }): Promise<string> {
    const result = await call(channel, () =>
      o.client.chat.postMessage({
        channel,
        text: args.text,
        ...(args.blocks ? { blocks: args.blocks as never } : {}),
        ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}),
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (!result.ts) throw new Error('chat.postMessage returned no ts');
    return result.ts;
  }

  async function remember(caseId: string | null, channel: string, ts: string, kind: string): Promise<void> {
    await o.db.insert(slackMessages).values({ caseId, channel, ts, kind, createdAt: o.clock.now() });
  }

  /** The case's post, or a retry later when the post is not there yet (its row is being delivered). */
  async function postedCard(caseId: string) {
    const card = await loadCaseCard(o.db, caseId);
    if (!card) return undefined;
    if (!card.slackTs || !card.slackChannel) throw new RetryLaterError(`case ${card.reference} is not posted yet`, 5_000);
    return card;
  }

  return {
    'coordinator.new_case': {
      async deliver(row: OutboxRow) {
        const n = row.payload as NewCaseNotice;
        const card = await loadCaseCard(o.db, n.caseId);
        // Gone (erased) or already posted by an attempt that died before marking the row: nothing to do.
        if (!card || card.slackTs) return;
        const ts = await post(o.channelId, { text: newCaseFallback(n), blocks: caseBlocks(card) });
        // Where the case's post is, on the case (for updates) and in the list of Slack copies (for erasure): one statement.
        await run({ text: CASE_POSTED_TEXT, params: [o.channelId, ts, card.id, slackMessages.createdAt.mapToDriverValue(o.clock.now())] });
      },
    },
    'coordinator.case_update': {
      async deliver(row: OutboxRow) {
        const n = row.payload as CaseUpdateNotice;
        const card = await postedCard(n.caseId);
        if (!card?.slackChannel || !card.slackTs) return;
        const channel = card.slackChannel;
        const postTs = card.slackTs;
        await call(channel, () => o.client.chat.update({ channel, ts: postTs, text: caseTitle(card), blocks: caseBlocks(card) as never }));
        const ts = await post(channel, { text: updateLine(n), thread_ts: postTs });
        await remember(card.id, channel, ts, n.action === 'replied' ? 'reply_echo' : 'thread_line');
      },
    },
    'coordinator.urgent': {
      async deliver(row: OutboxRow) {
        const n = row.payload as UrgentNotice;
        const card = n.caseReference ? await findCaseByReference(o.db, n.caseReference) : undefined;
        if (card?.slackTs && card.slackChannel) {
          const channel = card.slackChannel;
          const postTs = card.slackTs;
          await call(channel, () =>
            o.client.chat.update({ channel, ts: postTs, text: caseTitle(card), blocks: caseBlocks(card) as never }),
          );
          await remember(card.id, channel, await post(channel, { text: urgentText(n), thread_ts: postTs }), 'urgent');
          return;
        }
        await remember(card?.id ?? null, o.channelId, await post(o.channelId, { text: urgentText(n) }), 'urgent');
      },
    },
    'coordinator.relay': {
      async deliver(row: OutboxRow) {
        const n = row.payload as RelayNotice;
        const card = await findCaseByReference(o.db, n.caseReference);
        if (!card) return;
        if (!card.slackTs || !card.slackChannel) throw new RetryLaterError(`case ${card.reference} is not posted yet`, 5_000);
        const ts = await post(card.slackChannel, { text: relayText(openText(n.sealedText)), thread_ts: card.slackTs });
        await remember(card.id, card.slackChannel, ts, 'relay');
      },
    },
    'coordinator.erase_slack': {
      async deliver(row: OutboxRow) {
        const n = row.payload as { caseId: string; reference: string };
        const card = await loadCaseCard(o.db, n.caseId);
        if (card?.slackChannel && card.slackTs) {
          const channel = card.slackChannel;
          const postTs = card.slackTs;
          await call(channel, () =>
            o.client.chat.update({ channel, ts: postTs, text: caseTitle(card), blocks: caseBlocks(card) as never }),
          );
        }
        // Relayed messages and reply echoes carry what was written: they go.
        const copies = await o.db
          .select()
          .from(slackMessages)
          .where(and(eq(slackMessages.caseId, n.caseId), inArray(slackMessages.kind, ['relay', 'reply_echo'])));
        for (const copy of copies) {
          try {
            await call(copy.channel, () => o.client.chat.delete({ channel: copy.channel, ts: copy.ts }));
          } catch (error) {
            // Already deleted by hand: fine; anything else fails the attempt and is retried.
            if ((error as { data?: { error?: string } }).data?.error !== 'message_not_found') throw error;
          }
          await o.db.delete(slackMessages).where(eq(slackMessages.id, copy.id));
        }
      },
    },
    'coordinator.training_signup': {
      async deliver(row: OutboxRow) {
        // One line per sign-up, no name: registrations are followed as they come, without personal data in the channel.
        const n = row.payload as { code: string; status: string };
        const slot = await findTraining(o.db, n.code);
        const count = slot ? ` (${slot.confirmed}/${slot.seats} confirmed)` : '';
        await post(o.channelId, {
          text: `🎓 New sign-up for training ${escapeSlack(n.code)}: ${n.status === 'confirmed' ? 'confirmed' : 'waiting list'}${count}.`,
        });
      },
    },
    'coordinator.escalate': {
      async deliver(row: OutboxRow) {
        const n = row.payload as EscalationNotice;
        const decision = await dueEscalation(o.db, o.escalation, n, o.clock.now());
        if (!decision.escalate) return;
        const text = escalationText(decision.reference, decision.minutesUnclaimed, decision.priority === 'urgent');
        const channel = decision.slackChannel ?? o.channelId;
        const ts = await post(channel, { text, ...(decision.slackTs ? { thread_ts: decision.slackTs } : {}) });
        await remember(n.caseId, channel, ts, 'escalation');
        o.onEscalation?.(decision.priority);
      },
    },
  };
}

const CASE_POSTED_TEXT = `with posted as (
    update "cases" set slack_channel = $1::text, slack_ts = $2::text where id = $3::uuid
  )
  insert into "slack_messages" (case_id, channel, ts, kind, created_at) values ($3::uuid, $1::text, $2::text, 'case_post', $4::timestamptz)`;
