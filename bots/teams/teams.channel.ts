import { randomUUID } from 'node:crypto';
import { type Activity, ActivityTypes, CloudAdapter, type InvokeResponse, type TurnContext } from 'botbuilder';
import express, { type Router } from 'express';
import type { Config } from '../../src/config.js';
import { localeLanguage } from '../../src/conversation/language.js';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/types.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { t } from '../../src/i18n/index.js';
import { errorMessage, type Logger } from '../../src/log.js';
import { PermanentDeliveryError } from '../../src/notify/outbox.dispatcher.js';
import { personDeliveryKind } from '../../src/notify/outbox.js';
import { type ChannelDeliverer, personDeliveryNotifier } from '../../src/notify/person.delivery.js';
import type { Core } from '../../src/service.js';
import { ReusedClientsAuthentication } from './reused-clients.js';
import { isPersonal, referenceFrom, toActivity, toInbound, typingActivity } from './teams.activities.js';

export interface TeamsChannelOptions {
  config: Pick<Config, 'teams' | 'hotline'>;
  core: Core;
  database: DatabaseHandle;
  log: Logger;
  /**
   * A turn answered within this many ms gets no typing indicator (Teams would
   * hardly draw it, and it costs a Bot Connector call); a slower one gets one,
   * renewed while it runs. 0: every turn starts with one.
   */
  typingDelayMs?: number;
}

const TYPING_DELAY_MS = 400;
/** Teams shows a typing indicator for about 3 s. */
const TYPING_RENEW_MS = 2_500;

export interface TeamsChannel {
  /** Mount on the service's app: POST /api/messages. */
  router: Router;
  adapter: CloudAdapter;
  deliverer: ChannelDeliverer;
  authenticated: boolean;
  /** Resolves when the turns being handled have finished, or after timeoutMs (logged). */
  settled(timeoutMs: number): Promise<void>;
}

/**
 * Teams (and the Bot Framework Emulator) through botbuilder's CloudAdapter.
 * botbuilder is archived upstream, so it stays inside bots/teams/: the core
 * only sees InboundMessage and OutboundMessage.
 */
