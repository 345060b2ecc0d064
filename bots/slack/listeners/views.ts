import type { App, ViewSubmitAction } from '@slack/bolt';
import { assignPsychologist, CLOSING_REASONS, type ClosingReason, closeCase, replyToPerson } from '../../../src/cases/case-lifecycle.js';
import { VIEWS } from '../case-message.js';
import { type CoordinatorContext, explain, refuseIfNotMember } from './context.js';

type Values = ViewSubmitAction['view']['state']['values'];

function selected(values: Values, block: string): string | undefined {
  return values[block]?.value?.selected_option?.value ?? undefined;
}

function typed(values: Values, block: string): string {
  return values[block]?.value?.value ?? '';
}

/** The modals' submissions: assign, reply, close. */
export function registerCaseViews(app: App, ctx: CoordinatorContext): void {
  app.view<ViewSubmitAction>(VIEWS.assign, async ({ ack, body, view, client }) => {
    const psychologistId = selected(view.state.values, 'psychologist');
    if (!psychologistId) {
      await ack({ response_action: 'errors', errors: { psychologist: 'Choose a psychologist.' } });
      return;
    }
    await ack();
    if (await refuseIfNotMember(ctx, client, body.user.id)) return;
    const result = await assignPsychologist(ctx.lifecycle, view.private_metadata, psychologistId, body.user.id);
    if (!result.ok) await explain(ctx, client, body.user.id, result);
  });

  app.view<ViewSubmitAction>(VIEWS.reply, async ({ ack, body, view, client }) => {
    const text = typed(view.state.values, 'reply');
    if (text.trim() === '') {
      await ack({ response_action: 'errors', errors: { reply: 'Write the message to send.' } });
      return;
    }
    await ack();
    if (await refuseIfNotMember(ctx, client, body.user.id)) return;
    const result = await replyToPerson(ctx.lifecycle, view.private_metadata, text, body.user.id);
    if (!result.ok) await explain(ctx, client, body.user.id, result);
  });

  app.view<ViewSubmitAction>(VIEWS.close, async ({ ack, body, view, client }) => {
    const reason = selected(view.state.values, 'reason');
    if (!reason || !(CLOSING_REASONS as readonly string[]).includes(reason)) {
      await ack({ response_action: 'errors', errors: { reason: 'Choose a reason.' } });
      return;
    }
    await ack();
    if (await refuseIfNotMember(ctx, client, body.user.id)) return;
    const result = await closeCase(ctx.lifecycle, view.private_metadata, reason as ClosingReason, body.user.id);
    if (!result.ok) await explain(ctx, client, body.user.id, result);
  });
}
