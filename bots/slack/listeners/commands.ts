import type { App } from '@slack/bolt';
import { type CaseCard, findCaseByReference, listOpenCases, startOfWeek, weeklyFigures } from '../../../src/cases/case-queries.js';
import { caseTitle, formatTime } from '../case-message.js';
import { escapeSlack } from '../escape.js';
import type { CoordinatorContext } from './context.js';

const HELP = [
  '*/passerelle open*: open cases, urgent first, then oldest',
  '*/passerelle case PDI-XXXXX*: one case',
  '*/passerelle stats*: this week’s figures',
  '*/passerelle help*: this help',
].join('\n');

function line(card: CaseCard): string {
  const who = card.claimedBy ? ` · <@${escapeSlack(card.claimedBy)}>` : ' · unclaimed';
  return `• ${caseTitle(card)} · ${escapeSlack(card.status)} · ${formatTime(card.createdAt)}${who}`;
}

const minutes = (m: number | null) => (m === null ? '—' : m >= 120 ? `${Math.round(m / 60)} h` : `${m} min`);

/**
 * `/passerelle`: answered in the acknowledgement itself (ephemeral), so
 * nothing else is called and the 3-second rule holds.
 */
export function registerPasserelleCommand(app: App, ctx: CoordinatorContext): void {
  app.command('/passerelle', async ({ ack, command }) => {
    if (!(await ctx.membership.isMember(command.user_id))) {
      await ack({ response_type: 'ephemeral', text: 'Only members of the coordinators’ channel can use /passerelle.' });
      return;
    }
    const [verb = 'help', ...args] = command.text.trim().split(/\s+/).filter(Boolean);
    switch (verb.toLowerCase()) {
      case 'open': {
        const open = await listOpenCases(ctx.db);
        await ack({
          response_type: 'ephemeral',
          text: open.length ? `*Open cases (${open.length})*\n${open.map(line).join('\n')}` : 'No open case.',
        });
        return;
      }
      case 'case': {
        const card = args[0] ? await findCaseByReference(ctx.db, args[0]) : undefined;
        if (!card) {
          await ack({ response_type: 'ephemeral', text: `No case ${escapeSlack(args[0] ?? '')}. Usage: /passerelle case PDI-XXXXX` });
          return;
        }
        const link = card.slackTs ? `\nThread: ${escapeSlack(card.slackChannel ?? '')}/${escapeSlack(card.slackTs)}` : '';
        const psy = card.psychologist
          ? `\nPsychologist: ${escapeSlack(card.psychologist)}, sessions ${card.sessionsUsed}/${card.maxSessions}`
          : '';
        await ack({ response_type: 'ephemeral', text: `${line(card)}${psy}${link}` });
        return;
      }
      case 'stats': {
        const now = ctx.clock.now();
        const f = await weeklyFigures(ctx.db, now, startOfWeek(now));
        await ack({
          response_type: 'ephemeral',
          text: `*This week* (since ${formatTime(f.from)})\nNew cases: ${f.created} · urgent: ${f.urgent} · claimed: ${f.claimed}\nMedian time to claim: ${minutes(f.medianMinutesToClaim)} · to first contact: ${minutes(f.medianMinutesToContact)}`,
        });
        return;
      }
      default:
        await ack({ response_type: 'ephemeral', text: HELP });
    }
  });
}
