import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { lookupHash, openText, sealText } from '../db/encrypted.js';
import { caseNotes, cases, conversations, outbox, people, sentinels, transcriptLines } from '../db/schema.js';

/**
 * Rewrites every encrypted value under the current key (the first of
 * DATA_KEY) and recomputes the lookup hashes. Reading works with any key of
 * the keyring, so the old key can be dropped from DATA_KEY afterwards.
 * Each table is rewritten in its own transaction; running it twice is harmless.
 */
export async function rotateKeys(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  counts.conversations = await db.transaction(async (tx) => {
    const rows = await tx.select().from(conversations);
    for (const r of rows) {
      await tx
        .update(conversations)
        .set({ userId: r.userId, userKey: lookupHash(r.userId), address: r.address, state: r.state })
        .where(eq(conversations.id, r.id));
    }
    return rows.length;
  });
  counts.transcriptLines = await db.transaction(async (tx) => {
    const rows = await tx.select().from(transcriptLines);
    for (const r of rows) await tx.update(transcriptLines).set({ text: r.text }).where(eq(transcriptLines.id, r.id));
    return rows.length;
  });
  counts.people = await db.transaction(async (tx) => {
    const rows = await tx.select().from(people);
    for (const r of rows) {
      await tx
        .update(people)
        .set({
          firstName: r.firstName,
          lastName: r.lastName,
          phone: r.phone,
          phoneHash: r.phone ? lookupHash(r.phone) : null,
          email: r.email,
        })
        .where(eq(people.id, r.id));
    }
    return rows.length;
  });
  counts.sentinels = await db.transaction(async (tx) => {
    const rows = await tx.select().from(sentinels);
    for (const r of rows) {
      await tx
        .update(sentinels)
        .set({
          name: r.name,
          organisation: r.organisation,
          phone: r.phone,
          phoneHash: r.phone ? lookupHash(r.phone) : null,
          email: r.email,
          teamsId: r.teamsId,
          teamsHash: r.teamsId ? lookupHash(r.teamsId) : null,
        })
        .where(eq(sentinels.id, r.id));
    }
    return rows.length;
  });
  counts.cases = await db.transaction(async (tx) => {
    const rows = await tx.select({ id: cases.id, context: cases.context, bestMoments: cases.bestMoments }).from(cases);
    for (const r of rows) await tx.update(cases).set({ context: r.context, bestMoments: r.bestMoments }).where(eq(cases.id, r.id));
    return rows.length;
  });
  counts.caseNotes = await db.transaction(async (tx) => {
    const rows = await tx.select().from(caseNotes);
    for (const r of rows) await tx.update(caseNotes).set({ text: r.text }).where(eq(caseNotes.id, r.id));
    return rows.length;
  });
  counts.outbox = await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(inArray(outbox.status, ['pending', 'processing', 'failed']));
    let n = 0;
    for (const r of rows) {
      const payload = { ...(r.payload as Record<string, unknown>) };
      let changed = false;
      for (const field of ['sealedText', 'sealedMessages', 'sealedEcho']) {
        const value = payload[field];
        if (typeof value === 'string') {
          payload[field] = sealText(openText(value));
          changed = true;
        }
      }
      if (changed) {
        await tx.update(outbox).set({ payload }).where(eq(outbox.id, r.id));
        n++;
      }
    }
    return n;
  });
  return counts;
}
