/**
 * The conversation follows the language the person writes in (issue 19,
 * item 1), on PGlite and PostgreSQL: a clear first message decides; a
 * greeting is enough; a first message that says nothing leaves it to the
 * channel's locale and the next clear message; two clear messages in a row
 * in another language switch a conversation mid-form, say so in one line,
 * and keep the answers; a language the person chose stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreState } from '../../src/conversation/engine.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { conversations } from '../../src/db/schema.js';
import { t } from '../../src/i18n/index.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness, TUESDAY_EVENING } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

describe.each(testDatabases)('language that follows the person on $name', (kind) => {
  let database: DatabaseHandle;
  let users = 0;
  const whatsapp = (): Harness => createHarness(database, { now: TUESDAY_EVENING, userId: `+3247088${String(++users).padStart(4, '0')}` });
  const teams = (): Harness => createHarness(database, { now: TUESDAY_EVENING, channel: 'teams', userId: `aad-lang-${++users}` });

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it('a Flemish person on WhatsApp who opens with "Goeiedag" is answered in Dutch from the first line to the summary', async () => {
    const h = whatsapp();
    await playTranscript(h, [
      ['Goeiedag', [t('nl', 'menu.prompt')]],
      ['ik heb hulp nodig', [t('nl', 'help.leave_request')]],
      ['ja', [t('nl', 'help.safety_question')]],
      ['nee', [t('nl', 'help.first_name')]],
      ['Pieter', [t('nl', 'help.contact_method')]],
      ['dit nummer', [t('nl', 'ask.postal_code')]],
      ['9000', [t('nl', 'ask.activity_status')]],
      ['hoofdberoep', [t('nl', 'ask.sector')]],
      ['kleinhandel', [t('nl', 'help.situation')]],
      ['Mijn winkel loopt niet meer en ik slaap slecht', [t('nl', 'ask.modality')]],
      ['maakt nie uit', [t('nl', 'help.moments')]],
      ["'s avonds na 7u", [t('nl', 'help.consent', { org: "Un pass dans l'impasse" })]],
      ['ja hoor', [t('nl', 'help.survey')]],
      ['nee', [t('nl', 'confirm.title'), 'Kleinhandel', t('nl', 'confirm.prompt')]],
    ]);
  });

  it.each([
    ['Grüezi', 'de'],
    ['Servus', 'de'],
    ['Guten Abend', 'de'],
    ['hiya', 'en'],
    ['Good evening', 'en'],
    ['goeienavond', 'nl'],
  ] as const)('a person who opens with "%s" gets the greeting and the menu in %s', async (hello, lang) => {
    await playTranscript(whatsapp(), [[hello, [t(lang, 'menu.prompt')]]]);
  });

  it('a French speaker on a Dutch-locale Teams is answered in French', async () => {
    const h = teams();
    await playTranscript(h, [["Bonjour, je voudrais de l'aide pour moi", [t('fr', 'help.leave_request')]]], { locale: 'nl-BE' });
  });

  it('a first message that says nothing takes the locale; the next clear message corrects it at once', async () => {
    const h = teams();
    await playTranscript(h, [['👋', [t('nl', 'menu.prompt')]]], { locale: 'nl-BE' });
    await playTranscript(
      h,
      // At the menu, "ich brauche Hilfe" is the way in: the help request starts, in German.
      [['Guten Tag, ich brauche Hilfe', [t('de', 'language.switched'), t('nl', 'language.back'), t('de', 'help.leave_request')]]],
      {
        locale: 'nl-BE',
      },
    );
  });

  it('two clear messages in another language switch the conversation mid-form, say so once, and keep every answer', async () => {
    const h = whatsapp();
    const [, , , , , , , , , situation, modality] = await playTranscript(h, [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['Pieter', [t('fr', 'help.contact_method')]],
      ['1', [t('fr', 'ask.postal_code')]],
      ['1080', [t('fr', 'ask.activity_status')]],
      ['1', [t('fr', 'ask.sector')]],
      ['2', [t('fr', 'help.situation')]],
      // The first message in Dutch: one is not enough (a sentinel may be quoting someone).
      ['Mijn winkel loopt niet meer en ik slaap al weken slecht', [t('fr', 'ask.modality')]],
      // The second in a row: the conversation goes on in Dutch.
      ['liefst via video als het kan', [t('nl', 'language.switched'), t('fr', 'language.back'), t('nl', 'help.moments')]],
      ["'s avonds", [t('nl', 'help.consent', { org: "Un pass dans l'impasse" })]],
      ['ja', [t('nl', 'help.survey')]],
      ['nee', [t('nl', 'confirm.title'), 'Pieter', '1080', 'Kleinhandel', 'Via video', t('nl', 'confirm.prompt')]],
    ]);
    expect(situation?.join('\n')).not.toContain(t('nl', 'language.switched'));
    expect(modality?.filter((r) => r.includes(t('nl', 'language.switched')))).toHaveLength(1);
    const row = (await database.db.select().from(conversations)).find((r) => r.userId === `+3247088${String(users).padStart(4, '0')}`);
    expect(restoreState(row?.state)).toMatchObject({ lang: 'nl', langBy: 'text' });
  });

  it('a language the person chose stays, whatever they write next', async () => {
    const h = whatsapp();
    await playTranscript(h, [
      ['Bonjour', [t('fr', 'menu.prompt')]],
      ['langue', [t('fr', 'language.prompt')]],
      ['English', [t('en', 'language.changed')]],
      ['attends, je regarde', [t('en', 'menu.reask')]],
      ['mais je lis bien l’anglais, merci', [t('en', 'menu.reask')]],
      // Only the person's own words about their language change it again.
      ["non en fait je préfère écrire en français, c'est plus facile", [t('fr', 'language.changed'), t('fr', 'menu.prompt')]],
    ]);
  });
});
