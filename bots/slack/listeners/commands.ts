import type { App } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import { verifyCaseSentinel } from '../../../src/cases/case-lifecycle.js';
import {
  type CaseCard,
  caseAudit,
  findCaseByReference,
  listOpenCases,
  startOfWeek,
  weeklyFigures,
} from '../../../src/cases/case-queries.js';
import { evaluationFigures } from '../../../src/cases/figures.js';
import { listRegisteredSentinels, registerSentinel, SENTINEL_ROLES, unregisterSentinel } from '../../../src/cases/sentinels.repository.js';
import {
  cancelRegistration,
  cancelTraining,
  createTraining,
  findTraining,
  registrationsOf,
  upcomingTrainings,
} from '../../../src/cases/trainings.repository.js';
import { randomIds } from '../../../src/clock.js';
import { parseEmail, parsePhone } from '../../../src/conversation/answers.js';
import { auditLog, trainingRegistrations } from '../../../src/db/schema.js';
import { dateTimeFormat } from '../../../src/i18n/date-format.js';
import { eraseCaseOnRequest } from '../../../src/privacy/erasure.js';
import { caseTitle, formatTime } from '../case-message.js';
import { escapeSlack } from '../escape.js';
import type { CoordinatorContext } from './context.js';

const HELP = [
  '*/passerelle open*: open cases, urgent first, then oldest',
  '*/passerelle case PDI-XXXXX*: one case',
  '*/passerelle audit PDI-XXXXX*: who viewed or did what on a case, and when',
  '*/passerelle erase PDI-XXXXX reason*: erase the personal data of a case (a request by phone or through a sentinel)',
  '*/passerelle stats*: this week’s figures',
  '*/passerelle sentinel list*: the registry of trained sentinels',
  '*/passerelle sentinel add* Name; Organisation; role; +32470123456 or Teams id; e-mail: add a trained sentinel',
  '*/passerelle sentinel verify PDI-XXXXX*: vouch for the sentinel of an alert',
  '*/passerelle sentinel remove* <id>: take a sentinel out of the registry',
  '*/passerelle training add 2027-01-12 18:00 [minutes=120] [seats=15] [fr|nl|de|en] [video link]*: a training session',
  '*/passerelle training list*: upcoming sessions with seats taken',
  '*/passerelle training show TRN-XXXX*: its registrations, numbered',
  '*/passerelle training cancel TRN-XXXX*: cancel a session (everyone is told)',
  '*/passerelle training unregister TRN-XXXX n*: free seat n (the first on the waiting list gets it)',
  '*/passerelle training attended TRN-XXXX n*: n attended; they join the sentinel registry',
  '*/passerelle help*: this help',
].join('\n');

function line(card: CaseCard): string {
  const who = card.claimedBy ? ` · <@${escapeSlack(card.claimedBy)}>` : ' · unclaimed';
  return `• ${caseTitle(card)} · ${escapeSlack(card.status)} · ${formatTime(card.createdAt)}${who}`;
}

const minutes = (m: number | null) => (m === null ? '—' : m >= 120 ? `${Math.round(m / 60)} h` : `${m} min`);

/**
 * `/passerelle`: answered in the acknowledgement itself (ephemeral), so
 * nothing else is called and the 3-second rule holds.
 */
