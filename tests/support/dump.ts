import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/client.js';

const TABLES = [
  'conversations',
  'processed_messages',
  'transcript_lines',
  'people',
  'sentinels',
  'cases',
  'consents',
  'outbox',
  'audit_log',
  'case_notes',
  'slack_messages',
  'training_registrations',
];

/** Every row of every table, raw as stored, to search for what must not be there. */
export async function dumpAllTables(database: DatabaseHandle): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const result = await database.db.execute(sql.raw(`select * from ${table}`));
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    parts.push(`${table}: ${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}
