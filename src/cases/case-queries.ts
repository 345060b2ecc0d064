import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditLog, caseNotes, cases, people, psychologists, sentinels } from '../db/schema.js';
import { dateTimeFormat } from '../i18n/date-format.js';

/** What coordinators see of a case in the channel: no contact details, no free text. */
export interface CaseCard {
  id: string;
  reference: string;
  kind: string;
  priority: string;
  status: string;
  region: string | null;
  language: string;
  sector: string | null;
  modality: string | null;
  signals: string[];
  sentinel: 'verified' | 'unverified' | null;
  sourceChannel: string;
  createdAt: Date;
  claimedBy: string | null;
  psychologist: string | null;
  sessionsUsed: number;
  maxSessions: number;
  closingReason: string | null;
  slackChannel: string | null;
  slackTs: string | null;
  erasedAt: Date | null;
  erasedReason: string | null;
  crisisFamily: string | null;
  toCheck: boolean;
}

const cardColumns = {
  id: cases.id,
  reference: cases.reference,
  kind: cases.kind,
  priority: cases.priority,
  status: cases.status,
  region: cases.region,
  language: cases.language,
  sector: cases.sector,
  modality: cases.modality,
  signals: cases.signals,
  sentinelVerified: sentinels.verified,
  sentinelId: cases.sentinelId,
  sourceChannel: cases.sourceChannel,
  createdAt: cases.createdAt,
  claimedBy: cases.claimedBy,
  psychologist: psychologists.name,
  sessionsUsed: cases.sessionsUsed,
  maxSessions: cases.maxSessions,
  closingReason: cases.closingReason,
  slackChannel: cases.slackChannel,
  slackTs: cases.slackTs,
  erasedAt: cases.erasedAt,
  erasedReason: cases.erasedReason,
  crisisFamily: cases.crisisFamily,
  toCheck: cases.toCheck,
};

type CardRow = {
  [K in keyof typeof cardColumns]: unknown;
} & { sentinelVerified: boolean | null; sentinelId: string | null };

function toCard(row: CardRow & Omit<CaseCard, 'sentinel'>): CaseCard {
  const { sentinelVerified, sentinelId, ...rest } = row;
  return { ...rest, sentinel: sentinelId ? (sentinelVerified ? 'verified' : 'unverified') : null };
}

function cardQuery(db: Executor) {
  return db
    .select(cardColumns)
    .from(cases)
    .leftJoin(sentinels, eq(sentinels.id, cases.sentinelId))
    .leftJoin(psychologists, eq(psychologists.id, cases.psychologistId));
}

export async function loadCaseCard(db: Executor, caseId: string): Promise<CaseCard | undefined> {
  const [row] = await cardQuery(db).where(eq(cases.id, caseId));
  return row ? toCard(row) : undefined;
}

export async function findCaseByReference(db: Executor, reference: string): Promise<CaseCard | undefined> {
  const [row] = await cardQuery(db).where(eq(cases.reference, reference.trim().toUpperCase()));
  return row ? toCard(row) : undefined;
}

/** Open cases, urgent first, then oldest first. */
export async function listOpenCases(db: Executor, limit = 30): Promise<CaseCard[]> {
  const rows = await cardQuery(db)
    .where(inArray(cases.status, ['new', 'claimed', 'contacted', 'in_care']))
    .orderBy(sql`case when ${cases.priority} = 'urgent' then 0 else 1 end`, asc(cases.createdAt))
    .limit(limit);
  return rows.map(toCard);
}

/** The case's record for the coordinator who asks (Details): shown on demand, audited by the caller. */
export interface CaseDetails {
  reference: string;
  person: {
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    email: string | null;
    postalCode: string | null;
  } | null;
  sentinel: {
    name: string;
    organisation: string | null;
    role: string | null;
    phone: string | null;
    email: string | null;
    verified: boolean;
  } | null;
  context: string | null;
  bestMoments: string | null;
  modality: string | null;
  immediateDanger: boolean;
  notes: Array<{ author: string; text: string; at: Date }>;
}

export async function loadCaseDetails(db: Executor, caseId: string): Promise<CaseDetails | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) return undefined;
  const [person] = row.personId ? await db.select().from(people).where(eq(people.id, row.personId)) : [];
  const [sentinel] = row.sentinelId ? await db.select().from(sentinels).where(eq(sentinels.id, row.sentinelId)) : [];
  const notes = await db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(asc(caseNotes.id));
  return {
    reference: row.reference,
    person: person
      ? { firstName: person.firstName, lastName: person.lastName, phone: person.phone, email: person.email, postalCode: person.postalCode }
      : null,
    sentinel: sentinel
      ? {
          name: sentinel.name,
          organisation: sentinel.organisation,
          role: sentinel.role,
          phone: sentinel.phone,
          email: sentinel.email,
          verified: sentinel.verified,
        }
      : null,
    context: row.context,
    bestMoments: row.bestMoments,
    modality: row.modality,
    immediateDanger: row.immediateDanger,
    notes: notes.map((n) => ({ author: n.author, text: n.text, at: n.createdAt })),
  };
}

export async function caseAudit(db: Executor, reference: string): Promise<Array<{ at: Date; actor: string; action: string }>> {
  return db
    .select({ at: auditLog.at, actor: auditLog.actor, action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.caseReference, reference))
    .orderBy(asc(auditLog.id));
}

export interface WeeklyFigures {
  from: Date;
  to: Date;
  created: number;
  urgent: number;
  claimed: number;
  medianMinutesToClaim: number | null;
  medianMinutesToContact: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value);
}

/** This week's headline figures (Monday 00:00 Europe/Brussels to now). */
export async function weeklyFigures(db: Executor, now: Date, weekStart: Date): Promise<WeeklyFigures> {
  const rows = await db
    .select({ priority: cases.priority, createdAt: cases.createdAt, claimedAt: cases.claimedAt, contactedAt: cases.contactedAt })
    .from(cases)
    .where(and(gte(cases.createdAt, weekStart), lt(cases.createdAt, now)))
    .orderBy(desc(cases.createdAt));
  const minutes = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;
  return {
    from: weekStart,
    to: now,
    created: rows.length,
    urgent: rows.filter((r) => r.priority === 'urgent').length,
    claimed: rows.filter((r) => r.claimedAt).length,
    medianMinutesToClaim: median(rows.flatMap((r) => (r.claimedAt ? [minutes(r.createdAt, r.claimedAt)] : []))),
    medianMinutesToContact: median(rows.flatMap((r) => (r.contactedAt ? [minutes(r.createdAt, r.contactedAt)] : []))),
  };
}

/** Monday 00:00 of the week of `now`, in Brussels. */
export function startOfWeek(now: Date, timeZone = 'Europe/Brussels'): Date {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  const elapsedMs = ((weekday * 24 + Number(get('hour'))) * 60 + Number(get('minute'))) * 60_000 + Number(get('second')) * 1000;
  // Good to within a DST shift at the start of the week, which moves the boundary by an hour at most.
  return new Date(now.getTime() - elapsedMs - now.getMilliseconds());
}
