import { and, count, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { OutboundMessage } from '../conversation/types.js';
import { isLang } from '../conversation/types.js';
import type { Database, Executor } from '../db/client.js';
import { sealText } from '../db/encrypted.js';
import { auditLog, caseNotes, cases, conversations, psychologists } from '../db/schema.js';
import { t } from '../i18n/index.js';
import { type CaseAction, enqueue } from '../notify/outbox.js';
import { enqueueDeliveryToPerson } from '../notify/person.delivery.js';
import { verifySentinel } from './sentinels.repository.js';

/**
 * The case lifecycle of DESIGN: new → claimed → contacted → in_care → closed.
 * Each use case runs in one transaction: check the transition, change the
 * case, write the audit line, and queue the update coordinators will see.
 * Who may act is decided by the caller (Slack: members of the channel).
 */
export type CaseStatus = 'new' | 'claimed' | 'contacted' | 'in_care' | 'closed';
export const CLOSING_REASONS = ['completed', 'unreachable', 'declined', 'referred'] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

export type CaseError =
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'ALREADY_CLAIMED'
  | 'NO_CAPACITY'
  | 'UNKNOWN_PSYCHOLOGIST'
  | 'NO_CONVERSATION'
  | 'EMPTY_TEXT';

export type CaseResult<T extends object = object> =
  | ({ ok: true; reference: string } & T)
  | { ok: false; code: CaseError; reference?: string; detail?: string };

export interface LifecycleDeps {
  db: Database;
  clock: Clock;
  /** Called after a commit that queued outbox rows. */
  onOutboxWritten?: () => void;
  /** Called after a case was erased on request: the core forgets what it holds in memory of its conversation. */
  onCaseErased?: (reference: string) => void;
}

type CaseRow = typeof cases.$inferSelect;

async function inCase<T extends object>(
  deps: LifecycleDeps,
  caseId: string,
  run: (tx: Executor, row: CaseRow, now: Date) => Promise<CaseResult<T>>,
): Promise<CaseResult<T>> {
  const result = await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!row) return { ok: false, code: 'NOT_FOUND' } as const;
    return run(tx, row, deps.clock.now());
  });
  if (result.ok) deps.onOutboxWritten?.();
  return result;
}

async function record(
  tx: Executor,
  row: CaseRow,
  actor: string,
  action: CaseAction,
  now: Date,
  extra: { detail?: string; sealedEcho?: string } = {},
) {
  await tx.insert(auditLog).values({
    at: now,
    actor,
    action: `case.${action}`,
    caseReference: row.reference,
    detail: extra.detail ? { detail: extra.detail } : null,
  });
  await enqueue(
    tx,
    {
      kind: 'coordinator.case_update',
      payload: { caseId: row.id, reference: row.reference, actor, action, at: now.toISOString(), ...extra },
    },
    { availableAt: now },
  );
}

const OPEN: readonly CaseStatus[] = ['new', 'claimed', 'contacted', 'in_care'];

export function claimCase(deps: LifecycleDeps, caseId: string, coordinator: string): Promise<CaseResult> {
  return inCase<object>(deps, caseId, async (tx, row, now) => {
    if (row.status !== 'new') {
      const code = row.claimedBy ? 'ALREADY_CLAIMED' : 'INVALID_TRANSITION';
      return { ok: false, code, reference: row.reference, detail: row.claimedBy ?? row.status };
    }
    await tx.update(cases).set({ status: 'claimed', claimedBy: coordinator, claimedAt: now }).where(eq(cases.id, row.id));
    await record(tx, row, coordinator, 'claimed', now);
    return { ok: true, reference: row.reference };
  });
}

/** The person was reached. A coordinator who calls before claiming claims at the same time. */
export function markContacted(deps: LifecycleDeps, caseId: string, coordinator: string): Promise<CaseResult> {
  return inCase<object>(deps, caseId, async (tx, row, now) => {
    if (row.status !== 'new' && row.status !== 'claimed')
      return { ok: false, code: 'INVALID_TRANSITION', reference: row.reference, detail: row.status };
    await tx
      .update(cases)
      .set({ status: 'contacted', contactedAt: now, claimedBy: row.claimedBy ?? coordinator, claimedAt: row.claimedAt ?? now })
      .where(eq(cases.id, row.id));
    await record(tx, row, coordinator, 'contacted', now);
    await tellSentinelOfContact(tx, deps, row);
    return { ok: true, reference: row.reference };
  });
}

/**
 * A sentinel who asked to be told hears that contact was made — and nothing
 * more: no clinical detail, no psychologist, no session count (DESIGN,
 * "Sentinel alert" 8). Sent once, on their own channel, through the outbox.
 */
async function tellSentinelOfContact(tx: Executor, deps: LifecycleDeps, row: CaseRow): Promise<void> {
  if (row.kind !== 'sentinel_alert' || !row.notifySentinel || !row.conversationId || row.contactedAt) return;
  const [conv] = await tx
    .select({ id: conversations.id, channel: conversations.channel, language: conversations.language })
    .from(conversations)
    .where(eq(conversations.id, row.conversationId));
  if (!conv || (conv.channel !== 'whatsapp' && conv.channel !== 'teams' && conv.channel !== 'console')) return;
  const lang = isLang(conv.language) ? conv.language : 'fr';
  await enqueueDeliveryToPerson(
    tx,
    deps.clock,
    { conversationId: conv.id, channel: conv.channel },
    [{ text: t(lang, 'feedback.contacted', { reference: row.reference }) }],
    'bot:sentinel_feedback',
    `sentinel_feedback:${row.id}`,
  );
}

