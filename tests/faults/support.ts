import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/conversation/types.js';
import { type MessageKey, t } from '../../src/i18n/index.js';

/** Shared by the fault tests: the answer sequences of the Teams tests, a Teams client over HTTP, helpers for a child service. */

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The data key every test file has installed (tests/support/keyring.setup.ts), for a child process to read the same data. */
export const TEST_DATA_KEY = `test:${Buffer.alloc(32, 7).toString('base64')}`;

/** One message of a scripted conversation and the catalogue text its reply set must contain (the next question, usually). */
export interface Step {
  says: string;
  expects: MessageKey;
}

export interface Script {
  kind: 'sentinel_alert' | 'help_request';
  locale: string;
  lang: Lang;
  steps: Step[];
}

/** tests/bots/teams/teams.channel.test.ts, the French sentinel alert, with the final "Envoyer". */
export const FRENCH_ALERT: Script = {
  kind: 'sentinel_alert',
  locale: 'fr-BE',
  lang: 'fr',
  steps: [
    { says: '<at>Passerelle</at> Bonjour', expects: 'menu.prompt' },
    { says: '1', expects: 'alert.sentinel_name' },
    { says: 'Claire Dubois', expects: 'alert.sentinel_organisation' },
    { says: 'Fiduciaire Dubois', expects: 'alert.sentinel_role' },
    { says: 'comptable', expects: 'alert.sentinel_contact' },
    { says: 'claire@fiduciaire.be', expects: 'alert.consent' },
    { says: 'oui', expects: 'alert.danger' },
    { says: 'non', expects: 'alert.person_first_name' },
    { says: 'Marc', expects: 'alert.person_last_name' },
    { says: 'passer', expects: 'alert.person_phone' },
    { says: '0471 23 45 67', expects: 'alert.person_email' },
    { says: 'passer', expects: 'alert.person_language' },
    { says: '1', expects: 'alert.person_postal_code' },
    { says: '7000', expects: 'alert.person_activity_status' },
    { says: '1', expects: 'alert.person_sector' },
    { says: '2', expects: 'alert.signals' },
    { says: '1 2', expects: 'alert.context' },
    { says: 'passer', expects: 'alert.moments' },
    { says: 'le matin', expects: 'alert.modality' },
    { says: '4', expects: 'alert.notify_sentinel' },
    { says: 'non', expects: 'confirm.title' },
    { says: 'Envoyer', expects: 'alert.done' },
  ],
};

/** tests/bots/teams/teams.channel.test.ts, the Dutch help request; on Teams the contact method "1" is the phone. */
export const DUTCH_HELP_REQUEST: Script = {
  kind: 'help_request',
  locale: 'nl-BE',
  lang: 'nl',
  steps: [
    { says: 'Hallo', expects: 'menu.prompt' },
    { says: '2', expects: 'help.leave_request' },
    { says: 'ja', expects: 'help.safety_question' },
    { says: 'nee', expects: 'help.first_name' },
    { says: 'Jan', expects: 'help.contact_method' },
    { says: '1', expects: 'help.phone' },
    { says: '0478 12 34 56', expects: 'ask.postal_code' },
    { says: '9000', expects: 'ask.activity_status' },
    { says: '1', expects: 'ask.sector' },
    { says: 'horeca', expects: 'help.situation' },
    { says: 'overslaan', expects: 'ask.modality' },
    { says: 'video', expects: 'help.moments' },
    { says: 'na 18 uur', expects: 'help.consent' },
    { says: 'ja', expects: 'help.survey' },
    { says: 'nee', expects: 'confirm.title' },
    { says: 'ja', expects: 'help.done' },
  ],
};

/** The fixed part of a catalogue text (before its first placeholder): what the bot's reply must contain. */
export function fixedText(lang: Lang, key: MessageKey): string {
  const text = t(lang, key).split('{')[0]?.trim() ?? '';
  if (text.length < 8) throw new Error(`${lang}:${key} has too short a fixed part to be recognised`);
  return text;
}

export const REFERENCE = /PDI-[A-Z2-9]{5}/;

