import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * The fakes the benchmark's targets talk to, in the bench process, on
 * 127.0.0.1. Plain node:http rather than express (tests/support has the
 * express versions): they share two cores with the service under test, so
 * they should cost as little as possible.
 */

const MAX_BODY = 1024 * 1024;
export const REFERENCE = /PDI-[A-Z0-9]{5}/;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A keep-alive HTTP server on 127.0.0.1 and a free port, answering with `handle`. */
async function serveLocal(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((req, res) => {
    void handle(req, res);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

async function closeServer(server: http.Server | undefined): Promise<void> {
  if (!server) return;
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

interface ActivityBody {
  type?: string;
  text?: string;
  attachments?: unknown[];
}

/**
 * A Bot Connector: accepts replies (`POST /v3/conversations/{id}/activities/{replyToId}`)
 * and proactive messages (`POST /v3/conversations/{id}/activities`), and keeps the
 * texts of the message replies to each inbound activity until the load generator
 * takes them (bounded: the oldest are dropped past `maxPending`).
 */
export class BenchConnector {
  url = '';
  requests = 0;
  messages = 0;
  proactive = 0;
  private server: http.Server | undefined;
  private readonly replies = new Map<string, string[]>();

  constructor(private readonly maxPending = 20_000) {}

  async start(): Promise<this> {
    ({ server: this.server, url: this.url } = await serveLocal((req, res) => this.handle(req, res)));
    return this;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      sendJson(res, 404, { error: { code: 'NotFound', message: 'fake connector' } });
      return;
    }
    let body: ActivityBody;
    try {
      body = JSON.parse(await readBody(req)) as ActivityBody;
    } catch {
      sendJson(res, 400, { error: { code: 'BadArgument', message: 'invalid body' } });
      return;
    }
    this.requests++;
    const replyToId = match[2] ? decodeURIComponent(match[2]) : undefined;
    if (body.type === 'message') {
      this.messages++;
      if (replyToId) this.keep(replyToId, body);
      else this.proactive++;
    }
    sendJson(res, 200, { id: `sent-${this.requests}` });
  }

  private keep(replyToId: string, body: ActivityBody): void {
    const text = `${body.text ?? ''}${body.attachments ? ` ${JSON.stringify(body.attachments)}` : ''}`;
    const list = this.replies.get(replyToId);
    if (list) list.push(text);
    else {
      if (this.replies.size >= this.maxPending) {
        const oldest = this.replies.keys().next().value;
        if (oldest !== undefined) this.replies.delete(oldest);
      }
      this.replies.set(replyToId, [text]);
    }
  }

  /** The message texts the bot sent in reply to one activity (and forgets them). */
  takeReplies(activityId: string): string[] {
    const list = this.replies.get(activityId) ?? [];
    this.replies.delete(activityId);
    return list;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
    this.server = undefined;
    this.replies.clear();
  }
}

/** A case post the fake Slack received. */
export interface SlackPost {
  reference: string;
  /** performance.now() when the request arrived. */
  at: number;
}

/**
 * A Slack Web API: answers what the coordinators' app calls (conversations.members,
 * chat.postMessage with increasing ts, chat.update, …) and records, for each case
 * reference, when its first top-level chat.postMessage arrived.
 */
export class BenchSlack {
  url = '';
  readonly calls = new Map<string, number>();
  /** First top-level post per case reference. */
  readonly posts = new Map<string, SlackPost>();
  postMessages = 0;
  private server: http.Server | undefined;
  private ts = 0;

  constructor(
    private readonly channel: string,
    private readonly members: string[],
  ) {}

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async start(): Promise<this> {
    ({ server: this.server, url: this.url } = await serveLocal((req, res) => this.handle(req, res)));
    return this;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = performance.now();
    const match = /^\/api\/([A-Za-z0-9_.]+)/.exec(req.url ?? '');
    if (!match?.[1]) {
      sendJson(res, 404, { ok: false, error: 'unknown_method' });
      return;
    }
    const method = match[1];
    let body: Record<string, unknown>;
    try {
      body = parseBody(await readBody(req), String(req.headers['content-type'] ?? ''));
    } catch {
      sendJson(res, 400, { ok: false, error: 'invalid_form_data' });
      return;
    }
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    sendJson(res, 200, this.answer(method, body, at));
  }

  private nextTs(): string {
    const micros = 1_700_000_000_000_100 + this.ts++ * 100;
    return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  private answer(method: string, body: Record<string, unknown>, at: number): Record<string, unknown> {
    const channel = typeof body.channel === 'string' ? body.channel : this.channel;
    switch (method) {
      case 'chat.postMessage': {
        this.postMessages++;
        const ts = this.nextTs();
        if (body.thread_ts === undefined || body.thread_ts === '') {
          const reference = REFERENCE.exec(`${String(body.text ?? '')} ${String(body.blocks ?? '')}`)?.[0];
          if (reference && !this.posts.has(reference)) this.posts.set(reference, { reference, at });
        }
        return { ok: true, channel, ts, message: { type: 'message', text: body.text ?? '', user: 'UBOT', bot_id: 'BBOT', ts } };
      }
      case 'chat.update':
        return { ok: true, channel, ts: body.ts, text: body.text ?? '' };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.delete':
        return { ok: true, channel, ts: body.ts };
      case 'conversations.members':
        return { ok: true, members: channel === this.channel ? this.members : [], response_metadata: { next_cursor: '' } };
      case 'auth.test':
        return {
          ok: true,
          url: 'https://bench.slack.test/',
          team: 'Bench',
          user: 'passerelle',
          team_id: 'T1',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'users.info': {
        const id = typeof body.user === 'string' ? body.user : 'U0';
        return { ok: true, user: { id, team_id: 'T1', name: id.toLowerCase(), real_name: `User ${id}`, tz: 'Europe/Brussels' } };
      }
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${this.nextTs().replace('.', '')}` } };
      default:
        return { ok: true };
    }
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
    this.server = undefined;
  }
}

/** Slack's WebClient posts forms; blocks and attachments stay as their JSON strings (enough to find a reference). */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return {};
    const body = parsed as Record<string, unknown>;
    for (const key of ['blocks', 'attachments'])
      if (body[key] !== undefined && typeof body[key] !== 'string') body[key] = JSON.stringify(body[key]);
    return body;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}
