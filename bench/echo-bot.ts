import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';

/**
 * The floor of the benchmark: a bare botbuilder bot on express that answers
 * each message with its text. Same SDK, same HTTP stack, same fake connector
 * as the service, no database and no conversation engine: what a Bot
 * Framework turn costs on this machine. Run as its own process by
 * bench/run.ts, like the service.
 */
const port = Number(process.env.PORT ?? 3979);
const auth = new ConfigurationBotFrameworkAuthentication({
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: '',
  MicrosoftAppTenantId: '',
});
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (_context, error) => {
  process.stderr.write(`echo turn failed: ${error instanceof Error ? error.message : String(error)}\n`);
};

const app = express();
app.disable('x-powered-by');
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
app.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type === ActivityTypes.Message) await context.sendActivity(context.activity.text ?? '');
  });
});

const server = app.listen(port, '127.0.0.1', () => {
  process.stdout.write(`echo bot on http://127.0.0.1:${port}/api/messages\n`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
