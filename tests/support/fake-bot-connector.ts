import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  replyToId: string | undefined;
  /** The headers that say who sent it and where: `authorization`, `x-ms-conversation-id`, `content-type`. */
  headers: { authorization?: string; conversationId?: string; contentType?: string };
  body: {
    type?: string;
    text?: string;
    attachments?: Array<{ contentType: string; content: unknown }>;
    suggestedActions?: { actions: Array<{ title: string; value: string }> };
  };
  status: number;
}

/**
 * A Bot Connector on 127.0.0.1 that records what the bot sends: replies
 * (`POST /v3/conversations/{id}/activities/{replyToId}`) and proactive
 * messages (`POST /v3/conversations/{id}/activities`). It can be told to
 * answer the next requests with an error.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  private server: Server | undefined;
  private failures: number[] = [];
  private messageStatuses: number[] = [];
  private holds: Array<Promise<void>> = [];
  url = '';

  async start(): Promise<this> {
    const app = express();
    app.use(express.json({ limit: '1mb' }));
    const record = async (req: express.Request, res: express.Response) => {
      const hold = this.holds.shift();
      if (hold) await hold;
      const scripted = req.body?.type === 'message' ? this.messageStatuses.shift() : undefined;
      const status = scripted ?? this.failures.shift() ?? 200;
      const conversationId = decodeURIComponent(String(req.params.conversationId));
      const replyToId = req.params.activityId ? decodeURIComponent(String(req.params.activityId)) : undefined;
      const headers = {
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        ...(typeof req.headers['x-ms-conversation-id'] === 'string' ? { conversationId: req.headers['x-ms-conversation-id'] } : {}),
        ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
      };
      this.calls.push({ method: req.method, path: req.path, conversationId, replyToId, headers, body: req.body, status });
      if (status >= 300) res.status(status).json({ error: { code: 'ServiceError', message: 'fake failure' } });
      else res.status(200).json({ id: `sent-${this.calls.length}` });
    };
    app.post('/v3/conversations/:conversationId/activities/:activityId', record);
    app.post('/v3/conversations/:conversationId/activities', record);
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = (this.server as Server).address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  /** The next `count` requests get `status`. */
  failNext(count: number, status = 500): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  /** The next message activities (not typing indicators) get these statuses, one each, in order (200: taken; 3xx and up: an error body). */
  answerMessagesWith(...statuses: number[]): void {
    this.messageStatuses.push(...statuses);
  }

  /** The next request is answered only when the returned function is called (a slow Bot Connector). */
  holdNext(): () => void {
    let release = () => {};
    this.holds.push(
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    return () => release();
  }

  /** Messages (not typing indicators) sent in reply to one activity. */
  repliesTo(activityId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.replyToId === activityId && c.body.type === 'message' && c.status < 300);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
