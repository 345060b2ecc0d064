import { ErrorCode, LogLevel, WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.js';

describe('FakeSlack with the real @slack/web-api WebClient', () => {
  let fake: FakeSlack;
  let client: WebClient;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    client = new WebClient('xoxb-test', {
      slackApiUrl: `${fake.url}/api/`,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      logLevel: LogLevel.ERROR,
    });
  });
  afterAll(async () => {
    await fake.stop();
  });
  beforeEach(() => fake.reset());

  it('listens on 127.0.0.1 only', () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.apiUrl).toBe(`${fake.url}/api/`);
  });

  it('round-trips chat.postMessage with blocks parsed back into objects', async () => {
    const blocks = [
      { type: 'section', text: { type: 'mrkdwn', text: '*Bonjour* &lt;!channel&gt;' } },
      { type: 'actions', elements: [{ type: 'button', action_id: 'yes', text: { type: 'plain_text', text: 'Oui' }, value: 'y' }] },
    ];
    const first = await client.chat.postMessage({ channel: 'C1', text: 'Bonjour', blocks, thread_ts: '1699999999.000001' });
    const second = await client.chat.postMessage({ channel: 'C1', text: 'Encore', unfurl_links: false });

    expect(first.ok).toBe(true);
    expect(first.channel).toBe('C1');
    expect(first.ts).toMatch(/^17\d{8}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(first.message?.blocks).toEqual(blocks);
    expect(first.message?.bot_id).toBe('BBOT');

    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.body).toMatchObject({ channel: 'C1', text: 'Bonjour', blocks, thread_ts: '1699999999.000001' });
    expect(call?.token).toBe('xoxb-test');
    expect(call?.at).toBeInstanceOf(Date);
    expect(fake.posts().map((p) => p.text)).toEqual(['Bonjour', 'Encore']);
    // Over a form, scalars arrive as strings, as at Slack.
    expect(fake.posts()[1]?.unfurl_links).toBe('false');
  });

  it('answers the other common methods like Slack', async () => {
    const update = await client.chat.update({ channel: 'C1', ts: '1700000000.000100', text: 'edited' });
    expect(update).toMatchObject({ ok: true, channel: 'C1', ts: '1700000000.000100', text: 'edited' });

    const ephemeral = await client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'only you' });
    expect(ephemeral.ok).toBe(true);
    expect(ephemeral.message_ts).toMatch(/^\d{10}\.\d{6}$/);

    const deleted = await client.chat.delete({ channel: 'C1', ts: '1700000000.000100' });
    expect(deleted).toMatchObject({ ok: true, channel: 'C1', ts: '1700000000.000100' });

    const view = { type: 'modal' as const, callback_id: 'ask', title: { type: 'plain_text' as const, text: 'Demande' }, blocks: [] };
    const opened = await client.views.open({ trigger_id: 'trig', view });
    expect(opened.view?.id).toMatch(/^V/);
    expect(opened.view?.callback_id).toBe('ask');
    expect(fake.callsTo('views.open')[0]?.body.view).toEqual(view);
    const updated = await client.views.update({ view_id: opened.view?.id ?? '', view: { ...view, callback_id: 'ask2' } });
    expect(updated.view).toMatchObject({ id: opened.view?.id, callback_id: 'ask2' });

    fake.setMembers('C1', ['U1', 'U2']);
    const members = await client.conversations.members({ channel: 'C1' });
    expect(members.members).toEqual(['U1', 'U2']);
    expect(members.response_metadata?.next_cursor).toBe('');
    expect((await client.conversations.members({ channel: 'C2' })).members).toEqual([]);

    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' });

    const info = await client.users.info({ user: 'U1', include_locale: true });
    expect(info.user).toMatchObject({ id: 'U1', is_bot: false, locale: 'fr-BE' });
    fake.setUser({ id: 'U2', real_name: 'Anne', tz: 'Europe/Paris' });
    expect((await client.users.info({ user: 'U2' })).user).toMatchObject({ id: 'U2', real_name: 'Anne', tz: 'Europe/Paris' });

    const unknown = await client.apiCall('reactions.add', { channel: 'C1', timestamp: '1', name: 'wave' });
    expect(unknown.ok).toBe(true);
    expect(fake.callsTo('reactions.add')[0]?.body).toMatchObject({ name: 'wave' });
  });

  it('429 with Retry-After: WebAPIRateLimitedError, code slack_webapi_rate_limited_error, retryAfter in seconds', async () => {
    fake.failNext(1, { status: 429, retryAfter: 3 });
    const error = await client.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebAPIRateLimitedError);
    expect(error).toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 });
    expect((error as WebAPIRateLimitedError).code).toBe(ErrorCode.RateLimitedError);
    expect(fake.callsTo('chat.postMessage')).toMatchObject([{ status: 429, ok: false }]);
    expect(fake.posts()).toEqual([]);
    // The failure is used up.
    await expect(client.chat.postMessage({ channel: 'C1', text: 'y' })).resolves.toMatchObject({ ok: true });
  });

  it('500: WebAPIHTTPError, code slack_webapi_http_error, with statusCode', async () => {
    fake.failNext(1, { status: 500 });
    const error = await client.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebAPIHTTPError);
    expect(error).toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500, body: 'fake failure' });
  });

  it('ok:false: WebAPIPlatformError, code slack_webapi_platform_error, with data.error', async () => {
    fake.failNext(2, { ok: false, error: 'channel_not_found' });
    for (let i = 0; i < 2; i++) {
      const error = await client.chat.postMessage({ channel: 'CGONE', text: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebAPIPlatformError);
      expect(error).toMatchObject({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'channel_not_found' } });
    }
    expect(fake.callsTo('chat.postMessage')).toMatchObject([
      { status: 200, ok: false },
      { status: 200, ok: false },
    ]);
  });

  it('failures can target one method and leave the others alone', async () => {
    fake.failNext(1, { ok: false, error: 'not_in_channel', method: 'chat.postMessage' });
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({ data: { error: 'not_in_channel' } });
  });

  it('retries through a 500 when the client is allowed to retry', async () => {
    const retrying = new WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 2, minTimeout: 1, maxTimeout: 1, factor: 1 },
      logLevel: LogLevel.ERROR,
    });
    fake.failNext(1, { status: 500 });
    await expect(retrying.chat.postMessage({ channel: 'C1', text: 'again' })).resolves.toMatchObject({ ok: true });
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([500, 200]);
    expect(fake.posts()).toHaveLength(1);
  });

  it('waitFor resolves once the calls arrived', async () => {
    const waiting = fake.waitFor('chat.postMessage', 1, 2_000);
    await client.chat.postMessage({ channel: 'C1', text: 'late' });
    await expect(waiting).resolves.toHaveLength(1);
  });
});
