import type { App } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import { addNote } from '../../../src/cases/case-lifecycle.js';
import { cases } from '../../../src/db/schema.js';
import type { CoordinatorContext } from './context.js';

/**
 * A coordinator's plain message in a case thread is an internal note: stored
 * on the case, never sent to the person. Only Reply sends.
 */
export function registerThreadNotes(app: App, ctx: CoordinatorContext): void {
  app.message(async ({ message }) => {
    if (message.channel !== ctx.channelId || message.subtype !== undefined) return;
    if (!('thread_ts' in message) || !message.thread_ts || message.thread_ts === message.ts) return;
    if (!('user' in message) || !message.user || 'bot_id' in message) return;
    const [row] = await ctx.db.select({ id: cases.id }).from(cases).where(eq(cases.slackTs, message.thread_ts));
    if (!row) return;
    // Only members of the channel can post in it, so the author is a coordinator.
    await addNote(ctx.db, row.id, message.user, message.text ?? '', message.ts, ctx.clock.now());
    ctx.log.info('slack.note_stored', { case: row.id });
  });
}