/** Assigns a psychologist with a free seat; the case is then in care. */
export function assignPsychologist(
  deps: LifecycleDeps,
  caseId: string,
  psychologistId: string,
  coordinator: string,
): Promise<CaseResult<{ psychologist: string }>> {
  return inCase<{ psychologist: string }>(deps, caseId, async (tx, row, now) => {
    if (row.status !== 'claimed' && row.status !== 'contacted' && row.status !== 'new') {
      return { ok: false, code: 'INVALID_TRANSITION', reference: row.reference, detail: row.status };
    }
    // Lock the psychologist so two coordinators cannot fill the last seat twice.
    const [psy] = await tx.select().from(psychologists).where(eq(psychologists.id, psychologistId)).for('update');
    if (!psy?.active) return { ok: false, code: 'UNKNOWN_PSYCHOLOGIST', reference: row.reference };
    const [load] = await tx
      .select({ n: count() })
      .from(cases)
      .where(and(eq(cases.psychologistId, psy.id), eq(cases.status, 'in_care')));
    if ((load?.n ?? 0) >= psy.capacity) return { ok: false, code: 'NO_CAPACITY', reference: row.reference, detail: psy.name };
    await tx
      .update(cases)
      .set({
        status: 'in_care',
        psychologistId: psy.id,
        assignedAt: now,
        claimedBy: row.claimedBy ?? coordinator,
        claimedAt: row.claimedAt ?? now,
        contactedAt: row.contactedAt ?? now,
      })
      .where(eq(cases.id, row.id));
    await record(tx, row, coordinator, 'assigned', now, { detail: psy.name });
    await tellSentinelOfContact(tx, deps, row);
    return { ok: true, reference: row.reference, psychologist: psy.name };
  });
}

/** One more free session used; coordinators are warned in the thread when the budget is reached. */
export function recordSession(
  deps: LifecycleDeps,
  caseId: string,
  coordinator: string,
): Promise<CaseResult<{ used: number; max: number }>> {
  return inCase<{ used: number; max: number }>(deps, caseId, async (tx, row, now) => {
    if (row.status !== 'in_care') return { ok: false, code: 'INVALID_TRANSITION', reference: row.reference, detail: row.status };
    const used = row.sessionsUsed + 1;
    await tx
      .update(cases)
      .set({ sessionsUsed: sql`${cases.sessionsUsed} + 1` })
      .where(eq(cases.id, row.id));
    await record(tx, row, coordinator, 'session_done', now, { detail: `${used}/${row.maxSessions}` });
    if (used >= row.maxSessions) await record(tx, row, 'bot', 'budget_reached', now, { detail: `${used}/${row.maxSessions}` });
    return { ok: true, reference: row.reference, used, max: row.maxSessions };
  });
}

/** Closes a case with its reason; a psychologist's seat is freed by the status change. */
export function closeCase(deps: LifecycleDeps, caseId: string, reason: ClosingReason, coordinator: string): Promise<CaseResult> {
  return inCase<object>(deps, caseId, async (tx, row, now) => {
    if (!OPEN.includes(row.status as CaseStatus))
      return { ok: false, code: 'INVALID_TRANSITION', reference: row.reference, detail: row.status };
    await tx.update(cases).set({ status: 'closed', closingReason: reason, closedAt: now }).where(eq(cases.id, row.id));
    await record(tx, row, coordinator, 'closed', now, { detail: reason });
    return { ok: true, reference: row.reference };
  });
}

/**
 * A coordinator's reply reaches the person who wrote to the bot (the
 * independent, or the sentinel for an alert) on their own channel, through
 * the outbox; the thread gets an echo.
 */
export function replyToPerson(deps: LifecycleDeps, caseId: string, text: string, coordinator: string): Promise<CaseResult> {
  return inCase<object>(deps, caseId, async (tx, row, now) => {
    const body = text.trim();
    if (body === '') return { ok: false, code: 'EMPTY_TEXT', reference: row.reference };
    if (!row.conversationId) return { ok: false, code: 'NO_CONVERSATION', reference: row.reference };
    const [conv] = await tx
      .select({ id: conversations.id, channel: conversations.channel })
      .from(conversations)
      .where(eq(conversations.id, row.conversationId));
    if (!conv || (conv.channel !== 'whatsapp' && conv.channel !== 'teams' && conv.channel !== 'console')) {
      return { ok: false, code: 'NO_CONVERSATION', reference: row.reference };
    }
    const lang = isLang(row.language) ? row.language : 'fr';
    const message: OutboundMessage = { text: body };
    await enqueueDeliveryToPerson(
      tx,
      deps.clock,
      { conversationId: conv.id, channel: conv.channel },
      [message],
      `coordinator:${coordinator}`,
    );
    await record(tx, row, coordinator, 'replied', now, { sealedEcho: sealText(body), detail: lang });
    return { ok: true, reference: row.reference };
  });
}

/** A plain thread message from a coordinator: an internal note on the case, never sent to the person. */
export async function addNote(
  db: Executor,
  caseId: string,
  author: string,
  text: string,
  slackTs: string | null,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insert(caseNotes)
    .values({ caseId, author, text, slackTs, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: caseNotes.id });
  return inserted.length > 0;
}

/** A coordinator vouches for the sentinel who raised this alert: the registry and the case message say so. */
export function verifyCaseSentinel(deps: LifecycleDeps, caseId: string, coordinator: string): Promise<CaseResult> {
  return inCase<object>(deps, caseId, async (tx, row, now) => {
    if (!row.sentinelId) return { ok: false, code: 'INVALID_TRANSITION', reference: row.reference, detail: 'no sentinel' };
    await verifySentinel(tx, row.sentinelId);
    await record(tx, row, coordinator, 'sentinel_verified', now);
    return { ok: true, reference: row.reference };
  });
}
