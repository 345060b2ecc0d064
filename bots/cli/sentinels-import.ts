import fs from 'node:fs';
import { parseSentinelsCsv, registerSentinel } from '../../src/cases/sentinels.repository.js';
import { randomIds } from '../../src/clock.js';
import { ConfigError, readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { errorMessage } from '../../src/log.js';
import { installKeyring, loadKeyring } from '../../src/privacy/keyring.js';

const USAGE = 'usage: npm run sentinels:import -- file.csv   (name,organisation,role,whatsapp,teams_id,email,training_date)';

/** `npm run sentinels:import`: the trained sentinels, recognised by number or Teams id from then on. */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error(USAGE);
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}\n${USAGE}`);
  const { rows, errors } = parseSentinelsCsv(fs.readFileSync(file, 'utf8'));
  for (const e of errors) process.stderr.write(`${e}\n`);
  if (rows.length === 0) throw new Error('no valid row to import');
  const config = readConfig();
  installKeyring(loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir, warn: (m) => process.stderr.write(`${m}\n`) }));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run sentinels:import' });
  try {
    await database.migrate();
    const now = new Date();
    const results = await database.db.transaction(async (tx) => {
      const out = [];
      for (const row of rows) out.push(await registerSentinel(tx, row, randomIds, now));
      return out;
    });
    const created = results.filter((r) => r.created).length;
    process.stdout.write(`imported ${results.length} sentinels (${created} new, ${results.length - created} updated)\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`sentinels:import: ${error instanceof ConfigError ? error.message : errorMessage(error)}\n`);
  process.exit(1);
});
