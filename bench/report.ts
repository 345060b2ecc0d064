import type { Summary } from './stats.js';
import { round } from './stats.js';

export interface PhaseResult {
  target: 'service' | 'echo';
  mode: 'closed' | 'open';
  users: number;
  seconds: number;
  offeredRate: number | null;
  turns: number;
  turnsPerSecond: number | null;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null; mean: number | null };
  /** The same for the turns that end a conversation (and raise its case), the heaviest kind; and how many of the slowest 1 % they are. */
  caseTurnLatencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null; mean: number | null };
  caseTurnsInSlowestPercent: string | null;
  errors: { total: number; http: Record<string, number>; timeouts: number; network: number; failed: number; flow: number };
  firstFlowError: string | null;
  conversations: { alert: number; help: number; total: number };
  /** Open loop: turns due while the cap on requests in flight was reached. */
  skipped: number | null;
  /** Open loop: p99 of how late turns left compared with their schedule (generator health). */
  sendLagP99Ms: number | null;
  maxInFlight: number;
  /** CPU the target process used during the measured window, in % of one core. */
  targetCpuPercent: number | null;
  /** CPU the bench process (load generator and fakes) used, in % of one core. */
  benchCpuPercent: number | null;
  /** CPU of the whole machine (all cores) during the measured window, in %. */
  machineCpuPercent: number | null;
  /** CPU time of the bot process per answered turn (CPU seconds over the window ÷ turns answered in it). */
  botCpuPerTurnMs: number | null;
  /** Requests the bot made to the fake Bot Connector per turn (typing indicator and replies). */
  connectorCallsPerTurn: number | null;
  /** Mean time inside the core per turn (the service's passerelle_turn_duration_seconds). */
  coreTurnMeanMs: number | null;
}

export function latency(s: Summary): PhaseResult['latencyMs'] {
  return { p50: round(s.p50, 2), p95: round(s.p95, 2), p99: round(s.p99, 2), max: round(s.max, 2), mean: round(s.mean, 2) };
}

const fmt = (v: number | null | undefined, unit = '', digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(digits)}${unit}`;

function errorsText(p: PhaseResult | undefined): string {
  if (!p) return '—';
  if (p.errors.total === 0) return '0';
  const parts = [
    ...Object.entries(p.errors.http).map(([status, n]) => `${n}×HTTP ${status}`),
    p.errors.timeouts ? `${p.errors.timeouts} timeouts` : '',
    p.errors.network ? `${p.errors.network} network` : '',
    p.errors.failed ? `${p.errors.failed} failed turns` : '',
    p.errors.flow ? `${p.errors.flow} flow` : '',
  ].filter(Boolean);
  return `${p.errors.total} (${parts.join(', ')})`;
}

/** A plain text table: one row per figure, one column per target. */
export function table(rows: Array<[string, ...string[]]>, header: string[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('   ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.map((r) => line(r))].join('\n');
}

function cpuPerTurn(p: PhaseResult | undefined): number | null {
  return p?.botCpuPerTurnMs ?? null;
}

export function phaseRows(service: PhaseResult | undefined, echo: PhaseResult | undefined): Array<[string, string, string, string]> {
  const ratio = (a: number | null | undefined, b: number | null | undefined, digits = 2) =>
    a && b && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(digits)}×` : '';
  const rows: Array<[string, string, string, string]> = [];
  if (service?.mode === 'open' || echo?.mode === 'open') {
    rows.push(['offered turns/s', fmt(service?.offeredRate, '', 0), fmt(echo?.offeredRate, '', 0), '']);
  }
  rows.push(
    ['turns/s', fmt(service?.turnsPerSecond), fmt(echo?.turnsPerSecond), ratio(service?.turnsPerSecond, echo?.turnsPerSecond)],
    ['turns measured', String(service?.turns ?? '—'), String(echo?.turns ?? '—'), ''],
    [
      'turn p50',
      fmt(service?.latencyMs.p50, ' ms'),
      fmt(echo?.latencyMs.p50, ' ms'),
      ratio(service?.latencyMs.p50, echo?.latencyMs.p50, 1),
    ],
    [
      'turn p95',
      fmt(service?.latencyMs.p95, ' ms'),
      fmt(echo?.latencyMs.p95, ' ms'),
      ratio(service?.latencyMs.p95, echo?.latencyMs.p95, 1),
    ],
    [
      'turn p99',
      fmt(service?.latencyMs.p99, ' ms'),
      fmt(echo?.latencyMs.p99, ' ms'),
      ratio(service?.latencyMs.p99, echo?.latencyMs.p99, 1),
    ],
    ['turn max', fmt(service?.latencyMs.max, ' ms'), fmt(echo?.latencyMs.max, ' ms'), ''],
    [
      'turns raising a case p50 / p99',
      service ? `${fmt(service.caseTurnLatencyMs.p50, ' ms')} / ${fmt(service.caseTurnLatencyMs.p99, ' ms')}` : '—',
      '',
      '',
    ],
    ['of the slowest 1 %, turns raising a case', service?.caseTurnsInSlowestPercent ?? '—', '', ''],
    ['errors', errorsText(service), errorsText(echo), ''],
    [
      'conversations completed',
      service ? `${service.conversations.total} (${service.conversations.alert} alerts, ${service.conversations.help} help)` : '—',
      echo ? String(echo.conversations.total) : '—',
      '',
    ],
    ['CPU of the bot process', fmt(service?.targetCpuPercent, ' %', 0), fmt(echo?.targetCpuPercent, ' %', 0), ''],
    ['CPU of the bench process', fmt(service?.benchCpuPercent, ' %', 0), fmt(echo?.benchCpuPercent, ' %', 0), ''],
    ['CPU of the machine (all cores)', fmt(service?.machineCpuPercent, ' %', 0), fmt(echo?.machineCpuPercent, ' %', 0), ''],
    [
      'bot CPU per turn',
      fmt(cpuPerTurn(service), ' ms', 2),
      fmt(cpuPerTurn(echo), ' ms', 2),
      ratio(cpuPerTurn(service), cpuPerTurn(echo), 1),
    ],
    ['Bot Connector calls per turn', fmt(service?.connectorCallsPerTurn, '', 2), fmt(echo?.connectorCallsPerTurn, '', 2), ''],
  );
  if (service?.coreTurnMeanMs !== null && service?.coreTurnMeanMs !== undefined) {
    rows.push(['mean time in the core per turn', fmt(service.coreTurnMeanMs, ' ms', 2), '', '']);
  }
  if (service?.mode === 'open' || echo?.mode === 'open') {
    rows.push(
      ['skipped (cap on requests in flight)', String(service?.skipped ?? '—'), String(echo?.skipped ?? '—'), ''],
      ['most requests in flight', String(service?.maxInFlight ?? '—'), String(echo?.maxInFlight ?? '—'), ''],
      ['generator send lag p99', fmt(service?.sendLagP99Ms, ' ms'), fmt(echo?.sendLagP99Ms, ' ms'), ''],
    );
  }
  return rows;
}

export { fmt };
