import { and, eq, inArray } from 'drizzle-orm';
import type { Clock, IdGenerator } from '../clock.js';
import type { CaseDraft, KnownSentinel } from '../conversation/form.js';
import type { Channel } from '../conversation/types.js';
import { type Executor, plainStatementRunner, type Statement, type StatementRunner } from '../db/client.js';
import { lookupHash, lookupHashes } from '../db/encrypted.js';
import { auditLog, cases, consents, outbox, people, sentinels } from '../db/schema.js';
import { enqueue, type NewCaseNotice, outboxRow } from '../notify/outbox.js';
import { type EscalationPolicy, escalationMessage, firstEscalationAt } from './escalation.js';
import { newCaseReference } from './reference.js';

export interface CaseWriteContext {
  db: Executor;
  /** Runs statements written as text on the same connection (the transaction's); drizzle's when absent. */
  run?: StatementRunner | undefined;
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
 * the consent records, the audit line, the coordinators' notification and
 * the first escalation check) in the caller's transaction: all of it or
 * nothing. One statement: the case is inserted first and every other row
 * only if it was (a reference drawn twice inserts nothing and is drawn
 * again); the case's references to the person and sentinel inserted with it
 * are checked when the statement ends.
 */
export async function raiseCase(
  ctx: CaseWriteContext,
  draft: CaseDraft,
  source: { channel: Channel; conversationId: string },
): Promise<{ id: string; reference: string }> {
  const { ids } = ctx;
  const run = ctx.run ?? plainStatementRunner(ctx.db);
  const now = ctx.clock.now();
  // Drawn once: only the reference changes between attempts.
  const rowIds: CaseRowIds = {
    caseId: ids.uuid(),
    personId: draft.person ? ids.uuid() : null,
    newSentinelId: draft.sentinel && !draft.sentinel.knownId ? ids.uuid() : null,
    consentIds: consentsOf(draft).map(() => ids.uuid()),
  };
  for (let attempt = 0; attempt < 10; attempt++) {
    const reference = newCaseReference(ids);
    const rows = await run(caseStatement({ ctx, draft, source, now, reference, ids: rowIds }));
    // References are short and random: on the rare collision nothing was written; draw again.
    if (Number(rows[0]?.inserted) > 0) return { id: rowIds.caseId, reference };
  }
  throw new Error('could not draw a free case reference after 10 attempts');
}

interface CaseRowIds {
  caseId: string;
  personId: string | null;
  /** A sentinel not in the registry gets a row of their own. */
  newSentinelId: string | null;
  consentIds: string[];
}

function consentsOf(draft: CaseDraft): NonNullable<CaseDraft['consent']>[] {
  return [draft.consent, ...(draft.extraConsents ?? [])].flatMap((c) => (c ? [c] : []));
}

/** A column's value as drizzle would send it (encrypted columns encrypt); null stays null. */
function driverValue<T>(column: { mapToDriverValue(value: T): unknown }, value: T | null | undefined): unknown {
  return value === null || value === undefined ? null : column.mapToDriverValue(value);
}

