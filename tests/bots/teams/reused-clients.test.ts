import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Activity, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { proxyConfigured } from '../../../bots/teams/activity-posts.js';
import { ReusedClientsAuthentication } from '../../../bots/teams/reused-clients.js';
import { FakeBotConnector } from '../../support/fake-bot-connector.js';

describe('botbuilder clients reused across turns', () => {
  let connector: FakeBotConnector;
  beforeEach(async () => {
    connector = await new FakeBotConnector().start();
  });
  afterEach(async () => {
    await connector.stop();
  });

  // No app id: authentication is off, as in the tests and the Emulator; the claims are botbuilder's anonymous ones.
  const auth = () => new ReusedClientsAuthentication({});
  const inbound = (serviceUrl: string) =>
    ({
      type: 'message',
      id: 'act-1',
      channelId: 'msteams',
      serviceUrl,
      from: { id: '29:user-1' },
      recipient: { id: '28:bot' },
      conversation: { id: 'a:conv-1' },
    }) as Activity;

  it('gives every turn from the same service URL the same Bot Connector and user-token clients', async () => {
    const a = auth();
    const first = await a.authenticateRequest(inbound(connector.url), '');
    const second = await a.authenticateRequest(inbound(connector.url), '');
    const c1 = await first.connectorFactory?.create(connector.url, first.audience);
    const c2 = await second.connectorFactory?.create(connector.url, second.audience);
    expect(c1).toBeDefined();
    expect(c2).toBe(c1);
    // Proactive sends (continueConversationAsync) go through createConnectorFactory: the same client again.
    expect(await a.createConnectorFactory(first.claimsIdentity).create(connector.url, first.audience)).toBe(c1);
    // Another service URL (another Teams region) gets a client of its own.
    const other = await first.connectorFactory?.create('http://127.0.0.1:9/', first.audience);
    expect(other).not.toBe(c1);
    expect(await a.createUserTokenClient(first.claimsIdentity)).toBe(await a.createUserTokenClient(second.claimsIdentity));
  });

  it('builds the clients without the SDK retries: a 500 is one request, left to the outbox', async () => {
    const a = auth();
    const result = await a.authenticateRequest(inbound(connector.url), '');
    const client = await result.connectorFactory?.create(connector.url, result.audience);
    connector.failNext(1, 500);
    await expect(client?.conversations.sendToConversation('a:conv-1', { type: 'message', text: 'Bonjour' } as Activity)).rejects.toThrow();
    expect(connector.calls.map((c) => c.status)).toEqual([500]);
    // The same client, used again, answers normally.
    await client?.conversations.sendToConversation('a:conv-1', { type: 'message', text: 'Bonjour' } as Activity);
    expect(connector.calls.map((c) => c.status)).toEqual([500, 200]);
  });

  // Credentials as botbuilder's factory hands them to its clients; these sign with a fixed token instead of asking Azure AD.
  type CredentialsFactory = ConstructorParameters<typeof ReusedClientsAuthentication>[1];
  const signingWith = (token: string) =>
    ({
      isValidAppId: async () => true,
      isAuthenticationDisabled: async () => true,
      createCredentials: async () => ({
        signRequest: async (webResource: { headers: { set(name: string, value: string): void } }) => {
          webResource.headers.set('Authorization', `Bearer ${token}`);
          return webResource;
        },
      }),
    }) as unknown as CredentialsFactory;

  it('posts replies and messages as plain JSON, signed by the credentials botbuilder gives the client', async () => {
    const a = new ReusedClientsAuthentication({}, signingWith('token-from-credentials'));
    const result = await a.authenticateRequest(inbound(connector.url), '');
    const client = await result.connectorFactory?.create(connector.url, result.audience);
    const reply = {
      type: 'message',
      text: 'Bonjour — 你好 😊',
      timestamp: new Date('2026-11-23T10:00:00.000Z'),
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Oui', value: 'Oui' }] },
    } as unknown as Activity;
    // Ids with characters that must be encoded in the path, as Teams' are (a:…;messageid=…).
    const answer = await client?.conversations.replyToActivity('a:conv 1;messageid=7', 'act/1', reply);
    await client?.conversations.sendToConversation('a:conv 1;messageid=7', { type: 'message', text: 'Plus tard' } as Activity);
    expect(answer).toEqual({ id: 'sent-1' });
    const [first, second] = connector.calls;
    expect(first).toMatchObject({
      path: '/v3/conversations/a%3Aconv%201%3Bmessageid%3D7/activities/act%2F1',
      conversationId: 'a:conv 1;messageid=7',
      replyToId: 'act/1',
      headers: { authorization: 'Bearer token-from-credentials', conversationId: 'a:conv 1;messageid=7' },
      body: {
        type: 'message',
        text: 'Bonjour — 你好 😊',
        timestamp: '2026-11-23T10:00:00.000Z',
        suggestedActions: { actions: [{ title: 'Oui', value: 'Oui' }] },
      },
    });
    expect(first?.headers.contentType).toMatch(/^application\/json/);
    expect(second).toMatchObject({
      path: '/v3/conversations/a%3Aconv%201%3Bmessageid%3D7/activities',
      replyToId: undefined,
      headers: { authorization: 'Bearer token-from-credentials' },
      body: { type: 'message', text: 'Plus tard' },
    });
    // A message that is not a reply carries no reply header, as with botbuilder's client.
    expect(second?.headers.conversationId).toBeUndefined();
  });

  it("signs with botbuilder's own app credentials (their token fetch stubbed: nothing leaves the loopback)", async () => {
    const configured = new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: 'app-1',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
    });
    let credentialsClass = '';
    const factory = {
      isValidAppId: async () => true,
      isAuthenticationDisabled: async () => true,
      // botbuilder's credentials for the bot's app id, with getToken answering instead of Azure AD.
      createCredentials: async (_appId: string, audience: string | undefined, loginEndpoint: string, validateAuthority: boolean) => {
        const credentials = await configured.createCredentials('app-1', audience ?? '', loginEndpoint, validateAuthority);
        credentialsClass = credentials.constructor.name;
        vi.spyOn(credentials as unknown as { getToken(): Promise<string> }, 'getToken').mockResolvedValue('token-from-app-credentials');
        return credentials;
      },
    } as unknown as CredentialsFactory;
    const a = new ReusedClientsAuthentication({}, factory);
    const result = await a.authenticateRequest(inbound(connector.url), '');
    const client = await result.connectorFactory?.create(connector.url, result.audience);
    await client?.conversations.replyToActivity('a:conv-1', 'act-1', { type: 'message', text: 'Bonjour' } as Activity);
    expect(credentialsClass).toBe('MicrosoftAppCredentials');
    expect(connector.calls[0]?.headers.authorization).toBe('Bearer token-from-app-credentials');
  });

  it('fails a post the way the outbox and the turn tell apart: the status of a refusal, none when nobody answers', async () => {
    const a = auth();
    const result = await a.authenticateRequest(inbound(connector.url), '');
    const client = await result.connectorFactory?.create(connector.url, result.audience);
    connector.failNext(1, 403);
    const refused = await client?.conversations.sendToConversation('a:conv-1', { type: 'message', text: 'x' } as Activity).catch((e) => e);
    expect(refused).toMatchObject({ statusCode: 403, code: 'ServiceError' });
    connector.failNext(1, 503);
    const unavailable = await client?.conversations.replyToActivity('a:conv-1', 'act-1', { type: 'message' } as Activity).catch((e) => e);
    expect(unavailable).toMatchObject({ statusCode: 503 });
    // Nothing listens on port 9 of the loopback: no status at all (a passing failure for the turn).
    const gone = await a.createConnectorFactory(result.claimsIdentity).create('http://127.0.0.1:9/', result.audience);
    const unreachable = await gone.conversations.sendToConversation('a:conv-1', { type: 'message' } as Activity).catch((e) => e);
    expect(unreachable).toBeInstanceOf(Error);
    expect((unreachable as { statusCode?: unknown }).statusCode).toBeUndefined();
  });

  describe('with a proxy configured', () => {
    let proxy: http.Server;
    let proxied: Array<{ url: string | undefined; body: string }>;
    beforeEach(async () => {
      proxied = [];
      // A forward proxy on the loopback: it answers for the Bot Connector and records what it was asked.
      proxy = http.createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => {
          body += c.toString('utf8');
        });
        req.on('end', () => {
          proxied.push({ url: req.url, body });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'via-proxy' }));
        });
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      vi.stubEnv('HTTP_PROXY', `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
      vi.stubEnv('NO_PROXY', '');
    });
    afterEach(async () => {
      vi.unstubAllEnvs();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    });

    it("leaves the posts to botbuilder's own client, which goes through the proxy", async () => {
      expect(proxyConfigured()).toBe(true);
      const a = auth();
      const result = await a.authenticateRequest(inbound(connector.url), '');
      const client = await result.connectorFactory?.create(connector.url, result.audience);
      const answer = await client?.conversations.sendToConversation('a:conv-1', { type: 'message', text: 'Bonjour' } as Activity);
      expect(answer?.id).toBe('via-proxy');
      expect(proxied).toHaveLength(1);
      expect(proxied[0]?.url).toBe(`${connector.url}/v3/conversations/a%3Aconv-1/activities`);
      expect(JSON.parse(proxied[0]?.body ?? '{}')).toMatchObject({ type: 'message', text: 'Bonjour' });
      expect(connector.calls).toEqual([]);
    });
  });

  it('reads a proxy from the variables botbuilder reads', () => {
    expect(proxyConfigured({})).toBe(false);
    expect(proxyConfigured({ HTTPS_PROXY: 'http://proxy.example:3128' })).toBe(true);
    expect(proxyConfigured({ http_proxy: 'http://proxy.example:3128' })).toBe(true);
    expect(proxyConfigured({ HTTPS_PROXY: '  ' })).toBe(false);
  });
});
