/**
 * Why the WhatsApp channel stopped for good: retrying cannot help, a person
 * has to act. The entry point prints the message and exits non-zero.
 */
export type WhatsAppFatalCode =
  /** The saved session can no longer log in, or the phone unlinked this device: pair again. */
  | 'WHATSAPP_SESSION_ENDED'
  /** Chromium cannot be started (missing, broken, or the session folder is used by another browser). */
  | 'WHATSAPP_BROWSER_FAILED';

export class WhatsAppFatalError extends Error {
  override readonly name = 'WhatsAppFatalError';
  constructor(
    readonly code: WhatsAppFatalCode,
    message: string,
  ) {
    super(message);
  }
}

/** How the channel ended: stopped on request, or a fatal error the entry point must turn into a non-zero exit. */
export type WhatsAppEnd = { reason: 'stopped' } | { reason: 'fatal'; error: WhatsAppFatalError };
