import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** One Web API call the fake received. */
export interface SlackCall {
  /** API method, e.g. `chat.postMessage`. */
  method: string;
  /**
   * The request body: form fields (or JSON) with the JSON-encoded fields
   * (`blocks`, `attachments`, `view`, …) parsed back into objects. Other
   * values stay as the client sent them: over a form, numbers and booleans
   * arrive as strings (`unfurl_links: 'false'`).
   */
  body: Record<string, unknown>;
  at: Date;
  /** Bearer token from the Authorization header, or the `token` field. */
  token: string | undefined;
  /** HTTP status the fake answered with. */
  status: number;
  /** Whether the fake answered `ok: true` (false for every injected failure). */
  ok: boolean;
}

/** How the fake answers a failing call. */
export type SlackFailure =
  | { status: 500 | 502 | 503 | 504; method?: string }
  | { status: 429; retryAfter?: number; method?: string }
  | { ok: false; error: string; method?: string };

export interface SlackUser {
  id: string;
  name?: string;
  real_name?: string;
  tz?: string;
  locale?: string;
  is_bot?: boolean;
  deleted?: boolean;
  [field: string]: unknown;
}

/** Fields the WebClient sends JSON-encoded inside a form body. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata', 'unfurls', 'user_auth_blocks', 'response_metadata']);

export const FAKE_BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' } as const;

/**
 * A Slack Web API on 127.0.0.1 for the real `@slack/web-api` WebClient:
 * `new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl })`. It records
 * every call, answers the common methods like Slack does, `{ ok: true }` to
 * the others, and can be told to fail the next calls.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  url = '';
  private server: Server | undefined;
  private failures: SlackFailure[] = [];
  private members = new Map<string, string[]>();
  private users = new Map<string, SlackUser>();
  private tsCounter = 0;
  private viewCounter = 0;

  /** `${url}/api/`, the value for the WebClient's `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async start(): Promise<this> {
    const app = express();
    app.use(express.urlencoded({ extended: false, limit: '5mb' }));
    app.use(express.json({ limit: '5mb' }));
    app.all('/api/:method', (req, res) => {
      const method = String(req.params.method);
      const body = parseBody(req.body);
      const token = bearer(req.get('authorization')) ?? (typeof body.token === 'string' ? body.token : undefined);
      const call: SlackCall = { method, body, at: new Date(), token, status: 200, ok: true };
      this.calls.push(call);
      const failure = this.takeFailure(method);
      if (failure) {
        call.ok = false;
        if ('error' in failure) {
          res.status(200).json({ ok: false, error: failure.error });
        } else {
          call.status = failure.status;
          if (failure.status === 429) {
            res.set('Retry-After', String(failure.retryAfter ?? 1));
            res.status(429).json({ ok: false, error: 'ratelimited' });
          } else {
            res.status(failure.status).type('text/plain').send('fake failure');
          }
        }
        return;
      }
      res.status(200).json(this.answer(method, body));
    });
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = (this.server as Server).address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    this.server = undefined;
  }

  /**
   * The next `count` calls (to `failure.method` only, when given) fail:
   * `{ status: 500 }` (HTTP error), `{ status: 429, retryAfter: 3 }` (rate
   * limited, with a `Retry-After` header; default 1 second) or
   * `{ ok: false, error: 'channel_not_found' }` (HTTP 200, Slack error).
   */
  failNext(count: number, failure: SlackFailure = { status: 500 }): void {
    for (let i = 0; i < count; i++) this.failures.push(failure);
  }

  /** Every call to `method`, failed ones included (useful to count retries). */
  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Bodies of the `chat.postMessage` calls that succeeded, in order. */
  posts(): Array<Record<string, unknown>> {
    return this.callsTo('chat.postMessage')
      .filter((c) => c.ok)
      .map((c) => c.body);
  }

  /** Members `conversations.members` returns for `channel` (default: none). */
  setMembers(channel: string, userIds: string[]): void {
    this.members.set(channel, [...userIds]);
  }

  /** Fields `users.info` returns for `user.id`, over a minimal default user. */
  setUser(user: SlackUser): void {
    this.users.set(user.id, user);
  }

  /** Resolves once `count` calls to `method` were received (failed ones included). */
  async waitFor(method: string, count = 1, timeoutMs = 5_000): Promise<SlackCall[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const calls = this.callsTo(method);
      if (calls.length >= count) return calls;
      if (Date.now() > deadline) throw new Error(`FakeSlack: ${calls.length}/${count} calls to ${method} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Forgets calls, pending failures, members and users. Message timestamps keep increasing. */
  reset(): void {
    this.calls.length = 0;
    this.failures = [];
    this.members.clear();
    this.users.clear();
  }

  private takeFailure(method: string): SlackFailure | undefined {
    const index = this.failures.findIndex((f) => f.method === undefined || f.method === method);
    if (index < 0) return undefined;
    return this.failures.splice(index, 1)[0];
  }

  /** Increasing fake message timestamps: 1700000000.000100, 1700000000.000200, … */
  private nextTs(): string {
    const micros = 1_700_000_000_000_100 + this.tsCounter++ * 100;
    return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof body.channel === 'string' ? body.channel : undefined;
    switch (method) {
      case 'chat.postMessage': {
        const ts = this.nextTs();
        const message: Record<string, unknown> = {
          type: 'message',
          text: body.text ?? '',
          user: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
          team: FAKE_BOT.teamId,
          ts,
        };
        if (body.blocks !== undefined) message.blocks = body.blocks;
        if (body.attachments !== undefined) message.attachments = body.attachments;
        if (body.thread_ts !== undefined) message.thread_ts = body.thread_ts;
        if (body.metadata !== undefined) message.metadata = body.metadata;
        return { ok: true, channel, ts, message };
      }
      case 'chat.update':
        return { ok: true, channel, ts: body.ts, text: body.text ?? '' };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.delete':
        return { ok: true, channel, ts: body.ts };
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish': {
        const view = isObject(body.view) ? body.view : {};
        const id = typeof body.view_id === 'string' ? body.view_id : `V${String(++this.viewCounter).padStart(8, '0')}`;
        return { ok: true, view: { ...view, id, team_id: FAKE_BOT.teamId, app_id: 'AFAKE', bot_id: FAKE_BOT.botId } };
      }
      case 'conversations.members':
        return { ok: true, members: [...(this.members.get(channel ?? '') ?? [])], response_metadata: { next_cursor: '' } };
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake team',
          user: 'passerelle',
          team_id: FAKE_BOT.teamId,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
        };
      case 'users.info': {
        const id = typeof body.user === 'string' ? body.user : 'U0';
        const user = {
          id,
          team_id: FAKE_BOT.teamId,
          name: id.toLowerCase(),
          real_name: `User ${id}`,
          tz: 'Europe/Brussels',
          is_bot: false,
          deleted: false,
          profile: { display_name: id.toLowerCase(), real_name: `User ${id}` },
          ...(body.include_locale === 'true' || body.include_locale === true ? { locale: 'fr-BE' } : {}),
          ...this.users.get(id),
        };
        return { ok: true, user };
      }
      default:
        return { ok: true };
    }
  }
}

function parseBody(raw: unknown): Record<string, unknown> {
  if (!isObject(raw)) return {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (JSON_FIELDS.has(key) && typeof value === 'string') {
      try {
        body[key] = JSON.parse(value);
      } catch {
        body[key] = value;
      }
    } else {
      body[key] = value;
    }
  }
  return body;
}

function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
