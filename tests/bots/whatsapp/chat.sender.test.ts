import { describe, expect, it } from 'vitest';
import type wweb from 'whatsapp-web.js';
import { ChatSender, DEFAULT_PACING, type Pacing } from '../../../bots/whatsapp/chat.sender.js';
import type { WhatsAppMessagingClient } from '../../../bots/whatsapp/client.port.js';
import { fakeMessage } from './fake-client.js';

/** A clock that only moves when the sender sleeps (or a send takes time). */
function fakeTime(): Pacing & { current: number } {
  const time = {
    ...DEFAULT_PACING,
    current: 0,
    now: () => time.current,
    sleep: async (ms: number) => {
      time.current += ms;
    },
  };
  return time;
}

function recordingClient(time: { current: number }, options: { sendTakesMs?: number; fail?: (text: string) => boolean } = {}) {
  const sent: Array<{ chatId: string; text: string; at: number }> = [];
  const client: Pick<WhatsAppMessagingClient, 'sendMessage'> = {
    async sendMessage(chatId: string, content: wweb.MessageContent): Promise<wweb.Message> {
      const text = String(content);
      const at = time.current;
      await Promise.resolve();
      time.current += options.sendTakesMs ?? 0;
      if (options.fail?.(text)) throw new Error('Protocol error: Target closed');
      sent.push({ chatId, text, at });
      return fakeMessage({ from: chatId, body: text, fromMe: true });
    },
  };
  return { client, sent };
}

describe('ChatSender', () => {
  it('leaves at least 1 s between two messages to one chat by default, in order, without holding back other chats', async () => {
    const time = fakeTime();
    const { client, sent } = recordingClient(time, { sendTakesMs: 120 });
    const sender = new ChatSender(client, time);
    expect(DEFAULT_PACING.intervalMs).toBe(1_000);
    await Promise.all([
      sender.send('32470123456@c.us', ['un', 'deux']),
      sender.send('32470123456@c.us', ['trois']),
      sender.send('32471987654@c.us', ['een']),
    ]);
    const sophie = sent.filter((s) => s.chatId === '32470123456@c.us');
    expect(sophie.map((s) => s.text)).toEqual(['un', 'deux', 'trois']);
    for (let i = 1; i < sophie.length; i++) {
      expect((sophie[i]?.at ?? 0) - (sophie[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(1_000);
    }
    const els = sent.find((s) => s.chatId === '32471987654@c.us');
    expect(els?.at).toBeLessThan(1_000);
  });

  it('does not wait once the interval is over', async () => {
    const time = fakeTime();
    const { client, sent } = recordingClient(time);
    const sender = new ChatSender(client, time);
    await sender.send('32470123456@c.us', ['un']);
    time.current += 5_000;
    await sender.send('32470123456@c.us', ['deux']);
    expect(sent.map((s) => s.at)).toEqual([0, 5_000]);
  });

  it('rejects at a failed send, says what went out, and keeps the chat queue going', async () => {
    const time = fakeTime();
    const { client, sent } = recordingClient(time, { fail: (text) => text === 'deux' });
    const sender = new ChatSender(client, time);
    const went: number[] = [];
    const first = sender.send('32470123456@c.us', ['un', 'deux', 'trois'], (i) => went.push(i));
    const second = sender.send('32470123456@c.us', ['quatre']);
    await expect(first).rejects.toThrow('Target closed');
    await second;
    expect(went).toEqual([0]);
    expect(sent.map((s) => s.text)).toEqual(['un', 'quatre']);
    // The failed attempt counts for the spacing too: it may have reached WhatsApp.
    expect((sent[1]?.at ?? 0) - (sent[0]?.at ?? 0)).toBeGreaterThanOrEqual(2_000);
  });
});
