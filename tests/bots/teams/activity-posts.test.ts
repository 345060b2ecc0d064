import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActivityPoster, postingActivitiesDirectly } from '../../../bots/teams/activity-posts.js';

/** A Bot Connector on the loopback whose every answer the test scripts. */
async function connectorAnswering(
  handle: (req: http.IncomingMessage, res: http.ServerResponse, nth: { onSocket: number; overall: number }) => void,
) {
  const perSocket = new WeakMap<object, number>();
  let overall = 0;
  const server = http.createServer((req, res) => {
    const onSocket = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, onSocket);
    overall += 1;
    req.resume();
    req.on('end', () => handle(req, res, { onSocket, overall }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests: () => overall };
}

/** The shape of botbuilder's client this module takes over; its own methods would throw if called. */
function client(baseUri: string, timeoutMs = 2_000): ActivityPoster {
  const sdk = async () => {
    throw new Error('the SDK path must not be used');
  };
  return postingActivitiesDirectly(
    { baseUri, credentials: { signRequest: async (w) => w }, conversations: { replyToActivity: sdk, sendToConversation: sdk } },
    { timeoutMs },
  );
}

const message = { type: 'message', text: 'Bonjour' } as Activity;

describe('activities posted to the Bot Connector directly', () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });

  it('gives up on a Bot Connector that does not answer in time, with no status: the turn queues the replies', async () => {
    const c = await connectorAnswering(() => {
      // Never answers.
    });
    servers.push(c.server);
    const started = Date.now();
    const error = await client(c.url, 300)
      .conversations.sendToConversation('a:conv-1', message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/did not answer within 0.3 s/);
    expect((error as { statusCode?: unknown }).statusCode).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('sends again, once, a post whose kept-alive connection the server had closed (reset before answering)', async () => {
    const c = await connectorAnswering((req, res, nth) => {
      // The second request on a connection finds it reset, as when the server dropped an idle connection.
      if (nth.onSocket === 2) {
        req.socket.resetAndDestroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `ok-${nth.overall}` }));
    });
    servers.push(c.server);
    const poster = client(c.url);
    expect(await poster.conversations.sendToConversation('a:conv-1', message)).toEqual({ id: 'ok-1' });
    expect(await poster.conversations.replyToActivity('a:conv-1', 'act-1', message)).toEqual({ id: 'ok-3' });
    expect(c.requests()).toBe(3);
  });

  it('fails a refusal with its status, whatever the body says', async () => {
    const c = await connectorAnswering((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' }).end('<html>Service Unavailable</html>');
    });
    servers.push(c.server);
    const error = await client(c.url)
      .conversations.sendToConversation('a:conv-1', message)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 503, code: 'BOT_CONNECTOR_ERROR' });
    expect((error as Error).message).toBe('the Bot Connector answered 503');
  });
});
