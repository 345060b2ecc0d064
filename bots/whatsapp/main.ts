import { ConfigError, readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { DataDirLockedError } from '../../src/db/data-dir.lock.js';
import { createLogger, errorMessage } from '../../src/log.js';
import { logNotifierRoutes } from '../../src/notify/log.notifier.js';
import { installKeyring, loadKeyring } from '../../src/privacy/keyring.js';
import { createCore } from '../../src/service.js';
import { whatsappSessionDir } from './client.js';
import { startWhatsAppChannel } from './index.js';

/**
 * `npm run whatsapp`: the WhatsApp Web channel alone, one process per phone
 * number. On PGlite this process is the only one on the database, so it also
 * prints the coordinators' notifications; on PostgreSQL it delivers only
 * WhatsApp messages and `npm start` does the rest. Exits 1 when only a person
 * can help (pair again, install Chromium); 0 after Ctrl+C.
 */
async function main(): Promise<number> {
  const config = readConfig();
  const log = createLogger({ level: config.logLevel });
  const print = (text: string) => process.stdout.write(`${text}\n`);
  installKeyring(loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir, warn: () => {} }));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run whatsapp' });
  await database.migrate();
  const core = createCore({ config, database, log, routes: {} });
  if (database.kind === 'pglite') {
    // The only process on this database: nobody else would print the coordinators' notifications (or escalate them).
    const routes = logNotifierRoutes(print, { db: database.db, policy: core.escalation, clock: core.clock });
    for (const [kind, notifier] of Object.entries(routes)) if (notifier) core.dispatcher.route(kind, notifier);
  }
  core.dispatcher.start();

  const whatsapp = await startWhatsAppChannel({ config, core, database, log, print });
  print(`WhatsApp channel starting (${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}).`);
  print(`  session    ${whatsappSessionDir(config.dataDir)} (keep it private: it is a logged-in WhatsApp)`);
  print(`  browser    ${config.whatsapp.chromiumPath}, headless`);
  print('A pairing QR code appears here if this number is not linked yet. Ctrl+C to stop.');

  let stopping = false;
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    if (stopping) {
      // Ctrl+C again: leave now (puppeteer's exit hook still kills the browser). A repeated SIGTERM changes nothing.
      if (signal === 'SIGINT') process.exit(130);
      return;
    }
    stopping = true;
    log.info('whatsapp.stopping', { signal });
    void whatsapp.stop();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  const end = await whatsapp.closed;
  await core.dispatcher.stop();
  await database.close();
  if (end.reason === 'fatal') {
    process.stderr.write(`npm run whatsapp: ${end.error.message}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : errorMessage(error);
    process.stderr.write(`npm run whatsapp cannot start: ${message}\n`);
    process.exit(1);
  },
);
