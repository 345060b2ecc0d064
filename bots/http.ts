import type { Server } from 'node:http';
import express, { type Express } from 'express';
import type { DatabaseHandle } from '../src/db/client.js';
import type { Metrics } from '../src/metrics.js';

/**
 * The service's one HTTP server. Channels mount their routes on it
 * (Teams: POST /api/messages, Slack: POST /slack/events); the probes and
 * metrics live here.
 */
export interface HttpDeps {
  database: DatabaseHandle;
  metrics: Metrics;
  isReady: () => boolean;
  /** Reads gauges that cost a query (the outbox backlog) just before /metrics answers. */
  beforeMetrics?: () => Promise<void>;
}

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (!deps.isReady()) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    try {
      await deps.database.ping();
      res.json({ status: 'ready', database: deps.database.kind });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    await deps.beforeMetrics?.().catch(() => undefined);
    res.set('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });
  return app;
}

export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host ?? '0.0.0.0', (error?: Error) => (error ? reject(error) : resolve(server)));
    server.on('error', reject);
  });
}
