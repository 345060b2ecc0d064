import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../bots/whatsapp/client.js';
import { startWhatsAppChannel } from '../../../bots/whatsapp/index.js';
import { readConfig } from '../../../src/config.js';
import type { DatabaseHandle } from '../../../src/db/client.js';
import { createLogger } from '../../../src/log.js';
import { openTestPglite } from '../../support/databases.js';
import { testCore } from './test-core.js';

/**
 * The real whatsapp-web.js and the real Chromium (`.ci/run` installs
 * Debian's). Every host name is made unresolvable for this browser, so
 * WhatsApp Web cannot be reached whether or not the machine has a network,
 * and nothing leaves it.
 */
const CHROMIUM = readConfig({ CHROMIUM_PATH: process.env.CHROMIUM_PATH }).whatsapp.chromiumPath;
const NO_NETWORK = '--host-resolver-rules=MAP * ~NOTFOUND';

let dataDir: string;
let database: DatabaseHandle;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelle-wa-smoke-'));
  database = await openTestPglite();
});
afterAll(async () => {
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Live processes whose command line names `text` (Chromium and all its helpers carry the profile path). */
function processesNaming(text: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', text], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`gave up after ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('WhatsApp Web with the real library and Chromium, without network', () => {
  it('starts Chromium with the configured flags, reports the unreachable WhatsApp Web in one line, and leaves no browser behind', async () => {
    expect(fs.existsSync(CHROMIUM), `Chromium must be installed at ${CHROMIUM} (.ci/run installs Debian's chromium)`).toBe(true);
    // A wrapper that writes down the flags the browser was given, then becomes the real Chromium (exec keeps the pid).
    const argsFile = path.join(dataDir, 'chromium-args.txt');
    const wrapper = path.join(dataDir, 'chromium');
    fs.writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$$" "$@" > '${argsFile}'\nexec '${CHROMIUM}' "$@"\n`, { mode: 0o755 });

    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (line) => lines.push(line) });
    const core = testCore(database, { log });
    const handle = await startWhatsAppChannel({
      config: { dataDir, whatsapp: { enabled: true, chromiumPath: wrapper }, hotline: { number: '0800/300.25', hours: '' } },
      core,
      database,
      log,
      print: () => {},
      chromiumArgs: [NO_NETWORK],
      // One attempt in this test: the next one would come a minute later.
      lifecycle: { backoff: { baseMs: 60_000, maxMs: 60_000 }, initializeTimeoutMs: 45_000 },
    });
    try {
      await until(() => lines.some((l) => l.includes('whatsapp.start_failed')), 60_000);

      const [pid, ...args] = fs.readFileSync(argsFile, 'utf8').trim().split('\n');
      expect(args).toEqual(
        expect.arrayContaining([...CHROMIUM_FLAGS, NO_NETWORK, `--user-data-dir=${path.join(dataDir, 'whatsapp', 'session')}`]),
      );
      expect(args.some((a) => a.startsWith('--headless'))).toBe(true);

      const failures = lines.filter((l) => l.includes('whatsapp.start_failed'));
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(
        /^\S+ ERROR whatsapp\.start_failed reason="cannot reach WhatsApp Web \(net::ERR_NAME_NOT_RESOLVED\)" attempt=1 retryInS=60$/,
      );

      // The line is written once the browser is closed: nothing of it runs while the channel waits to retry
      // (a helper killed with the browser may take a moment to be gone).
      await until(() => processesNaming(dataDir).length === 0, 3_000).catch(() => undefined);
      expect(processesNaming(dataDir)).toEqual([]);
      expect(() => process.kill(Number(pid), 0)).toThrow();
      expect(fs.statSync(path.join(dataDir, 'whatsapp')).mode & 0o777).toBe(0o700);
    } finally {
      await handle.stop();
    }
    await expect(handle.closed).resolves.toEqual({ reason: 'stopped' });
    expect(processesNaming(dataDir)).toEqual([]);
  }, 90_000);
});
