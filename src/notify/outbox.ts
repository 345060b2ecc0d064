import type { EscalationNotice } from '../cases/escalation.js';
import type { Channel } from '../conversation/types.js';
import type { Executor } from '../db/client.js';
import { outbox } from '../db/schema.js';

/**
 * Kinds of outbox rows. Coordinator notifications carry references, kind,
 * priority, region, language: never contact details or free text (those stay
 * in the database and are shown on demand), except a relayed message, which
 * the person sent after consenting.
 */
export type OutboxMessage =
  | { kind: 'coordinator.new_case'; payload: NewCaseNotice }
  | { kind: 'coordinator.urgent'; payload: UrgentNotice }
  | { kind: 'coordinator.relay'; payload: RelayNotice }
  | { kind: 'coordinator.case_update'; payload: CaseUpdateNotice }
  | { kind: 'coordinator.escalate'; payload: EscalationNotice }
  | { kind: 'coordinator.erase_slack'; payload: { caseId: string; reference: string } }
  | { kind: 'privacy.retention'; payload: { day: string } }
  /** A sentinel's answers kept 24 hours after a crisis signal: forgotten when the time is up. */
  | { kind: 'privacy.unpark'; payload: { conversationId: string } }
  | { kind: 'coordinator.training_signup'; payload: { code: string; status: string; at: string } }
  | { kind: 'training.reminder'; payload: { registrationId: number } }
  | { kind: PersonDeliveryKind; payload: PersonDelivery };

/** A case changed: coordinators' view is refreshed and a short line says who did what. */
export interface CaseUpdateNotice {
  caseId: string;
  reference: string;
  /** Slack user id of the coordinator, or 'bot'. */
  actor: string;
  action: CaseAction;
  /** Short, non-personal detail (a closing reason, a psychologist's name, a session count). */
  detail?: string;
  /** Text to echo in the case thread (a coordinator's reply to the person), sealed. */
  sealedEcho?: string;
  at: string;
}

export type CaseAction =
  | 'claimed'
  | 'contacted'
  | 'assigned'
  | 'session_done'
  | 'budget_reached'
  | 'replied'
  | 'closed'
  | 'urgent'
  | 'amended'
  | 'sentinel_verified';

/** One kind per channel, so that only the process that runs a channel claims its deliveries. */
export type PersonDeliveryKind = `person.deliver.${Channel}`;

export function personDeliveryKind(channel: Channel): PersonDeliveryKind {
  return `person.deliver.${channel}`;
}

/**
 * A message for a person, sent later on their own channel (a coordinator's
 * reply). The address is read from the conversation row at delivery time.
 */
export interface PersonDelivery {
  conversationId: string;
  /** The messages as JSON, sealed (encrypted at rest like any free text). */
  sealedMessages: string;
  /** Who asked for it, for the audit trail: 'coordinator:<id>', 'bot'. */
  origin: string;
}

export type OutboxKind = OutboxMessage['kind'];

export interface NewCaseNotice {
  caseId: string;
  reference: string;
  kind: string;
  priority: 'urgent' | 'normal';
  region: string | null;
  language: string;
  sector: string | null;
  signals: string[];
  sentinel: 'verified' | 'unverified' | null;
  channel: string;
  receivedAt: string;
  /** Why the case is urgent: the family of the crisis signal (never the text). */
  crisisFamily?: string | null;
  /** A possible crisis signal was asked about and not answered. */
  toCheck?: boolean;
}

export interface UrgentNotice {
  /** The conversation's public reference: a coordinator can answer through the bot before any case exists. */
  conversationReference: string;
  caseReference: string | null;
  channel: string;
  language: string;
  reason: 'lexicon' | 'safety_question';
  /** The family of the signal (self-harm, plan or means…), never the text. Absent in notices queued before it existed. */
  family?: string | null;
  at: string;
}

export interface RelayNotice {
  caseReference: string;
  channel: string;
  /** What the person wrote, sealed (encrypted at rest like any free text). */
  sealedText: string;
  at: string;
}

export interface EnqueueOptions {
  /** Enqueueing the same fact twice (same key) is a no-op. */
  dedupeKey?: string;
  priority?: 'urgent' | 'normal';
  availableAt: Date;
}

/** The outbox row of a message: what enqueue writes, and what a statement that writes its own rows must write too. */
export function outboxRow(message: OutboxMessage, options: EnqueueOptions) {
  return {
    kind: message.kind,
    payload: message.payload,
    dedupeKey: options.dedupeKey ?? null,
    priority: options.priority ?? 'normal',
    availableAt: options.availableAt,
    createdAt: options.availableAt,
  };
}

/** Adds a row to the outbox in the caller's transaction. Returns false when the dedupe key was already there. */
export async function enqueue(db: Executor, message: OutboxMessage, options: EnqueueOptions): Promise<boolean> {
  const rows = await db
    .insert(outbox)
    .values(outboxRow(message, options))
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows.length > 0;
}
