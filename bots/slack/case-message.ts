import type { types } from '@slack/bolt';
import type { CaseCard, CaseDetails } from '../../src/cases/case-queries.js';
import type { Match } from '../../src/cases/matching.js';
import { openText } from '../../src/db/encrypted.js';
import { dateTimeFormat } from '../../src/i18n/date-format.js';
import type { CaseUpdateNotice, NewCaseNotice, UrgentNotice } from '../../src/notify/outbox.js';
import { escapeSlack, slackText } from './escape.js';

type KnownBlock = types.KnownBlock;

/**
 * What coordinators see in Slack. The channel history gets references,
 * priority, region, language, kind, sector, signals: never contact details
 * or free text (DESIGN, "Platform facts": Slack data may leave the EU).
 * Every value that came from outside is escaped.
 */
export const ACTIONS = {
  claim: 'case_claim',
  contacted: 'case_contacted',
  assign: 'case_assign',
  session: 'case_session_done',
  reply: 'case_reply',
  details: 'case_details',
  close: 'case_close',
  verifySentinel: 'case_verify_sentinel',
} as const;

export const VIEWS = {
  assign: 'case_assign_view',
  reply: 'case_reply_view',
  close: 'case_close_view',
  details: 'case_details_view',
} as const;

const KIND: Record<string, string> = {
  sentinel_alert: 'Sentinel alert',
  help_request: 'Help request',
  sentinel_advice: 'Advice for a sentinel',
};
const STATUS: Record<string, string> = { new: 'New', claimed: 'Claimed', contacted: 'Contacted', in_care: 'In care', closed: 'Closed' };
const REGION: Record<string, string> = {
  brussels: 'Brussels',
  wallonia: 'Wallonia',
  flanders: 'Flanders',
  german_community: 'German-speaking community',
};
const SIGNAL: Record<string, string> = {
  financial: 'financial trouble',
  exhaustion: 'exhaustion',
  isolation: 'isolation',
  sleep: 'sleep problems',
  substance: 'alcohol or other use',
  dark_thoughts: 'dark thoughts',
  conflicts: 'conflicts',
  other: 'other',
};
const CHANNEL: Record<string, string> = { whatsapp: 'WhatsApp', teams: 'Teams', console: 'Terminal' };
/** The family of a crisis signal, as coordinators read it: why a case is urgent (never what the person wrote). */
export const CRISIS_FAMILY: Record<string, string> = {
  suicide_intent: 'suicidal intent',
  self_harm: 'self-harm',
  plan_means: 'a plan or a means',
  farewell: 'farewell words',
  passive_ideation: 'wish to be dead',
  burden_insurance: 'burden, life insurance as the way out',
  ambiguous_distress: 'said yes when asked about suicide',
};
export const CLOSING: Record<string, string> = {
  completed: 'Completed',
  unreachable: 'Unreachable',
  declined: 'Declined',
  referred: 'Referred elsewhere',
};

/** A known value's label, or the value itself (escaped); own keys only, so "toString" is just text. */
const label = (table: Record<string, string>, value: string | null | undefined) =>
  escapeSlack(value ? (Object.hasOwn(table, value) ? (table[value] ?? value) : value) : '—');

