/**
 * Slack's limit on posting is about one message per second per channel, with
 * short bursts allowed, and Slack enforces it itself: a call over the limit
 * is answered 429 with Retry-After. Pacing every call at 1/s up front made a
 * morning of alerts queue for minutes behind one another (and behind thread
 * lines), so the limiter follows Slack instead of guessing:
 *
 * - while Slack accepts, calls go out as soon as they are due;
 * - after a 429 the channel is held for Retry-After, then paced at one call
 *   per `intervalMs` for `cooldownMs`, after which bursts are allowed again.
 *
 * It never sleeps: a call that must wait is told how long, and the outbox
 * reschedules its row, so a held channel does not stall other deliveries.
 */
export interface ChannelLimiterOptions {
  /** Spacing of calls to a channel after a 429 (Slack: about one message per second per channel). */
  intervalMs?: number;
  /** How long after the hold ends the spacing applies. */
  cooldownMs?: number;
  now?: () => number;
}

interface ChannelState {
  heldUntil: number;
  pacedUntil: number;
  nextSlot: number;
}

export class ChannelLimiter {
  private readonly intervalMs: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private readonly channels = new Map<string, ChannelState>();

  constructor(o: ChannelLimiterOptions = {}) {
    this.intervalMs = o.intervalMs ?? 1_000;
    this.cooldownMs = o.cooldownMs ?? 60_000;
    this.now = o.now ?? Date.now;
  }

  /** 0: call now (the slot is taken); otherwise how many ms to wait before asking again. */
  reserve(channel: string): number {
    const state = this.channels.get(channel);
    if (!state) return 0;
    const now = this.now();
    if (now < state.heldUntil) return state.heldUntil - now;
    if (now >= state.pacedUntil) {
      // Quiet again: forget the channel (the map only holds channels Slack limited lately).
      this.channels.delete(channel);
      return 0;
    }
    if (state.nextSlot > now) return state.nextSlot - now;
    state.nextSlot = now + this.intervalMs;
    return 0;
  }

  /** Slack answered 429: hold the channel for Retry-After, then pace it. */
  limited(channel: string, retryAfterMs: number): void {
    const now = this.now();
    const heldUntil = Math.max(now + retryAfterMs, this.channels.get(channel)?.heldUntil ?? 0);
    this.channels.set(channel, { heldUntil, pacedUntil: heldUntil + this.cooldownMs, nextSlot: heldUntil });
  }

  /** Whether a channel is held or paced now (for tests and metrics). */
  isLimited(channel: string): boolean {
    const state = this.channels.get(channel);
    return state !== undefined && this.now() < state.pacedUntil;
  }
}
