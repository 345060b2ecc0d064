import type { Logger } from '../../src/log.js';
import type { WhatsAppLifecycleClient } from './client.port.js';
import { describeStartFailure, type StartFailure } from './start-failure.js';
import { type WhatsAppEnd, WhatsAppFatalError } from './whatsapp.errors.js';

export interface LifecycleOptions {
  client: WhatsAppLifecycleClient;
  log: Logger;
  chromiumPath: string;
  /** Named in the messages that ask a person to pair again. */
  sessionDir: string;
  /** Shows the pairing QR code to whoever runs the process. */
  showQr: (qr: string) => void;
  /** Waits between two starts: doubling from `baseMs`, capped at `maxMs`. */
  backoff?: { baseMs: number; maxMs: number };
  /** Longest wait for WhatsApp Web to load before the attempt counts as failed. */
  initializeTimeoutMs?: number;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * The session states after which WhatsApp will not let this browser in again
 * without a person: the phone unlinked the device, the pairing is gone, the
 * number is blocked. Any other disconnection is retried.
 */
const SESSION_ENDED = new Set(['LOGOUT', 'UNPAIRED', 'UNPAIRED_IDLE', 'TOS_BLOCK', 'SMB_TOS_BLOCK']);

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    // Not unref'd: while WhatsApp Web is unreachable, this wait is what keeps `npm run whatsapp` alive.
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the client for as long as the process lives: start it, log its
 * life-cycle events, start it again with back-off when WhatsApp Web cannot be
 * reached or the connection drops (WhatsApp keeps the messages meanwhile;
 * the catch-up at `ready` answers them), and end with a typed error when
 * only a person can help: the session can no longer log in, or Chromium
 * cannot start at all. Every failed start closes the browser before the
 * next attempt, so no Chromium is left running while it waits.
 */
export class WhatsAppLifecycle {
  readonly ended: Promise<WhatsAppEnd>;
  private resolveEnded: (end: WhatsAppEnd) => void = () => {};
  private readonly stopRequested = new AbortController();
  private fatal: WhatsAppFatalError | undefined;
  private wakeWaiter: (() => void) | undefined;
  private disconnectReason: string | undefined;
  private wasReady = false;
  private loop: Promise<void> | undefined;
  /** The last `initialize()`, settled or not: a stop waits for it so a browser still being launched is closed too. */
  private initializing: Promise<unknown> = Promise.resolve();
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly initializeTimeoutMs: number;
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>;

  constructor(private readonly o: LifecycleOptions) {
    this.ended = new Promise((resolve) => {
      this.resolveEnded = resolve;
    });
    this.backoff = o.backoff ?? { baseMs: 5_000, maxMs: 5 * 60_000 };
    this.initializeTimeoutMs = o.initializeTimeoutMs ?? 180_000;
    this.sleep = o.sleep ?? abortableSleep;
  }

  start(): void {
    if (this.loop) return;
    this.listen();
    this.loop = this.run();
  }

  /** Destroys the client (closing Chromium) and ends the loop; `ended` resolves with 'stopped'. */
  async stop(): Promise<void> {
    this.stopRequested.abort();
    this.wakeWaiter?.();
    if (!this.loop) this.resolveEnded({ reason: 'stopped' });
    await this.loop;
  }

  private get stopping(): boolean {
    return this.stopRequested.signal.aborted || this.fatal !== undefined;
  }

  private listen(): void {
    const { client, log } = this.o;
    client.on('qr', (qr) => {
      log.info('whatsapp.pairing_code_shown');
      this.o.showQr(qr);
    });
    client.on('authenticated', () => log.info('whatsapp.authenticated'));
    client.on('ready', () => {
      this.wasReady = true;
      log.info('whatsapp.ready');
    });
    client.on('change_state', (state) => log.info('whatsapp.state', { state }));
    client.on('auth_failure', (message) => {
      log.error('whatsapp.auth_failure', { reason: JSON.stringify(String(message).slice(0, 200)) });
      this.end(
        new WhatsAppFatalError(
          'WHATSAPP_SESSION_ENDED',
          `the saved WhatsApp session can no longer log in (auth_failure). To pair again: delete ${this.o.sessionDir}, run npm run whatsapp and scan the QR code with the programme's phone.`,
        ),
      );
    });
    client.on('disconnected', (reason) => {
      const why = String(reason);
      log.warn('whatsapp.disconnected', { reason: why });
      if (SESSION_ENDED.has(why)) {
        this.end(
          new WhatsAppFatalError(
            'WHATSAPP_SESSION_ENDED',
            `WhatsApp ended this session (${why}): the phone removed this device from Linked devices, or the number was blocked. Run npm run whatsapp and scan the new QR code with the programme's phone.`,
          ),
        );
        return;
      }
      this.disconnectReason = why;
      this.wakeWaiter?.();
    });
  }

