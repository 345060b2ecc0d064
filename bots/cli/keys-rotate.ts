import { ConfigError, readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { errorMessage } from '../../src/log.js';
import { installKeyring, loadKeyring } from '../../src/privacy/keyring.js';
import { rotateKeys } from '../../src/privacy/rotate-keys.js';

/**
 * `npm run keys:rotate`: put the new key first in DATA_KEY (keep the old one
 * after it), run this, then drop the old key. Stop the service first when it
 * runs on PGlite.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const keyring = loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir, warn: (m) => process.stderr.write(`${m}\n`) });
  installKeyring(keyring);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run keys:rotate' });
  try {
    await database.migrate();
    const counts = await rotateKeys(database.db);
    const summary = Object.entries(counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ');
    process.stdout.write(`re-encrypted under key "${keyring.current.id}": ${summary}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`keys:rotate: ${error instanceof ConfigError ? error.message : errorMessage(error)}\n`);
  process.exit(1);
});
