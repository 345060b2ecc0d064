/**
 * Issue 19, on PGlite and PostgreSQL: the way in said in the person's own
 * words, as a first message or at the menu ("ik zou graag hulp hebben",
 * "mijn klant huilde vandaag aan de telefoon"); a message the safety
 * question interrupted is still done after a plain no ("laat maar" stops
 * the form, distress at the menu starts the help request); and a language
 * the person says they do not read is never the one they get.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { t } from '../../src/i18n/index.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness, TUESDAY_EVENING } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

describe.each(testDatabases)('the way in, in their own words, on $name', (kind) => {
  let database: DatabaseHandle;
  let users = 0;
  const harness = (): Harness => createHarness(database, { now: TUESDAY_EVENING, userId: `+3247055${String(++users).padStart(4, '0')}` });

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it.each([
    ['nl', 'ik zou graag hulp hebben'],
    ['fr', 'je ne vais pas bien, mon magasin est vide depuis des semaines'],
    ['de', 'mir geht es schlecht, der Betrieb geht den Bach runter'],
    ['en', "I'm not okay, the shop is empty and I can't sleep"],
  ] as const)('a first message asking help for oneself starts the help request (%s)', async (lang, text) => {
    await playTranscript(harness(), [[text, [t(lang, 'help.leave_request')]]]);
  });

  it('at the menu, a worry about a client starts the alert, and wanting to become a sentinel the training', async () => {
    await playTranscript(harness(), [
      ['Goeiedag', [t('nl', 'menu.prompt')]],
      ['mijn klant huilde vandaag aan de telefoon, wat kan ik doen', [t('nl', 'alert.sentinel_name')]],
    ]);
    await playTranscript(harness(), [
      ['Goeiedag', [t('nl', 'menu.prompt')]],
      // No session is planned in this test: the training flow says so.
      ['ik wil sentinel worden', [t('nl', 'training.none', { hotline: '0800/300.25' })]],
    ]);
  });

  it('distress at the menu is asked about first, and after a plain no the help request starts', async () => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ["j'en peux plus, mon entreprise coule", [t('fr', 'crisis.check')]],
      ['non', [t('fr', 'crisis.check_no'), t('fr', 'help.leave_request')]],
    ]);
  });

  it('a wish to stop that the safety question interrupted is done after a plain no', async () => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['jveux plus continuer ce formulaire', [t('fr', 'crisis.check')]],
      ['non', [t('fr', 'crisis.check_no'), t('fr', 'form.cancelled')]],
    ]);
  });

  it.each([
    ['en', "I don't speak French"],
    ['nl', 'ik versta geen frans'],
    ['de', 'ich verstehe kein Französisch'],
  ] as const)('"I don\'t speak French" switches to the language it is written in, never to French (%s)', async (lang, text) => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      [text, [t(lang, 'language.changed')]],
    ]);
  });
});
