import type { Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import type { Logger } from '../../src/log.js';
import type { Core } from '../../src/service.js';
import type { Pacing } from './chat.sender.js';
import { buildWhatsAppClient, prepareSessionDir } from './client.js';
import { type LifecycleOptions, WhatsAppLifecycle } from './client.lifecycle.js';
import type { WhatsAppClient } from './client.port.js';
import { printPairingCode } from './pairing.js';
import { WhatsAppChannel } from './whatsapp.channel.js';
import type { WhatsAppEnd } from './whatsapp.errors.js';

export type { WhatsAppEnd, WhatsAppFatalCode } from './whatsapp.errors.js';
export { WhatsAppFatalError } from './whatsapp.errors.js';

export interface StartWhatsAppOptions {
  config: Pick<Config, 'dataDir' | 'whatsapp' | 'hotline'>;
  core: Core;
  database: DatabaseHandle;
  log: Logger;
  /** Where the pairing QR code and its instructions go (a terminal). Default: stdout. */
  print?: (text: string) => void;
  /** Tests: a fake client instead of whatsapp-web.js. */
  client?: WhatsAppClient;
  /** Tests: more Chromium flags for the real client. */
  chromiumArgs?: readonly string[];
  /** Tests: a shorter spacing between messages to one chat. */
  pacing?: Pacing;
  /** Tests: shorter back-off and time-out. */
  lifecycle?: Pick<LifecycleOptions, 'backoff' | 'initializeTimeoutMs' | 'sleep'>;
}

export interface WhatsAppChannelHandle {
  channel: WhatsAppChannel;
  /**
   * How the channel ended. Never rejects: `{ reason: 'fatal', error }` means
   * only a person can help (pair again, install Chromium); print
   * `error.message` and exit non-zero.
   */
  closed: Promise<WhatsAppEnd>;
  /** Stops taking messages, lets the ones being answered finish, destroys the client (and Chromium). */
  stop(): Promise<void>;
}

/** How long a stop waits for messages being answered before closing the browser anyway. */
const STOP_GRACE_MS = 10_000;

/**
 * Starts the WhatsApp Web channel in this process: the session folder
 * (`DATA_DIR/whatsapp`, mode 0700), the client, the adapter (inbound
 * messages, calls, catch-up, deliveries to persons) and its life cycle
 * (pairing, reconnection with back-off). Returns at once; the client keeps
 * starting in the background. The caller owns the signals: on SIGINT or
 * SIGTERM, call `stop()` before closing the database.
 */
export async function startWhatsAppChannel(o: StartWhatsAppOptions): Promise<WhatsAppChannelHandle> {
  const { config, core, database, log } = o;
  const print = o.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  const sessionDir = prepareSessionDir(config.dataDir);
  const client =
    o.client ?? buildWhatsAppClient({ dataDir: config.dataDir, chromiumPath: config.whatsapp.chromiumPath, extraArgs: o.chromiumArgs });
  const channel = new WhatsAppChannel({
    client,
    core,
    db: database.db,
    log,
    hotlineNumber: config.hotline.number,
    pacing: o.pacing,
  }).attach();
  const lifecycle = new WhatsAppLifecycle({
    client,
    log,
    chromiumPath: config.whatsapp.chromiumPath,
    sessionDir,
    showQr: (qr) => printPairingCode(qr, print),
    ...o.lifecycle,
  });
  log.info('whatsapp.starting', { session: sessionDir, chromium: config.whatsapp.chromiumPath });
  lifecycle.start();

  const stopChannel = () => settleWithin(channel.stop(), STOP_GRACE_MS);
  let stopping: Promise<void> | undefined;
  return {
    channel,
    closed: lifecycle.ended.then(async (end) => {
      await stopChannel();
      return end;
    }),
    stop() {
      stopping ??= (async () => {
        await stopChannel();
        await lifecycle.stop();
      })();
      return stopping;
    },
  };
}

async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    promise.catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
