import { describe, expect, it } from 'vitest';
import { WhatsAppLifecycle } from '../../../bots/whatsapp/client.lifecycle.js';
import { createLogger } from '../../../src/log.js';
import { FakeWhatsAppClient } from './fake-client.js';

/** A log line without its time and level. */
const eventOf = (line: string) => line.replace(/^\S+ \S+\s+/, '');

/** A lifecycle on a fake client; `sleep` records the back-off and lets the test decide when to stop. */
function setup(options: { stopAfterSleeps?: number; initializeTimeoutMs?: number } = {}) {
  const client = new FakeWhatsAppClient();
  const events: string[] = [];
  const lines: string[] = [];
  const log = createLogger({
    level: 'debug',
    write: (line) => {
      lines.push(line);
      events.push(`log ${eventOf(line)}`);
    },
  });
  const destroy = client.destroy.bind(client);
  client.destroy = async () => {
    events.push('destroy');
    await destroy();
  };
  const qrs: string[] = [];
  const sleeps: number[] = [];
  const lifecycle: WhatsAppLifecycle = new WhatsAppLifecycle({
    client,
    log,
    chromiumPath: '/usr/bin/chromium',
    sessionDir: '/srv/passerelle/data/whatsapp',
    showQr: (qr) => qrs.push(qr),
    backoff: { baseMs: 1_000, maxMs: 4_000 },
    initializeTimeoutMs: options.initializeTimeoutMs,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (sleeps.length >= (options.stopAfterSleeps ?? Number.POSITIVE_INFINITY)) void lifecycle.stop();
      await new Promise((r) => setTimeout(r, 1));
    },
  });
  return { client, lifecycle, lines, events, qrs, sleeps };
}

const until = async (check: () => boolean, ms = 2_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 2));
  }
};

describe('WhatsApp client life cycle', () => {
  it('WhatsApp Web unreachable: one readable line per attempt, the browser closed first, then back-off, doubling to its cap', async () => {
    const s = setup({ stopAfterSleeps: 4 });
    s.client.onInitialize = async () => {
      throw new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/');
    };
    s.lifecycle.start();
    await expect(s.lifecycle.ended).resolves.toEqual({ reason: 'stopped' });
    const failures = s.lines.filter((l) => l.includes('whatsapp.start_failed'));
    expect(failures).toHaveLength(4);
    expect(failures[0]).toMatch(
      /ERROR whatsapp\.start_failed reason="cannot reach WhatsApp Web \(net::ERR_NAME_NOT_RESOLVED\)" attempt=1 retryInS=1$/,
    );
    expect(s.sleeps).toEqual([1_000, 2_000, 4_000, 4_000]);
    // Every failed start destroyed the browser before saying so.
    const firstFailure = s.events.findIndex((e) => e.startsWith('log whatsapp.start_failed'));
    expect(s.events.slice(0, firstFailure)).toContain('destroy');
    expect(s.client.initializeCalls).toBe(4);
  });

  it('Chromium that cannot start ends with a typed error: retrying cannot help', async () => {
    const s = setup();
    s.client.onInitialize = async () => {
      throw new Error('Browser was not found at the configured executablePath (/usr/bin/chromium)');
    };
    s.lifecycle.start();
    const end = await s.lifecycle.ended;
    expect(end.reason).toBe('fatal');
    if (end.reason !== 'fatal') return;
    expect(end.error.code).toBe('WHATSAPP_BROWSER_FAILED');
    expect(end.error.message).toContain('cannot start Chromium at /usr/bin/chromium');
    expect(end.error.message).toContain('CHROMIUM_PATH');
    expect(s.client.initializeCalls).toBe(1);
    expect(s.client.destroyCalls).toBeGreaterThanOrEqual(1);
    expect(s.sleeps).toEqual([]);
  });

  it('a session that can no longer authenticate ends with a clear typed error', async () => {
    const s = setup();
    s.client.onInitialize = async () => {
      s.client.emit('auth_failure', 'Unable to log in. Are the session details valid?');
    };
    s.lifecycle.start();
    const end = await s.lifecycle.ended;
    expect(end).toMatchObject({ reason: 'fatal', error: { code: 'WHATSAPP_SESSION_ENDED' } });
    if (end.reason === 'fatal') expect(end.error.message).toMatch(/pair again.*\/srv\/passerelle\/data\/whatsapp.*scan the QR code/);
    expect(s.lines.some((l) => l.includes('ERROR whatsapp.auth_failure'))).toBe(true);
    expect(s.client.destroyCalls).toBeGreaterThanOrEqual(1);
  });

  it('logs the life cycle, shows the pairing code, reconnects after a disconnection and ends when the phone unlinks the device', async () => {
    const s = setup();
    s.lifecycle.start();
    await until(() => s.client.initializeCalls === 1);
    s.client.emit('qr', '2@abc,def,ghi');
    s.client.emit('authenticated');
    s.client.emit('change_state', 'CONNECTED');
    s.client.emit('ready');
    s.client.emit('disconnected', 'CONFLICT');
    await until(() => s.client.initializeCalls === 2);
    expect(s.sleeps).toEqual([1_000]);
    expect(s.qrs).toEqual(['2@abc,def,ghi']);
    s.client.emit('ready');
    s.client.emit('disconnected', 'LOGOUT');
    const end = await s.lifecycle.ended;
    expect(end).toMatchObject({ reason: 'fatal', error: { code: 'WHATSAPP_SESSION_ENDED' } });
    const events = s.lines.map(eventOf);
    expect(events).toEqual([
      'whatsapp.pairing_code_shown',
      'whatsapp.authenticated',
      'whatsapp.state state=CONNECTED',
      'whatsapp.ready',
      'whatsapp.disconnected reason=CONFLICT',
      'whatsapp.reconnecting reason=CONFLICT attempt=1 retryInS=1',
      'whatsapp.ready',
      'whatsapp.disconnected reason=LOGOUT',
    ]);
    // The QR code itself (it links the account) is never logged.
    expect(s.lines.join('\n')).not.toContain('abc,def');
  });

  it('a WhatsApp Web that never finishes loading counts as a failed start', async () => {
    const s = setup({ stopAfterSleeps: 1, initializeTimeoutMs: 30 });
    s.client.onInitialize = () => new Promise(() => {});
    s.lifecycle.start();
    await s.lifecycle.ended;
    expect(s.lines.find((l) => l.includes('whatsapp.start_failed'))).toContain('reason="WhatsApp Web did not load within 0 s"');
    expect(s.client.destroyCalls).toBeGreaterThanOrEqual(1);
  });

  it('stops at once while waiting to retry, and destroys the client', async () => {
    const client = new FakeWhatsAppClient();
    client.onInitialize = async () => {
      throw new Error('net::ERR_INTERNET_DISCONNECTED at https://web.whatsapp.com/');
    };
    const lifecycle = new WhatsAppLifecycle({
      client,
      log: createLogger({ write: () => {} }),
      chromiumPath: '/usr/bin/chromium',
      sessionDir: '/tmp/x',
      showQr: () => {},
      backoff: { baseMs: 60_000, maxMs: 60_000 },
    });
    lifecycle.start();
    await until(() => client.destroyCalls === 1);
    const started = performance.now();
    await lifecycle.stop();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(lifecycle.ended).resolves.toEqual({ reason: 'stopped' });
    expect(client.destroyCalls).toBeGreaterThanOrEqual(2);
  });
});
