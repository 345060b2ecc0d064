import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BenchConnector, REFERENCE } from './fakes.js';
import type { ConversationKind, SimulatedUser } from './scenario.js';
import { LogHistogram } from './stats.js';

/** A bot under load: its /api/messages, and the fake connector its replies go to. */
export interface Target {
  name: string;
  url: string;
  connector: BenchConnector;
  /** Whether a conversation must end with a case reference (the service) or just be answered (the echo bot). */
  expectsReference: boolean;
}

/** What one phase measured. Turns count when they were sent inside the measurement window. */
export class PhaseRecorder {
  readonly latencies: number[] = [];
  /** The latencies of the turns that end a conversation (the case is raised then: the heaviest turn). */
  readonly caseTurnLatencies: number[] = [];
  readonly histogram = new LogHistogram();
  /** Open loop: how late each measured turn left compared to its schedule. */
  readonly sendLag: number[] = [];
  readonly alerts: Array<{ reference: string; confirmedAt: number }> = [];
  /** http: non-2xx answers; failed: a 2xx whose reply is the bot's "something broke" message (teams.turn_failed); flow: a conversation that did not end with a case reference. */
  readonly errors = { http: new Map<number, number>(), timeouts: 0, network: 0, failed: 0, flow: 0 };
  conversations: Record<ConversationKind, number> = { alert: 0, help: 0 };
  /** All conversations completed since the phase started, warm-up included (for RSS checkpoints). */
  conversationsTotal = 0;
  /** Open loop: turns that were due while every user already waited for an answer (cap reached). */
  skipped = 0;
  inFlight = 0;
  maxInFlight = 0;
  /** Turns answered with a 2xx since the phase started, warm-up included. */
  answered = 0;
  measureFrom = Number.POSITIVE_INFINITY;
  measureUntil = Number.POSITIVE_INFINITY;
  /** A failed conversation, for the report: what was said and what came back. */
  firstFlowError: string | undefined;

  get turns(): number {
    return this.latencies.length;
  }

  get errorCount(): number {
    let n = this.errors.timeouts + this.errors.network + this.errors.failed + this.errors.flow;
    for (const v of this.errors.http.values()) n += v;
    return n;
  }

  measured(start: number): boolean {
    return start >= this.measureFrom && start < this.measureUntil;
  }
}

/** The reference the Teams channel appends to its "something went wrong" answer (bots/teams/teams.channel.ts, onTurnError). */
const TURN_FAILED = /\(ref\. [0-9a-f]{8}\)/;

type PostOutcome = { kind: 'answered'; status: number } | { kind: 'timeout' } | { kind: 'network'; message: string };

/** POST one activity and read the whole answer; never waits longer than timeoutMs. */
function postActivity(agent: http.Agent, url: URL, body: string, timeoutMs: number): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => settle({ kind: 'answered', status: res.statusCode ?? 0 }));
        res.on('error', (error) => settle({ kind: 'network', message: error.message }));
      },
    );
    const timer = setTimeout(() => {
      settle({ kind: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error) => settle({ kind: 'network', message: error.message }));
    req.end(body);
  });
}

export interface TurnContext {
  target: Target;
  agent: http.Agent;
  url: URL;
  timeoutMs: number;
  recorder: PhaseRecorder;
}

/** One turn of one user: say the next message, wait for the answer, check it, record it. */
async function turn(ctx: TurnContext, user: SimulatedUser, scheduledAt?: number): Promise<void> {
  const { recorder: rec } = ctx;
  const { text, final, kind } = user.next();
  const activity = user.activity(text);
  const start = performance.now();
  rec.inFlight++;
  rec.maxInFlight = Math.max(rec.maxInFlight, rec.inFlight);
  const outcome = await postActivity(ctx.agent, ctx.url, activity.body, ctx.timeoutMs);
  rec.inFlight--;
  const end = performance.now();
  const replies = ctx.target.connector.takeReplies(activity.id);
  const measured = rec.measured(start);
  if (outcome.kind !== 'answered' || outcome.status < 200 || outcome.status >= 300) {
    if (measured) {
      if (outcome.kind === 'timeout') rec.errors.timeouts++;
      else if (outcome.kind === 'network') rec.errors.network++;
      else rec.errors.http.set(outcome.status, (rec.errors.http.get(outcome.status) ?? 0) + 1);
    }
    user.restart();
    return;
  }
  rec.answered++;
  if (TURN_FAILED.test(replies.join('\n'))) {
    // The service answered 200 but told the person something broke (its onTurnError): the form did not advance.
    if (measured) rec.errors.failed++;
    rec.firstFlowError ??= `${user.id} (${kind}) said "${text}" and got: ${replies.join(' | ').slice(0, 600)}`;
    user.restart();
    return;
  }
  if (measured) {
    const ms = end - start;
    rec.latencies.push(ms);
    if (final) rec.caseTurnLatencies.push(ms);
    rec.histogram.record(ms);
    if (scheduledAt !== undefined) rec.sendLag.push(Math.max(0, start - scheduledAt));
  }
  if (!final) {
    user.advance();
    return;
  }
  const reference = REFERENCE.exec(replies.join('\n'))?.[0];
  if (ctx.target.expectsReference && !reference) {
    if (measured) rec.errors.flow++;
    rec.firstFlowError ??= `${user.id} (${kind}) said "${text}" and got: ${replies.join(' | ').slice(0, 600) || '(no reply)'}`;
    user.restart();
    return;
  }
  rec.conversationsTotal++;
  if (measured) {
    rec.conversations[kind]++;
    if (kind === 'alert' && reference) rec.alerts.push({ reference, confirmedAt: start });
  }
  user.advance();
}