  private end(error: WhatsAppFatalError): void {
    this.fatal ??= error;
    this.wakeWaiter?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.wasReady = false;
      this.disconnectReason = undefined;
      const started = await this.initializeOnce();
      if (this.stopping) break;
      let waitMs: number;
      if (started === 'started') {
        await this.untilDisconnected();
        if (this.stopping) break;
        await this.destroyQuietly();
        failures = this.wasReady ? 1 : failures + 1;
        waitMs = this.delay(failures);
        this.o.log.warn('whatsapp.reconnecting', { reason: this.disconnectReason, attempt: failures, retryInS: waitMs / 1000 });
      } else {
        // Closed before saying so: when the line is written, no browser of this attempt is left running.
        await this.destroyQuietly();
        if (started.permanent) {
          this.o.log.error('whatsapp.start_failed', { reason: JSON.stringify(started.reason), permanent: true });
          this.end(new WhatsAppFatalError('WHATSAPP_BROWSER_FAILED', `${started.reason}. Install Debian's chromium or set CHROMIUM_PATH.`));
          break;
        }
        failures += 1;
        waitMs = this.delay(failures);
        this.o.log.error('whatsapp.start_failed', { reason: JSON.stringify(started.reason), attempt: failures, retryInS: waitMs / 1000 });
      }
      await this.sleep(waitMs, this.stopRequested.signal);
    }
    await this.destroyQuietly();
    // A stop during `initialize()` may come before the browser exists: once the launch settles, close what it opened.
    if (await settlesWithin(this.initializing, 15_000)) await this.destroyQuietly();
    this.resolveEnded(this.fatal ? { reason: 'fatal', error: this.fatal } : { reason: 'stopped' });
  }

  private async initializeOnce(): Promise<'started' | StartFailure> {
    let timer: NodeJS.Timeout | undefined;
    const initializing = this.o.client.initialize();
    // If the time-out or a stop wins the race, the library's own later failure is expected: it must not go unhandled.
    this.initializing = initializing.catch(() => undefined);
    const timedOut = new Promise<StartFailure>((resolve) => {
      timer = setTimeout(
        () => resolve({ reason: `WhatsApp Web did not load within ${Math.round(this.initializeTimeoutMs / 1000)} s`, permanent: false }),
        this.initializeTimeoutMs,
      );
    });
    const stopped = new Promise<'started'>((resolve) => {
      this.wakeWaiter = () => resolve('started');
      if (this.stopping) resolve('started');
    });
    try {
      return await Promise.race([
        initializing.then(
          () => 'started' as const,
          (error: unknown) => describeStartFailure(error, this.o.chromiumPath),
        ),
        timedOut,
        stopped,
      ]);
    } finally {
      clearTimeout(timer);
      this.wakeWaiter = undefined;
    }
  }

  /** Resolves when the connection drops, the session ends, or a stop is asked. */
  private untilDisconnected(): Promise<void> {
    return new Promise((resolve) => {
      this.wakeWaiter = () => {
        this.wakeWaiter = undefined;
        resolve();
      };
      if (this.stopping || this.disconnectReason !== undefined) this.wakeWaiter();
    });
  }

  private delay(failures: number): number {
    return Math.min(this.backoff.maxMs, this.backoff.baseMs * 2 ** Math.max(0, failures - 1));
  }

  private async destroyQuietly(): Promise<void> {
    try {
      await this.o.client.destroy();
    } catch (error) {
      this.o.log.warn('whatsapp.destroy_failed', { error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
    }
  }
}
