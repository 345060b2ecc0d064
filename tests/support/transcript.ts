import { expect } from 'vitest';
import type { Harness } from './harness.js';

/** One exchange: what the person says, and what the bot's replies must contain (all of them). */
export type Exchange = [says: string, expects: Array<string | RegExp>];

/** Plays a transcript table against the bot; a failure names the step and shows what the bot said. */
export async function playTranscript(h: Harness, table: Exchange[], user: Parameters<Harness['say']>[1] = {}): Promise<string[][]> {
  const all: string[][] = [];
  for (const [index, [says, expects]] of table.entries()) {
    const replies = await h.say(says, user);
    const joined = replies.join('\n---\n');
    for (const e of expects) {
      const ok = typeof e === 'string' ? joined.includes(e) : e.test(joined);
      expect(ok, `step ${index + 1}: after "${says}" the bot should say ${String(e)}, but said:\n${joined}`).toBe(true);
    }
    all.push(replies);
  }
  return all;
}
