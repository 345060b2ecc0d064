import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Clock, IdGenerator } from '../clock.js';
import { isLang, type Lang } from '../conversation/types.js';
import type { Database, Executor } from '../db/client.js';
import { auditLog, conversations, trainingRegistrations, trainings } from '../db/schema.js';
import { formatSessionStart, t } from '../i18n/index.js';
import { enqueue } from '../notify/outbox.js';
import { enqueueDeliveryToPerson } from '../notify/person.delivery.js';

export interface TrainingSlot {
  id: string;
  code: string;
  startsAt: Date;
  durationMinutes: number;
  seats: number;
  confirmed: number;
  language: string;
  videoLink: string | null;
  status: string;
}

const DAY_MS = 86_400_000;

export async function createTraining(
  db: Executor,
  ids: IdGenerator,
  o: { startsAt: Date; durationMinutes?: number; seats?: number; language: Lang; videoLink?: string | null; createdBy: string; now: Date },
): Promise<{ id: string; code: string }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const id = ids.uuid();
    const code = `TRN-${ids.code(4)}`;
    const inserted = await db
      .insert(trainings)
      .values({
        id,
        code,
        startsAt: o.startsAt,
        durationMinutes: o.durationMinutes ?? 120,
        seats: o.seats ?? 15,
        language: o.language,
        videoLink: o.videoLink ?? null,
        createdBy: o.createdBy,
        createdAt: o.now,
      })
      .onConflictDoNothing()
      .returning({ id: trainings.id });
    if (inserted.length > 0) {
      await db.insert(auditLog).values({ at: o.now, actor: o.createdBy, action: 'training.created', caseReference: code, detail: null });
      return { id, code };
    }
  }
  throw new Error('could not draw a free training code');
}

async function slotsWhere(db: Executor, where: ReturnType<typeof and>): Promise<TrainingSlot[]> {
  const rows = await db.select().from(trainings).where(where).orderBy(asc(trainings.startsAt));
  const out: TrainingSlot[] = [];
  for (const r of rows) {
    const [c] = await db
      .select({ n: count() })
      .from(trainingRegistrations)
      .where(and(eq(trainingRegistrations.trainingId, r.id), eq(trainingRegistrations.status, 'confirmed')));
    out.push({ ...r, confirmed: c?.n ?? 0 });
  }
  return out;
}

/** Sessions still to come, in one language or all. */
export function upcomingTrainings(db: Executor, now: Date, language?: string): Promise<TrainingSlot[]> {
  return slotsWhere(
    db,
    and(eq(trainings.status, 'scheduled'), gt(trainings.startsAt, now), language ? eq(trainings.language, language) : undefined),
  );
}

export async function findTraining(db: Executor, code: string): Promise<TrainingSlot | undefined> {
  const [slot] = await slotsWhere(db, and(eq(trainings.code, code.trim().toUpperCase())));
  return slot;
}

export interface SignUp {
  trainingId: string;
  conversationId: string | null;
  name: string;
  organisation: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export type SignUpResult =
  | { status: 'confirmed'; code: string }
  | { status: 'waiting'; position: number; code: string }
  | { status: 'closed' };

/**
 * Never more confirmed than seats, even when many sign up at once: the
 * training row is locked while the confirmed sign-ups are counted, so
 * sign-ups are decided one after the other, in arrival order.
 */
export async function signUpForTraining(db: Executor, s: SignUp, now: Date): Promise<SignUpResult> {
  const [training] = await db.select().from(trainings).where(eq(trainings.id, s.trainingId)).for('update');
  if (training?.status !== 'scheduled' || training.startsAt <= now) return { status: 'closed' };
  const [confirmed] = await db
    .select({ n: count() })
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.trainingId, training.id), eq(trainingRegistrations.status, 'confirmed')));
  const status = (confirmed?.n ?? 0) < training.seats ? 'confirmed' : 'waiting';
  const [row] = await db
    .insert(trainingRegistrations)
    .values({ ...s, status, createdAt: now })
    .returning({ id: trainingRegistrations.id });
  await enqueue(
    db,
    { kind: 'coordinator.training_signup', payload: { code: training.code, status, at: now.toISOString() } },
    { availableAt: now },
  );
  if (status === 'confirmed') {
    await scheduleReminder(db, row?.id ?? 0, training.startsAt, now);
    return { status, code: training.code };
  }
  const [ahead] = await db
    .select({ n: count() })
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.trainingId, training.id), eq(trainingRegistrations.status, 'waiting')));
  return { status, position: ahead?.n ?? 1, code: training.code };
}

async function scheduleReminder(db: Executor, registrationId: number, startsAt: Date, now: Date): Promise<void> {
  const at = new Date(Math.max(now.getTime(), startsAt.getTime() - DAY_MS));
  await enqueue(
    db,
    { kind: 'training.reminder', payload: { registrationId } },
    { availableAt: at, dedupeKey: `training_reminder:${registrationId}` },
  );
}

