import { and, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { promoteFromWaitingList } from '../cases/trainings.repository.js';
import { type Executor, rowsOf } from '../db/client.js';
import {
  auditLog,
  caseNotes,
  cases,
  consents,
  conversations,
  outbox,
  people,
  processedMessages,
  sentinels,
  trainingRegistrations,
  trainings,
  transcriptLines,
} from '../db/schema.js';
import { enqueue } from '../notify/outbox.js';

export type ErasureReason = 'person_request' | 'coordinator_request' | 'retention';

/**
 * Erases the personal data of one case and keeps an anonymised row for the
 * figures (kind, region, sector, signals, dates, status, outcome). The proof
 * of withdrawal is the consent rows' withdrawal time and an audit line, both
 * without content. Slack copies are updated and deleted through the outbox.
 */
export async function eraseCaseData(
  db: Executor,
  caseId: string,
  o: { now: Date; actor: string; reason: ErasureReason; note?: string; alsoWriter?: boolean },
): Promise<string | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).for('update');
  if (!row) return undefined;
  await db
    .update(cases)
    .set({ context: null, bestMoments: null, personId: null, erasedAt: o.now, erasedReason: o.note ? o.note.slice(0, 200) : o.reason })
    .where(eq(cases.id, caseId));
  if (row.personId) await db.delete(people).where(eq(people.id, row.personId));
  // The writer of an alert is the sentinel: erasing "my data" from their conversation takes their
  // self-declared identity too (a registry entry stays: it exists by the sentinel's own sign-up).
  if (o.alsoWriter && row.sentinelId) {
    await db.update(cases).set({ sentinelId: null }).where(eq(cases.id, caseId));
    await db.delete(sentinels).where(and(eq(sentinels.id, row.sentinelId), eq(sentinels.verified, false)));
  }
  await db.delete(caseNotes).where(eq(caseNotes.caseId, caseId));
  await db
    .update(consents)
    .set({ withdrawnAt: o.now, personId: null })
    .where(and(eq(consents.caseId, caseId), sql`${consents.withdrawnAt} is null`));
  // Pending messages about the case that carry what the person wrote.
  await db
    .delete(outbox)
    .where(
      and(
        inArray(outbox.status, ['pending', 'failed']),
        eq(outbox.kind, 'coordinator.relay'),
        sql`${outbox.payload}->>'caseReference' = ${row.reference}`,
      ),
    );
  await db
    .insert(auditLog)
    .values({ at: o.now, actor: o.actor, action: 'case.erased', caseReference: row.reference, detail: { reason: o.reason } });
  if (row.slackTs) {
    await enqueue(
      db,
      { kind: 'coordinator.erase_slack', payload: { caseId, reference: row.reference } },
      { availableAt: o.now, dedupeKey: `erase_slack:${caseId}:${o.now.getTime()}` },
    );
  }
  return row.reference;
}

/**
 * "Delete my data" from the person who wrote to the bot: every case that
 * came from the conversation, then the conversation itself (state,
 * transcript, channel address). Their next message starts afresh.
 */
export async function eraseConversation(db: Executor, conversationId: string, o: { now: Date; actor: string }): Promise<string[]> {
  const owned = await db.select({ id: cases.id }).from(cases).where(eq(cases.conversationId, conversationId));
  const references: string[] = [];
  for (const c of owned) {
    const reference = await eraseCaseData(db, c.id, { now: o.now, actor: o.actor, reason: 'person_request', alsoWriter: true });
    if (reference) references.push(reference);
  }
  await db
    .update(consents)
    .set({ withdrawnAt: o.now })
    .where(and(eq(consents.conversationId, conversationId), sql`${consents.withdrawnAt} is null`));
  await db
    .delete(outbox)
    .where(
      and(
        inArray(outbox.status, ['pending', 'failed']),
        sql`${outbox.kind} like 'person.deliver.%'`,
        sql`${outbox.payload}->>'conversationId' = ${conversationId}`,
      ),
    );
  await db
    .update(processedMessages)
    .set({ conversationId: null, pendingReplies: null })
    .where(eq(processedMessages.conversationId, conversationId));
  // Training sign-ups made from this conversation: the seat is given up (the waiting list moves up), nothing personal stays.
  const seats = await db
    .select({ id: trainings.id, code: trainings.code, startsAt: trainings.startsAt, status: trainings.status })
    .from(trainingRegistrations)
    .innerJoin(trainings, eq(trainings.id, trainingRegistrations.trainingId))
    .where(and(eq(trainingRegistrations.conversationId, conversationId), eq(trainingRegistrations.status, 'confirmed')))
    .for('update', { of: trainings });
  await db
    .update(trainingRegistrations)
    .set({ name: '—', organisation: null, email: null, phone: null, status: 'cancelled', conversationId: null })
    .where(eq(trainingRegistrations.conversationId, conversationId));
  const clock = { now: () => o.now };
  for (const seat of seats) {
    if (seat.status === 'scheduled' && seat.startsAt > o.now) await promoteFromWaitingList(db, clock, seat, o.now);
  }
  await db.delete(transcriptLines).where(eq(transcriptLines.conversationId, conversationId));
  await db.delete(conversations).where(eq(conversations.id, conversationId));
  return references;
}

