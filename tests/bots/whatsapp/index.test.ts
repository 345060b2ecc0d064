import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareSessionDir } from '../../../bots/whatsapp/client.js';
import { startWhatsAppChannel } from '../../../bots/whatsapp/index.js';
import { PAIRING_INSTRUCTIONS, printPairingCode } from '../../../bots/whatsapp/pairing.js';
import type { DatabaseHandle } from '../../../src/db/client.js';
import { memoryLogger } from '../../../src/log.js';
import { openTestPglite } from '../../support/databases.js';
import { FakeWhatsAppClient, fakeMessage } from './fake-client.js';
import { testCore } from './test-core.js';

let dataDir: string;
let database: DatabaseHandle;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-wa-'));
  database = await openTestPglite();
});
afterEach(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const mode = (dir: string) => fs.statSync(dir).mode & 0o777;

const core = () => testCore(database);

describe('the WhatsApp session folder', () => {
  it('is DATA_DIR/whatsapp, created with mode 0700, and tightened when it exists', () => {
    const created = prepareSessionDir(path.join(dataDir, 'fresh'));
    expect(created).toBe(path.join(dataDir, 'fresh', 'whatsapp'));
    expect(mode(created)).toBe(0o700);
    const loose = path.join(dataDir, 'old', 'whatsapp');
    fs.mkdirSync(loose, { recursive: true, mode: 0o755 });
    fs.chmodSync(loose, 0o755);
    prepareSessionDir(path.join(dataDir, 'old'));
    expect(mode(loose)).toBe(0o700);
  });
});

describe('the pairing code', () => {
  it('prints the QR code for a terminal, then one plain line saying what to do', () => {
    const printed: string[] = [];
    printPairingCode('2@pairing-ref,static-key,identity-key,secret', (text) => printed.push(text));
    expect(printed).toHaveLength(1);
    const [code = ''] = printed;
    expect(code).toMatch(/[▀▄█]/);
    expect(code.trimEnd().endsWith(PAIRING_INSTRUCTIONS)).toBe(true);
    expect(PAIRING_INSTRUCTIONS).toMatch(/Linked devices > Link a device/);
  });
});

describe('startWhatsAppChannel', () => {
  it('starts the client, pairs, answers once ready, and stops cleanly', async () => {
    const client = new FakeWhatsAppClient();
    const printed: string[] = [];
    const log = memoryLogger();
    const handle = await startWhatsAppChannel({
      config: { dataDir, whatsapp: { enabled: true, chromiumPath: '/usr/bin/chromium' }, hotline: { number: '0800/300.25', hours: '' } },
      core: core(),
      database,
      log,
      print: (text) => printed.push(text),
      client,
      pacing: { intervalMs: 1, now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    });
    expect(mode(path.join(dataDir, 'whatsapp'))).toBe(0o700);
    await new Promise((r) => setTimeout(r, 5));
    expect(client.initializeCalls).toBe(1);
    client.emit('qr', '2@ref,key,id,secret');
    expect(printed.join('\n')).toContain(PAIRING_INSTRUCTIONS);
    client.emit('ready');
    client.emit('message', fakeMessage({ from: '32470123456@c.us', body: 'Bonsoir' }));
    await handle.channel.idle();
    expect(client.textsTo('32470123456@c.us').join('\n')).toContain('assistant automatique');

    await handle.stop();
    await expect(handle.closed).resolves.toEqual({ reason: 'stopped' });
    expect(client.destroyCalls).toBeGreaterThanOrEqual(1);
    // Stopped: later events are not answered.
    const sent = client.sent.length;
    client.emit('message', fakeMessage({ from: '32470123456@c.us', body: 'encore là ?' }));
    await handle.channel.idle();
    expect(client.sent).toHaveLength(sent);
    expect(log.lines.some((l) => l.includes('whatsapp.starting'))).toBe(true);
  });

  it('ends with a fatal result when the phone unlinks the device', async () => {
    const client = new FakeWhatsAppClient();
    const handle = await startWhatsAppChannel({
      config: { dataDir, whatsapp: { enabled: true, chromiumPath: '/usr/bin/chromium' }, hotline: { number: '0800/300.25', hours: '' } },
      core: core(),
      database,
      log: memoryLogger(),
      print: () => {},
      client,
    });
    await new Promise((r) => setTimeout(r, 5));
    client.emit('ready');
    client.emit('disconnected', 'LOGOUT');
    const end = await handle.closed;
    expect(end).toMatchObject({ reason: 'fatal', error: { code: 'WHATSAPP_SESSION_ENDED' } });
    expect(client.destroyCalls).toBeGreaterThanOrEqual(1);
  });
});