export interface PhaseOptions {
  target: Target;
  users: SimulatedUser[];
  warmupMs: number;
  durationMs: number;
  timeoutMs: number;
  signal: AbortSignal;
  recorder: PhaseRecorder;
}

function context(o: PhaseOptions, maxSockets: number): TurnContext {
  return {
    target: o.target,
    agent: new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets }),
    url: new URL(o.target.url),
    timeoutMs: o.timeoutMs,
    recorder: o.recorder,
  };
}

/**
 * Closed loop: every user says a message, waits for the answer, says the next
 * one (a person waits for the bot), for warm-up + duration.
 */
export async function runClosedLoop(o: PhaseOptions): Promise<void> {
  const ctx = context(o, o.users.length);
  const t0 = performance.now();
  o.recorder.measureFrom = t0 + o.warmupMs;
  o.recorder.measureUntil = o.recorder.measureFrom + o.durationMs;
  try {
    await Promise.all(
      o.users.map(async (user) => {
        while (!o.signal.aborted && performance.now() < o.recorder.measureUntil) await turn(ctx, user);
      }),
    );
  } finally {
    ctx.agent.destroy();
  }
}

/**
 * Open loop: turns are offered at a fixed rate whatever the answers' speed,
 * each by a user of the pool who is not waiting for an answer (the pool is
 * the cap on requests in flight). When every
 * user waits (the cap on requests in flight), the turn is counted as skipped.
 */
export async function runOpenLoop(o: PhaseOptions & { rate: number }): Promise<void> {
  const ctx = context(o, o.users.length);
  const idle = [...o.users];
  const inFlight = new Set<Promise<void>>();
  const t0 = performance.now();
  o.recorder.measureFrom = t0 + o.warmupMs;
  o.recorder.measureUntil = o.recorder.measureFrom + o.durationMs;
  const total = Math.floor(((o.warmupMs + o.durationMs) / 1000) * o.rate);
  const interval = 1000 / o.rate;
  let sent = 0;
  try {
    while (!o.signal.aborted && sent < total) {
      const now = performance.now();
      const due = Math.min(total, Math.floor((now - t0) / interval) + 1);
      while (sent < due) {
        const scheduledAt = t0 + sent * interval;
        sent++;
        // The user who got an answer last goes next: conversations run to their end even at low rates.
        const user = idle.pop();
        if (!user) {
          if (o.recorder.measured(scheduledAt)) o.recorder.skipped++;
          continue;
        }
        const running: Promise<void> = turn(ctx, user, scheduledAt).finally(() => {
          idle.push(user);
          inFlight.delete(running);
        });
        inFlight.add(running);
      }
      const nextAt = t0 + sent * interval;
      await sleep(Math.max(1, nextAt - performance.now()));
    }
    await Promise.all(inFlight);
  } finally {
    ctx.agent.destroy();
  }
}

/**
 * Runs the user's current conversation once, turn by turn, and returns what
 * was said and answered: checks before measuring that the scripted answers
 * still complete the flows (wording or questions may have changed).
 */
export async function rehearse(target: Target, user: SimulatedUser, timeoutMs: number): Promise<{ ok: boolean; transcript: string[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(target.url);
  const transcript: string[] = [];
  try {
    for (let guard = 0; guard < 100; guard++) {
      const { text, final } = user.next();
      const activity = user.activity(text);
      const outcome = await postActivity(agent, url, activity.body, timeoutMs);
      const replies = target.connector.takeReplies(activity.id);
      transcript.push(`> ${text}`, ...replies.map((r) => `< ${r.slice(0, 300).replace(/\n/g, ' / ')}`));
      if (outcome.kind !== 'answered' || outcome.status >= 300) {
        transcript.push(`! ${outcome.kind === 'answered' ? `HTTP ${outcome.status}` : outcome.kind}`);
        user.restart();
        return { ok: false, transcript };
      }
      user.advance();
      if (final) return { ok: !target.expectsReference || REFERENCE.test(replies.join('\n')), transcript };
    }
    return { ok: false, transcript };
  } finally {
    agent.destroy();
  }
}
