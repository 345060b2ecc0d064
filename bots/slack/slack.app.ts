import { App, ExpressReceiver, LogLevel, type webApi } from '@slack/bolt';
import express, { type Router } from 'express';
import type { Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { errorMessage, type Logger } from '../../src/log.js';
import type { Core } from '../../src/service.js';
import { registerCaseActions } from './listeners/actions.js';
import { registerPasserelleCommand } from './listeners/commands.js';
import type { CoordinatorContext } from './listeners/context.js';
import { registerThreadNotes } from './listeners/messages.js';
import { registerCaseViews } from './listeners/views.js';
import { ChannelMembership } from './membership.js';
import { slackNotifierRoutes } from './slack.notifier.js';

export interface SlackAppOptions {
  config: Pick<Config, 'slack' | 'nodeEnv'>;
  core: Core;
  database: DatabaseHandle;
  log: Logger;
  /** Spacing of posts to one channel; tests shorten it. */
  minIntervalMs?: number;
  membershipTtlMs?: number;
}

export interface SlackApp {
  /** Mount on the service's app (HTTP mode): POST /slack/events. Undefined in Socket Mode. */
  router: Router | undefined;
  client: webApi.WebClient;
  mode: 'http' | 'socket';
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The coordinators' app. The receiver does transport only (signature
 * checks, acks); listeners call the core's use cases; notifications to the
 * channel go through the outbox and replace the log notifier.
 */
export function createSlackApp(o: SlackAppOptions): SlackApp {
  const { botToken, signingSecret, appToken, channelId, apiUrl } = o.config.slack;
  if (!botToken || !channelId) throw new Error('Slack needs SLACK_BOT_TOKEN and SLACK_CHANNEL_ID');
  const clientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    // The outbox owns retries: a crash must not lose what the client held in memory.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  };
  const common = {
    token: botToken,
    // No auth.test at start: the token is checked by the first real call.
    tokenVerificationEnabled: false,
    botId: 'passerelle',
    botUserId: 'passerelle',
    clientOptions,
    logLevel: LogLevel.ERROR,
  };
  const socket = Boolean(appToken);
  let receiver: ExpressReceiver | undefined;
  let app: App;
  if (socket) {
    app = new App({ ...common, appToken, socketMode: true });
  } else {
    if (!signingSecret && o.config.nodeEnv === 'production') throw new Error('SLACK_SIGNING_SECRET is required in production');
    receiver = new ExpressReceiver({
      signingSecret: signingSecret ?? '',
      endpoints: '/slack/events',
      // Without a secret (development only) requests cannot be verified; config.ts refuses that in production.
      signatureVerification: Boolean(signingSecret),
      processBeforeResponse: false,
      logLevel: LogLevel.ERROR,
    });
    app = new App({ ...common, receiver });
  }
  app.error(async (error) => {
    o.log.error('slack.listener_failed', { error: errorMessage(error) });
  });

  const membership = new ChannelMembership(app.client, channelId, o.membershipTtlMs);
  const ctx: CoordinatorContext = {
    db: o.database.db,
    clock: o.core.clock,
    log: o.log,
    channelId,
    membership,
    lifecycle: {
      db: o.database.db,
      clock: o.core.clock,
      onOutboxWritten: () => o.core.dispatcher.wake(),
      onCaseErased: (reference) => o.core.caseErased(reference),
    },
    escalation: o.core.escalation,
  };
  registerCaseActions(app, ctx);
  registerCaseViews(app, ctx);
  registerPasserelleCommand(app, ctx);
  registerThreadNotes(app, ctx);

  const routes = slackNotifierRoutes({
    client: app.client,
    channelId,
    db: o.database.db,
    run: o.database.statement,
    clock: o.core.clock,
    escalation: o.core.escalation,
    minIntervalMs: o.minIntervalMs,
    onEscalation: (priority) => o.core.metrics.escalationSent(priority),
  });
  for (const [kind, notifier] of Object.entries(routes)) if (notifier) o.core.dispatcher.route(kind, notifier);

  let router: Router | undefined;
  if (receiver) {
    router = express.Router();
    // Bolt refuses signatures older than 5 minutes but not ones from the future; Slack's rule is both ways.
    router.post('/slack/events', (req, res, next) => {
      const ts = Number(req.header('x-slack-request-timestamp'));
      if (Number.isFinite(ts) && ts - Date.now() / 1000 > 300) {
        res.status(401).send();
        return;
      }
      next();
    });
    router.use(receiver.router);
  }
  return {
    router,
    client: app.client,
    mode: socket ? 'socket' : 'http',
    async start() {
      if (socket) await app.start();
    },
    async stop() {
      if (socket) await app.stop();
    },
  };
}
