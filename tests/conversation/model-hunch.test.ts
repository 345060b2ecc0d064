/**
 * The screen's model alone, on a clear answer to a form question with
 * choices (issue 18: every message is screened; issue 19: the person's
 * answer is understood): the answer is taken and the form goes on. A
 * rule's sign, or the model on the person's own words, still asks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { t } from '../../src/i18n/index.js';
import { MODEL_RULE_ID, screenForCrisis } from '../../src/language/crisis-screen.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, TUESDAY_EVENING } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

/** A meeting format weighed in two clauses, which the model reads as worrying ("am einfachsten", "ehrlich gesagt"). */
const FORMAT = 'Für mich wäre Video am einfachsten, aber ehrlich gesagt lieber persönlich';

describe.each(testDatabases)('the model alone on a clear answer, on $name', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('a meeting format the model finds worrying is taken as the format, without the direct question', async () => {
    // The premise: only the model flags this answer. If a retrained model stops flagging it, pick another such answer.
    expect(screenForCrisis(FORMAT)).toMatchObject({ tier: 'possible', rule: MODEL_RULE_ID });
    const h = createHarness(database, { now: TUESDAY_EVENING, userId: '+32470770001' });
    await playTranscript(h, [
      ['Guten Abend', [t('de', 'menu.prompt')]],
      ['2', [t('de', 'help.leave_request')]],
      ['ja', [t('de', 'help.safety_question')]],
      ['nein', [t('de', 'help.first_name')]],
      ['Resi', [t('de', 'help.contact_method')]],
      ['diese Nummer', [t('de', 'ask.postal_code')]],
      ['4700', [t('de', 'ask.activity_status')]],
      ['hauptberuflich', [t('de', 'ask.sector')]],
      ['Schreinerei', [t('de', 'help.situation')]],
      ['überspringen', [t('de', 'ask.modality')]],
      [FORMAT, [t('de', 'help.moments')]],
    ]);
  });
});
