import { inArray, or } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { lookupHashes } from '../db/encrypted.js';
import { auditLog, caseNotes, cases, consents, conversations, people, sentinels, transcriptLines } from '../db/schema.js';

/**
 * Everything held about one person (GDPR art. 15), found by the number they
 * wrote from or were given as, or by their Teams id.
 */
export async function exportPerson(db: Executor, who: { phone?: string; teamsId?: string }): Promise<Record<string, unknown>> {
  const convs = await db
    .select()
    .from(conversations)
    .where(
      or(
        who.phone ? inArray(conversations.userKey, lookupHashes(who.phone)) : undefined,
        who.teamsId ? inArray(conversations.userKey, lookupHashes(who.teamsId)) : undefined,
      ),
    );
  const convIds = convs.map((c) => c.id);
  const persons = who.phone
    ? await db
        .select()
        .from(people)
        .where(inArray(people.phoneHash, lookupHashes(who.phone)))
    : [];
  const sentinelRows = await db
    .select()
    .from(sentinels)
    .where(
      or(
        who.phone ? inArray(sentinels.phoneHash, lookupHashes(who.phone)) : undefined,
        who.teamsId ? inArray(sentinels.teamsHash, lookupHashes(who.teamsId)) : undefined,
      ),
    );
  const caseRows = await db
    .select()
    .from(cases)
    .where(
      or(
        convIds.length ? inArray(cases.conversationId, convIds) : undefined,
        persons.length
          ? inArray(
              cases.personId,
              persons.map((p) => p.id),
            )
          : undefined,
        sentinelRows.length
          ? inArray(
              cases.sentinelId,
              sentinelRows.map((s) => s.id),
            )
          : undefined,
      ),
    );
  const caseIds = caseRows.map((c) => c.id);
  const references = caseRows.map((c) => c.reference);
  return {
    exportedFor: who,
    conversations: convs,
    transcript: convIds.length ? await db.select().from(transcriptLines).where(inArray(transcriptLines.conversationId, convIds)) : [],
    people: persons,
    sentinels: sentinelRows,
    cases: caseRows,
    consents:
      caseIds.length || convIds.length
        ? await db
            .select()
            .from(consents)
            .where(
              or(
                caseIds.length ? inArray(consents.caseId, caseIds) : undefined,
                convIds.length ? inArray(consents.conversationId, convIds) : undefined,
              ),
            )
        : [],
    notes: caseIds.length ? await db.select().from(caseNotes).where(inArray(caseNotes.caseId, caseIds)) : [],
    audit: references.length ? await db.select().from(auditLog).where(inArray(auditLog.caseReference, references)) : [],
  };
}
