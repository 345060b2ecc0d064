import { ConfigError, readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { errorMessage } from '../../src/log.js';

/** `npm run db:migrate`: applies drizzle/ to DATABASE_URL (or the embedded database). */
async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run db:migrate' });
  try {
    await database.migrate();
    process.stdout.write(`migrations applied (${database.kind})\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`db:migrate: ${error instanceof ConfigError ? error.message : errorMessage(error)}\n`);
  process.exit(1);
});
