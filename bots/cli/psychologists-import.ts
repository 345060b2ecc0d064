import fs from 'node:fs';
import path from 'node:path';
import { DrizzleQueryError } from 'drizzle-orm';
import { parsePsychologistsCsv } from '../../src/cases/psychologists.csv.js';
import { upsertPsychologists } from '../../src/cases/psychologists.repository.js';
import { randomIds, systemClock } from '../../src/clock.js';
import { ConfigError, readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { errorMessage } from '../../src/log.js';

const USAGE = 'usage: npm run psychologists:import -- <file.csv>   (see docs/psychologists.example.csv)';

class ImportRefused extends Error {}

/**
 * `npm run psychologists:import -- file.csv`: adds or updates the programme's
 * psychologists from a CSV file, all rows in one transaction. Prints counts
 * and the rows it skipped, never a contact detail.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new ImportRefused(USAGE);
  const fullPath = path.resolve(file);
  if (!fs.existsSync(fullPath) || !fs.statSync(fullPath).isFile()) throw new ImportRefused(`file not found: ${file}\n${USAGE}`);

  const { rows, errors } = parsePsychologistsCsv(fs.readFileSync(fullPath, 'utf8'));
  for (const line of errors) process.stderr.write(`${line}\n`);
  if (rows.length === 0) throw new ImportRefused(`no valid row in ${file}: nothing imported`);

  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run psychologists:import' });
  try {
    await database.migrate();
    const { inserted, updated } = await database.db.transaction((tx) => upsertPsychologists(tx, rows, randomIds, systemClock.now()));
    const skipped = errors.length > 0 ? `; ${errors.length} line(s) skipped, see above` : '';
    process.stdout.write(`imported ${rows.length} psychologists (${inserted} new, ${updated} updated)${skipped}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ImportRefused || error instanceof ConfigError
      ? error.message
      : // Drizzle's own message lists the query's parameters, contacts included: show only the database's reason.
        error instanceof DrizzleQueryError
        ? `the database refused the import (${errorMessage(error.cause)})`
        : errorMessage(error);
  process.stderr.write(`psychologists:import: ${message}\n`);
  process.exit(1);
});
