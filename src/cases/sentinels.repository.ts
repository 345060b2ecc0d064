import { and, asc, eq, inArray } from 'drizzle-orm';
import type { IdGenerator } from '../clock.js';
import { parseEmail, parsePhone } from '../conversation/answers.js';
import type { Executor } from '../db/client.js';
import { lookupHash, lookupHashes } from '../db/encrypted.js';
import { sentinels } from '../db/schema.js';
import { headerDelimiter, readRecords } from './psychologists.csv.js';

/** The roles of DESIGN ("Sentinel alert" 1). */
export const SENTINEL_ROLES = ['accountant', 'enterprise_court', 'social_insurance_fund', 'support_organisation', 'other'] as const;

export interface SentinelEntry {
  name: string;
  organisation: string | null;
  role: string;
  phone: string | null;
  teamsId: string | null;
  email: string | null;
  trainedOn: Date | null;
}

/**
 * Adds a trained sentinel to the registry (verified), or verifies and
 * completes the entry already known by the same number or Teams id.
 */
export async function registerSentinel(
  db: Executor,
  entry: SentinelEntry,
  ids: IdGenerator,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const existing = await findByAddress(db, entry.phone, entry.teamsId);
  const values = {
    name: entry.name,
    organisation: entry.organisation,
    role: entry.role,
    phone: entry.phone,
    phoneHash: entry.phone ? lookupHash(entry.phone) : null,
    teamsId: entry.teamsId,
    teamsHash: entry.teamsId ? lookupHash(entry.teamsId) : null,
    email: entry.email,
    trainedOn: entry.trainedOn,
    verified: true,
  };
  if (existing) {
    await db.update(sentinels).set(values).where(eq(sentinels.id, existing));
    return { id: existing, created: false };
  }
  const id = ids.uuid();
  await db.insert(sentinels).values({ id, ...values, createdAt: now });
  return { id, created: true };
}

async function findByAddress(db: Executor, phone: string | null, teamsId: string | null): Promise<string | undefined> {
  if (phone) {
    const [row] = await db
      .select({ id: sentinels.id })
      .from(sentinels)
      .where(inArray(sentinels.phoneHash, lookupHashes(phone)))
      .limit(1);
    if (row) return row.id;
  }
  if (teamsId) {
    const [row] = await db
      .select({ id: sentinels.id })
      .from(sentinels)
      .where(inArray(sentinels.teamsHash, lookupHashes(teamsId)))
      .limit(1);
    if (row) return row.id;
  }
  return undefined;
}

/** A coordinator vouches for a sentinel who raised an alert unverified. */
export async function verifySentinel(db: Executor, sentinelId: string): Promise<boolean> {
  const updated = await db.update(sentinels).set({ verified: true }).where(eq(sentinels.id, sentinelId)).returning({ id: sentinels.id });
  return updated.length > 0;
}

/** Out of the registry: no longer recognised (their past alerts keep their sentinel). */
export async function unregisterSentinel(db: Executor, sentinelId: string): Promise<boolean> {
  const updated = await db
    .update(sentinels)
    .set({ verified: false })
    .where(and(eq(sentinels.id, sentinelId), eq(sentinels.verified, true)))
    .returning({ id: sentinels.id });
  return updated.length > 0;
}

export async function listRegisteredSentinels(db: Executor) {
  return db
    .select({
      id: sentinels.id,
      name: sentinels.name,
      organisation: sentinels.organisation,
      role: sentinels.role,
      trainedOn: sentinels.trainedOn,
    })
    .from(sentinels)
    .where(eq(sentinels.verified, true))
    .orderBy(asc(sentinels.createdAt));
}

/**
 * `name,organisation,role,whatsapp,teams_id,email,training_date`: one line
 * per trained sentinel; one error line per bad row, the others imported.
 */
export function parseSentinelsCsv(text: string): { rows: SentinelEntry[]; errors: string[] } {
  const body = text.replace(/^\uFEFF/, '');
  const { records } = readRecords(body, headerDelimiter(body));
  const [header, ...data] = records.filter((r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''));
  if (!header) return { rows: [], errors: ['line 1: the file is empty'] };
  const index = new Map(header.fields.map((f, i) => [f.trim().toLowerCase().replace(/\s+/g, '_'), i]));
  const col = (fields: string[], ...names: string[]) => {
    for (const n of names) {
      const i = index.get(n);
      if (i !== undefined) return (fields[i] ?? '').trim();
    }
    return '';
  };
  if (!index.has('name'))
    return {
      rows: [],
      errors: [`line ${header.line}: the header lacks name (expected name,organisation,role,whatsapp,teams_id,email,training_date)`],
    };
  const rows: SentinelEntry[] = [];
  const errors: string[] = [];
  for (const record of data) {
    const problems: string[] = [];
    const name = col(record.fields, 'name');
    if (!name) problems.push('name is empty');
    const roleText = col(record.fields, 'role').toLowerCase().replace(/\s+/g, '_');
    const role = (SENTINEL_ROLES as readonly string[]).includes(roleText) ? roleText : roleText === '' ? 'other' : undefined;
    if (!role) problems.push(`role must be one of ${SENTINEL_ROLES.join(', ')}`);
    const phoneText = col(record.fields, 'whatsapp', 'phone');
    const phone = phoneText ? parsePhone(phoneText) : undefined;
    if (phone && !phone.ok) problems.push('whatsapp is not a valid phone number');
    const emailText = col(record.fields, 'email');
    const email = emailText ? parseEmail(emailText) : undefined;
    if (email && !email.ok) problems.push('email is not valid');
    const teamsId = col(record.fields, 'teams_id', 'teams') || null;
    if (!phoneText && !teamsId) problems.push('give a WhatsApp number or a Teams id, so the sentinel can be recognised');
    const dateText = col(record.fields, 'training_date', 'trained_on');
    const trainedOn = dateText ? new Date(`${dateText}T12:00:00Z`) : null;
    if (trainedOn && Number.isNaN(trainedOn.getTime())) problems.push('training_date must be YYYY-MM-DD');
    if (problems.length > 0 || !role) {
      errors.push(`line ${record.line}: ${problems.join('; ')}`);
      continue;
    }
    rows.push({
      name,
      organisation: col(record.fields, 'organisation', 'organization') || null,
      role,
      phone: phone?.ok ? phone.value : null,
      teamsId,
      email: email?.ok ? email.value : null,
      trainedOn,
    });
  }
  return { rows, errors };
}
