import { ConfigError, readConfig } from '../src/config.js';
import { DataDirLockedError } from '../src/db/data-dir.lock.js';
import { createLogger, errorMessage } from '../src/log.js';
import { collectProcessMetrics } from '../src/metrics.js';
import { startService } from './service.js';

/**
 * `npm start`: the composition root. Prints where each channel listens and
 * what is not configured; stops cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const log = createLogger({ level: config.logLevel });
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const service = await startService({ config, log, print });
  collectProcessMetrics(service.core.metrics);
  for (const line of service.status) print(line);
  print('Talk to the bot in a terminal with `npm run chat` (while this runs on PGlite, stop it first or use DATABASE_URL).');

  void service.whatsappClosed?.then(async (end) => {
    if (end.reason !== 'fatal') return;
    // A WhatsApp session that can no longer authenticate needs a person: say what to do and stop.
    process.stderr.write(`${end.error.message}\n`);
    await service.stop();
    process.exit(1);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('service.stopping', { signal });
    await service.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : errorMessage(error);
  process.stderr.write(`Passerelle cannot start: ${message}\n`);
  process.exit(1);
});
