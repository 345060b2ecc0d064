import { CODE_ALPHABET, type IdGenerator, ManualClock } from '../../src/clock.js';
import type { Channel, InboundMessage, OutboundMessage } from '../../src/conversation/types.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { memoryLogger } from '../../src/log.js';
import type { OutboxRow } from '../../src/notify/outbox.dispatcher.js';
import { type Core, createCore } from '../../src/service.js';

/** Predictable ids: uuids count up, codes follow a fixed pseudo-random sequence. */
export function sequentialIds(seed = 1): IdGenerator {
  let n = 0;
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    uuid: () => `00000000-0000-4000-8${(seed % 4096).toString(16).padStart(3, '0')}-${(++n).toString(16).padStart(12, '0')}`,
    code: (count) => Array.from({ length: count }, () => CODE_ALPHABET[Math.floor(next() * CODE_ALPHABET.length)]).join(''),
    random: () => 0.5,
  };
}

/** A weekday evening, line closed: the usual moment for a help request. */
export const TUESDAY_EVENING = '2026-11-24T20:00:00+01:00';

export interface Harness {
  core: Core;
  clock: ManualClock;
  log: ReturnType<typeof memoryLogger>;
  delivered: OutboxRow[];
  /** Sends one message as `user` and returns the bot's replies as plain text. */
  say(text: string, user?: Partial<Pick<InboundMessage, 'channel' | 'userId' | 'locale'>>): Promise<string[]>;
  send(inbound: Partial<InboundMessage> & { text: string }): Promise<OutboundMessage[] | 'duplicate'>;
}

let harnesses = 0;

export function createHarness(database: DatabaseHandle, options: { now?: string; channel?: Channel; userId?: string } = {}): Harness {
  const instance = ++harnesses;
  const clock = new ManualClock(options.now ?? TUESDAY_EVENING);
  const log = memoryLogger();
  const delivered: OutboxRow[] = [];
  const record = { deliver: async (row: OutboxRow) => void delivered.push(row) };
  const core = createCore({
    config: {
      hotline: { number: '0800/300.25', hours: 'Mon-Fri 08:30-17:00' },
      orgName: "Un pass dans l'impasse",
      maxSessions: 4,
      escalation: { urgentMinutes: 10, repeatMinutes: 30, normalWorkingHours: 4 },
      retention: { caseDays: 365, transcriptDays: 90 },
    },
    database,
    log,
    clock,
    ids: sequentialIds(instance),
    routes: { 'coordinator.new_case': record, 'coordinator.urgent': record, 'coordinator.relay': record },
  });
  let counter = 0;
  const send: Harness['send'] = async (partial) => {
    const channel = partial.channel ?? options.channel ?? 'whatsapp';
    const userId = partial.userId ?? options.userId ?? '+32470123456';
    const platformMessageId = partial.platformMessageId ?? `h${instance}-${userId}-msg-${++counter}`;
    const result = await core.handle({
      channel,
      userId,
      conversationId: `${channel}:${userId}`,
      platformMessageId,
      text: partial.text,
      locale: partial.locale,
      address: partial.address,
    });
    if (result.status === 'duplicate') {
      clock.advance(30_000);
      return 'duplicate';
    }
    await core.replied({ channel, platformMessageId });
    clock.advance(30_000);
    return result.replies;
  };
  return {
    core,
    clock,
    log,
    delivered,
    send,
    async say(text, user = {}) {
      const replies = await send({ text, ...user });
      if (replies === 'duplicate') return [];
      return replies.map((r) => (r.choices ? `${r.text}\n${r.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}` : r.text));
    },
  };
}
