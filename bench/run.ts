/**
 * `npm run bench`: the service under simulated Teams users, then a bare
 * botbuilder echo bot under the same load (the floor). See README,
 * "Performance", and `npm run bench -- --help`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchOptions, parseArgs, USAGE, UsageError } from './args.js';
import { type BenchDatabase, prepareDatabase, serverVersion } from './database.js';
import { BenchConnector, BenchSlack } from './fakes.js';
import { PhaseRecorder, rehearse, runClosedLoop, runOpenLoop, type Target } from './loadgen.js';
import { type PhaseRun, pooled, roundRatios, slowestShare } from './pool.js';
import {
  freePort,
  killAllChildrenNow,
  type NodeProcess,
  readCpuSeconds,
  readMachineCpu,
  readRssMb,
  startNodeProcess,
} from './processes.js';
import { analyseProfile, formatProfile, type ProfileSummary, pickProfile } from './profile.js';
import { fmt, latency, type PhaseResult, phaseRows, table } from './report.js';
import { SimulatedUser } from './scenario.js';
import { percentile, round, summarise } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SLACK_CHANNEL = 'C0BENCH';
const READY_TIMEOUT_MS = 60_000;
const DRAIN_MS = 10_000;
const STOP_GRACE_MS = 30_000;
const PROFILE_STOP_MS = 15_000;
/** Seconds a warm process gets in later closed-loop rounds before the measurement starts. */
const SETTLE_S = 3;
/** Variables of src/config.ts the bench sets itself or must not inherit (Socket Mode, credentials, WhatsApp, faults). */
const SERVICE_VARIABLES = [
  'NODE_ENV',
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'DATA_KEY',
  'MicrosoftAppId',
  'MicrosoftAppPassword',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_CHANNEL_ID',
  'SLACK_API_URL',
  'WHATSAPP_ENABLED',
  'LOG_LEVEL',
  'FAULT_INJECTION',
];

const print = (line = '') => process.stdout.write(`${line}\n`);

function metricSum(text: string, name: string): number | undefined {
  let total: number | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (Number.isFinite(value)) total = (total ?? 0) + value;
  }
  return total;
}

async function fetchMetrics(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(2_000) });
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The node flags of package.json's start script (`node <flags> --import tsx bots/main.ts`),
 * so that the service runs exactly as `npm start` runs it.
 */
function startScriptNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.start ?? '').split(/\s+/);
  if (words[0] !== 'node' || !words.includes('bots/main.ts'))
    throw new Error(`npm start is not "node … bots/main.ts": ${pkg.scripts?.start}`);
  const flags: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word === '--import') i++;
    else if (word.startsWith('--')) flags.push(word);
  }
  return flags;
}