export interface TeamsIdentity {
  /** AAD object id: how the service knows the person. */
  aad: string;
  conversationId: string;
  locale: string;
}

let activityCounter = 0;

/** A Teams 1:1 message activity as the Bot Connector posts it. */
export function teamsActivity(connectorUrl: string, who: TeamsIdentity, text: string, fields: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `f-${process.pid}-${++activityCounter}`,
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${who.aad}`, aadObjectId: who.aad, name: 'Test user' },
    recipient: { id: '28:bot', name: 'Passerelle' },
    conversation: { id: who.conversationId, conversationType: 'personal' },
    locale: who.locale,
    text,
    ...fields,
  };
}

/** POSTs a body to /api/messages; returns the status and the response text. */
export async function postMessages(
  serviceUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${serviceUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, text: await res.text() };
}

/** Resolves when `check` holds, polling every `everyMs`; throws after `timeoutMs` with `what`. */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Runs `tasks` with at most `limit` at once; results in the order of `tasks`. */
export async function boundedAll<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= tasks.length) return;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** A free TCP port on 127.0.0.1 (closed again before it is returned). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `npm start` as its own process (`node --import tsx bots/main.ts` from the repository root; npm start's heap flag does not matter here). */
export interface ChildService {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Settles with the exit code and signal once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function spawnService(env: Record<string, string>, readyTimeoutMs = 60_000): Promise<ChildService> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bots/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + readyTimeoutMs;
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (;;) {
    if (gone) throw new Error(`the service exited before it was ready:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1_000) });
      await res.text();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service was not ready after ${readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url, output: () => output, exited };
}

/** Stops a child service (SIGTERM, then SIGKILL after `graceMs`) and waits for its exit. */
export async function stopService(service: ChildService | undefined, graceMs = 10_000): Promise<void> {
  if (!service || service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}

/** Which request a HoldingProxy holds, and what it does then. */
export interface Hold {
  /** Matches the request (path and raw body). */
  match: (path: string, body: string) => boolean;
  /** Forward the request to the target before `run` (the target sees it) or not (it never arrives). */
  forward: boolean;
  run: () => Promise<void>;
}

/**
 * A pass-through in front of a fake server (FakeSlack, FakeBotConnector) that
 * can hold one request: forwarded or not, then `run` (e.g. kill the service)
 * before any answer goes back. The kill test uses it to kill the service
 * after Slack posted a message but before the service learned it, or while
 * a Teams reply is on its way.
 */
export class HoldingProxy {
  private server: Server | undefined;
  private hold: Hold | undefined;
  url = '';

  constructor(private readonly target: string) {}

  /** Holds the first request that matches; later ones pass. */
  holdOnce(hold: Hold): void {
    this.hold = hold;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void this.pass(req.method ?? 'POST', req.url ?? '/', req.headers, Buffer.concat(chunks), res).catch(() => res.destroy());
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const { port } = (this.server as Server).address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  private async pass(
    method: string,
    url: string,
    incoming: Record<string, string | string[] | undefined>,
    body: Buffer,
    res: ServerResponse,
  ): Promise<void> {
    const hold = this.hold?.match(url.split('?')[0] ?? url, body.toString()) ? this.hold : undefined;
    if (hold) this.hold = undefined;
    if (hold && !hold.forward) {
      await hold.run();
      res.destroy();
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(incoming)) {
      if (typeof v === 'string' && !['host', 'connection', 'content-length', 'transfer-encoding'].includes(k)) headers[k] = v;
    }
    const answer = await fetch(`${this.target}${url}`, {
      method,
      headers,
      body: method === 'GET' || method === 'HEAD' ? undefined : Uint8Array.from(body),
      signal: AbortSignal.timeout(10_000),
    });
    const answerBody = Buffer.from(await answer.arrayBuffer());
    if (hold) {
      await hold.run();
      res.destroy();
      return;
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((value, key) => {
      if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(key)) out[key] = value;
    });
    res.writeHead(answer.status, out);
    res.end(answerBody);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