export function registerPasserelleCommand(app: App, ctx: CoordinatorContext): void {
  app.command('/passerelle', async ({ ack, command }) => {
    if (!(await ctx.membership.isMember(command.user_id))) {
      await ack({ response_type: 'ephemeral', text: 'Only members of the coordinators’ channel can use /passerelle.' });
      return;
    }
    const [verb = 'help', ...args] = command.text.trim().split(/\s+/).filter(Boolean);
    switch (verb.toLowerCase()) {
      case 'open': {
        const open = await listOpenCases(ctx.db);
        await ack({
          response_type: 'ephemeral',
          text: open.length ? `*Open cases (${open.length})*\n${open.map(line).join('\n')}` : 'No open case.',
        });
        return;
      }
      case 'case': {
        const card = args[0] ? await findCaseByReference(ctx.db, args[0]) : undefined;
        if (!card) {
          await ack({ response_type: 'ephemeral', text: `No case ${escapeSlack(args[0] ?? '')}. Usage: /passerelle case PDI-XXXXX` });
          return;
        }
        const link = card.slackTs ? `\nThread: ${escapeSlack(card.slackChannel ?? '')}/${escapeSlack(card.slackTs)}` : '';
        const psy = card.psychologist
          ? `\nPsychologist: ${escapeSlack(card.psychologist)}, sessions ${card.sessionsUsed}/${card.maxSessions}`
          : '';
        await ack({ response_type: 'ephemeral', text: `${line(card)}${psy}${link}` });
        return;
      }
      case 'audit': {
        const card = args[0] ? await findCaseByReference(ctx.db, args[0]) : undefined;
        if (!card) {
          await ack({ response_type: 'ephemeral', text: `No case ${escapeSlack(args[0] ?? '')}. Usage: /passerelle audit PDI-XXXXX` });
          return;
        }
        const rows = await caseAudit(ctx.db, card.reference);
        const lines = rows.map(
          (r) =>
            `• ${formatTime(r.at)} · ${r.actor.startsWith('U') ? `<@${escapeSlack(r.actor)}>` : escapeSlack(r.actor)} · ${escapeSlack(r.action)}`,
        );
        await ack({ response_type: 'ephemeral', text: `*Audit of ${escapeSlack(card.reference)}*\n${lines.join('\n')}` });
        return;
      }
      case 'erase': {
        const card = args[0] ? await findCaseByReference(ctx.db, args[0]) : undefined;
        const reason = args.slice(1).join(' ').trim();
        if (!card || reason === '') {
          await ack({
            response_type: 'ephemeral',
            text: 'Usage: /passerelle erase PDI-XXXXX reason (e.g. "asked by phone"). Do not write names in the reason.',
          });
          return;
        }
        const now = ctx.clock.now();
        await ctx.db.transaction((tx) => eraseCaseOnRequest(tx, card.id, { now, actor: command.user_id, note: reason }));
        ctx.lifecycle.onCaseErased?.(card.reference);
        ctx.lifecycle.onOutboxWritten?.();
        await ack({
          response_type: 'ephemeral',
          text: `The personal data of ${escapeSlack(card.reference)} was erased; an anonymised row stays for the figures, and the audit log records it.`,
        });
        return;
      }
      case 'training': {
        await ack({ response_type: 'ephemeral', text: await trainingCommand(ctx, command.user_id, args) });
        return;
      }
      case 'sentinel': {
        await ack({ response_type: 'ephemeral', text: await sentinelCommand(ctx, command.user_id, args) });
        return;
      }
      case 'stats': {
        const now = ctx.clock.now();
        const f = await weeklyFigures(ctx.db, now, startOfWeek(now));
        // The evaluation's headline figures, for the week so far (same computation as npm run report).
        const e = await evaluationFigures(ctx.db, startOfWeek(now), now);
        const list = (r: Record<string, number>) =>
          Object.entries(r)
            .map(([k, v]) => `${escapeSlack(k)} ${v}`)
            .join(', ') || '—';
        await ack({
          response_type: 'ephemeral',
          text: [
            `*This week* (since ${formatTime(f.from)})`,
            `New cases: ${f.created} · urgent: ${f.urgent} · claimed: ${f.claimed}`,
            `Median time to claim: ${minutes(f.medianMinutesToClaim)} · to first contact: ${minutes(f.medianMinutesToContact)}`,
            `By kind: ${list(e.byKind)} · by region: ${list(e.byRegion)} · by channel: ${list(e.byChannel)}`,
            `Sessions used: ${e.sessionsUsed.total} · outcomes: ${list(e.outcomes)}`,
            `Trainings: ${e.trainings.sessions} sessions, ${e.trainings.signUps} sign-ups (${e.trainings.confirmed} confirmed, ${e.trainings.waiting} waiting), ${e.trainings.attended} attended`,
          ].join('\n'),
        });
        return;
      }
      default:
        await ack({ response_type: 'ephemeral', text: HELP });
    }
  });
}