export function createTeamsChannel(o: TeamsChannelOptions): TeamsChannel {
  const { appId, appPassword, appType, tenantId } = o.config.teams;
  // No app id → authentication off: fine for the Emulator and tests, refused in production by config.ts.
  const auth = new ReusedClientsAuthentication({
    MicrosoftAppId: appId ?? '',
    MicrosoftAppPassword: appPassword ?? '',
    MicrosoftAppType: appType ?? (appId ? 'MultiTenant' : ''),
    MicrosoftAppTenantId: tenantId ?? '',
  });
  const adapter = new TeamsAdapter(auth);

  adapter.onTurnError = async (context, error) => {
    // One handler for every failure: an id to find it in the log, no message text, and a plain answer.
    const correlation = randomUUID().slice(0, 8);
    o.log.error('teams.turn_failed', {
      correlation,
      activity: context.activity.id,
      type: context.activity.type,
      error: errorMessage(error),
    });
    if (context.activity.type !== ActivityTypes.Message) return;
    const lang = localeLanguage(context.activity.locale) ?? 'fr';
    await context
      .sendActivity(`${t(lang, 'error.generic', { hotline: o.config.hotline.number })} (ref. ${correlation})`)
      .catch((sendError: unknown) => o.log.error('teams.error_reply_failed', { correlation, error: errorMessage(sendError) }));
  };

  const logic = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    if (activity.type === ActivityTypes.Message) return onMessage(context, activity);
    if (activity.type === ActivityTypes.ConversationUpdate) return onConversationUpdate(context, activity);
    // Reactions, installation updates, typing…: nothing to say.
  };

  /**
   * The replies went out: forget them. Not awaited: Teams has its answer, and
   * waiting for this write (a batch, a commit) only made every turn slower. If
   * the process dies before it is stored, the replies stay sealed until the
   * 30-day housekeeping; a redelivery in between sends them again.
   */
  function forgetReplies(inbound: InboundMessage): void {
    o.core
      .replied(inbound)
      .catch((error: unknown) =>
        o.log.error('teams.replied_mark_failed', { activity: inbound.platformMessageId, error: errorMessage(error) }),
      );
  }

  async function onMessage(context: TurnContext, activity: Activity): Promise<void> {
    if (!isPersonal(activity)) {
      // Distress is not discussed in a group: one short pointer to the private chat, no flow.
      const lang = localeLanguage(activity.locale) ?? 'fr';
      await context.sendActivity(t(lang, 'teams.private_only'));
      return;
    }
    const inbound = toInbound(activity);
    const typing = await showTyping(context, o.typingDelayMs ?? TYPING_DELAY_MS, o.log);
    let result: Awaited<ReturnType<Core['handle']>>;
    try {
      result = await o.core.handle(inbound);
    } finally {
      await typing.stop();
    }
    if (result.status === 'duplicate') return;
    await reply(context, inbound, result.conversationId, result.replies);
  }

  async function onConversationUpdate(context: TurnContext, activity: Activity): Promise<void> {
    if (!isPersonal(activity)) return;
    const botAdded = activity.membersAdded?.some((m) => m.id === activity.recipient?.id) ?? false;
    if (!botAdded) return;
    const inbound = { ...toInbound(activity), text: '', event: 'conversation_start' as const };
    const result = await o.core.handle(inbound);
    if (result.status === 'duplicate') return;
    await reply(context, inbound, result.conversationId, result.replies);
  }

  /**
   * Sends a turn's replies. When the Bot Connector cannot be reached or fails
   * for a passing reason (a 5xx, a 429), that reply and the rest go to the
   * outbox (delivered to the conversation later, with back-off), so the
   * person still gets them — the crisis card above all; Teams itself would
   * not ask again, it has its 200. A refusal for good (another 4xx) is not
   * retried: it goes to onTurnError, which answers with the hotline number.
   */
  async function reply(context: TurnContext, inbound: InboundMessage, conversationId: string | null, replies: OutboundMessage[]) {
    const progress = { sent: 0 };
    try {
      await send(context, replies, progress);
    } catch (error) {
      const { sent } = progress;
      if (conversationId === null || !passing(error)) throw error;
      let queued: number;
      try {
        queued = await o.core.handOver(inbound, conversationId, replies.slice(sent));
      } catch (handOverError) {
        // Not queued and not marked: the replies stay with the processed message for a redelivery.
        o.log.error('teams.replies_lost', { activity: inbound.platformMessageId, sent, error: errorMessage(handOverError) });
        throw error;
      }
      o.log.warn('teams.replies_queued', { activity: inbound.platformMessageId, sent, queued, error: errorMessage(error) });
      return;
    }
    forgetReplies(inbound);
  }

  const deliverer: ChannelDeliverer = {
    async deliver(to, messages) {
      const reference = referenceFrom(to.address);
      if (!reference) throw new PermanentDeliveryError('no Teams conversation reference stored for this person');
      // The adapter hands errors in the callback to onTurnError; keep them so the outbox can retry.
      let failure: unknown;
      await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
        try {
          await send(context, messages);
        } catch (error) {
          failure = error;
        }
      });
      if (failure !== undefined) throw failure;
    },
  };
  o.core.dispatcher.route(personDeliveryKind('teams'), personDeliveryNotifier(o.database.db, deliverer));

  const router = express.Router();
  /** Turns still running: a stop lets them finish (their transaction, replies and mark) before the database closes. */
  const inFlight = new Set<Promise<void>>();
  router.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
    const problem = malformed(req.body);
    if (problem) {
      o.log.warn('teams.malformed_activity', { problem });
      res.status(400).json({ error: problem });
      return;
    }
    const turn = handleRequest(adapter, req.headers.authorization ?? '', withDates(req.body as Activity), logic, res, o.log);
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  });
  return {
    router,
    adapter,
    deliverer,
    authenticated: Boolean(appId),
    async settled(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), timeoutMs);
      });
      try {
        const outcome = await Promise.race([Promise.allSettled([...inFlight]), late]);
        if (outcome === 'late') o.log.warn('teams.turns_unfinished_at_stop', { turns: inFlight.size });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * botbuilder's CloudAdapter, with the request handled here rather than by its
 * `process`. That method builds zod schemas on every call to check the
 * response object, the handler and the body again (2–3 % of a turn's CPU and
 * a good share of what a turn allocated), and prints the stack of any failure
 * to stderr itself. The body is checked once at the boundary (`malformed`);
 * authentication, the turn and its invoke response stay botbuilder's.
 */
class TeamsAdapter extends CloudAdapter {
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

async function handleRequest(
  adapter: TeamsAdapter,
  authHeader: string,
  activity: Activity,
  logic: (context: TurnContext) => Promise<void>,
  res: express.Response,
  log: Logger,
): Promise<void> {
  let invoke: InvokeResponse | undefined;
  try {
    invoke = await adapter.handle(authHeader, activity, logic);
  } catch (error) {
    // botbuilder's AuthenticationError (not exported by botbuilder itself): a 401, as `process` answers it.
    if ((error as { constructor?: { name?: string } } | null)?.constructor?.name === 'AuthenticationError') {
      log.warn('teams.request_refused', { status: 401, type: activity.type });
      res.status(401).end();
      return;
    }
    log.error('teams.request_failed', { activity: activity.id, type: activity.type, error: errorMessage(error) });
    res.status(500).end();
    return;
  }
  res.status(invoke?.status ?? 200);
  if (invoke?.body !== undefined) res.send(invoke.body);
  else res.end();
}

/** A send that may succeed later: no answer at all, a 5xx, a 408 or 429, or anything but a refusal (a redirect). */
function passing(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status !== 'number' || status < 400 || status >= 500 || status === 408 || status === 429;
}

/** The activity's times as Dates, as botbuilder expects them, the strings kept beside them (`rawTimestamp`…). */
function withDates(activity: Activity): Activity {
  const a = activity as Activity & Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = a[field];
    if (typeof value === 'string') {
      a[raw] = value;
      a[field] = new Date(value);
    }
  }
  return activity;
}

/**
 * Teams always fills these in; a request without them is forged or broken,
 * and must not be merged into someone else's conversation or deduplicated
 * away. Validated at the boundary, before the adapter sees it.
 */
function malformed(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return 'the body must be an activity object';
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string') return 'type is missing';
  if (a.type !== 'message' && a.type !== 'conversationUpdate') return undefined;
  const id = (v: unknown) =>
    typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && (v as { id: string }).id !== '';
  if (typeof a.id !== 'string' || a.id === '') return 'id is missing';
  if (!id(a.from)) return 'from.id is missing';
  if (!id(a.conversation)) return 'conversation.id is missing';
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//.test(a.serviceUrl)) return 'serviceUrl is missing';
  return undefined;
}

/**
 * The typing indicator of a turn: sent once the turn has run for `delayMs`
 * (at once when 0), renewed every few seconds; `stop()` ends it and waits for
 * a send in flight, so that the indicator never follows the reply.
 */
async function showTyping(context: TurnContext, delayMs: number, log: Logger): Promise<{ stop(): Promise<void> }> {
  let inFlight: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const sendTyping = () => {
    inFlight = context
      .sendActivity(typingActivity)
      .catch((error: unknown) => log.warn('teams.typing_failed', { activity: context.activity.id, error: errorMessage(error) }));
    return inFlight;
  };
  const renew = () => {
    if (stopped) return;
    void sendTyping();
    timer = setTimeout(renew, TYPING_RENEW_MS);
  };
  if (delayMs <= 0) {
    await sendTyping();
    timer = setTimeout(renew, TYPING_RENEW_MS);
  } else {
    timer = setTimeout(renew, delayMs);
  }
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/** Sends the messages in order; `progress.sent` counts those the Bot Connector took, for a failure halfway. */
async function send(context: TurnContext, messages: OutboundMessage[], progress = { sent: 0 }): Promise<void> {
  for (const message of messages) {
    await context.sendActivity(toActivity(message));
    progress.sent++;
  }
}
