import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { cases } from '../db/schema.js';
import { type EnqueueOptions, enqueue, type OutboxMessage } from '../notify/outbox.js';
import type { HotlineCalendar } from './hotline-hours.js';

export interface EscalationSettings {
  urgentMinutes: number;
  repeatMinutes: number;
  normalWorkingHours: number;
}

export interface EscalationPolicy {
  settings: EscalationSettings;
  calendar: HotlineCalendar;
}

/**
 * When an unclaimed case is first escalated: urgent after minutes of clock
 * time (a crisis does not wait for office hours), normal after working hours
 * of the hotline calendar (a Friday-evening request is escalated on Monday).
 */
export function firstEscalationAt(policy: EscalationPolicy, priority: string, createdAt: Date): Date {
  if (priority === 'urgent') return new Date(createdAt.getTime() + policy.settings.urgentMinutes * 60_000);
  return policy.calendar.addWorkingMinutes(createdAt, policy.settings.normalWorkingHours * 60);
}

export function nextEscalationAt(policy: EscalationPolicy, priority: string, now: Date): Date {
  if (priority === 'urgent') return new Date(now.getTime() + policy.settings.repeatMinutes * 60_000);
  return policy.calendar.addWorkingMinutes(now, policy.settings.normalWorkingHours * 60);
}

export interface EscalationNotice {
  caseId: string;
  reference: string;
  /** 1 for the first escalation of a case, then 2, 3… */
  round: number;
}

/** Schedules an escalation through the outbox, so it survives restarts; the same round twice is a no-op. */
export async function scheduleEscalation(db: Executor, notice: EscalationNotice, at: Date, priority: string): Promise<void> {
  await enqueue(db, ...escalationMessage(notice, at, priority));
}

/** The outbox message of an escalation check: one per case and round (its dedupe key). */
export function escalationMessage(notice: EscalationNotice, at: Date, priority: string): [OutboxMessage, EnqueueOptions] {
  return [
    { kind: 'coordinator.escalate', payload: notice },
    { availableAt: at, priority: priority === 'urgent' ? 'urgent' : 'normal', dedupeKey: `escalate:${notice.caseId}:${notice.round}` },
  ];
}

export type EscalationDecision =
  | { escalate: false }
  | { escalate: true; reference: string; priority: string; minutesUnclaimed: number; slackChannel: string | null; slackTs: string | null };

/**
 * Decides an escalation when it falls due: only a case still unclaimed is
 * escalated, and the next round is scheduled at once (before anyone is
 * told, so a crash in between cannot end the chain).
 */
export async function dueEscalation(
  db: Executor,
  policy: EscalationPolicy,
  notice: EscalationNotice,
  now: Date,
): Promise<EscalationDecision> {
  const [row] = await db
    .select({
      status: cases.status,
      priority: cases.priority,
      createdAt: cases.createdAt,
      slackChannel: cases.slackChannel,
      slackTs: cases.slackTs,
    })
    .from(cases)
    .where(eq(cases.id, notice.caseId));
  if (row?.status !== 'new') return { escalate: false };
  await scheduleEscalation(db, { ...notice, round: notice.round + 1 }, nextEscalationAt(policy, row.priority, now), row.priority);
  return {
    escalate: true,
    reference: notice.reference,
    priority: row.priority,
    minutesUnclaimed: Math.round((now.getTime() - row.createdAt.getTime()) / 60_000),
    slackChannel: row.slackChannel,
    slackTs: row.slackTs,
  };
}