/** A coordinator erases a case for a request made by phone or by a sentinel; the person's conversation goes too for a help request. */
export async function eraseCaseOnRequest(
  db: Executor,
  caseId: string,
  o: { now: Date; actor: string; note: string },
): Promise<string | undefined> {
  const [row] = await db.select({ kind: cases.kind, conversationId: cases.conversationId }).from(cases).where(eq(cases.id, caseId));
  if (!row) return undefined;
  const reference = await eraseCaseData(db, caseId, { now: o.now, actor: o.actor, reason: 'coordinator_request', note: o.note });
  if (row.kind === 'help_request' && row.conversationId) await eraseConversation(db, row.conversationId, { now: o.now, actor: o.actor });
  return reference;
}

/**
 * How long a handled platform message's digest (Teams; WhatsApp's are kept,
 * see applyRetention) and a delivered outbox row are kept. Digests only stop
 * a redelivered message from being handled twice, and Teams redelivers
 * within minutes; delivered rows are kept for looking into a recent
 * incident. After that they are only growth, and an outbox row can carry a
 * sealed message.
 */
export const HOUSEKEEPING_DAYS = 30;

/** Retention: what is past its time is anonymised or deleted. Returns what was done (counts), for the log. */
export async function applyRetention(
  db: Executor,
  o: { now: Date; caseDays: number; transcriptDays: number },
): Promise<{ casesAnonymised: number; transcriptLinesDeleted: number; messageDigestsDeleted: number; outboxRowsDeleted: number }> {
  const caseLimit = new Date(o.now.getTime() - o.caseDays * 86_400_000);
  const due = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, 'closed'), lt(cases.closedAt, caseLimit), sql`${cases.erasedAt} is null`));
  for (const c of due) await eraseCaseData(db, c.id, { now: o.now, actor: 'bot', reason: 'retention' });
  const transcriptLimit = new Date(o.now.getTime() - o.transcriptDays * 86_400_000);
  const deleted = await db
    .delete(transcriptLines)
    .where(lt(transcriptLines.createdAt, transcriptLimit))
    .returning({ id: transcriptLines.id });
  const housekeepingLimit = sql.param(new Date(o.now.getTime() - HOUSEKEEPING_DAYS * 86_400_000), outbox.deliveredAt);
  // Counted in the database: a first run on a long-lived database deletes a lot at once.
  const counted = async (statement: SQL) => Number(rowsOf(await db.execute(statement))[0]?.n ?? 0);
  // WhatsApp's catch-up fetches the unread messages of a chat whatever their age: a chat left unread
  // (one message failed) brings its handled messages back at every restart, and only the digest stops
  // them being handled again. Those digests stay; other channels redeliver within minutes.
  const messageDigestsDeleted = await counted(sql`
    with gone as (
      delete from ${processedMessages}
      where ${processedMessages.processedAt} < ${housekeepingLimit} and ${processedMessages.channel} <> 'whatsapp'
      returning 1
    ) select count(*)::int as n from gone`);
  const outboxRowsDeleted = await counted(sql`
    with gone as (
      delete from ${outbox} where ${outbox.status} = 'done' and ${outbox.deliveredAt} < ${housekeepingLimit} returning 1
    ) select count(*)::int as n from gone`);
  return {
    casesAnonymised: due.length,
    transcriptLinesDeleted: deleted.length,
    messageDigestsDeleted,
    outboxRowsDeleted,
  };
}