/** `/passerelle sentinel list|add|verify|remove`, audited like every coordinator action. */
async function sentinelCommand(ctx: CoordinatorContext, user: string, args: string[]): Promise<string> {
  const [sub = 'list', ...rest] = args;
  const now = ctx.clock.now();
  const audit = (action: string, reference: string | null) =>
    ctx.db.insert(auditLog).values({ at: now, actor: user, action, caseReference: reference, detail: null });
  switch (sub.toLowerCase()) {
    case 'list': {
      const list = await listRegisteredSentinels(ctx.db);
      if (list.length === 0) return 'The registry is empty. `npm run sentinels:import -- file.csv` or `/passerelle sentinel add`.';
      return `*Trained sentinels (${list.length})*\n${list
        .map(
          (s) =>
            `• \`${s.id.slice(0, 8)}\` ${escapeSlack(s.name)}${s.organisation ? `, ${escapeSlack(s.organisation)}` : ''} (${escapeSlack(s.role ?? 'other')})`,
        )
        .join('\n')}`;
    }
    case 'add': {
      const [name = '', organisation = '', role = 'other', address = '', email = ''] = rest
        .join(' ')
        .split(';')
        .map((p) => p.trim());
      const phone = address ? parsePhone(address) : undefined;
      const mail = email ? parseEmail(email) : undefined;
      if (!name || !address || !(SENTINEL_ROLES as readonly string[]).includes(role)) {
        return `Usage: /passerelle sentinel add Name; Organisation; role (${SENTINEL_ROLES.join(', ')}); +32470123456 or Teams id; e-mail`;
      }
      const result = await ctx.db.transaction(async (tx) => {
        const r = await registerSentinel(
          tx,
          {
            name,
            organisation: organisation || null,
            role,
            phone: phone?.ok ? phone.value : null,
            teamsId: phone?.ok ? null : address,
            email: mail?.ok ? mail.value : null,
            trainedOn: null,
          },
          randomIds,
          now,
        );
        await tx
          .insert(auditLog)
          .values({ at: now, actor: user, action: 'sentinel.added', caseReference: null, detail: { sentinel: r.id } });
        return r;
      });
      return `${escapeSlack(name)} is in the registry (\`${result.id.slice(0, 8)}\`${result.created ? '' : ', updated'}).`;
    }
    case 'verify': {
      const card = rest[0] ? await findCaseByReference(ctx.db, rest[0]) : undefined;
      if (!card) return 'Usage: /passerelle sentinel verify PDI-XXXXX';
      const result = await verifyCaseSentinel(ctx.lifecycle, card.id, user);
      return result.ok ? `The sentinel of ${escapeSlack(card.reference)} is verified.` : 'This case has no sentinel to verify.';
    }
    case 'remove': {
      const prefix = (rest[0] ?? '').toLowerCase();
      const match = prefix.length >= 6 ? (await listRegisteredSentinels(ctx.db)).find((s) => s.id.startsWith(prefix)) : undefined;
      if (!match) return 'Usage: /passerelle sentinel remove <id from /passerelle sentinel list>';
      await unregisterSentinel(ctx.db, match.id);
      await audit('sentinel.removed', null);
      return `${escapeSlack(match.name)} is no longer in the registry.`;
    }
    default:
      return HELP;
  }
}

