import { errorMessage } from '../../src/log.js';

/** Why `client.initialize()` failed, in words a person can act on, and whether trying again can help. */
export interface StartFailure {
  reason: string;
  /** Retrying cannot help (no browser, session folder in use): the process ends. */
  permanent: boolean;
}

/**
 * whatsapp-web.js and puppeteer fail with long multi-line messages (and
 * sometimes a bare string, e.g. 'auth timeout'). This keeps the cause and
 * says what it means. Network failures are transient: WhatsApp keeps the
 * messages and the catch-up at `ready` answers them.
 */
export function describeStartFailure(error: unknown, chromiumPath: string): StartFailure {
  const message = error instanceof Error ? error.message : String(error);
  const net = /net::ERR_[A-Z_]+/.exec(message)?.[0];
  if (net) return { reason: `cannot reach WhatsApp Web (${net})`, permanent: false };
  if (/browser is already running for/i.test(message)) {
    return {
      reason: 'the WhatsApp session folder is used by another browser: only one WhatsApp process may run per phone number',
      permanent: true,
    };
  }
  if (/Browser was not found|Failed to launch the browser process|spawn .* ENOENT|EACCES/i.test(message)) {
    return { reason: `cannot start Chromium at ${chromiumPath} (${firstLine(message)})`, permanent: true };
  }
  if (/auth timeout|ready timeout/.test(message)) {
    return { reason: `WhatsApp Web did not finish loading (${message})`, permanent: false };
  }
  if (/Target closed|Session closed|Protocol error|Navigating frame was detached/i.test(message)) {
    return { reason: `the browser went away while WhatsApp Web was loading (${firstLine(message)})`, permanent: false };
  }
  return { reason: firstLine(errorMessage(error)), permanent: false };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.trim().slice(0, 200);
}
