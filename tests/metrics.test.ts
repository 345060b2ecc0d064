import { describe, expect, it } from 'vitest';
import { collectProcessMetrics, createMetrics } from '../src/metrics.js';
import { sampleOf } from './support/prometheus.js';

describe('process metrics', () => {
  it('adds resident memory, heap and event-loop delay to /metrics, next to the service’s own', async () => {
    const metrics = createMetrics();
    metrics.observeTurn('teams', 'handled', 0.02);
    const before = await metrics.registry.metrics();
    expect(before).not.toContain('process_resident_memory_bytes');

    collectProcessMetrics(metrics);
    const text = await metrics.registry.metrics();
    const value = (name: string) => sampleOf(text, name) ?? Number.NaN;
    expect(value('process_resident_memory_bytes')).toBeGreaterThan(10 * 1024 * 1024);
    expect(value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(value('nodejs_heap_size_used_bytes')).toBeLessThanOrEqual(value('nodejs_heap_size_total_bytes'));
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
    expect(text).toContain('passerelle_turns_total{channel="teams",status="handled"} 1');
  });
});
