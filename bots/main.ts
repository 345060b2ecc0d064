import type { AddressInfo } from 'node:net';
import { ConfigError, readConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { DataDirLockedError } from '../src/db/data-dir.lock.js';
import { createLogger, errorMessage } from '../src/log.js';
import { logNotifierRoutes } from '../src/notify/log.notifier.js';
import { createCore } from '../src/service.js';
import { createHttpApp, listen } from './http.js';

/**
 * Composition root: configuration, database (migrated), the core, the HTTP
 * server and the outbox dispatcher. Prints where each channel listens and
 * what is not configured.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger({ level: config.logLevel });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm start' });
  await database.migrate();

  const print = (line: string) => process.stdout.write(`${line}\n`);
  const core = createCore({ config, database, log, routes: logNotifierRoutes(print) });
  let ready = false;
  const app = createHttpApp({ database, metrics: core.metrics, isReady: () => ready });
  const server = await listen(app, config.port);
  const { port } = server.address() as AddressInfo;
  core.dispatcher.start();
  ready = true;

  const base = `http://localhost:${port}`;
  print(`Passerelle is running (${config.nodeEnv}).`);
  print(`  database   ${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);
  print(`  health     ${base}/healthz  ${base}/readyz`);
  print(`  metrics    ${base}/metrics`);
  print('  outbox     dispatcher running');
  print('Not configured:');
  print('  Teams      the Bot Framework endpoint is not built yet');
  print(
    `  Slack      ${config.slack.botToken ? 'set, but the Slack app is not built yet' : 'not configured'}: coordinator notifications are printed here`,
  );
  print(
    `  WhatsApp   ${config.whatsapp.enabled ? 'enabled, but the WhatsApp client is not built yet' : 'disabled (WHATSAPP_ENABLED=true to start it)'}`,
  );
  print('Talk to the bot from another terminal with `npm run chat` (needs DATABASE_URL while this runs on PGlite).');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('service.stopping', { signal });
    ready = false;
    server.close();
    await core.dispatcher.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Passerelle cannot start: ${error.message}\n`);
  } else if (error instanceof DataDirLockedError) {
    process.stderr.write(`Passerelle cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Passerelle cannot start: ${errorMessage(error)}\n`);
  }
  process.exit(1);
});
