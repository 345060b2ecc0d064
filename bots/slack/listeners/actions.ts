import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { claimCase, markContacted, recordSession, verifyCaseSentinel } from '../../../src/cases/case-lifecycle.js';
import { loadCaseCard, loadCaseDetails } from '../../../src/cases/case-queries.js';
import { matchingPsychologists } from '../../../src/cases/psychologists.repository.js';
import { auditLog } from '../../../src/db/schema.js';
import { ACTIONS, assignModal, closeModal, detailsModal, replyModal } from '../case-message.js';
import { type CoordinatorContext, explain, refuseIfNotMember } from './context.js';

/**
 * The case post's buttons. Each acks at once (Slack retries after 3 s),
 * checks that the clicker belongs to the coordinators' channel, then runs
 * one use case of the core; the message itself is updated by the outbox.
 */
export function registerCaseActions(app: App, ctx: CoordinatorContext): void {
  const caseIdOf = (body: BlockAction) => (body.actions[0] as ButtonAction | undefined)?.value ?? '';

  const simple = (actionId: string, run: (caseId: string, user: string) => Promise<{ ok: boolean; code?: string; detail?: string }>) =>
    app.action<BlockAction>(actionId, async ({ ack, body, client }) => {
      await ack();
      if (await refuseIfNotMember(ctx, client, body.user.id)) return;
      const result = await run(caseIdOf(body), body.user.id);
      if (!result.ok) await explain(ctx, client, body.user.id, result);
    });

  simple(ACTIONS.claim, (caseId, user) => claimCase(ctx.lifecycle, caseId, user));
  simple(ACTIONS.contacted, (caseId, user) => markContacted(ctx.lifecycle, caseId, user));
  simple(ACTIONS.session, (caseId, user) => recordSession(ctx.lifecycle, caseId, user));
  simple(ACTIONS.verifySentinel, (caseId, user) => verifyCaseSentinel(ctx.lifecycle, caseId, user));

  app.action<BlockAction>(ACTIONS.assign, async ({ ack, body, client }) => {
    await ack();
    if (await refuseIfNotMember(ctx, client, body.user.id)) return;
    const caseId = caseIdOf(body);
    const card = await loadCaseCard(ctx.db, caseId);
    if (!card) return explain(ctx, client, body.user.id, { ok: false, code: 'NOT_FOUND' });
    const matches = await matchingPsychologists(ctx.db, caseId);
    await client.views.open({ trigger_id: body.trigger_id, view: assignModal(caseId, card.reference, matches) });
  });

  app.action<BlockAction>(ACTIONS.reply, async ({ ack, body, client }) => {
    await ack();
    if (await refuseIfNotMember(ctx, client, body.user.id)) return;
    const caseId = caseIdOf(body);
    const card = await loadCaseCard(ctx.db, caseId);
    if (!card) return explain(ctx, client, body.user.id, { ok: false, code: 'NOT_FOUND' });
    const recipient = card.kind === 'help_request' ? 'the person' : 'the sentinel';
    await client.views.open({ trigger_id: body.trigger_id, view: replyModal(caseId, card.reference, recipient) });
  });

  app.action<BlockAction>(ACTIONS.close, async ({ ack, body, client }) => {
    await ack();
    if (await refuseIfNotMember(ctx, client, body.user.id)) return;
    const caseId = caseIdOf(body);
    const card = await loadCaseCard(ctx.db, caseId);
    if (!card) return explain(ctx, client, body.user.id, { ok: false, code: 'NOT_FOUND' });
    await client.views.open({ trigger_id: body.trigger_id, view: closeModal(caseId, card.reference) });
  });

  app.action<BlockAction>(ACTIONS.details, async ({ ack, body, client }) => {
    await ack();
    if (await refuseIfNotMember(ctx, client, body.user.id)) return;
    const details = await loadCaseDetails(ctx.db, caseIdOf(body));
    if (!details) return explain(ctx, client, body.user.id, { ok: false, code: 'NOT_FOUND' });
    // Every view of personal details is audited (who, when, which case), before it is shown.
    await ctx.db
      .insert(auditLog)
      .values({ at: ctx.clock.now(), actor: body.user.id, action: 'case.details_viewed', caseReference: details.reference, detail: null });
    await client.views.open({ trigger_id: body.trigger_id, view: detailsModal(details) });
  });
}
