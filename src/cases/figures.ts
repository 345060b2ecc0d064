import { and, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { cases, people, sentinels, trainingRegistrations, trainings } from '../db/schema.js';

/** Anonymised figures for the university evaluation: counts and medians, never a name, number or text. */
export interface EvaluationFigures {
  period: { from: string; to: string };
  cases: number;
  byKind: Record<string, number>;
  byChannel: Record<string, number>;
  byRegion: Record<string, number>;
  bySector: Record<string, number>;
  byStatus: Record<string, number>;
  bySentinelRole: Record<string, number>;
  urgentShare: number | null;
  medianMinutesToClaim: number | null;
  medianMinutesToContact: number | null;
  sessionsUsed: { total: number; perCaseInCare: number | null };
  outcomes: Record<string, number>;
  /** Training sessions held in the period, their sign-ups and attendance. */
  trainings: { sessions: number; signUps: number; confirmed: number; waiting: number; cancelled: number; attended: number };
}

function tally(values: Array<string | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v ?? 'unknown'] = (out[v ?? 'unknown'] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2);
}

/** Cases received in [from, to). */
export async function evaluationFigures(db: Executor, from: Date, to: Date): Promise<EvaluationFigures> {
  const rows = await db
    .select({
      kind: cases.kind,
      channel: cases.sourceChannel,
      region: cases.region,
      sector: cases.sector,
      status: cases.status,
      priority: cases.priority,
      role: sentinels.role,
      createdAt: cases.createdAt,
      claimedAt: cases.claimedAt,
      contactedAt: cases.contactedAt,
      sessionsUsed: cases.sessionsUsed,
      closingReason: cases.closingReason,
      assignedAt: cases.assignedAt,
    })
    .from(cases)
    .leftJoin(sentinels, eq(sentinels.id, cases.sentinelId))
    .where(and(gte(cases.createdAt, from), lt(cases.createdAt, to)));
  const minutes = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;
  const inCare = rows.filter((r) => r.assignedAt);
  const total = rows.reduce((n, r) => n + r.sessionsUsed, 0);
  return {
    period: { from: from.toISOString(), to: to.toISOString() },
    cases: rows.length,
    byKind: tally(rows.map((r) => r.kind)),
    byChannel: tally(rows.map((r) => r.channel)),
    byRegion: tally(rows.map((r) => r.region)),
    bySector: tally(rows.map((r) => r.sector)),
    byStatus: tally(rows.map((r) => r.status)),
    bySentinelRole: tally(rows.filter((r) => r.kind !== 'help_request').map((r) => r.role)),
    urgentShare: rows.length ? Math.round((rows.filter((r) => r.priority === 'urgent').length / rows.length) * 1000) / 1000 : null,
    medianMinutesToClaim: median(rows.flatMap((r) => (r.claimedAt ? [minutes(r.createdAt, r.claimedAt)] : []))),
    medianMinutesToContact: median(rows.flatMap((r) => (r.contactedAt ? [minutes(r.createdAt, r.contactedAt)] : []))),
    sessionsUsed: { total, perCaseInCare: inCare.length ? Math.round((total / inCare.length) * 10) / 10 : null },
    outcomes: tally(rows.filter((r) => r.status === 'closed').map((r) => r.closingReason)),
    trainings: await trainingFigures(db, from, to),
  };
}

async function trainingFigures(db: Executor, from: Date, to: Date): Promise<EvaluationFigures['trainings']> {
  const sessions = await db
    .select({ id: trainings.id })
    .from(trainings)
    .where(and(gte(trainings.startsAt, from), lt(trainings.startsAt, to), eq(trainings.status, 'scheduled')));
  const regs = sessions.length
    ? await db
        .select({ status: trainingRegistrations.status, attended: trainingRegistrations.attended })
        .from(trainingRegistrations)
        .where(
          inArray(
            trainingRegistrations.trainingId,
            sessions.map((s) => s.id),
          ),
        )
    : [];
  return {
    sessions: sessions.length,
    signUps: regs.length,
    confirmed: regs.filter((r) => r.status === 'confirmed').length,
    waiting: regs.filter((r) => r.status === 'waiting').length,
    cancelled: regs.filter((r) => r.status === 'cancelled').length,
    attended: regs.filter((r) => r.attended).length,
  };
}

/** The figures as CSV: one `dimension,value,count` line per figure. */
export function figuresToCsv(f: EvaluationFigures): string {
  const lines = ['dimension,value,count'];
  const add = (dimension: string, record: Record<string, number>) => {
    for (const [value, count] of Object.entries(record)) lines.push(`${dimension},${value},${count}`);
  };
  lines.push(`period,${f.period.from}/${f.period.to},`);
  lines.push(`cases,all,${f.cases}`);
  add('kind', f.byKind);
  add('channel', f.byChannel);
  add('region', f.byRegion);
  add('sector', f.bySector);
  add('status', f.byStatus);
  add('sentinel_role', f.bySentinelRole);
  add('outcome', f.outcomes);
  lines.push(`urgent_share,,${f.urgentShare ?? ''}`);
  lines.push(`median_minutes_to_claim,,${f.medianMinutesToClaim ?? ''}`);
  lines.push(`median_minutes_to_contact,,${f.medianMinutesToContact ?? ''}`);
  lines.push(`sessions_used,total,${f.sessionsUsed.total}`);
  lines.push(`sessions_used,per_case_in_care,${f.sessionsUsed.perCaseInCare ?? ''}`);
  for (const [key, value] of Object.entries(f.trainings)) lines.push(`trainings,${key},${value}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The separate list for the university survey: only people who agreed to be
 * invited, whose data was not erased. This one does hold contacts.
 */
export async function surveyContacts(db: Executor, from: Date, to: Date) {
  return db
    .select({
      reference: cases.reference,
      firstName: people.firstName,
      phone: people.phone,
      email: people.email,
      language: people.language,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .where(and(eq(cases.surveyOptIn, true), isNull(cases.erasedAt), gte(cases.createdAt, from), lt(cases.createdAt, to)));
}
