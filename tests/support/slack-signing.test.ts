import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver, LogLevel, type SlashCommand } from '@slack/bolt';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.js';
import { eventBody, interactionBody, signedSlackRequest, signSlackRequest, slashCommandBody } from './slack-signing.js';

const SECRET = 'test-signing-secret';

describe('signSlackRequest', () => {
  it('is v0= + hex HMAC-SHA256 of v0:{ts}:{body}', () => {
    const headers = signSlackRequest('s3cret', 'a=b', 1_700_000_000);
    const expected = createHmac('sha256', 's3cret').update('v0:1700000000:a=b').digest('hex');
    expect(headers).toEqual({ 'x-slack-signature': `v0=${expected}`, 'x-slack-request-timestamp': '1700000000' });
    expect(headers['x-slack-signature']).toMatch(/^v0=[0-9a-f]{64}$/);
  });

  it('matches the example in Slack’s documentation', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const headers = signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618);
    expect(headers['x-slack-signature']).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });

  it('builds the bodies Slack sends', () => {
    const interaction = interactionBody({ type: 'block_actions', actions: [{ action_id: 'yes' }] });
    expect(new URLSearchParams(interaction).get('payload')).toBe('{"type":"block_actions","actions":[{"action_id":"yes"}]}');

    const command = slashCommandBody({ command: '/passerelle', text: 'aide & <!channel>' });
    expect(Object.fromEntries(new URLSearchParams(command))).toEqual({ command: '/passerelle', text: 'aide & <!channel>' });

    const envelope = JSON.parse(eventBody({ type: 'message', text: 'hi' }, { team_id: 'T9' }));
    expect(envelope).toMatchObject({ type: 'event_callback', team_id: 'T9', api_app_id: 'A1', event: { type: 'message', text: 'hi' } });
    expect(envelope.event_id).toMatch(/^Ev/);
    expect(typeof envelope.event_time).toBe('number');
    expect(JSON.parse(eventBody({ type: 'message' })).event_id).not.toBe(envelope.event_id);

    expect(signedSlackRequest(SECRET, command).headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(signedSlackRequest(SECRET, eventBody({ type: 'message' })).headers['content-type']).toBe('application/json');
  });
});

describe('Bolt ExpressReceiver accepts the signature', () => {
  let fake: FakeSlack;
  let server: Server;
  let events: string;
  const commands: SlashCommand[] = [];
  const messages: string[] = [];
  const actions: string[] = [];

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    const receiver = new ExpressReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
    const app = new App({
      receiver,
      token: 'xoxb-test',
      tokenVerificationEnabled: false,
      botId: 'BBOT',
      botUserId: 'UBOT',
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    app.command('/passerelle', async ({ command, ack }) => {
      await ack();
      commands.push(command);
    });
    app.message(async ({ message }) => {
      if (message.subtype === undefined) messages.push(message.text ?? '');
    });
    app.action('yes', async ({ ack, action }) => {
      await ack();
      if (action.type === 'button') actions.push(action.value ?? '');
    });
    const web = express();
    web.use(receiver.router);
    await new Promise<void>((resolve) => {
      server = web.listen(0, '127.0.0.1', () => resolve());
    });
    events = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await fake.stop();
  });
  beforeEach(() => {
    commands.length = 0;
    messages.length = 0;
    actions.length = 0;
  });

  const command = slashCommandBody({
    token: 'legacy',
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    command: '/passerelle',
    text: 'aide',
    response_url: 'http://127.0.0.1:9/never-called',
    trigger_id: 'trig',
  });

  it('a signed slash command: 200 and the listener ran', async () => {
    const res = await fetch(events, signedSlackRequest(SECRET, command));
    expect(res.status).toBe(200);
    expect(commands).toMatchObject([{ command: '/passerelle', text: 'aide', user_id: 'U1' }]);
  });

  it('a signed event and a signed interaction reach their listeners', async () => {
    const event = eventBody({ type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'bonjour', ts: '1.000001' });
    expect((await fetch(events, signedSlackRequest(SECRET, event))).status).toBe(200);
    const interaction = interactionBody({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1' },
      channel: { id: 'D1' },
      container: { type: 'message', message_ts: '1.000001', channel_id: 'D1' },
      trigger_id: 'trig',
      actions: [{ type: 'button', action_id: 'yes', block_id: 'b', value: 'oui', action_ts: '1.1' }],
    });
    expect((await fetch(events, signedSlackRequest(SECRET, interaction))).status).toBe(200);
    await expect.poll(() => [messages, actions]).toEqual([['bonjour'], ['oui']]);
  });

  it('unsigned: 401', async () => {
    const res = await fetch(events, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: command });
    expect(res.status).toBe(401);
    expect(commands).toEqual([]);
  });

  it('signed with another secret: 401', async () => {
    const res = await fetch(events, signedSlackRequest('another-secret', command));
    expect(res.status).toBe(401);
  });

  it('stale timestamp (more than 5 minutes old): 401', async () => {
    const res = await fetch(events, signedSlackRequest(SECRET, command, Math.floor(Date.now() / 1000) - 5 * 60 - 10));
    expect(res.status).toBe(401);
    expect(commands).toEqual([]);
  });

  it('body changed by one byte after signing: 401', async () => {
    const init = signedSlackRequest(SECRET, command);
    const tampered = command.replace('text=aide', 'text=aidf');
    expect(tampered).not.toBe(command);
    expect(tampered.length).toBe(command.length);
    const res = await fetch(events, { ...init, body: tampered });
    expect(res.status).toBe(401);
    expect(commands).toEqual([]);
  });
});
