/** Closed-loop rounds of one target pooled into one phase result, and how the slowest turns split. */
import type { PhaseRecorder } from './loadgen.js';
import { latency, type PhaseResult } from './report.js';
import { percentile, round, summarise } from './stats.js';

export interface PhaseRun {
  result: PhaseResult;
  recorder: PhaseRecorder;
}

/** Closed-loop rounds of one target as one phase: turns over all measured seconds, percentiles over all turns. */
export function pooled(runs: PhaseRun[]): PhaseResult {
  const first = runs[0];
  if (!first) throw new Error('no rounds to pool');
  if (runs.length === 1) return first.result;
  const results = runs.map((r) => r.result);
  const sum = (f: (p: PhaseResult) => number) => results.reduce((n, p) => n + f(p), 0);
  const turns = sum((p) => p.turns);
  const seconds = sum((p) => p.seconds);
  // Per-turn figures weighted by each round's turns, per-second ones by its seconds.
  const byTurns = (f: (p: PhaseResult) => number | null) => {
    const known = results.filter((p) => f(p) !== null && p.turns > 0);
    const n = known.reduce((t, p) => t + p.turns, 0);
    return n > 0 ? round(known.reduce((t, p) => t + (f(p) ?? 0) * p.turns, 0) / n, 2) : null;
  };
  const bySeconds = (f: (p: PhaseResult) => number | null) => {
    const known = results.filter((p) => f(p) !== null);
    const n = known.reduce((t, p) => t + p.seconds, 0);
    return n > 0 ? round(known.reduce((t, p) => t + (f(p) ?? 0) * p.seconds, 0) / n, 0) : null;
  };
  const latencies = runs.flatMap((r) => r.recorder.latencies);
  const caseTurnLatencies = runs.flatMap((r) => r.recorder.caseTurnLatencies);
  const http: Record<string, number> = {};
  for (const p of results) for (const [status, n] of Object.entries(p.errors.http)) http[status] = (http[status] ?? 0) + n;
  return {
    ...first.result,
    seconds,
    turns,
    turnsPerSecond: round(turns / seconds, 1),
    latencyMs: latency(summarise(latencies)),
    caseTurnLatencyMs: latency(summarise(caseTurnLatencies)),
    caseTurnsInSlowestPercent: slowestShare({ latencies, caseTurnLatencies }),
    errors: {
      total: sum((p) => p.errors.total),
      http,
      timeouts: sum((p) => p.errors.timeouts),
      network: sum((p) => p.errors.network),
      failed: sum((p) => p.errors.failed),
      flow: sum((p) => p.errors.flow),
    },
    firstFlowError: results.find((p) => p.firstFlowError)?.firstFlowError ?? null,
    conversations: {
      alert: sum((p) => p.conversations.alert),
      help: sum((p) => p.conversations.help),
      total: sum((p) => p.conversations.total),
    },
    maxInFlight: Math.max(...results.map((p) => p.maxInFlight)),
    targetCpuPercent: bySeconds((p) => p.targetCpuPercent),
    benchCpuPercent: bySeconds((p) => p.benchCpuPercent),
    machineCpuPercent: bySeconds((p) => p.machineCpuPercent),
    botCpuPerTurnMs: byTurns((p) => p.botCpuPerTurnMs),
    connectorCallsPerTurn: byTurns((p) => p.connectorCallsPerTurn),
    coreTurnMeanMs: byTurns((p) => p.coreTurnMeanMs),
  };
}

/** How many of the slowest 1 % of turns were turns raising a case ("12 of 98"): where the tail comes from. */
export function slowestShare(recorder: Pick<PhaseRecorder, 'latencies' | 'caseTurnLatencies'>): string | null {
  const n = Math.ceil(recorder.latencies.length / 100);
  if (n === 0) return null;
  const threshold = [...recorder.latencies].sort((a, b) => b - a)[n - 1] ?? 0;
  const caseTurns = recorder.caseTurnLatencies.filter((ms) => ms >= threshold).length;
  return `${Math.min(caseTurns, n)} of ${n} (case turns are ${round((100 * recorder.caseTurnLatencies.length) / recorder.latencies.length, 1)} % of all)`;
}

export interface RoundRatio {
  serviceTurnsPerSecond: number | null;
  echoTurnsPerSecond: number | null;
  ratio: number | null;
}

/**
 * Service over echo throughput, round by round (each pair measured back to
 * back), and their median: one round caught by a burst of other work on the
 * machine does not decide. With an even number, the lower middle value.
 */
export function roundRatios(
  service: readonly PhaseResult[],
  echo: readonly PhaseResult[],
): { rounds: RoundRatio[]; median: number | null; compared: number } {
  const rounds = service.map((s, i): RoundRatio => {
    const e = echo[i]?.turnsPerSecond ?? null;
    const v = s.turnsPerSecond;
    return { serviceTurnsPerSecond: v, echoTurnsPerSecond: e, ratio: v && e ? round(v / e, 2) : null };
  });
  const ratios = rounds.flatMap((r) => (r.ratio === null ? [] : [r.ratio])).sort((a, b) => a - b);
  const median = ratios.length > 0 ? round(percentile(ratios, 50), 2) : null;
  return { rounds, median, compared: ratios.length };
}
