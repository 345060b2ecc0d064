import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { encryptedJson, encryptedText } from './encrypted.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull();

/**
 * One row per person per channel. `state` is the engine's state (language,
 * the form in progress and its answers); `address` is what the channel
 * adapter needs to write to the person later (Teams conversation reference,
 * WhatsApp chat id).
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey(),
    /** Short public reference a coordinator can quote before any case exists. */
    reference: text('reference').notNull(),
    channel: text('channel').notNull(),
    /** Keyed hash of the user's address (phone, Teams id): how a person is found again. */
    userKey: text('user_key').notNull(),
    userId: encryptedText('user_id').notNull(),
    address: encryptedJson<Record<string, unknown>>()('address'),
    language: text('language').notNull(),
    state: encryptedJson<unknown>()('state').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('conversations_channel_user').on(t.channel, t.userKey), uniqueIndex('conversations_reference').on(t.reference)],
);

/** Every platform message handled, so a redelivery changes nothing. No text here. */
export const processedMessages = pgTable(
  'processed_messages',
  {
    channel: text('channel').notNull(),
    platformMessageId: text('platform_message_id').notNull(),
    conversationId: uuid('conversation_id'),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull(),
    /**
     * The turn's replies until the channel says they were sent: a crash in
     * between must not leave the person without an answer (a redelivery
     * sends them again). Cleared once sent.
     */
    pendingReplies: encryptedJson<unknown[]>()('pending_replies'),
    repliedAt: timestamp('replied_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [primaryKey({ columns: [t.channel, t.platformMessageId] })],
);

/**
 * What was said, both ways. `formRun` ties the lines to one run of a form so
 * they can be dropped when the form ends without consent.
 */
export const transcriptLines = pgTable(
  'transcript_lines',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    formRun: text('form_run'),
    direction: text('direction').notNull(),
    text: encryptedText('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('transcript_conversation').on(t.conversationId, t.id)],
);

/** The self-employed person a case is about. Stored only with their consent. */
export const people = pgTable('people', {
  id: uuid('id').primaryKey(),
  firstName: encryptedText('first_name'),
  lastName: encryptedText('last_name'),
  phone: encryptedText('phone'),
  phoneHash: text('phone_hash'),
  email: encryptedText('email'),
  language: text('language'),
  postalCode: text('postal_code'),
  region: text('region'),
  activityStatus: text('activity_status'),
  sector: text('sector'),
  createdAt: createdAt(),
});

/** Sentinels: from the registry (verified) or as they introduced themselves (unverified). */
export const sentinels = pgTable(
  'sentinels',
  {
    id: uuid('id').primaryKey(),
    name: encryptedText('name').notNull(),
    organisation: encryptedText('organisation'),
    role: text('role'),
    phone: encryptedText('phone'),
    phoneHash: text('phone_hash'),
    email: encryptedText('email'),
    teamsId: encryptedText('teams_id'),
    teamsHash: text('teams_hash'),
    verified: boolean('verified').notNull().default(false),
    trainedOn: timestamp('trained_on', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [index('sentinels_phone').on(t.phoneHash), index('sentinels_teams').on(t.teamsHash)],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    reference: text('reference').notNull(),
    kind: text('kind').notNull(),
    priority: text('priority').notNull(),
    status: text('status').notNull(),
    closingReason: text('closing_reason'),
    sourceChannel: text('source_channel').notNull(),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    sentinelId: uuid('sentinel_id').references(() => sentinels.id, { onDelete: 'set null' }),
    language: text('language').notNull(),
    region: text('region'),
    sector: text('sector'),
    activityStatus: text('activity_status'),
    signals: text('signals').array().notNull().default(sql`'{}'::text[]`),
    context: encryptedText('context'),
    bestMoments: encryptedText('best_moments'),
    modality: text('modality'),
    notifySentinel: boolean('notify_sentinel').notNull().default(false),
    surveyOptIn: boolean('survey_opt_in').notNull().default(false),
    immediateDanger: boolean('immediate_danger').notNull().default(false),
    /** Why the case is urgent: the family of the crisis signal (self_harm, plan_means…), never the text. */
    crisisFamily: text('crisis_family'),
    /** A possible crisis signal was asked about and not answered: the coordinators' post says "to check". */
    toCheck: boolean('to_check').notNull().default(false),
    sessionsUsed: integer('sessions_used').notNull().default(0),
    maxSessions: integer('max_sessions').notNull(),
    psychologistId: uuid('psychologist_id').references(() => psychologists.id, { onDelete: 'set null' }),
    /** Slack user id of the coordinator who claimed the case. */
    claimedBy: text('claimed_by'),
    slackChannel: text('slack_channel'),
    slackTs: text('slack_ts'),
    createdAt: createdAt(),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'date' }),
    contactedAt: timestamp('contacted_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    /** Set when the personal data of the case was erased (on request or at the end of retention). */
    erasedAt: timestamp('erased_at', { withTimezone: true, mode: 'date' }),
    erasedReason: text('erased_reason'),
  },
  (t) => [uniqueIndex('cases_reference').on(t.reference), index('cases_status').on(t.status, t.priority)],
);

/** The programme's psychologists, for matching and capacity. */
export const psychologists = pgTable('psychologists', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  languages: text('languages').array().notNull(),
  /** Regions served (brussels, wallonia, flanders, german_community). */
  regions: text('regions').array().notNull(),
  /** Postal codes served precisely, when given: they rank first. */
  postalCodes: text('postal_codes').array().notNull(),
  modalities: text('modalities').array().notNull(),
  capacity: integer('capacity').notNull(),
  contact: text('contact'),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

/** Plain thread messages of coordinators: internal notes, never sent to the person. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    author: text('author').notNull(),
    text: encryptedText('text').notNull(),
    slackTs: text('slack_ts'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('case_notes_slack_ts').on(t.caseId, t.slackTs)],
);

/** Every Slack message the bot wrote about a case, so it can be updated or deleted later (erasure). */
export const slackMessages = pgTable(
  'slack_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    ts: text('ts').notNull(),
    /** 'case_post', 'thread_line', 'relay', 'reply_echo', 'escalation', 'urgent'. */
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('slack_messages_case').on(t.caseId)],
);

/** Sentinel training sessions (2 h by video today, 15 seats). */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey(),
    /** Short code coordinators type: TRN-XXXX. */
    code: text('code').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    videoLink: text('video_link'),
    seats: integer('seats').notNull(),
    language: text('language').notNull(),
    status: text('status').notNull().default('scheduled'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('trainings_code').on(t.code)],
);

/** Sign-ups: confirmed up to the seats, then a waiting list in arrival order (the id). */
export const trainingRegistrations = pgTable(
  'training_registrations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    name: encryptedText('name').notNull(),
    organisation: encryptedText('organisation'),
    role: text('role'),
    email: encryptedText('email'),
    phone: encryptedText('phone'),
    status: text('status').notNull(),
    attended: boolean('attended').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index('training_registrations_training').on(t.trainingId, t.status, t.id)],
);

/** Proof of consent: who agreed, to what, when, through which channel, under which wording. */
export const consents = pgTable('consents', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
  personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
  conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
  /** 'self' when the person agreed here; 'sentinel' when a sentinel reports the person agreed. */
  givenBy: text('given_by').notNull(),
  purpose: text('purpose').notNull(),
  textVersion: text('text_version').notNull(),
  channel: text('channel').notNull(),
  givenAt: timestamp('given_at', { withTimezone: true, mode: 'date' }).notNull(),
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
});

/**
 * Everything that leaves the process after a turn. Written in the turn's
 * transaction, delivered by the dispatcher with retries; `dedupeKey` makes
 * enqueueing the same fact twice a no-op.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key'),
    payload: jsonb('payload').notNull(),
    priority: text('priority').notNull().default('normal'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamp('available_at', { withTimezone: true, mode: 'date' }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('outbox_dedupe').on(t.dedupeKey), index('outbox_due').on(t.status, t.availableAt)],
);

/** Who did or saw what. Holds references and ids, never what a person wrote. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    caseReference: text('case_reference'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_case').on(t.caseReference)],
);
