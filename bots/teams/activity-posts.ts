import http from 'node:http';
import https from 'node:https';
import type { Activity, ResourceResponse } from 'botbuilder';

/** The part of botbuilder's Bot Connector client this replaces and uses: its two ways to post an activity, its URL and credentials. */
export interface ActivityPoster {
  baseUri?: string;
  credentials?: { signRequest(webResource: unknown): Promise<unknown> };
  conversations: {
    replyToActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<ResourceResponse>;
    sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<ResourceResponse>;
  };
}

/** The Bot Connector refused an activity: `statusCode` is what it answered (as botbuilder's own error carries it). */
export class BotConnectorError extends Error {
  readonly code: string;
  constructor(
    readonly statusCode: number,
    errorCode: string | undefined,
  ) {
    super(`the Bot Connector answered ${statusCode}${errorCode ? ` (${errorCode})` : ''}`);
    this.code = errorCode ?? 'BOT_CONNECTOR_ERROR';
  }
}

/** No complete answer within this time: the post fails like an unreachable connector (the outbox takes the replies). */
const POST_TIMEOUT_MS = 30_000;

// Kept-alive connections, closed after 30 s unused (before a server would close them under us).
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 30_000 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64, timeout: 30_000 }),
};

const USER_AGENT = 'Passerelle (Bot Framework; JSON post signed by botbuilder credentials)';

/** The environment variables botbuilder's HTTP pipeline reads a proxy from. */
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];

/** Whether a proxy is configured: then botbuilder's own pipeline (which honours it) posts the activities. */
export function proxyConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name]?.trim()));
}

/**
 * Posts a Bot Connector client's replies and messages itself: the activity as
 * JSON, signed by the client's own credentials (the bot's token, from
 * botbuilder), over a kept-alive connection. botbuilder's client runs every
 * activity through a generic serializer that walks the Activity model and a
 * pipeline of a dozen policies; under load that was about a tenth of the
 * service's CPU, more than the rest of the reply. botbuilder's own skill
 * client posts activities the same way (JSON, signed by the credentials).
 * The other operations of the client are untouched.
 */
export function postingActivitiesDirectly<T extends ActivityPoster>(client: T, options: { timeoutMs?: number } = {}): T {
  const timeoutMs = options.timeoutMs ?? POST_TIMEOUT_MS;
  const base = client.baseUri;
  const credentials = client.credentials;
  if (!base || !credentials || !/^https?:\/\//i.test(base)) return client;
  const root = base.endsWith('/') ? base : `${base}/`;
  const post = async (path: string, activity: Partial<Activity>, replyInConversation?: string): Promise<ResourceResponse> => {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': 'application/json; charset=utf-8',
      'user-agent': USER_AGENT,
    };
    // As botbuilder's client sends a reply.
    if (replyInConversation !== undefined) headers['x-ms-conversation-id'] = replyInConversation;
    await credentials.signRequest({
      url: `${root}${path}`,
      method: 'POST',
      headers: {
        set: (name: string, value: string) => {
          headers[name.toLowerCase()] = value;
        },
        get: (name: string) => headers[name.toLowerCase()],
      },
    });
    return postJson(new URL(path, root), headers, JSON.stringify(activity), timeoutMs);
  };
  client.conversations.replyToActivity = (conversationId, activityId, activity) =>
    post(`v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activityId)}`, activity, conversationId);
  client.conversations.sendToConversation = (conversationId, activity) =>
    post(`v3/conversations/${encodeURIComponent(conversationId)}/activities`, activity);
  return client;
}

async function postJson(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<ResourceResponse> {
  try {
    return await postOnce(url, headers, body, timeoutMs);
  } catch (error) {
    // A kept-alive connection the server had just closed: the request never reached it (Node's advice: send it again, once).
    if ((error as { reusedSocketReset?: boolean }).reusedSocketReset) return postOnce(url, headers, body, timeoutMs);
    throw error;
  }
}

function postOnce(url: URL, headers: Record<string, string>, body: string, timeoutMs: number): Promise<ResourceResponse> {
  const agent = agents[url.protocol as keyof typeof agents];
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const settle = <V>(fn: (value: V) => void, value: V) => {
      clearTimeout(timer);
      fn(value);
    };
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => settle(reject, error));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const parsed = parseJson(Buffer.concat(chunks).toString('utf8'));
        if (status >= 200 && status < 300) {
          const id = (parsed as { id?: unknown } | undefined)?.id;
          settle(resolve, typeof id === 'string' ? { id } : ({} as ResourceResponse));
          return;
        }
        const code = (parsed as { error?: { code?: unknown } } | undefined)?.error?.code;
        settle(reject, new BotConnectorError(status, typeof code === 'string' ? code : undefined));
      });
    });
    // The whole exchange, not only a silent socket: a reply waiting for a connection or trickling in counts too.
    timer = setTimeout(() => req.destroy(new Error(`the Bot Connector did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (req.reusedSocket && error.code === 'ECONNRESET') Object.assign(error, { reusedSocketReset: true });
      settle(reject, error);
    });
    req.end(body);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
