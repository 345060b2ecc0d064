import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../../src/config.js';
import type { Channel, InboundMessage } from '../../src/conversation/types.js';
import { openDatabase } from '../../src/db/client.js';
import { DataDirLockedError } from '../../src/db/data-dir.lock.js';
import { createLogger, errorMessage } from '../../src/log.js';
import { logNotifierRoutes } from '../../src/notify/log.notifier.js';
import { installKeyring, loadKeyring } from '../../src/privacy/keyring.js';
import { createCore } from '../../src/service.js';
import { renderPlain } from './render.js';

const USAGE = `usage: npm run chat [-- --as whatsapp:+32470123456 | --as teams:<user id> | --as console:<name>]`;

function parseIdentity(value: string | undefined): { channel: Channel; userId: string } {
  if (!value) return { channel: 'console', userId: `console:${process.env.USER ?? 'local'}` };
  const [channel, ...rest] = value.split(':');
  const userId = rest.join(':');
  if ((channel !== 'whatsapp' && channel !== 'teams' && channel !== 'console') || userId === '') {
    throw new Error(`--as must look like whatsapp:+32470123456 or teams:<id>\n${USAGE}`);
  }
  return { channel, userId };
}

/**
 * Talk to the bot in a terminal as a WhatsApp or Teams user would: same
 * engine, same database as `npm start`. Coordinator notifications are shown
 * as they would reach the coordinators.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const identity = parseIdentity(values.as);
  const config = readConfig();
  const log = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  installKeyring(loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir, warn: () => {} }));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run chat' });
  await database.migrate();
  const print = (line: string) => process.stdout.write(`${line}\n`);
  const core = createCore({ config, database, log, routes: logNotifierRoutes((line) => print(`\n  ${line}`)) });
  core.dispatcher.start();

  print(`You are ${identity.channel}:${identity.userId}. Type a message (Ctrl+D to quit).`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  const prompt = () => {
    if (process.stdin.isTTY) process.stdout.write('> ');
  };
  prompt();
  for await (const line of rl) {
    const inbound: InboundMessage = {
      channel: identity.channel,
      userId: identity.userId,
      conversationId: `${identity.channel}:${identity.userId}`,
      platformMessageId: `console-${randomUUID()}`,
      text: line,
      address: { kind: identity.channel },
    };
    try {
      const result = await core.handle(inbound);
      if (result.status !== 'duplicate') {
        for (const reply of result.replies) print(`\nbot: ${renderPlain(reply).replace(/\n/g, '\n     ')}`);
        await core.replied(inbound);
      }
    } catch (error) {
      print(`\nbot: something went wrong on our side (${errorMessage(error)}). Call ${config.hotline.number}; in danger, 112.`);
    }
    await core.dispatcher.runOnce();
    print('');
    prompt();
  }
  await core.dispatcher.stop();
  await core.dispatcher.runOnce();
  await database.close();
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : errorMessage(error);
  process.stderr.write(`npm run chat: ${message}\n`);
  process.exit(1);
});
