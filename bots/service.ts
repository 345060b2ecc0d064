import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import type { Clock, IdGenerator } from '../src/clock.js';
import type { Config } from '../src/config.js';
import { type DatabaseHandle, openDatabase } from '../src/db/client.js';
import { errorMessage, type Logger } from '../src/log.js';
import { logNotifierRoutes } from '../src/notify/log.notifier.js';
import type { OutboxRow } from '../src/notify/outbox.dispatcher.js';
import { hasKeyring, installKeyring, loadKeyring } from '../src/privacy/keyring.js';
import { scheduleRetention } from '../src/privacy/retention.job.js';
import { type Core, createCore } from '../src/service.js';
import { createHttpApp, listen } from './http.js';
import { createSlackApp } from './slack/slack.app.js';
import { createTeamsChannel } from './teams/teams.channel.js';
import { startWhatsAppChannel, type WhatsAppChannelHandle } from './whatsapp/index.js';

/** How long a stop waits for Teams turns still being handled (a turn takes milliseconds; a stuck one must not hold the stop). */
const TURNS_AT_STOP_MS = 10_000;

export interface ServiceOptions {
  config: Config;
  log: Logger;
  /** Where coordinator notifications are printed while Slack is not configured. */
  print: (line: string) => void;
  /** Tests hand in a prepared database, clock and ids; `npm start` opens the configured one. */
  database?: DatabaseHandle;
  clock?: Clock;
  ids?: IdGenerator;
  host?: string;
  slackMinIntervalMs?: number;
  /** Teams: how long a turn runs before a typing indicator is shown (0: always). */
  teamsTypingDelayMs?: number;
  dispatcher?: { pollIntervalMs?: number; baseDelayMs?: number; maxAttempts?: number; leaseMs?: number };
}

export interface RunningService {
  core: Core;
  database: DatabaseHandle;
  server: Server;
  url: string;
  /** What runs and what is not configured, one line each. */
  status: string[];
  /** Settles when the WhatsApp client ends for good (undefined when WhatsApp is off). */
  whatsappClosed: WhatsAppChannelHandle['closed'] | undefined;
  stop(): Promise<void>;
}

/**
 * The service as `npm start` runs it: database (migrated), core, HTTP server
 * with every configured channel mounted, outbox dispatcher.
 */
export async function startService(o: ServiceOptions): Promise<RunningService> {
  const { config, log } = o;
  // Personal fields are encrypted at rest: the keyring comes before the database.
  if (!hasKeyring())
    installKeyring(
      loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir, warn: (m) => log.warn('privacy.local_key', { note: m }) }),
    );
  const database = o.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm start' }));
  await database.migrate();

  const core = createCore({
    config,
    database,
    log,
    clock: o.clock,
    ids: o.ids,
    routes: {},
    dispatcher: {
      ...o.dispatcher,
      // Fault tests: die at one step of delivering a coordinator notification, as a crash would.
      ...(config.faultInjection
        ? {
            onStep: (step: 'claimed' | 'delivered', row: OutboxRow) => {
              if (`outbox:${step}` === config.faultInjection && row.kind.startsWith('coordinator.new_case'))
                process.kill(process.pid, 'SIGKILL');
            },
          }
        : {}),
    },
  });
  for (const [kind, notifier] of Object.entries(
    logNotifierRoutes(o.print, {
      db: database.db,
      policy: core.escalation,
      clock: core.clock,
      onEscalation: (p) => core.metrics.escalationSent(p),
    }),
  )) {
    if (notifier) core.dispatcher.route(kind, notifier);
  }
  let ready = false;
  const app = createHttpApp({
    database,
    metrics: core.metrics,
    isReady: () => ready,
    beforeMetrics: () => core.dispatcher.refreshBacklog(),
  });
  const teams = createTeamsChannel({ config, core, database, log, typingDelayMs: o.teamsTypingDelayMs });
  app.use(teams.router);
  // Slack configured → its notifier replaces the log notifier for coordinator kinds.
  const slack = config.slack.botToken ? createSlackApp({ config, core, database, log, minIntervalMs: o.slackMinIntervalMs }) : undefined;
  if (slack?.router) app.use(slack.router);
  await slack?.start();

  // Refusals (a body too large, invalid JSON) answer briefly: never a stack trace, whatever NODE_ENV.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const e = error as { status?: number; statusCode?: number; type?: string };
    const status = e.status ?? e.statusCode ?? 500;
    if (status >= 500) log.error('http.failed', { error: errorMessage(error) });
    if (res.headersSent) return;
    res.status(status).json({ error: status === 413 ? 'request body too large' : status === 400 ? 'malformed request' : 'internal error' });
  });
  const server = await listen(app, config.port, o.host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${o.host && o.host !== '0.0.0.0' ? o.host : 'localhost'}:${port}`;
  // WhatsApp Web in this process (with PGlite it must be: one process per data folder).
  const whatsapp: WhatsAppChannelHandle | undefined = config.whatsapp.enabled
    ? await startWhatsAppChannel({ config, core, database, log, print: o.print })
    : undefined;
  await scheduleRetention(database.db, core.clock.now());
  core.dispatcher.start();
  ready = true;

  const status = [
    `Passerelle is running (${config.nodeEnv}).`,
    `  database   ${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    `  Teams      POST ${url}/api/messages${teams.authenticated ? '' : ' (no MicrosoftAppId: authentication OFF, for the Bot Framework Emulator and local tests only)'}`,
    `  health     ${url}/healthz  ${url}/readyz`,
    `  metrics    ${url}/metrics`,
    '  outbox     dispatcher running',
  ];
  if (slack)
    status.push(
      `  Slack      ${slack.mode === 'socket' ? 'Socket Mode' : `POST ${url}/slack/events`}, case posts in channel ${config.slack.channelId}`,
    );
  if (whatsapp) status.push(`  WhatsApp   WhatsApp Web client started (session in ${config.dataDir}/whatsapp)`);
  const missing = [
    ...(slack ? [] : ['  Slack      not configured: coordinator notifications are printed here']),
    ...(whatsapp ? [] : ['  WhatsApp   disabled (WHATSAPP_ENABLED=true to start it, or `npm run whatsapp` with DATABASE_URL)']),
  ];
  if (missing.length > 0) status.push('Not configured:', ...missing);
  if (!teams.authenticated) log.warn('teams.auth_disabled', { reason: 'MicrosoftAppId is not set' });

  let stopped = false;
  return {
    core,
    database,
    server,
    url,
    status,
    whatsappClosed: whatsapp?.closed,
    async stop() {
      if (stopped) return;
      stopped = true;
      ready = false;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      // Closing the connections does not stop a handler already running: let the Teams turns in flight finish first.
      await teams.settled(TURNS_AT_STOP_MS);
      await whatsapp?.stop();
      await core.dispatcher.stop();
      await core.repliedSettled();
      await slack?.stop();
      if (!o.database) await database.close();
    },
  };
}
