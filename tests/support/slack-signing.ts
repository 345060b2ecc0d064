import { createHmac } from 'node:crypto';

export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{rawBody}` keyed with the signing secret. */
export function signSlackRequest(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): SlackSignatureHeaders {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

/** Body of an interaction (block action, view submission, shortcut…): form-encoded `payload=<json>`. */
export function interactionBody(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Body of a slash command: form-encoded fields (`command`, `text`, `user_id`, `channel_id`, `trigger_id`, `response_url`…). */
export function slashCommandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

let eventCounter = 0;

/** Body of an Events API delivery: a JSON `event_callback` envelope around `event`; `extra` overrides envelope fields. */
export function eventBody(event: object, extra: Record<string, unknown> = {}): string {
  eventCounter += 1;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: `Ev${String(eventCounter).padStart(10, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    ...extra,
  });
}

/**
 * Signed `fetch` options for a body built above, with the content type Slack
 * uses: JSON for event envelopes, form-encoded otherwise. Bolt compares the
 * content type exactly, so no `; charset` suffix.
 */
export function signedSlackRequest(secret: string, body: string, timestamp?: number): RequestInit & { headers: Record<string, string> } {
  const contentType = body.trimStart().startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';
  return { method: 'POST', headers: { 'content-type': contentType, ...signSlackRequest(secret, body, timestamp) }, body };
}