function caseStatement(o: {
  ctx: CaseWriteContext;
  draft: CaseDraft;
  source: { channel: Channel; conversationId: string };
  now: Date;
  reference: string;
  ids: CaseRowIds;
}): Statement {
  const { draft, source, now, reference, ids } = o;
  const priority = draft.urgent ? 'urgent' : 'normal';
  const sentinelId = draft.sentinel?.knownId ?? ids.newSentinelId;
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const caseValues = [
    `${p(ids.caseId)}::uuid`,
    `${p(reference)}::text`,
    `${p(draft.kind)}::text`,
    `${p(priority)}::text`,
    `'new'`,
    `${p(source.channel)}::text`,
    `${p(source.conversationId)}::uuid`,
    `${p(ids.personId)}::uuid`,
    `${p(sentinelId)}::uuid`,
    `${p(draft.language)}::text`,
    `${p(draft.region)}::text`,
    `${p(draft.sector)}::text`,
    `${p(draft.activityStatus)}::text`,
    `${p(cases.signals.mapToDriverValue(draft.signals))}::text[]`,
    `${p(driverValue(cases.context, draft.context))}::text`,
    `${p(driverValue(cases.bestMoments, draft.bestMoments))}::text`,
    `${p(draft.modality)}::text`,
    `${p(draft.notifySentinel)}::boolean`,
    `${p(draft.surveyOptIn)}::boolean`,
    `${p(draft.immediateDanger)}::boolean`,
    `${p(draft.crisisFamily ?? null)}::text`,
    `${p(draft.toCheck === true)}::boolean`,
    `${p(o.ctx.maxSessions)}::int`,
  ];
  // One parameter for every row's time; typed where first used.
  const now$ = `${p(cases.createdAt.mapToDriverValue(now))}::timestamptz`;
  caseValues.push(now$);
  const parts = [
    `c as (
      insert into "cases" (id, reference, kind, priority, status, source_channel, conversation_id, person_id, sentinel_id,
        language, region, sector, activity_status, signals, context, best_moments, modality, notify_sentinel, survey_opt_in,
        immediate_danger, crisis_family, to_check, max_sessions, created_at)
      values (${caseValues.join(', ')})
      on conflict (reference) do nothing
      returning id
    )`,
  ];
  if (draft.person && ids.personId) {
    const person = draft.person;
    parts.push(`person as (
      insert into "people" (id, first_name, last_name, phone, phone_hash, email, language, postal_code, region, activity_status, sector, created_at)
      select ${[
        `${p(ids.personId)}::uuid`,
        `${p(driverValue(people.firstName, person.firstName))}::text`,
        `${p(driverValue(people.lastName, person.lastName))}::text`,
        `${p(driverValue(people.phone, person.phone))}::text`,
        `${p(person.phone ? lookupHash(person.phone) : null)}::text`,
        `${p(driverValue(people.email, person.email))}::text`,
        `${p(person.language)}::text`,
        `${p(draft.postalCode)}::text`,
        `${p(draft.region)}::text`,
        `${p(draft.activityStatus)}::text`,
        `${p(draft.sector)}::text`,
        now$,
      ].join(', ')} from c
    )`);
  }
  if (draft.sentinel && ids.newSentinelId) {
    const sentinel = draft.sentinel;
    parts.push(`sentinel as (
      insert into "sentinels" (id, name, organisation, role, phone, phone_hash, email, verified, created_at)
      select ${[
        `${p(ids.newSentinelId)}::uuid`,
        `${p(sentinels.name.mapToDriverValue(sentinel.name ?? ''))}::text`,
        `${p(driverValue(sentinels.organisation, sentinel.organisation))}::text`,
        `${p(sentinel.role)}::text`,
        `${p(driverValue(sentinels.phone, sentinel.phone))}::text`,
        `${p(sentinel.phone ? lookupHash(sentinel.phone) : null)}::text`,
        `${p(driverValue(sentinels.email, sentinel.email))}::text`,
        'false',
        now$,
      ].join(', ')} from c
    )`);
  }
  const consents = consentsOf(draft);
  if (consents.length > 0) {
    const rows = consents.map(
      (consent, i) =>
        `(${p(ids.consentIds[i])}::uuid, ${p(consent.givenBy)}::text, ${p(consent.purpose)}::text, ${p(consent.textVersion)}::text)`,
    );
    parts.push(`consent as (
      insert into "consents" (id, case_id, person_id, conversation_id, given_by, purpose, text_version, channel, given_at)
      select v.id, c.id, ${p(ids.personId)}::uuid, ${p(source.conversationId)}::uuid, v.given_by, v.purpose, v.text_version, ${p(source.channel)}::text, ${now$}
      from c cross join (values ${rows.join(', ')}) as v(id, given_by, purpose, text_version)
    )`);
  }
  parts.push(`audit as (
    insert into "audit_log" (at, actor, action, case_reference, detail)
    select ${now$}, 'bot', 'case.created', ${p(reference)}::text, ${p(JSON.stringify({ kind: draft.kind, priority }))}::jsonb from c
  )`);
  const notice: NewCaseNotice = {
    caseId: ids.caseId,
    reference,
    kind: draft.kind,
    priority,
    region: draft.region,
    language: draft.language,
    sector: draft.sector,
    signals: draft.signals,
    sentinel: draft.sentinel ? (draft.sentinel.knownId ? 'verified' : 'unverified') : null,
    channel: source.channel,
    receivedAt: now.toISOString(),
    crisisFamily: draft.crisisFamily ?? null,
    toCheck: draft.toCheck === true,
  };
  // The rows enqueue() and scheduleEscalation() would write.
  const queued = [
    outboxRow({ kind: 'coordinator.new_case', payload: notice }, { dedupeKey: `new_case:${ids.caseId}`, priority, availableAt: now }),
    outboxRow(
      ...escalationMessage({ caseId: ids.caseId, reference, round: 1 }, firstEscalationAt(o.ctx.escalation, priority, now), priority),
    ),
  ];
  const time = (at: Date) => `${p(outbox.availableAt.mapToDriverValue(at))}::timestamptz`;
  const outboxValues = queued.map(
    (row) =>
      `(${p(row.kind)}::text, ${p(row.dedupeKey)}::text, ${p(JSON.stringify(row.payload))}::jsonb, ${p(row.priority)}::text, ${time(row.availableAt)}, ${time(row.createdAt)})`,
  );
  parts.push(`queued as (
    insert into "outbox" (kind, dedupe_key, payload, priority, available_at, created_at)
    select v.kind, v.dedupe_key, v.payload, v.priority, v.available_at, v.created_at
    from c cross join (values ${outboxValues.join(', ')}) as v(kind, dedupe_key, payload, priority, available_at, created_at)
    on conflict (dedupe_key) do nothing
  )`);
  return { text: `with ${parts.join(', ')}\n    select count(*)::int as inserted from c`, params };
}

