import { randomInt, randomUUID } from 'node:crypto';

/** Time is injected so flows and rules can be tested on a Sunday night or a public holiday. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  private current: Date;
  constructor(start: Date | string) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Ids are injected for the same reason as time. */
export interface IdGenerator {
  uuid(): string;
  /** `count` characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
  code(count: number): string;
  /** A number in [0, 1) for back-off jitter. */
  random(): number;
}

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const randomIds: IdGenerator = {
  uuid: () => randomUUID(),
  code: (count) => Array.from({ length: count }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  random: () => Math.random(),
};
