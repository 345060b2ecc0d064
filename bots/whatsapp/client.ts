import fs from 'node:fs';
import path from 'node:path';
import wweb from 'whatsapp-web.js';
import type { WhatsAppClient } from './client.port.js';

const { Client, LocalAuth } = wweb;

/**
 * Flags for Debian's Chromium on a server: no sandbox (it runs as a service
 * user in a container), /tmp instead of a small /dev/shm, no GPU, and none of
 * the browser's own background traffic (updates, sync, first-run pages).
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the WhatsApp session lives: `DATA_DIR/whatsapp`. */
export function whatsappSessionDir(dataDir: string): string {
  return path.join(dataDir, 'whatsapp');
}

/**
 * Creates the session folder with mode 0700, and tightens it if it exists:
 * LocalAuth's folder is a logged-in browser profile that gives full access
 * to the programme's WhatsApp account (DESIGN, "Platform facts").
 */
export function prepareSessionDir(dataDir: string): string {
  const dir = whatsappSessionDir(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  return dir;
}

export interface BuildClientOptions {
  dataDir: string;
  chromiumPath: string;
  /** More Chromium flags (the smoke test makes every host name unresolvable so nothing leaves the machine). */
  extraArgs?: readonly string[];
}

/**
 * The real whatsapp-web.js client: LocalAuth under `DATA_DIR/whatsapp`,
 * headless Debian Chromium from `CHROMIUM_PATH`. Assigning it to
 * `WhatsAppClient` checks the library against what the channel uses.
 */
export function buildWhatsAppClient(o: BuildClientOptions): WhatsAppClient {
  const dataPath = prepareSessionDir(o.dataDir);
  const client: WhatsAppClient = new Client({
    authStrategy: new LocalAuth({ dataPath }),
    // Always the live WhatsApp Web: no copy cached in the working directory, nothing fetched from elsewhere.
    webVersionCache: { type: 'none' },
    puppeteer: {
      executablePath: o.chromiumPath,
      headless: true,
      args: [...CHROMIUM_FLAGS, ...(o.extraArgs ?? [])],
      // The entry point owns the signals and destroys the client itself; puppeteer would otherwise exit(130) on Ctrl+C.
      // Its exit hook still kills the browser if the process ends without that.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    },
  });
  return client;
}
