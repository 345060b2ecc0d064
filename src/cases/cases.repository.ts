import { and, eq, inArray } from 'drizzle-orm';
import type { Clock, IdGenerator } from '../clock.js';
import type { CaseDraft, KnownSentinel } from '../conversation/form.js';
import type { Channel } from '../conversation/types.js';
import type { Executor } from '../db/client.js';
import { lookupHash, lookupHashes } from '../db/encrypted.js';
import { auditLog, cases, consents, people, sentinels } from '../db/schema.js';
import { enqueue } from '../notify/outbox.js';
import { type EscalationPolicy, firstEscalationAt, scheduleEscalation } from './escalation.js';
import { newCaseReference } from './reference.js';

export interface CaseWriteContext {
  db: Executor;
  clock: Clock;
  ids: IdGenerator;
  maxSessions: number;
  escalation: EscalationPolicy;
}

/** A sentinel from the registry, found by the address they write from. */
export async function findRegisteredSentinel(db: Executor, channel: Channel, userId: string): Promise<KnownSentinel | undefined> {
  const hashes = lookupHashes(userId);
  const byAddress =
    channel === 'teams' ? inArray(sentinels.teamsHash, hashes) : channel === 'whatsapp' ? inArray(sentinels.phoneHash, hashes) : undefined;
  if (!byAddress) return undefined;
  const [row] = await db
    .select({ id: sentinels.id, name: sentinels.name })
    .from(sentinels)
    .where(and(eq(sentinels.verified, true), byAddress))
    .limit(1);
  return row;
}

/**
 * Stores a case and everything that goes with it (the person, the sentinel,
 * the consent records, the audit line, the coordinators' notification) in
 * the caller's transaction: all of it or nothing.
 */
export async function raiseCase(
  ctx: CaseWriteContext,
  draft: CaseDraft,
  source: { channel: Channel; conversationId: string },
): Promise<{ id: string; reference: string }> {
  const { db, clock, ids } = ctx;
  const now = clock.now();

  // Statements are sent without waiting for one another where nothing depends
  // on the answer: issued in order on the turn's connection, they go out
  // together and run in that order (the case after the rows it refers to),
  // two round trips instead of eight. A failure in any fails the turn's
  // transaction as before.
  const before: Array<Promise<unknown>> = [];
  let personId: string | null = null;
  if (draft.person) {
    personId = ids.uuid();
    before.push(
      db
        .insert(people)
        .values({
          id: personId,
          firstName: draft.person.firstName,
          lastName: draft.person.lastName,
          phone: draft.person.phone,
          phoneHash: draft.person.phone ? lookupHash(draft.person.phone) : null,
          email: draft.person.email,
          language: draft.person.language,
          postalCode: draft.postalCode,
          region: draft.region,
          activityStatus: draft.activityStatus,
          sector: draft.sector,
          createdAt: now,
        })
        .execute(),
    );
  }

  let sentinelId: string | null = null;
  let sentinelStatus: 'verified' | 'unverified' | null = null;
  if (draft.sentinel?.knownId) {
    sentinelId = draft.sentinel.knownId;
    sentinelStatus = 'verified';
  } else if (draft.sentinel) {
    sentinelId = ids.uuid();
    sentinelStatus = 'unverified';
    before.push(
      db
        .insert(sentinels)
        .values({
          id: sentinelId,
          name: draft.sentinel.name ?? '',
          organisation: draft.sentinel.organisation,
          role: draft.sentinel.role,
          phone: draft.sentinel.phone,
          phoneHash: draft.sentinel.phone ? lookupHash(draft.sentinel.phone) : null,
          email: draft.sentinel.email,
          verified: false,
          createdAt: now,
        })
        .execute(),
    );
  }

  const caseId = ids.uuid();
  const priority = draft.urgent ? 'urgent' : 'normal';
  const insertCase = async (ref: string): Promise<boolean> => {
    const inserted = await db
      .insert(cases)
      .values({
        id: caseId,
        reference: ref,
        kind: draft.kind,
        priority,
        status: 'new',
        sourceChannel: source.channel,
        conversationId: source.conversationId,
        personId,
        sentinelId,
        language: draft.language,
        region: draft.region,
        sector: draft.sector,
        activityStatus: draft.activityStatus,
        signals: draft.signals,
        context: draft.context,
        bestMoments: draft.bestMoments,
        modality: draft.modality,
        notifySentinel: draft.notifySentinel,
        surveyOptIn: draft.surveyOptIn,
        immediateDanger: draft.immediateDanger,
        maxSessions: ctx.maxSessions,
        createdAt: now,
      })
      .onConflictDoNothing({ target: cases.reference })
      .returning({ id: cases.id })
      .execute();
    return inserted.length > 0;
  };
  let reference = newCaseReference(ids);
  // The first try goes out with the person and sentinel rows (issued after them).
  const [firstTry] = await Promise.all([insertCase(reference), ...before]);
  if (!firstTry) reference = await insertWithFreshReference(ids, insertCase);

  const after: Array<Promise<unknown>> = [];
  for (const consent of [draft.consent, ...(draft.extraConsents ?? [])]) {
    if (!consent) continue;
    after.push(
      db
        .insert(consents)
        .values({
          id: ids.uuid(),
          caseId,
          personId,
          conversationId: source.conversationId,
          givenBy: consent.givenBy,
          purpose: consent.purpose,
          textVersion: consent.textVersion,
          channel: source.channel,
          givenAt: now,
        })
        .execute(),
    );
  }
  after.push(
    db
      .insert(auditLog)
      .values({ at: now, actor: 'bot', action: 'case.created', caseReference: reference, detail: { kind: draft.kind, priority } })
      .execute(),
  );
  after.push(
    enqueue(
      db,
      {
        kind: 'coordinator.new_case',
        payload: {
          caseId,
          reference,
          kind: draft.kind,
          priority,
          region: draft.region,
          language: draft.language,
          sector: draft.sector,
          signals: draft.signals,
          sentinel: sentinelStatus,
          channel: source.channel,
          receivedAt: now.toISOString(),
        },
      },
      { dedupeKey: `new_case:${caseId}`, priority, availableAt: now },
    ),
  );
  after.push(scheduleEscalation(db, { caseId, reference, round: 1 }, firstEscalationAt(ctx.escalation, priority, now), priority));
  await Promise.all(after);
  return { id: caseId, reference };
}

/** A crisis after the case exists makes the case urgent (and says so in the audit). */
export async function markCaseUrgent(db: Executor, reference: string, at: Date): Promise<void> {
  const updated = await db
    .update(cases)
    .set({ priority: 'urgent' })
    .where(and(eq(cases.reference, reference), eq(cases.priority, 'normal')))
    .returning({ id: cases.id });
  if (updated.length > 0) {
    await db.insert(auditLog).values({ at, actor: 'bot', action: 'case.urgent', caseReference: reference, detail: null });
  }
}

/**
 * References are short and random; on the rare collision, draw again. The
 * insert uses ON CONFLICT DO NOTHING so a collision does not abort the
 * surrounding transaction.
 */
async function insertWithFreshReference(ids: IdGenerator, tryInsert: (reference: string) => Promise<boolean>): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const reference = newCaseReference(ids);
    if (await tryInsert(reference)) return reference;
  }
  throw new Error('could not draw a free case reference after 10 attempts');
}