/** Registrations of a session, numbered as coordinators see them (confirmed first, then waiting, in order). */
export async function registrationsOf(db: Executor, trainingId: string) {
  const rows = await db
    .select()
    .from(trainingRegistrations)
    .where(eq(trainingRegistrations.trainingId, trainingId))
    .orderBy(asc(trainingRegistrations.id));
  return rows;
}

async function tellPerson(
  db: Executor,
  clock: Clock,
  conversationId: string | null,
  key: 'training.promoted' | 'training.reminder_text' | 'training.cancelled',
  /** The message's parameters; a function when they depend on the person's language (a date). */
  params: Record<string, string> | ((lang: Lang) => Record<string, string>),
  dedupe: string,
) {
  if (!conversationId) return;
  const [conv] = await db
    .select({ id: conversations.id, channel: conversations.channel, language: conversations.language })
    .from(conversations)
    .where(eq(conversations.id, conversationId));
  if (!conv || (conv.channel !== 'whatsapp' && conv.channel !== 'teams' && conv.channel !== 'console')) return;
  const lang = isLang(conv.language) ? conv.language : 'fr';
  await enqueueDeliveryToPerson(
    db,
    clock,
    { conversationId: conv.id, channel: conv.channel },
    [{ text: t(lang, key, typeof params === 'function' ? params(lang) : params) }],
    'bot:training',
    dedupe,
  );
}

/**
 * A participant's seat is given up: the first on the waiting list gets it and
 * is told on their own channel, once.
 */
export async function cancelRegistration(
  db: Database,
  clock: Clock,
  registrationId: number,
  actor: string,
): Promise<{ promoted: number | null }> {
  return db.transaction(async (tx) => {
    const [reg] = await tx.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, registrationId));
    if (!reg || reg.status === 'cancelled') return { promoted: null };
    const [training] = await tx.select().from(trainings).where(eq(trainings.id, reg.trainingId)).for('update');
    if (!training) return { promoted: null };
    const now = clock.now();
    await tx.update(trainingRegistrations).set({ status: 'cancelled' }).where(eq(trainingRegistrations.id, reg.id));
    await tx.insert(auditLog).values({
      at: now,
      actor,
      action: 'training.registration_cancelled',
      caseReference: training.code,
      detail: { registration: reg.id },
    });
    if (reg.status !== 'confirmed') return { promoted: null };
    return { promoted: await promoteFromWaitingList(tx, clock, training, now) };
  });
}

/**
 * A confirmed seat was given up (cancelled by a coordinator, or erased with
 * the person's data): the first on the waiting list gets it and is told on
 * their own channel, once. Runs in the caller's transaction, which holds the
 * training row locked.
 */
export async function promoteFromWaitingList(
  tx: Executor,
  clock: Clock,
  training: { id: string; code: string; startsAt: Date },
  now: Date,
): Promise<number | null> {
  const [next] = await tx
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.trainingId, training.id), eq(trainingRegistrations.status, 'waiting')))
    .orderBy(asc(trainingRegistrations.id))
    .limit(1);
  if (!next) return null;
  await tx.update(trainingRegistrations).set({ status: 'confirmed' }).where(eq(trainingRegistrations.id, next.id));
  await scheduleReminder(tx, next.id, training.startsAt, now);
  await tellPerson(
    tx,
    clock,
    next.conversationId,
    'training.promoted',
    (lang) => ({ when: formatSessionStart(training.startsAt, lang), code: training.code }),
    `training_promoted:${next.id}`,
  );
  return next.id;
}

/** A whole session is cancelled: everyone registered is told. */
export async function cancelTraining(db: Database, clock: Clock, code: string, actor: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [training] = await tx.select().from(trainings).where(eq(trainings.code, code.trim().toUpperCase())).for('update');
    if (training?.status !== 'scheduled') return false;
    const now = clock.now();
    await tx.update(trainings).set({ status: 'cancelled' }).where(eq(trainings.id, training.id));
    await tx.insert(auditLog).values({ at: now, actor, action: 'training.cancelled', caseReference: training.code, detail: null });
    const regs = await tx.select().from(trainingRegistrations).where(eq(trainingRegistrations.trainingId, training.id));
    for (const r of regs) {
      if (r.status === 'cancelled') continue;
      await tellPerson(tx, clock, r.conversationId, 'training.cancelled', { code: training.code }, `training_cancelled:${r.id}`);
    }
    return true;
  });
}

/** The day-before reminder, if the seat and the session still stand. */
export async function remindRegistration(db: Database, clock: Clock, registrationId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [reg] = await tx.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, registrationId));
    if (reg?.status !== 'confirmed') return;
    const [training] = await tx.select().from(trainings).where(eq(trainings.id, reg.trainingId));
    if (training?.status !== 'scheduled') return;
    await tellPerson(
      tx,
      clock,
      reg.conversationId,
      'training.reminder_text',
      (lang) => ({ when: formatSessionStart(training.startsAt, lang), link: training.videoLink ?? '—', code: training.code }),
      `training_reminded:${reg.id}`,
    );
  });
}
