import { describe, expect, it } from 'vitest';
import { ChannelLimiter } from '../../../bots/slack/channel-limiter.js';

function limiterAt(start = 1_000_000) {
  let now = start;
  const limiter = new ChannelLimiter({ intervalMs: 1_000, cooldownMs: 60_000, now: () => now });
  return { limiter, advance: (ms: number) => (now += ms) };
}

describe('ChannelLimiter', () => {
  it('lets every call through while Slack has not answered 429', () => {
    const { limiter } = limiterAt();
    const waits = Array.from({ length: 50 }, () => limiter.reserve('C1'));
    expect(waits).toEqual(Array(50).fill(0));
    expect(limiter.isLimited('C1')).toBe(false);
  });

  it('holds a channel for Retry-After, then spaces its calls by the interval, then lets bursts through again', () => {
    const { limiter, advance } = limiterAt();
    limiter.limited('C1', 5_000);
    expect(limiter.reserve('C1')).toBe(5_000);
    advance(2_000);
    expect(limiter.reserve('C1')).toBe(3_000);
    // Another channel is not affected.
    expect(limiter.reserve('C2')).toBe(0);

    advance(3_000);
    expect(limiter.reserve('C1')).toBe(0);
    expect(limiter.reserve('C1')).toBe(1_000);
    advance(400);
    expect(limiter.reserve('C1')).toBe(600);
    advance(600);
    expect(limiter.reserve('C1')).toBe(0);
    expect(limiter.reserve('C1')).toBe(1_000);
    expect(limiter.isLimited('C1')).toBe(true);

    advance(60_000);
    expect(limiter.isLimited('C1')).toBe(false);
    expect([limiter.reserve('C1'), limiter.reserve('C1'), limiter.reserve('C1')]).toEqual([0, 0, 0]);
  });

  it('keeps the longer hold when a second 429 asks for less', () => {
    const { limiter, advance } = limiterAt();
    limiter.limited('C1', 30_000);
    advance(1_000);
    limiter.limited('C1', 2_000);
    expect(limiter.reserve('C1')).toBe(29_000);
  });
});
