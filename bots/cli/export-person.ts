import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../../src/config.js';
import { parsePhone } from '../../src/conversation/answers.js';
import { openDatabase } from '../../src/db/client.js';
import { errorMessage } from '../../src/log.js';
import { installKeyring, loadKeyring } from '../../src/privacy/keyring.js';
import { exportPerson } from '../../src/privacy/subject-access.js';

const USAGE = 'usage: npm run export:person -- --phone +32470123456 | --teams <aad object id> [--out file.json]';

/** `npm run export:person`: everything held about one person, as JSON (a subject access request). */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { phone: { type: 'string' }, teams: { type: 'string' }, out: { type: 'string' } } });
  if (!values.phone && !values.teams) throw new Error(USAGE);
  let phone: string | undefined;
  if (values.phone) {
    const parsed = parsePhone(values.phone);
    if (!parsed.ok) throw new Error(`--phone: not a valid number\n${USAGE}`);
    phone = parsed.value;
  }
  const config = readConfig();
  installKeyring(loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir, warn: (m) => process.stderr.write(`${m}\n`) }));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run export:person' });
  try {
    await database.migrate();
    const data = await exportPerson(database.db, { phone, teamsId: values.teams });
    const json = `${JSON.stringify(data, null, 2)}\n`;
    if (values.out) {
      fs.writeFileSync(values.out, json, { mode: 0o600 });
      process.stderr.write(`written to ${values.out}\n`);
    } else {
      process.stdout.write(json);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`export:person: ${error instanceof ConfigError ? error.message : errorMessage(error)}\n`);
  process.exit(1);
});