export function formatTime(date: Date): string {
  return dateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function caseTitle(card: Pick<CaseCard, 'priority' | 'kind' | 'reference'>): string {
  const priority = card.priority === 'urgent' ? '🔴 URGENT' : '🟢 Normal';
  return `${priority} · ${label(KIND, card.kind)} · ${escapeSlack(card.reference)}`;
}

/** The case post, updated in place at every change. */
export function caseBlocks(card: CaseCard): KnownBlock[] {
  const fields = [
    `*Status*\n${label(STATUS, card.status)}${card.closingReason ? ` (${label(CLOSING, card.closingReason)})` : ''}`,
    `*Region*\n${label(REGION, card.region)}`,
    `*Language*\n${escapeSlack(card.language.toUpperCase())}`,
    `*Sector*\n${escapeSlack(card.sector ?? '—')}`,
    `*Signals*\n${card.signals.length ? card.signals.map((s) => label(SIGNAL, s)).join(', ') : '—'}`,
    `*Sentinel*\n${card.sentinel ?? '—'}`,
    `*Channel*\n${label(CHANNEL, card.sourceChannel)}`,
    `*Received*\n${formatTime(card.createdAt)}`,
  ];
  if (card.claimedBy) fields.push(`*Claimed by*\n<@${escapeSlack(card.claimedBy)}>`);
  if (card.psychologist) fields.push(`*Psychologist*\n${escapeSlack(card.psychologist)}`);
  if (card.status === 'in_care' || card.sessionsUsed > 0) fields.push(`*Sessions*\n${card.sessionsUsed}/${card.maxSessions}`);
  if (card.erasedAt) {
    const why = card.erasedReason === 'retention' ? 'at the end of the retention period' : 'on request';
    fields.unshift(`*Personal data*\nErased ${why}, ${formatTime(card.erasedAt)}`);
  }

  const why: string[] = [];
  if (card.priority === 'urgent' && card.crisisFamily)
    why.push(`🚨 Urgent because: ${label(CRISIS_FAMILY, card.crisisFamily)} (crisis screen)`);
  if (card.toCheck) why.push('⚠️ To check: a possible crisis signal was asked about and not answered');
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${caseTitle(card)}*` } },
    ...(why.length > 0 ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: why.join('\n') }] }] : []),
    // Slack allows at most 10 fields in a section.
    { type: 'section', fields: fields.slice(0, 10).map((text) => ({ type: 'mrkdwn', text })) },
  ];
  const buttons = caseButtons(card);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'case_actions', elements: buttons });
  return blocks;
}

function button(actionId: string, text: string, caseId: string, style?: 'primary' | 'danger') {
  return {
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text },
    value: caseId,
    ...(style ? { style } : {}),
  };
}

function caseButtons(card: CaseCard) {
  const b = [];
  if (card.status === 'new') b.push(button(ACTIONS.claim, 'Claim', card.id, 'primary'));
  if (card.status === 'new' || card.status === 'claimed') b.push(button(ACTIONS.contacted, 'Contacted', card.id));
  if (card.status === 'new' || card.status === 'claimed' || card.status === 'contacted')
    b.push(button(ACTIONS.assign, 'Assign psychologist', card.id));
  if (card.status === 'in_care') b.push(button(ACTIONS.session, 'Session done', card.id));
  if (card.status !== 'closed' && !card.erasedAt) b.push(button(ACTIONS.reply, 'Reply', card.id));
  if (!card.erasedAt) b.push(button(ACTIONS.details, 'Details', card.id));
  if (card.sentinel === 'unverified' && !card.erasedAt) b.push(button(ACTIONS.verifySentinel, 'Verify sentinel', card.id));
  if (card.status !== 'closed') b.push(button(ACTIONS.close, 'Close', card.id, 'danger'));
  return b;
}

export function newCaseFallback(n: NewCaseNotice): string {
  return `${n.priority === 'urgent' ? 'URGENT ' : ''}new case ${escapeSlack(n.reference)} (${label(KIND, n.kind)}, ${label(REGION, n.region)})`;
}

const ACTION_TEXT: Record<CaseUpdateNotice['action'], string> = {
  claimed: 'claimed the case',
  contacted: 'reached the person',
  assigned: 'assigned a psychologist',
  session_done: 'recorded a session',
  budget_reached: 'Session budget reached',
  replied: 'replied to the person',
  closed: 'closed the case',
  urgent: 'marked the case urgent',
  amended: 'added the rest of the request (the person answered after the crisis path)',
  sentinel_verified: 'verified the sentinel',
};

/** The short thread line that says who did what. */
export function updateLine(n: CaseUpdateNotice): string {
  const who = n.actor === 'bot' ? '' : `<@${escapeSlack(n.actor)}> `;
  if (n.action === 'budget_reached')
    return `⚠️ ${ACTION_TEXT.budget_reached} (${escapeSlack(n.detail ?? '')}): the free sessions of this case are used up.`;
  const detail =
    n.action === 'assigned'
      ? `: ${escapeSlack(n.detail ?? '')}`
      : n.action === 'session_done'
        ? ` (${escapeSlack(n.detail ?? '')})`
        : n.action === 'closed'
          ? ` (${label(CLOSING, n.detail)})`
          : '';
  const line = `${who}${ACTION_TEXT[n.action]}${detail}.`;
  if (n.action === 'replied' && n.sealedEcho) return `${line}\n>${slackText(openText(n.sealedEcho)).replace(/\n/g, '\n>')}`;
  return line;
}

export function urgentText(n: UrgentNotice): string {
  const where = n.caseReference
    ? `case ${escapeSlack(n.caseReference)}`
    : `conversation ${escapeSlack(n.conversationReference)} (no case yet)`;
  const why =
    n.reason === 'safety_question'
      ? 'said yes to the safety question'
      : `crisis words in a message${n.family ? ` (${label(CRISIS_FAMILY, n.family)})` : ''}`;
  return `<!here> 🚨 Crisis signal in ${where}: ${why}. Channel ${label(CHANNEL, n.channel)}, language ${escapeSlack(n.language.toUpperCase())}. The crisis numbers were shown at once.`;
}

export function relayText(text: string): string {
  return `💬 Message from the person:\n>${slackText(text).replace(/\n/g, '\n>')}`;
}

export function escalationText(reference: string, minutes: number, urgent: boolean): string {
  const since = minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`;
  return `<!here> ⏰ ${urgent ? 'Urgent case' : 'Case'} ${escapeSlack(reference)} is still unclaimed after ${since}.`;
}

export function assignModal(caseId: string, reference: string, matches: Match[]) {
  const options = matches.slice(0, 100).map((m) => ({
    text: {
      type: 'plain_text' as const,
      text: slackText(`${m.psychologist.name} (${m.psychologist.capacity - m.psychologist.activeCases} free)`, 75),
    },
    value: m.psychologist.id,
  }));
  const blocks: KnownBlock[] =
    options.length > 0
      ? [
          {
            type: 'input',
            block_id: 'psychologist',
            label: { type: 'plain_text', text: 'Psychologist (best matches first)' },
            element: { type: 'static_select', action_id: 'value', options },
          },
        ]
      : [
          {
            type: 'section',
            text: { type: 'mrkdwn', text: 'No psychologist matches this case’s region, language and modality with a free seat.' },
          },
        ];
  return {
    type: 'modal' as const,
    callback_id: VIEWS.assign,
    private_metadata: caseId,
    title: { type: 'plain_text' as const, text: 'Assign psychologist' },
    ...(options.length > 0 ? { submit: { type: 'plain_text' as const, text: 'Assign' } } : {}),
    close: { type: 'plain_text' as const, text: 'Cancel' },
    blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(reference) }] } as KnownBlock, ...blocks],
  };
}