/** `/passerelle training …`: sessions from creation to attendance. */
async function trainingCommand(ctx: CoordinatorContext, user: string, args: string[]): Promise<string> {
  const [sub = 'list', ...rest] = args;
  const now = ctx.clock.now();
  switch (sub.toLowerCase()) {
    case 'add': {
      const [date = '', time = '', ...more] = rest;
      const startsAt = new Date(`${date}T${time.length === 5 ? time : '??'}:00`);
      const brussels = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? brusselsInstant(date, time) : undefined;
      if (!brussels || Number.isNaN(startsAt.getTime()) || brussels <= now) {
        return 'Usage: /passerelle training add 2027-01-12 18:00 [minutes=120] [seats=15] [fr|nl|de|en] [video link] (a future date, Brussels time)';
      }
      const numbers = more.filter((m) => /^\d+$/.test(m)).map(Number);
      const language = more.find((m) => ['fr', 'nl', 'de', 'en'].includes(m)) ?? 'fr';
      const link = more.find((m) => /^https:\/\//.test(m)) ?? null;
      const created = await createTraining(ctx.db, randomIds, {
        startsAt: brussels,
        durationMinutes: numbers[0] ?? 120,
        seats: numbers[1] ?? 15,
        language: language as 'fr' | 'nl' | 'de' | 'en',
        videoLink: link,
        createdBy: user,
        now,
      });
      return `Training ${created.code} created: ${formatTime(brussels)}, ${numbers[0] ?? 120} min, ${numbers[1] ?? 15} seats, ${language.toUpperCase()}.`;
    }
    case 'list': {
      const slots = await upcomingTrainings(ctx.db, now);
      if (slots.length === 0) return 'No upcoming training. `/passerelle training add 2027-01-12 18:00`';
      return slots
        .map(
          (s) =>
            `• ${escapeSlack(s.code)} · ${formatTime(s.startsAt)} · ${s.durationMinutes} min · ${s.language.toUpperCase()} · ${s.confirmed}/${s.seats} confirmed`,
        )
        .join('\n');
    }
    case 'show': {
      const slot = rest[0] ? await findTraining(ctx.db, rest[0]) : undefined;
      if (!slot) return 'Usage: /passerelle training show TRN-XXXX';
      const regs = await registrationsOf(ctx.db, slot.id);
      await ctx.db
        .insert(auditLog)
        .values({ at: now, actor: user, action: 'training.registrations_viewed', caseReference: slot.code, detail: null });
      const lines = regs.map(
        (r, i) =>
          `${i + 1}. ${escapeSlack(r.name)}${r.organisation ? `, ${escapeSlack(r.organisation)}` : ''} · ${r.status}${r.attended ? ' · attended' : ''}`,
      );
      return `*${escapeSlack(slot.code)}* · ${formatTime(slot.startsAt)} · ${slot.confirmed}/${slot.seats}\n${lines.join('\n') || 'No registration yet.'}`;
    }
    case 'cancel': {
      const ok = rest[0] ? await cancelTraining(ctx.db, ctx.clock, rest[0], user) : false;
      ctx.lifecycle.onOutboxWritten?.();
      return ok
        ? `Training ${escapeSlack(rest[0] ?? '')} is cancelled; everyone registered is told.`
        : 'Usage: /passerelle training cancel TRN-XXXX (a scheduled session)';
    }
    case 'unregister':
    case 'attended': {
      const slot = rest[0] ? await findTraining(ctx.db, rest[0]) : undefined;
      const n = Number(rest[1]);
      const regs = slot ? await registrationsOf(ctx.db, slot.id) : [];
      const reg = Number.isInteger(n) && n >= 1 ? regs[n - 1] : undefined;
      if (!slot || !reg) return `Usage: /passerelle training ${sub} TRN-XXXX n (n from /passerelle training show)`;
      if (sub === 'unregister') {
        const { promoted } = await cancelRegistration(ctx.db, ctx.clock, reg.id, user);
        ctx.lifecycle.onOutboxWritten?.();
        return promoted ? 'Seat freed; the first on the waiting list has it and is told.' : 'Registration cancelled.';
      }
      await ctx.db.transaction(async (tx) => {
        await tx.update(trainingRegistrations).set({ attended: true }).where(eq(trainingRegistrations.id, reg.id));
        await registerSentinel(
          tx,
          {
            name: reg.name,
            organisation: reg.organisation,
            role: reg.role ?? 'other',
            phone: reg.phone,
            teamsId: null,
            email: reg.email,
            trainedOn: slot.startsAt,
          },
          randomIds,
          now,
        );
        await tx
          .insert(auditLog)
          .values({ at: now, actor: user, action: 'training.attended', caseReference: slot.code, detail: { registration: reg.id } });
      });
      return `${escapeSlack(reg.name)} attended and is now a registered sentinel.`;
    }
    default:
      return HELP;
  }
}

/** 2027-01-12 + 18:00 in Brussels, whatever the server's zone (winter +01:00, summer +02:00). */
function brusselsInstant(date: string, time: string): Date | undefined {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${date}T${time}:00${offset}`);
    const shown = dateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (shown === time) return candidate;
  }
  return undefined;
}