/** A crisis after the case exists makes the case urgent (and says so in the audit). */
export async function markCaseUrgent(db: Executor, reference: string, at: Date, family?: string): Promise<void> {
  const updated = await db
    .update(cases)
    .set({ priority: 'urgent', ...(family ? { crisisFamily: family } : {}) })
    .where(and(eq(cases.reference, reference), eq(cases.priority, 'normal')))
    .returning({ id: cases.id });
  if (updated.length > 0) {
    await db
      .insert(auditLog)
      .values({ at, actor: 'bot', action: 'case.urgent', caseReference: reference, detail: family ? { family } : null });
  }
}

/**
 * What the person answered after the crisis path filed their urgent case
 * (the rest of the help request, every question optional): added to that
 * case and its person, with the consents given, in the caller's
 * transaction. Only a case of this conversation can be amended. The
 * coordinators' post is refreshed and the thread says details were added.
 */
export async function amendCase(
  ctx: CaseWriteContext,
  reference: string,
  draft: CaseDraft,
  source: { conversationId: string },
): Promise<{ reference: string }> {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .select({ id: cases.id, personId: cases.personId, channel: cases.sourceChannel })
    .from(cases)
    .where(and(eq(cases.reference, reference), eq(cases.conversationId, source.conversationId)));
  if (!row) throw new Error('amendCase: no case of this conversation has that reference');
  await ctx.db
    .update(cases)
    .set({
      region: draft.region ?? undefined,
      sector: draft.sector ?? undefined,
      activityStatus: draft.activityStatus ?? undefined,
      signals: draft.signals.length > 0 ? draft.signals : undefined,
      context: draft.context ?? undefined,
      bestMoments: draft.bestMoments ?? undefined,
      modality: draft.modality ?? undefined,
      surveyOptIn: draft.surveyOptIn,
      toCheck: draft.toCheck === true ? true : undefined,
    })
    .where(eq(cases.id, row.id));
  if (row.personId && draft.person) {
    await ctx.db
      .update(people)
      .set({
        firstName: draft.person.firstName ?? undefined,
        postalCode: draft.postalCode ?? undefined,
        region: draft.region ?? undefined,
        activityStatus: draft.activityStatus ?? undefined,
        sector: draft.sector ?? undefined,
      })
      .where(eq(people.id, row.personId));
  }
  for (const consent of consentsOf(draft)) {
    await ctx.db.insert(consents).values({
      id: ctx.ids.uuid(),
      caseId: row.id,
      personId: row.personId,
      conversationId: source.conversationId,
      givenBy: consent.givenBy,
      purpose: consent.purpose,
      textVersion: consent.textVersion,
      channel: row.channel,
      givenAt: now,
    });
  }
  await ctx.db.insert(auditLog).values({ at: now, actor: 'bot', action: 'case.amended', caseReference: reference, detail: null });
  await enqueue(
    ctx.db,
    { kind: 'coordinator.case_update', payload: { caseId: row.id, reference, actor: 'bot', action: 'amended', at: now.toISOString() } },
    { availableAt: now },
  );
  return { reference };
}
