import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
