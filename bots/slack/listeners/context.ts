import type { webApi } from '@slack/bolt';
import type { LifecycleDeps } from '../../../src/cases/case-lifecycle.js';
import type { EscalationPolicy } from '../../../src/cases/escalation.js';
import type { Clock } from '../../../src/clock.js';
import type { Database } from '../../../src/db/client.js';
import type { Logger } from '../../../src/log.js';
import type { ChannelMembership } from '../membership.js';

/** What every coordinator listener needs. */
export interface CoordinatorContext {
  db: Database;
  clock: Clock;
  log: Logger;
  channelId: string;
  membership: ChannelMembership;
  lifecycle: LifecycleDeps;
  escalation: EscalationPolicy;
}

/** Non-members get an ephemeral refusal and nothing changes. Returns true when refused. */
export async function refuseIfNotMember(ctx: CoordinatorContext, client: webApi.WebClient, userId: string): Promise<boolean> {
  if (await ctx.membership.isMember(userId)) return false;
  ctx.log.warn('slack.refused', { user: userId });
  await client.chat.postEphemeral({
    channel: ctx.channelId,
    user: userId,
    text: 'Only members of the coordinators’ channel can act on cases. Nothing was changed.',
  });
  return true;
}

const EXPLANATIONS: Record<string, string> = {
  NOT_FOUND: 'This case no longer exists.',
  INVALID_TRANSITION: 'This step does not apply to the case in its current state.',
  ALREADY_CLAIMED: 'This case is already claimed.',
  NO_CAPACITY: 'This psychologist has no free seat any more.',
  UNKNOWN_PSYCHOLOGIST: 'This psychologist is not in the directory.',
  NO_CONVERSATION: 'There is no conversation to reply to for this case.',
  EMPTY_TEXT: 'The message is empty.',
};

/** Tells the coordinator, privately, why nothing happened. */
export async function explain(
  ctx: CoordinatorContext,
  client: webApi.WebClient,
  userId: string,
  result: { ok: boolean; code?: string; detail?: string },
): Promise<void> {
  const text = EXPLANATIONS[result.code ?? ''] ?? 'That did not work.';
  await client.chat.postEphemeral({ channel: ctx.channelId, user: userId, text });
}
