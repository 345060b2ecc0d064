import { type Clock, ManualClock, randomIds } from '../../../src/clock.js';
import { readConfig } from '../../../src/config.js';
import type { DatabaseHandle } from '../../../src/db/client.js';
import { type Logger, memoryLogger } from '../../../src/log.js';
import { type Core, createCore } from '../../../src/service.js';
import { TUESDAY_EVENING } from '../../support/harness.js';

/** The hotline number of the default configuration, as the person reads it. */
export const HOTLINE = '0800/300.25';

/**
 * The real core for the WhatsApp tests: the configuration's defaults (what
 * `npm start` runs with when nothing is set), a weekday evening (the line is
 * closed), random ids (two "processes" share one database in the catch-up
 * test). No routes: the tests register or run what they check.
 */
export function testCore(database: DatabaseHandle, options: { log?: Logger; clock?: Clock } = {}): Core {
  const config = readConfig({});
  return createCore({
    config,
    database,
    log: options.log ?? memoryLogger(),
    clock: options.clock ?? new ManualClock(TUESDAY_EVENING),
    ids: randomIds,
    routes: {},
    dispatcher: { baseDelayMs: 1_000 },
  });
}
