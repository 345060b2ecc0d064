import { describe, expect, it } from 'vitest';
import { PhaseRecorder } from '../../bench/loadgen.js';
import { type PhaseRun, pooled, roundRatios } from '../../bench/pool.js';
import type { PhaseResult } from '../../bench/report.js';

function phase(o: {
  seconds: number;
  latencies: number[];
  caseTurns?: number[];
  cpuPerTurn: number;
  cpuPercent: number;
  http?: Record<string, number>;
}): PhaseRun {
  const recorder = new PhaseRecorder();
  recorder.latencies.push(...o.latencies);
  recorder.caseTurnLatencies.push(...(o.caseTurns ?? []));
  const turns = o.latencies.length;
  const none = { p50: null, p95: null, p99: null, max: null, mean: null };
  const result: PhaseResult = {
    target: 'service',
    mode: 'closed',
    users: 2,
    seconds: o.seconds,
    offeredRate: null,
    turns,
    turnsPerSecond: turns / o.seconds,
    latencyMs: none,
    caseTurnLatencyMs: none,
    caseTurnsInSlowestPercent: null,
    errors: {
      total: Object.values(o.http ?? {}).reduce((a, b) => a + b, 0),
      http: o.http ?? {},
      timeouts: 0,
      network: 0,
      failed: 0,
      flow: 0,
    },
    firstFlowError: null,
    conversations: { alert: 1, help: 1, total: 2 },
    skipped: null,
    sendLagP99Ms: null,
    maxInFlight: 2,
    targetCpuPercent: o.cpuPercent,
    benchCpuPercent: 10,
    machineCpuPercent: 50,
    botCpuPerTurnMs: o.cpuPerTurn,
    connectorCallsPerTurn: 1,
    coreTurnMeanMs: 1,
  };
  return { result, recorder };
}

describe('bench rounds', () => {
  it('pools rounds: turns over all measured seconds, percentiles over every turn, per-turn figures weighted by turns', () => {
    const fast = phase({ seconds: 2, latencies: [1, 1, 1, 1, 1, 1], caseTurns: [1], cpuPerTurn: 1, cpuPercent: 100, http: { '500': 1 } });
    const slow = phase({ seconds: 2, latencies: [10, 10], caseTurns: [10], cpuPerTurn: 3, cpuPercent: 60, http: { '500': 2, '503': 1 } });
    const p = pooled([fast, slow]);
    expect(p.turns).toBe(8);
    expect(p.seconds).toBe(4);
    expect(p.turnsPerSecond).toBe(2);
    // Nearest rank over the 8 turns: the median is a fast turn, the p95 a slow one.
    expect(p.latencyMs.p50).toBe(1);
    expect(p.latencyMs.p95).toBe(10);
    expect(p.latencyMs.max).toBe(10);
    // (6 × 1 ms + 2 × 3 ms) / 8 turns, and equal seconds: the plain mean of the CPU shares.
    expect(p.botCpuPerTurnMs).toBe(1.5);
    expect(p.targetCpuPercent).toBe(80);
    expect(p.errors.http).toEqual({ '500': 3, '503': 1 });
    expect(p.errors.total).toBe(4);
    expect(p.conversations.total).toBe(4);
    expect(p.caseTurnLatencyMs.p50).toBe(1);
    expect(p.caseTurnsInSlowestPercent).toBe('1 of 1 (case turns are 25 % of all)');
  });

  it('gives one round back as it was measured', () => {
    const only = phase({ seconds: 5, latencies: [2, 4], cpuPerTurn: 2, cpuPercent: 90 });
    expect(pooled([only])).toBe(only.result);
    expect(() => pooled([])).toThrow();
  });

  it('takes the median of the rounds’ ratios, so one disturbed round does not decide', () => {
    const at = (turnsPerSecond: number) => ({ turnsPerSecond }) as PhaseResult;
    const r = roundRatios([at(300), at(400), at(420)], [at(1000), at(1000), at(400)]);
    expect(r.rounds.map((x) => x.ratio)).toEqual([0.3, 0.4, 1.05]);
    expect(r.median).toBe(0.4);
    expect(r.compared).toBe(3);
    // Two rounds: the lower of the two, never a flattering average.
    expect(roundRatios([at(300), at(500)], [at(1000), at(1000)]).median).toBe(0.3);
    // No echo (--no-echo): no ratio at all.
    expect(roundRatios([at(300)], [])).toEqual({
      rounds: [{ serviceTurnsPerSecond: 300, echoTurnsPerSecond: null, ratio: null }],
      median: null,
      compared: 0,
    });
  });
});
