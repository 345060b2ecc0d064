import { errorMessage } from '../../src/log.js';

/**
 * An error as it may be logged: logs carry ids, never what a person wrote.
 * drizzle's query errors quote the statement and its parameters (the text
 * of a message, a name, a number), so only their database error code is
 * kept; other errors (puppeteer, WhatsApp Web) are kept as they are.
 */
export function safeErrorSummary(error: unknown): string {
  const text = errorMessage(error);
  if (!/Failed query|params:/i.test(text)) return text;
  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  return `database query failed${code ? ` (code ${code})` : ''}`;
}
