import { and, eq, inArray } from 'drizzle-orm';
import type { Clock, IdGenerator } from '../clock.js';
import type { CaseDraft, KnownSentinel } from '../conversation/form.js';
import type { Channel } from '../conversation/types.js';
import { type Executor, plainStatementRunner, type Statement, type StatementRunner } from '../db/client.js';
import { lookupHash, lookupHashes } from '../db/encrypted.js';
import { auditLog, cases, outbox, people, sentinels } from '../db/schema.js';
import type { NewCaseNotice, OutboxKind } from '../notify/outbox.js';
import { type EscalationNotice, type EscalationPolicy, escalationKey, firstEscalationAt } from './escalation.js';
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
  const { clock, ids } = ctx;
  const run = ctx.run ?? plainStatementRunner(ctx.db);
  const now = clock.now();
  const caseId = ids.uuid();
  const personId = draft.person ? ids.uuid() : null;
  const newSentinelId = draft.sentinel && !draft.sentinel.knownId ? ids.uuid() : null;
  const sentinelId = draft.sentinel?.knownId ?? newSentinelId;
  const sentinelStatus = draft.sentinel ? (draft.sentinel.knownId ? 'verified' : 'unverified') : null;
  const priority = draft.urgent ? 'urgent' : 'normal';
  const consents = [draft.consent, ...(draft.extraConsents ?? [])].flatMap((c) => (c ? [c] : []));
  const consentIds = consents.map(() => ids.uuid());
  const escalateAt = firstEscalationAt(ctx.escalation, priority, now);
  for (let attempt = 0; attempt < 10; attempt++) {
    const reference = newCaseReference(ids);
    const statement = caseStatement({
      draft,
      source,
      now,
      caseId,
      reference,
      personId,
      newSentinelId,
      sentinelId,
      sentinelStatus,
      priority,
      consents,
      consentIds,
      escalateAt,
      maxSessions: ctx.maxSessions,
    });
    const rows = await run(statement);
    // References are short and random: on the rare collision nothing was written; draw again.
    if (Number(rows[0]?.inserted) > 0) return { id: caseId, reference };
  }
  throw new Error('could not draw a free case reference after 10 attempts');
}

interface CaseRows {
  draft: CaseDraft;
  source: { channel: Channel; conversationId: string };
  now: Date;
  caseId: string;
  reference: string;
  personId: string | null;
  newSentinelId: string | null;
  sentinelId: string | null;
  sentinelStatus: 'verified' | 'unverified' | null;
  priority: 'urgent' | 'normal';
  consents: NonNullable<CaseDraft['consent']>[];
  consentIds: string[];
  escalateAt: Date;
  maxSessions: number;
}

/** A column's value as drizzle would send it (encrypted columns encrypt); null stays null. */
function driverValue<T>(column: { mapToDriverValue(value: T): unknown }, value: T | null | undefined): unknown {
  return value === null || value === undefined ? null : column.mapToDriverValue(value);
}

function caseStatement(r: CaseRows): Statement {
  const { draft, now } = r;
  const at = cases.createdAt.mapToDriverValue(now);
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const caseValues = [
    `${p(r.caseId)}::uuid`,
    `${p(r.reference)}::text`,
    `${p(draft.kind)}::text`,
    `${p(r.priority)}::text`,
    `'new'`,
    `${p(r.source.channel)}::text`,
    `${p(r.source.conversationId)}::uuid`,
    `${p(r.personId)}::uuid`,
    `${p(r.sentinelId)}::uuid`,
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
    `${p(r.maxSessions)}::int`,
  ];
  // One parameter for every row's time; typed where first used.
  const now$ = `${p(at)}::timestamptz`;
  caseValues.push(now$);
  const parts = [
    `c as (
      insert into "cases" (id, reference, kind, priority, status, source_channel, conversation_id, person_id, sentinel_id,
        language, region, sector, activity_status, signals, context, best_moments, modality, notify_sentinel, survey_opt_in,
        immediate_danger, max_sessions, created_at)
      values (${caseValues.join(', ')})
      on conflict (reference) do nothing
      returning id
    )`,
  ];
  if (draft.person && r.personId) {
    const person = draft.person;
    parts.push(`person as (
      insert into "people" (id, first_name, last_name, phone, phone_hash, email, language, postal_code, region, activity_status, sector, created_at)
      select ${[
        `${p(r.personId)}::uuid`,
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
  if (draft.sentinel && r.newSentinelId) {
    const sentinel = draft.sentinel;
    parts.push(`sentinel as (
      insert into "sentinels" (id, name, organisation, role, phone, phone_hash, email, verified, created_at)
      select ${[
        `${p(r.newSentinelId)}::uuid`,
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
  if (r.consents.length > 0) {
    const person$ = `${p(r.personId)}::uuid`;
    const conversation$ = `${p(r.source.conversationId)}::uuid`;
    const channel$ = `${p(r.source.channel)}::text`;
    const rows = r.consents.map(
      (consent, i) =>
        `(${p(r.consentIds[i])}::uuid, ${p(consent.givenBy)}::text, ${p(consent.purpose)}::text, ${p(consent.textVersion)}::text)`,
    );
    parts.push(`consent as (
      insert into "consents" (id, case_id, person_id, conversation_id, given_by, purpose, text_version, channel, given_at)
      select v.id, c.id, ${person$}, ${conversation$}, v.given_by, v.purpose, v.text_version, ${channel$}, ${now$}
      from c cross join (values ${rows.join(', ')}) as v(id, given_by, purpose, text_version)
    )`);
  }
  parts.push(`audit as (
    insert into "audit_log" (at, actor, action, case_reference, detail)
    select ${now$}, 'bot', 'case.created', ${p(r.reference)}::text, ${p(JSON.stringify({ kind: draft.kind, priority: r.priority }))}::jsonb from c
  )`);
  const notice: NewCaseNotice = {
    caseId: r.caseId,
    reference: r.reference,
    kind: draft.kind,
    priority: r.priority,
    region: draft.region,
    language: draft.language,
    sector: draft.sector,
    signals: draft.signals,
    sentinel: r.sentinelStatus,
    channel: r.source.channel,
    receivedAt: now.toISOString(),
  };
  const escalation: EscalationNotice = { caseId: r.caseId, reference: r.reference, round: 1 };
  const outboxRows = [
    [NEW_CASE_KIND, `new_case:${r.caseId}`, notice, now],
    [ESCALATE_KIND, escalationKey(escalation), escalation, r.escalateAt],
  ] as const;
  const priority$ = `${p(r.priority)}::text`;
  const outboxValues = outboxRows.map(
    ([kind, key, payload, availableAt]) =>
      `(${p(kind)}::text, ${p(key)}::text, ${p(JSON.stringify(payload))}::jsonb, ${p(outbox.availableAt.mapToDriverValue(availableAt))}::timestamptz)`,
  );
  parts.push(`queued as (
    insert into "outbox" (kind, dedupe_key, payload, priority, available_at, created_at)
    select v.kind, v.dedupe_key, v.payload, ${priority$}, v.available_at, v.available_at
    from c cross join (values ${outboxValues.join(', ')}) as v(kind, dedupe_key, payload, available_at)
    on conflict (dedupe_key) do nothing
  )`);
  return { text: `with ${parts.join(', ')}\n    select count(*)::int as inserted from c`, params };
}

const NEW_CASE_KIND: OutboxKind = 'coordinator.new_case';
const ESCALATE_KIND: OutboxKind = 'coordinator.escalate';

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