export function replyModal(caseId: string, reference: string, recipient: string) {
  return {
    type: 'modal' as const,
    callback_id: VIEWS.reply,
    private_metadata: caseId,
    title: { type: 'plain_text' as const, text: 'Reply' },
    submit: { type: 'plain_text' as const, text: 'Send' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    blocks: [
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: `${escapeSlack(reference)}: sent to ${escapeSlack(recipient)} on their own channel, and echoed in the thread.`,
          },
        ],
      },
      {
        type: 'input',
        block_id: 'reply',
        label: { type: 'plain_text', text: 'Message' },
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000 },
      },
    ] as KnownBlock[],
  };
}

export function closeModal(caseId: string, reference: string) {
  return {
    type: 'modal' as const,
    callback_id: VIEWS.close,
    private_metadata: caseId,
    title: { type: 'plain_text' as const, text: 'Close case' },
    submit: { type: 'plain_text' as const, text: 'Close' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(reference) }] },
      {
        type: 'input',
        block_id: 'reason',
        label: { type: 'plain_text', text: 'Reason' },
        element: {
          type: 'static_select',
          action_id: 'value',
          options: Object.entries(CLOSING).map(([value, text]) => ({ text: { type: 'plain_text', text }, value })),
        },
      },
    ] as KnownBlock[],
  };
}

/** Contact details and free text, for the coordinator who asked only (a modal, never the channel). */
export function detailsModal(details: CaseDetails) {
  const lines: string[] = [];
  const v = (x: string | null | undefined) => escapeSlack(x && x.length > 0 ? x : '—');
  if (details.person) {
    const p = details.person;
    lines.push(
      `*Person*\n${v([p.firstName, p.lastName].filter(Boolean).join(' '))}\nPhone: ${v(p.phone)}\nE-mail: ${v(p.email)}\nPostal code: ${v(p.postalCode)}`,
    );
  }
  if (details.sentinel) {
    const s = details.sentinel;
    lines.push(
      `*Sentinel* (${s.verified ? 'verified' : 'unverified'})\n${v(s.name)}, ${v(s.organisation)} (${v(s.role)})\nPhone: ${v(s.phone)}\nE-mail: ${v(s.email)}`,
    );
  }
  lines.push(
    `*Immediate danger*: ${details.immediateDanger ? 'yes' : 'no'}\n*Best moments*: ${v(details.bestMoments)}\n*Modality*: ${v(details.modality)}`,
  );
  if (details.context) lines.push(`*What they said*\n${slackText(details.context)}`);
  for (const note of details.notes.slice(-10)) lines.push(`_Note by <@${escapeSlack(note.author)}>_: ${slackText(note.text, 500)}`);
  return {
    type: 'modal' as const,
    callback_id: VIEWS.details,
    title: { type: 'plain_text' as const, text: 'Case details' },
    close: { type: 'plain_text' as const, text: 'Close' },
    blocks: [
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: `${escapeSlack(details.reference)}: shown to you only; this view is recorded in the audit log.` },
        ],
      },
      ...lines.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } })),
    ] as KnownBlock[],
  };
}
