import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluationFigures, figuresToCsv, surveyContacts } from '../../src/cases/figures.js';
import { ConfigError, readConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { errorMessage } from '../../src/log.js';
import { installKeyring, loadKeyring } from '../../src/privacy/keyring.js';

const USAGE =
  'usage: npm run report -- --from 2027-01-01 --to 2027-03-31 [--format csv|json] [--out file] | --survey-contacts --from … --to … --out file.csv';

function day(value: string | undefined, name: string, endOfDay = false): Date {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--${name} must be a date like 2027-01-01\n${USAGE}`);
  const d = new Date(`${value}T00:00:00+01:00`);
  return endOfDay ? new Date(d.getTime() + 86_400_000) : d;
}

/** `npm run report`: anonymised figures for the evaluation teams; the survey contacts only on request, to a file. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'survey-contacts': { type: 'boolean' },
    },
  });
  const from = day(values.from, 'from');
  const to = day(values.to, 'to', true);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new Error(`--format must be csv or json\n${USAGE}`);
  if (values['survey-contacts'] && !values.out)
    throw new Error(`the survey contacts are personal data: write them to a file with --out\n${USAGE}`);
  const config = readConfig();
  installKeyring(loadKeyring({ dataKey: config.dataKey, dataDir: config.dataDir, warn: (m) => process.stderr.write(`${m}\n`) }));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, holder: 'npm run report' });
  try {
    await database.migrate();
    let output: string;
    if (values['survey-contacts']) {
      const rows = await surveyContacts(database.db, from, to);
      const cell = (v: string | null) => `"${(v ?? '').replace(/"/g, '""')}"`;
      output = `reference,first_name,phone,email,language\n${rows.map((r) => [r.reference, r.firstName, r.phone, r.email, r.language].map(cell).join(',')).join('\n')}\n`;
    } else {
      const figures = await evaluationFigures(database.db, from, to);
      output = format === 'csv' ? figuresToCsv(figures) : `${JSON.stringify(figures, null, 2)}\n`;
    }
    if (values.out) {
      fs.writeFileSync(values.out, output, { mode: 0o600 });
      process.stderr.write(`written to ${values.out}\n`);
    } else {
      process.stdout.write(output);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`report: ${error instanceof ConfigError ? error.message : errorMessage(error)}\n`);
  process.exit(1);
});