/** Polls the service's /metrics and RSS every second (bounded by stop()). */
class ServiceWatcher {
  maxBacklog = 0;
  maxOldestAgeS = 0;
  polls = 0;
  failedPolls = 0;
  rssAt100: { mb: number; conversations: number } | undefined;
  /** RSS as conversations complete: at 100, then every 1,000 (the trend, not just two points). */
  readonly rssTrail: Array<{ conversations: number; mb: number; heapUsedMb: number | undefined }> = [];
  /** nodejs_heap_size_used_bytes at the last poll, MB (what the heap holds; RSS also counts room V8 keeps). */
  heapUsedMb: number | undefined;
  lastBacklog: number | undefined;
  /** passerelle_turns_total at the last poll. */
  turnsTotal: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    private readonly service: NodeProcess,
    private readonly conversations: () => number,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.poll(), 1_000);
  }

  async poll(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const text = await fetchMetrics(this.service.url);
      this.polls++;
      if (text === undefined) {
        this.failedPolls++;
      } else {
        const backlog = metricSum(text, 'passerelle_outbox_backlog');
        const age = metricSum(text, 'passerelle_outbox_oldest_age_seconds');
        this.turnsTotal = metricSum(text, 'passerelle_turns_total') ?? this.turnsTotal;
        const heap = metricSum(text, 'nodejs_heap_size_used_bytes');
        this.heapUsedMb = heap === undefined ? this.heapUsedMb : Math.round(heap / 1024 / 1024);
        if (backlog !== undefined) {
          this.lastBacklog = backlog;
          this.maxBacklog = Math.max(this.maxBacklog, backlog);
        }
        if (age !== undefined) this.maxOldestAgeS = Math.max(this.maxOldestAgeS, age);
      }
      const done = this.conversations();
      if (!this.rssAt100 && done >= 100) {
        const mb = readRssMb(this.service.pid);
        if (mb !== undefined) this.rssAt100 = { mb, conversations: done };
      }
      const lastMark = this.rssTrail.at(-1)?.conversations ?? 0;
      const nextMark = lastMark < 100 ? 100 : (Math.floor(lastMark / 1_000) + 1) * 1_000;
      if (done >= nextMark) {
        const mb = readRssMb(this.service.pid);
        if (mb !== undefined) this.rssTrail.push({ conversations: done, mb: Math.round(mb), heapUsedMb: this.heapUsedMb });
      }
    } finally {
      this.busy = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

interface PhaseSpec {
  label: string;
  target: Target;
  process: NodeProcess;
  kind: 'service' | 'echo';
  mode: 'closed' | 'open';
  users: SimulatedUser[];
  rate?: number;
  options: BenchOptions;
  signal: AbortSignal;
  progressExtra?: () => string;
  /** Unmeasured seconds before the measurement; `options.warmup` when absent. */
  warmupS?: number;
  /** Called with the phase's recorder before the load starts. */
  onStart?: (recorder: PhaseRecorder) => void;
}

async function runPhase(spec: PhaseSpec): Promise<PhaseRun> {
  const { options: o } = spec;
  const recorder = new PhaseRecorder();
  spec.onStart?.(recorder);
  const warmupS = spec.warmupS ?? o.warmup;
  const warmupMs = warmupS * 1000;
  const durationMs = o.seconds * 1000;
  print(
    `\n${spec.label}: ${spec.mode === 'closed' ? `${spec.users.length} users, closed loop` : `${spec.rate} turns/s offered, up to ${spec.users.length} in flight`}, ${warmupS} s ${warmupS === o.warmup ? 'warm-up' : 'settling'} + ${o.seconds} s measured`,
  );

  type Snapshot = Awaited<ReturnType<typeof snapshot>>;
  let startSnapshot: Snapshot | undefined;
  const snapshot = async () => {
    const text = spec.kind === 'service' ? await fetchMetrics(spec.process.url) : undefined;
    return {
      cpu: readCpuSeconds(spec.process.pid),
      machine: readMachineCpu(),
      connectorCalls: spec.target.connector.requests,
      answered: recorder.answered,
      bench: process.cpuUsage(),
      at: performance.now(),
      coreSum: text ? metricSum(text, 'passerelle_turn_duration_seconds_sum') : undefined,
      coreCount: text ? metricSum(text, 'passerelle_turn_duration_seconds_count') : undefined,
    };
  };
  const t0 = performance.now();
  const warmupTimer = setTimeout(() => {
    void snapshot().then((s) => {
      startSnapshot = s;
    });
  }, warmupMs);
  let lastTurns = 0;
  const progress = setInterval(() => {
    const elapsed = (performance.now() - t0) / 1000;
    const measuring = performance.now() >= recorder.measureFrom;
    const turns = recorder.turns;
    const perSecond = turns - lastTurns;
    lastTurns = turns;
    const p95 = recorder.histogram.percentile(95);
    print(
      `  ${elapsed.toFixed(0).padStart(4)} s ${measuring ? '' : '(warm-up) '}turns ${String(turns).padStart(6)}  ${String(perSecond).padStart(4)} turns/s  p95 ${fmt(p95, ' ms')}  errors ${recorder.errorCount}  conversations ${recorder.conversations.alert + recorder.conversations.help}  in flight ${recorder.inFlight}${spec.progressExtra?.() ?? ''}`,
    );
  }, 1_000);
  try {
    const phase = { target: spec.target, users: spec.users, warmupMs, durationMs, timeoutMs: o.timeoutMs, signal: spec.signal, recorder };
    if (spec.mode === 'closed') await runClosedLoop(phase);
    else await runOpenLoop({ ...phase, rate: spec.rate ?? 1 });
  } finally {
    clearTimeout(warmupTimer);
    clearInterval(progress);
  }
  const end = await snapshot();
  const windowS = o.seconds;
  const start = startSnapshot;
  const wallS = start ? (end.at - start.at) / 1000 : undefined;
  const cpuPercent = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && wallS ? round((100 * (b - a)) / wallS, 0) : null;
  const benchCpu =
    start && wallS ? round((100 * (end.bench.user + end.bench.system - start.bench.user - start.bench.system)) / 1e6 / wallS, 0) : null;
  const coreMean =
    start?.coreSum !== undefined &&
    end.coreSum !== undefined &&
    start.coreCount !== undefined &&
    end.coreCount !== undefined &&
    end.coreCount > start.coreCount
      ? round(((end.coreSum - start.coreSum) / (end.coreCount - start.coreCount)) * 1000, 2)
      : null;
  const machineCpu =
    start?.machine && end.machine && end.machine.total > start.machine.total
      ? round((100 * (end.machine.busy - start.machine.busy)) / (end.machine.total - start.machine.total), 0)
      : null;
  const connectorPerTurn =
    start && end.answered > start.answered ? round((end.connectorCalls - start.connectorCalls) / (end.answered - start.answered), 2) : null;
  const cpuPerTurn =
    start?.cpu !== undefined && end.cpu !== undefined && end.answered > start.answered
      ? round(((end.cpu - start.cpu) * 1000) / (end.answered - start.answered), 2)
      : null;
  const summary = summarise(recorder.latencies);
  const result: PhaseResult = {
    target: spec.kind,
    mode: spec.mode,
    users: spec.users.length,
    seconds: windowS,
    offeredRate: spec.rate ?? null,
    turns: recorder.turns,
    turnsPerSecond: round(recorder.turns / windowS, 1),
    latencyMs: latency(summary),
    caseTurnLatencyMs: latency(summarise(recorder.caseTurnLatencies)),
    caseTurnsInSlowestPercent: slowestShare(recorder),
    errors: {
      total: recorder.errorCount,
      http: Object.fromEntries([...recorder.errors.http.entries()].map(([k, v]) => [String(k), v])),
      timeouts: recorder.errors.timeouts,
      network: recorder.errors.network,
      failed: recorder.errors.failed,
      flow: recorder.errors.flow,
    },
    firstFlowError: recorder.firstFlowError ?? null,
    conversations: {
      alert: recorder.conversations.alert,
      help: recorder.conversations.help,
      total: recorder.conversations.alert + recorder.conversations.help,
    },
    skipped: spec.mode === 'open' ? recorder.skipped : null,
    sendLagP99Ms:
      spec.mode === 'open'
        ? round(
            percentile(
              [...recorder.sendLag].sort((a, b) => a - b),
              99,
            ),
            2,
          )
        : null,
    maxInFlight: recorder.maxInFlight,
    targetCpuPercent: cpuPercent(start?.cpu, end.cpu),
    benchCpuPercent: benchCpu,
    machineCpuPercent: machineCpu,
    connectorCallsPerTurn: connectorPerTurn,
    botCpuPerTurnMs: cpuPerTurn,
    coreTurnMeanMs: coreMean,
  };
  return { result, recorder };
}

interface AlertLatency {
  alerts: number;
  posted: number;
  /** Alerts whose Slack post had not arrived when the bench stopped waiting. */
  notPosted: number;
  /** When some were not posted, the percentiles count them at the time waited: lower bounds. */
  lowerBound: boolean;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
}

function alertLatency(alerts: PhaseRecorder['alerts'], slack: BenchSlack, endedAt: number): AlertLatency {
  const values: number[] = [];
  let posted = 0;
  for (const a of alerts) {
    const post = slack.posts.get(a.reference);
    if (post) {
      posted++;
      values.push(post.at - a.confirmedAt);
    } else values.push(endedAt - a.confirmedAt);
  }
  const s = summarise(values);
  return {
    alerts: alerts.length,
    posted,
    notPosted: alerts.length - posted,
    lowerBound: posted < alerts.length,
    p50Ms: round(s.p50, 0),
    p95Ms: round(s.p95, 0),
    maxMs: round(s.max, 0),
  };
}

function logEvents(file: string): Record<string, number> {
  const counts: Record<string, number> = {};
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return counts;
  }
  for (const line of text.split('\n')) {
    const m = /^\S+ (WARN|ERROR)\s+(\S+)/.exec(line);
    if (m) counts[`${m[1]} ${m[2]}`] = (counts[`${m[1]} ${m[2]}`] ?? 0) + 1;
  }
  return counts;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

function users(prefix: string, count: number, serviceUrl: string): SimulatedUser[] {
  return Array.from({ length: count }, (_, i) => new SimulatedUser(`${prefix}-${i + 1}`, serviceUrl, i % 2 === 1));
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`${error.message}\n\n`);
      process.stderr.write(`${USAGE}\n`);
      return error.message ? 2 : 0;
    }
    throw error;
  }
  const o = options;
  const kinds = o.echo ? 2 : 1;
  const settleS = Math.min(o.warmup, SETTLE_S);
  const closedS = kinds * (o.seconds + o.warmup + (o.rounds - 1) * (o.seconds + settleS));
  const phases = kinds * (o.rounds + (o.rate ? 1 : 0));
  // Each phase may also wait up to one request timeout for its last turns.
  const boundS =
    closedS + (o.rate ? kinds * (o.seconds + o.warmup) : 0) + phases * (o.timeoutMs / 1000 + 2) + 60 + (DRAIN_MS + STOP_GRACE_MS) / 1000;
  const controller = new AbortController();
  const { signal } = controller;
  let interrupted: string | undefined;
  const interrupt = (why: string) => {
    if (interrupted) {
      killAllChildrenNow();
      process.exit(130);
    }
    interrupted = why;
    print(`\n${why}: stopping (press Ctrl+C again to stop at once)…`);
    controller.abort(new Error(why));
  };
  process.on('SIGINT', () => interrupt('interrupted'));
  process.on('SIGTERM', () => interrupt('terminated'));
  process.on('exit', killAllChildrenNow);
  const watchdog = setTimeout(() => {
    interrupt(`time limit of ${boundS} s reached`);
    setTimeout(() => {
      killAllChildrenNow();
      process.exit(1);
    }, 30_000).unref();
  }, boundS * 1000);
  watchdog.unref();

  // Other work on the machine skews every figure: measure it first (2 s) and say so.
  const before = readMachineCpu();
  await sleep(2_000);
  const after = readMachineCpu();
  const machineBusyBefore =
    before && after && after.total > before.total ? round((100 * (after.busy - before.busy)) / (after.total - before.total), 0) : null;
  if (machineBusyBefore !== null && machineBusyBefore > 20) {
    print(`warning: the machine was ${machineBusyBefore} % busy before the bench started (other processes): figures will be lower.`);
  }

  const runId = Date.now().toString(36);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-'));
  const dataDir = path.join(work, 'data');
  const profileDir = path.join(work, 'profile');
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const m = machine();
  print(
    `Passerelle bench: ${o.users} users × ${o.seconds} s${o.rate ? `, then ${o.rate} turns/s offered` : ''}; ${databaseUrl ? 'PostgreSQL' : 'PGlite'}; ${m.cpus} CPUs (${m.cpuModel}), Node ${m.node}. Stops by itself within ${boundS} s.`,
  );

  const connector = await new BenchConnector().start();
  const slack = await new BenchSlack(SLACK_CHANNEL, ['U0BENCH1', 'U0BENCH2']).start();
  let database: BenchDatabase | undefined;
  let service: NodeProcess | undefined;
  let echo: NodeProcess | undefined;
  let watcher: ServiceWatcher | undefined;
  let exitCode = 0;
  try {
    let databaseInfo: { kind: 'pglite' | 'postgres'; description: string; version?: string | undefined };
    if (databaseUrl) {
      database = await prepareDatabase(databaseUrl, (line) => print(`warning: ${line}`));
      databaseInfo = { kind: 'postgres', description: database.description, version: await serverVersion(database.url) };
    } else {
      databaseInfo = { kind: 'pglite', description: `embedded PGlite in a fresh ${dataDir}` };
    }
    print(`database: ${databaseInfo.description}${databaseInfo.version ? `, server ${databaseInfo.version}` : ''}`);

    // --- the service, as `npm start` runs it, in its own process ---------------------------------
    const servicePort = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of SERVICE_VARIABLES) delete env[key];
    Object.assign(env, {
      PORT: String(servicePort),
      DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: 'bench',
      SLACK_CHANNEL_ID: SLACK_CHANNEL,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      ...(database ? { DATABASE_URL: database.url } : {}),
    });
    // The V8 flags `npm start` gives the service; with --profile also --cpu-prof, and bench/profile-exit.ts (loaded after tsx)
    // so that the profile survives a slow stop.
    const startFlags = startScriptNodeFlags();
    const nodeArgs = o.profile
      ? [
          ...startFlags,
          '--cpu-prof',
          '--cpu-prof-dir',
          profileDir,
          '--import',
          'tsx',
          '--import',
          pathToFileURL(path.join(ROOT, 'bench/profile-exit.ts')).href,
        ]
      : [...startFlags, '--import', 'tsx'];
    const started = performance.now();
    service = await startNodeProcess({
      name: 'service',
      args: [...nodeArgs, 'bots/main.ts'],
      cwd: ROOT,
      env,
      port: servicePort,
      logFile: path.join(work, 'service.log'),
      readyPath: '/readyz',
      readyTimeoutMs: READY_TIMEOUT_MS,
      signal,
    });
    const rssStart = readRssMb(service.pid);
    print(
      `service ready in ${((performance.now() - started) / 1000).toFixed(1)} s (pid ${service.pid}, RSS ${fmt(rssStart, ' MB', 0)})${o.profile ? `, CPU profile to ${profileDir}` : ''}`,
    );
    const serviceTarget: Target = { name: 'service', url: service.url, connector, expectsReference: true };

    // The scripted answers must still complete both flows: one rehearsal each, transcript on failure.
    for (const kind of ['alert', 'help'] as const) {
      const probe = new SimulatedUser(`bench-${runId}-probe-${kind}`, connector.url, kind === 'help');
      const { ok, transcript } = await rehearse(serviceTarget, probe, o.timeoutMs);
      if (!ok) {
        print(`The scripted ${kind} no longer completes (no PDI- reference at the end). Transcript:`);
        for (const line of transcript) print(`  ${line}`);
        throw new Error(`scripted ${kind} failed: update bench/scenario.ts to the current flow`);
      }
    }
    print('rehearsal: the scripted sentinel alert and help request both end with a case reference');

    const serviceRecorders: PhaseRecorder[] = [];
    watcher = new ServiceWatcher(service, () => serviceRecorders.reduce((n, r) => n + r.conversationsTotal, 2));
    watcher.start();
    const backlogNote = () =>
      `  outbox backlog ${watcher?.lastBacklog ?? '—'} (max ${watcher?.maxBacklog ?? 0})  Slack posts ${slack.posts.size}`;

    // The echo runs beside the service from here on, idle while the service is measured and the other way
    // round: the closed loop alternates them (--rounds), so the machine's drift falls on both alike.
    let echoTarget: Target | undefined;
    let echoRss: { start: number | undefined; end: number | undefined } | undefined;
    if (o.echo) {
      const echoPort = await freePort();
      echo = await startNodeProcess({
        name: 'echo bot',
        args: ['--import', 'tsx', 'bench/echo-bot.ts'],
        cwd: ROOT,
        env: { ...process.env, PORT: String(echoPort) },
        port: echoPort,
        logFile: path.join(work, 'echo.log'),
        readyPath: '/readyz',
        readyTimeoutMs: READY_TIMEOUT_MS,
        signal,
      });
      echoTarget = { name: 'echo', url: echo.url, connector, expectsReference: false };
      echoRss = { start: readRssMb(echo.pid), end: undefined };
    }

    const serviceRounds: PhaseRun[] = [];
    const echoRounds: PhaseRun[] = [];
    for (let n = 1; n <= o.rounds && !signal.aborted; n++) {
      const of = o.rounds > 1 ? `, round ${n} of ${o.rounds}` : '';
      // Each process gets the full warm-up once; later rounds only let the closed loop settle.
      const warmupS = n === 1 ? o.warmup : settleS;
      serviceRounds.push(
        await runPhase({
          label: `service${of}`,
          target: serviceTarget,
          process: service,
          kind: 'service',
          mode: 'closed',
          users: users(`bench-${runId}-u${n}`, o.users, connector.url),
          options: o,
          signal,
          warmupS,
          progressExtra: backlogNote,
          onStart: (r) => serviceRecorders.push(r),
        }),
      );
      if (echo && echoTarget && !signal.aborted) {
        echoRounds.push(
          await runPhase({
            label: `echo bot (floor)${of}`,
            target: echoTarget,
            process: echo,
            kind: 'echo',
            mode: 'closed',
            users: users(`bench-${runId}-e${n}`, o.users, connector.url),
            options: o,
            signal,
            warmupS,
          }),
        );
      }
    }
    if (signal.aborted) throw new Error(interrupted ?? 'aborted');
    let serviceOpen: Awaited<ReturnType<typeof runPhase>> | undefined;
    if (o.rate && !signal.aborted) {
      serviceOpen = await runPhase({
        label: 'service, open loop',
        target: serviceTarget,
        process: service,
        kind: 'service',
        mode: 'open',
        rate: o.rate,
        users: users(`bench-${runId}-r`, o.maxOutstanding, connector.url),
        options: o,
        signal,
        progressExtra: backlogNote,
        onStart: (r) => serviceRecorders.push(r),
      });
    }

    // Give the outbox a bounded moment to post the alerts confirmed last.
    const allAlerts = serviceRecorders.flatMap((r) => r.alerts);
    const drainStart = performance.now();
    while (!signal.aborted && performance.now() - drainStart < DRAIN_MS && allAlerts.some((a) => !slack.posts.has(a.reference))) {
      await sleep(250);
    }
    const drainedAt = performance.now();
    const waitedS = (drainedAt - drainStart) / 1000;
    await watcher.poll();
    watcher.stop();
    const rssEnd = readRssMb(service.pid);
    const conversationsDone = serviceRecorders.reduce((n, r) => n + r.conversationsTotal, 2);
    const serviceLog = service.logFile;
    // SIGTERM: the service's outbox dispatcher first finishes its current run (posts paced at about 1/s),
    // then it exits. Given as long as Kubernetes gives by default (30 s), then SIGKILL; the time is reported.
    print(`stopping the service (SIGTERM)${o.profile ? ', it writes its CPU profile on exit' : ''}…`);
    const stopStart = performance.now();
    // With --profile, SIGUSR2 after 15 s makes it exit at once (bench/profile-exit.ts): SIGKILL would lose the profile.
    const stopped = await service.stop(STOP_GRACE_MS, o.profile ? { signal: 'SIGUSR2', afterMs: PROFILE_STOP_MS } : undefined);
    const stopS = (performance.now() - stopStart) / 1000;
    print(
      `service stopped in ${stopS.toFixed(1)} s (${stopped}${o.profile && stopS * 1000 >= PROFILE_STOP_MS ? ', told to exit at once after 15 s for its profile' : ''})`,
    );
    if (signal.aborted) throw new Error(interrupted ?? 'aborted');
    const databaseStats = await database?.stats();

    let profile: ProfileSummary | undefined;
    let profileCopy: string | undefined;
    if (o.profile) {
      const file = pickProfile(profileDir);
      if (file) {
        // Profile timestamps are the monotonic clock in µs, like process.hrtime: keep the measured windows only.
        const offsetUs = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
        const windows = serviceRecorders.map((r): [number, number] => [r.measureFrom * 1000 + offsetUs, r.measureUntil * 1000 + offsetUs]);
        profile = analyseProfile(file, ROOT, windows);
        profileCopy = path.resolve(path.dirname(path.resolve(o.out)), `service-${runId}.cpuprofile`);
        fs.mkdirSync(path.dirname(profileCopy), { recursive: true });
        fs.copyFileSync(file, profileCopy);
      } else print('warning: no CPU profile was written by the service');
    }

    // --- the floor's open loop, once the service is stopped ------------------------------------------
    let echoOpen: PhaseResult | undefined;
    if (echo && echoTarget) {
      if (o.rate && !signal.aborted) {
        echoOpen = (
          await runPhase({
            label: 'echo bot (floor), open loop',
            target: echoTarget,
            process: echo,
            kind: 'echo',
            mode: 'open',
            rate: o.rate,
            users: users(`bench-${runId}-er`, o.maxOutstanding, connector.url),
            options: o,
            signal,
          })
        ).result;
      }
      if (echoRss) echoRss.end = readRssMb(echo.pid);
      print(`echo bot stopped (${await echo.stop()})`);
      if (signal.aborted) throw new Error(interrupted ?? 'aborted');
    }

    // --- results -------------------------------------------------------------------------------------
    const closedAlerts = alertLatency(
      serviceRounds.flatMap((r) => r.recorder.alerts),
      slack,
      drainedAt,
    );
    const openAlerts = serviceOpen ? alertLatency(serviceOpen.recorder.alerts, slack, drainedAt) : undefined;
    const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? round(a / b, 2) : null);
    const s = pooled(serviceRounds);
    const echoClosed = echoRounds.length > 0 ? pooled(echoRounds) : undefined;
    const byRound = roundRatios(
      serviceRounds.map((r) => r.result),
      echoRounds.map((r) => r.result),
    );
    const throughputRatio = byRound.median;
    const p99Ratio = ratio(s.latencyMs.p99, echoClosed?.latencyMs.p99);
    const openP99Ratio = ratio(serviceOpen?.result.latencyMs.p99, echoOpen?.latencyMs.p99);
    const rss = {
      startMb: round(rssStart ?? Number.NaN, 0),
      at100ConversationsMb: watcher.rssAt100 ? round(watcher.rssAt100.mb, 0) : null,
      trail: watcher.rssTrail,
      endMb: round(rssEnd ?? Number.NaN, 0),
      conversationsAtEnd: conversationsDone,
    };
    const slackCalls = Object.fromEntries(slack.calls.entries());
    const targets = {
      throughputAtLeastHalfOfEcho: {
        value: throughputRatio,
        met: throughputRatio === null ? null : throughputRatio >= 0.5,
      },
      p99Under50msAt200TurnsPerSecond: {
        value: serviceOpen?.result.latencyMs.p99 ?? null,
        offered: o.rate ?? null,
        met:
          serviceOpen && (o.rate ?? 0) >= 200
            ? (serviceOpen.result.latencyMs.p99 ?? Number.POSITIVE_INFINITY) < 50 &&
              serviceOpen.result.errors.total === 0 &&
              serviceOpen.result.skipped === 0
            : null,
      },
      alertToSlackP95Under1s: {
        value: closedAlerts.p95Ms,
        lowerBound: closedAlerts.lowerBound,
        met: closedAlerts.alerts === 0 ? null : !closedAlerts.lowerBound && (closedAlerts.p95Ms ?? Number.POSITIVE_INFINITY) < 1000,
      },
      rssGrowthUnder50MbFrom100To10000Conversations: {
        growthMb: watcher.rssAt100 && rssEnd !== undefined ? round(rssEnd - watcher.rssAt100.mb, 0) : null,
        conversations: conversationsDone,
        met: conversationsDone >= 10_000 && watcher.rssAt100 && rssEnd !== undefined ? rssEnd - watcher.rssAt100.mb < 50 : null,
      },
    };
    const result = {
      generatedAt: new Date().toISOString(),
      command: `${databaseUrl ? 'DATABASE_URL=… ' : ''}npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: { ...m, busyBeforeRunPercent: machineBusyBefore },
      database: databaseInfo,
      options: o,
      service: {
        closedLoop: s,
        closedLoopRounds: byRound.rounds,
        openLoop: serviceOpen?.result ?? null,
        alertToSlackMs: closedAlerts,
        alertToSlackOpenLoopMs: openAlerts ?? null,
        slackWaitAfterLoadS: round(waitedS, 1),
        stop: { seconds: round(stopS, 1), how: stopped },
        outboxBacklogMax: watcher.maxBacklog,
        outboxOldestAgeMaxS: round(watcher.maxOldestAgeS, 1),
        metricsPolls: { ok: watcher.polls - watcher.failedPolls, failed: watcher.failedPolls },
        rss,
        slackCalls,
        connector: { requests: connector.requests, messages: connector.messages, proactive: connector.proactive },
        logWarningsAndErrors: logEvents(serviceLog),
      },
      echo: o.echo ? { closedLoop: echoClosed ?? null, openLoop: echoOpen ?? null, rssMb: echoRss ?? null } : null,
      ratios: {
        throughputServiceOverEcho: throughputRatio,
        p99ServiceOverEcho: p99Ratio,
        openLoopP99ServiceOverEcho: openP99Ratio,
      },
      targets,
      databaseStats: databaseStats
        ? {
            ...databaseStats,
            serviceTurns: watcher.turnsTotal ?? null,
            commitsPerTurn: watcher.turnsTotal ? round(databaseStats.commits / watcher.turnsTotal, 1) : null,
            rowsReadPerTurn: watcher.turnsTotal
              ? round((databaseStats.rowsReturned + databaseStats.rowsFetched) / watcher.turnsTotal, 0)
              : null,
          }
        : null,
      profile: profile ? { ...profile, copy: profileCopy } : null,
    };

    print('\n=== Results ===');
    print(
      `${databaseInfo.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${o.users} users, ${o.seconds} s per phase (after ${o.warmup} s warm-up${o.rounds > 1 ? `, ${settleS} s in later rounds` : ''}), ${m.cpus} CPUs (${m.cpuModel}), Node ${m.node}\n`,
    );
    const closedHeader = o.rounds > 1 ? `closed loop, ${serviceRounds.length} rounds pooled` : 'closed loop';
    // Pooled, the ratio column is of the pooled figures; the judged throughput ratio is the rounds' median below.
    print(table(phaseRows(s, echoClosed), [closedHeader, 'service', 'echo (floor)', o.rounds > 1 ? 'pooled ratio' : 'service/echo']));
    if (serviceRounds.length > 1) {
      print('');
      print(
        table(
          byRound.rounds.map((r, i): [string, string, string, string] => [
            `round ${i + 1}`,
            fmt(r.serviceTurnsPerSecond, ' turns/s'),
            fmt(r.echoTurnsPerSecond, ' turns/s'),
            fmt(r.ratio, '×', 2),
          ]),
          ['closed loop by round', 'service', 'echo (floor)', 'service/echo'],
        ),
      );
      if (throughputRatio !== null) print(`median of the rounds' ratios: ${fmt(throughputRatio, '×', 2)}`);
    }
    if (serviceOpen) {
      print('');
      print(table(phaseRows(serviceOpen.result, echoOpen), ['open loop', 'service', 'echo (floor)', 'service/echo']));
    }
    const at = (a: AlertLatency) => (a.lowerBound ? '≥ ' : '');
    print('');
    print(
      table(
        [
          [
            'alert → Slack post p50 / p95 / max',
            `${at(closedAlerts)}${fmt(closedAlerts.p50Ms, ' ms', 0)} / ${at(closedAlerts)}${fmt(closedAlerts.p95Ms, ' ms', 0)} / ${at(closedAlerts)}${fmt(closedAlerts.maxMs, ' ms', 0)}`,
          ],
          ['alerts posted / confirmed', `${closedAlerts.posted} / ${closedAlerts.alerts} (waited ${waitedS.toFixed(1)} s after the load)`],
          ...(openAlerts
            ? ([
                [
                  'open loop: alert → Slack p50 / p95 / max',
                  `${at(openAlerts)}${fmt(openAlerts.p50Ms, ' ms', 0)} / ${at(openAlerts)}${fmt(openAlerts.p95Ms, ' ms', 0)} / ${at(openAlerts)}${fmt(openAlerts.maxMs, ' ms', 0)}`,
                ],
                ['open loop: alerts posted / confirmed', `${openAlerts.posted} / ${openAlerts.alerts}`],
              ] as Array<[string, string]>)
            : []),
          ['Slack chat.postMessage calls', String(slack.calls.get('chat.postMessage') ?? 0)],
          ['largest outbox backlog', `${watcher.maxBacklog} rows (oldest row up to ${fmt(watcher.maxOldestAgeS, ' s', 0)})`],
          [
            'service RSS start / at 100 conv. / end',
            `${fmt(rssStart, ' MB', 0)} / ${watcher.rssAt100 ? `${fmt(watcher.rssAt100.mb, ' MB', 0)} (${watcher.rssAt100.conversations})` : '—'} / ${fmt(rssEnd, ' MB', 0)} (${conversationsDone} conversations)`,
          ],
          ...(watcher.rssTrail.length > 2
            ? ([
                [
                  'service RSS by conversations completed',
                  watcher.rssTrail
                    .map((r) => `${r.conversations}: ${r.mb} MB${r.heapUsedMb === undefined ? '' : ` (heap ${r.heapUsedMb})`}`)
                    .join(', '),
                ],
              ] as Array<[string, string]>)
            : []),
          ['service stop (SIGTERM → exit)', `${stopS.toFixed(1)} s (${stopped})`],
          ...(echoRss
            ? ([['echo RSS start / end', `${fmt(echoRss.start, ' MB', 0)} / ${fmt(echoRss.end, ' MB', 0)}`]] as Array<[string, string]>)
            : []),
          [
            'service log warnings / errors',
            Object.entries(result.service.logWarningsAndErrors)
              .map(([k, v]) => `${v}× ${k}`)
              .join(', ') || 'none',
          ],
        ],
        ['service', ''],
      ),
    );
    const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
    print('\nIssue 8 targets:');
    print(
      `  throughput ≥ ½ of the echo's ............ ${mark(targets.throughputAtLeastHalfOfEcho.met)} (${fmt(throughputRatio, '×', 2)}${byRound.compared > 1 ? `, the median of ${byRound.compared} rounds` : ''})`,
    );
    print(
      `  p99 < 50 ms at 200 turns/s offered ....... ${mark(targets.p99Under50msAt200TurnsPerSecond.met)}${serviceOpen ? ` (${fmt(serviceOpen.result.latencyMs.p99, ' ms')} at ${o.rate}/s)` : ' (run with --rate 200)'}`,
    );
    print(
      `  alert → Slack p95 < 1 s .................. ${mark(targets.alertToSlackP95Under1s.met)} (${at(closedAlerts)}${fmt(closedAlerts.p95Ms, ' ms', 0)})`,
    );
    print(
      `  RSS growth < 50 MB, 100 → 10,000 conv. ... ${mark(targets.rssGrowthUnder50MbFrom100To10000Conversations.met)} (${fmt(targets.rssGrowthUnder50MbFrom100To10000Conversations.growthMb, ' MB', 0)} over ${conversationsDone} conversations)`,
    );
    if (databaseInfo.kind === 'pglite') print('  (the targets are stated for PostgreSQL; set DATABASE_URL)');
    for (const p of [s, serviceOpen?.result]) {
      if (p?.firstFlowError) print(`\nfirst failed conversation: ${p.firstFlowError}`);
    }
    if (databaseStats && watcher.turnsTotal) {
      const t = watcher.turnsTotal;
      print(
        `\nPostgreSQL counted for the bench database (whole run, ${t} turns handled): ${(databaseStats.commits / t).toFixed(1)} commits, ` +
          `${(databaseStats.rowsInserted / t).toFixed(1)} rows inserted, ${(databaseStats.rowsUpdated / t).toFixed(1)} updated, ` +
          `${((databaseStats.rowsReturned + databaseStats.rowsFetched) / t).toFixed(0)} rows read per turn`,
      );
      if (databaseStats.outbox) {
        print(
          `  outbox at the end, from the database (the service's passerelle_outbox_backlog said ${watcher.lastBacklog ?? '—'} at its last poll): ${
            databaseStats.outbox
              .map((r) => `${r.rows} ${r.kind} ${r.status}${r.status === 'done' ? '' : r.due ? ' due' : ' scheduled later'}`)
              .join(', ') || 'empty'
          }`,
        );
      }
      print('  tables by rows read in sequential scans:');
      for (const tb of databaseStats.tables.slice(0, 6)) {
        print(
          `  ${tb.table.padEnd(24)} ${String(tb.seqScans).padStart(7)} seq scans  ${String(tb.seqRowsRead).padStart(10)} rows read  ${String(tb.indexScans).padStart(7)} index scans  ${String(tb.live).padStart(7)} rows`,
        );
      }
    }
    if (profile) print(`\n${formatProfile(profile)}\n  (open ${profileCopy} in Chrome DevTools › Performance for the full picture)`);

    const out = path.resolve(o.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    print(`\nwritten: ${path.relative(process.cwd(), out) || out}`);
  } catch (error) {
    exitCode = interrupted ? 130 : 1;
    print(
      interrupted
        ? `\nbench ${interrupted}: no result written`
        : `\nbench failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (service?.isRunning() === false && !interrupted) print(service.tail());
  } finally {
    watcher?.stop();
    await Promise.allSettled([service?.stop(5_000), echo?.stop(5_000)]);
    await Promise.allSettled([connector.stop(), slack.stop()]);
    if (database && !o.keepDb) {
      await database.drop().catch((error: unknown) => print(`warning: could not drop the bench database: ${String(error)}`));
    } else if (database) print(`kept ${database.description}`);
    fs.rmSync(work, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    killAllChildrenNow();
    process.exit(1);
  },
);
