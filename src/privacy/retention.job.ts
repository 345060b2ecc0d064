import type { Clock } from '../clock.js';
import type { Database } from '../db/client.js';
import { dateTimeFormat } from '../i18n/date-format.js';
import type { Logger } from '../log.js';
import type { Notifier, OutboxRow } from '../notify/outbox.dispatcher.js';
import { enqueue } from '../notify/outbox.js';
import { applyRetention } from './erasure.js';

const DAY_MS = 86_400_000;

function brusselsDay(date: Date): string {
  return dateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * The daily retention run goes through the outbox like everything else, so
 * it survives restarts and runs once a day whichever instance takes it (one
 * row per day, keyed by the date).
 */
export async function scheduleRetention(db: Database, at: Date): Promise<void> {
  const day = brusselsDay(at);
  await enqueue(db, { kind: 'privacy.retention', payload: { day } }, { availableAt: at, dedupeKey: `retention:${day}` });
}

export function retentionNotifier(o: { db: Database; clock: Clock; log: Logger; caseDays: number; transcriptDays: number }): Notifier {
  return {
    async deliver(_row: OutboxRow) {
      const now = o.clock.now();
      const result = await o.db.transaction((tx) => applyRetention(tx, { now, caseDays: o.caseDays, transcriptDays: o.transcriptDays }));
      o.log.info('privacy.retention_applied', result);
      await scheduleRetention(o.db, new Date(now.getTime() + DAY_MS));
    },
  };
}
