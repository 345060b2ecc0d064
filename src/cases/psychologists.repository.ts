import { count, eq, getTableColumns } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { cases, people, psychologists } from '../db/schema.js';
import { type Match, matchPsychologists, type PsychologistProfile } from './matching.js';
import { nameKey } from './psychologists.csv.js';

/** One psychologist as the programme's list gives it (see psychologists.csv.ts). */
export interface PsychologistRow {
  name: string;
  languages: string[];
  regions: string[];
  postalCodes: string[];
  modalities: string[];
  capacity: number;
  contact: string | null;
}

export class CaseNotFoundError extends Error {
  readonly code = 'CASE_NOT_FOUND';
  constructor(readonly caseId: string) {
    super(`case ${caseId} not found`);
  }
}

/**
 * Every psychologist with the number of seats taken. A seat is taken by a
 * case in care; closing the case frees it. Cases assigned but not yet in
 * care do not count.
 */
export async function listPsychologistProfiles(db: Executor): Promise<PsychologistProfile[]> {
  const load = db
    .select({ psychologistId: cases.psychologistId, inCare: count().as('in_care') })
    .from(cases)
    .where(eq(cases.status, 'in_care'))
    .groupBy(cases.psychologistId)
    .as('load');
  const { contact: _contact, createdAt: _createdAt, ...columns } = getTableColumns(psychologists);
  const rows = await db
    .select({ ...columns, inCare: load.inCare })
    .from(psychologists)
    .leftJoin(load, eq(load.psychologistId, psychologists.id))
    .orderBy(psychologists.name, psychologists.id);
  return rows.map(({ inCare, ...p }) => ({ ...p, activeCases: Number(inCare ?? 0) }));
}

/** The psychologists a case can be assigned to, best first. Throws CaseNotFoundError. */
export async function matchingPsychologists(db: Executor, caseId: string): Promise<Match[]> {
  const [found] = await db
    .select({ language: cases.language, region: cases.region, modality: cases.modality, postalCode: people.postalCode })
    .from(cases)
    .leftJoin(people, eq(people.id, cases.personId))
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!found) throw new CaseNotFoundError(caseId);
  return matchPsychologists(found, await listPsychologistProfiles(db));
}

/**
 * Imports the programme's list, keyed by name compared without case: importing
 * the same file again updates the rows it wrote, never duplicates them. Names
 * are compared here rather than with SQL lower(), whose result on accented
 * letters depends on the database's locale. `active` is left as it is.
 * Run it in a transaction so a failed import leaves the list unchanged.
 */
export async function upsertPsychologists(
  db: Executor,
  rows: PsychologistRow[],
  ids: { uuid(): string },
  now: Date,
): Promise<{ inserted: number; updated: number }> {
  const existing = await db.select({ id: psychologists.id, name: psychologists.name }).from(psychologists).orderBy(psychologists.createdAt);
  const byName = new Map<string, string[]>();
  for (const p of existing) byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p.id]);

  let inserted = 0;
  let updated = 0;
  for (const row of rows) {
    const values = {
      name: row.name.trim(),
      languages: row.languages,
      regions: row.regions,
      postalCodes: row.postalCodes,
      modalities: row.modalities,
      capacity: row.capacity,
      contact: row.contact,
    };
    const matching = byName.get(nameKey(row.name));
    if (matching) {
      for (const id of matching) await db.update(psychologists).set(values).where(eq(psychologists.id, id));
      updated += 1;
    } else {
      const id = ids.uuid();
      await db.insert(psychologists).values({ id, ...values, active: true, createdAt: now });
      byName.set(nameKey(row.name), [id]);
      inserted += 1;
    }
  }
  return { inserted, updated };
}
