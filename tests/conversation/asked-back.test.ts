/**
 * Questions asked back, at any point, in the four languages (issue 19,
 * item 4), on PGlite and PostgreSQL: a short answer, then the form goes on
 * where it was; a language the person asks for is taken at once.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Lang } from '../../src/conversation/types.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { t } from '../../src/i18n/index.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness, TUESDAY_EVENING } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

/** Ways to ask back, written apart from the recogniser's patterns. */
const ASKED: Record<Lang, Array<[string, string]>> = {
  fr: [
    ['pourquoi vous avez besoin de ça ?', 'back.why_postal'],
    ["c'est payant ?", 'back.cost'],
    ['je peux parler à une vraie personne ?', 'back.person'],
    ['vous faites quoi de mes données ?', 'back.data'],
    ['vous êtes un robot ?', 'back.who'],
    ['ça va prendre combien de temps ?', 'back.how_long'],
    ["c'est anonyme ?", 'back.anonymous'],
  ],
  nl: [
    ['waarom moet ge dat weten?', 'back.why_postal'],
    ['moet ik iets betalen?', 'back.cost'],
    ['kan ik met een echte mens praten?', 'back.person'],
    ['wat doet ge met mijn gegevens?', 'back.data'],
    ['bent u een robot?', 'back.who'],
    ['hoe lang duurt dit allemaal?', 'back.how_long'],
    ['is dit anoniem of nie?', 'back.anonymous'],
  ],
  de: [
    ['warum brauchen Sie das?', 'back.why_postal'],
    ['was kostet mich das?', 'back.cost'],
    ['kann ich mit einem Menschen sprechen?', 'back.person'],
    ['was passiert mit meinen Daten?', 'back.data'],
    ['bist du ein bot?', 'back.who'],
    ['wie lange dauert das?', 'back.how_long'],
    ['ist das anonym?', 'back.anonymous'],
  ],
  en: [
    ['why do you need that?', 'back.why_postal'],
    ['does it cost anything?', 'back.cost'],
    ['can I talk to a real person?', 'back.person'],
    ['what happens with my data?', 'back.data'],
    ['are you a bot?', 'back.who'],
    ['how long will this take?', 'back.how_long'],
    ['is it anonymous?', 'back.anonymous'],
  ],
};
const HELLO: Record<Lang, string> = { fr: 'Bonsoir', nl: 'Goeienavond', de: 'Guten Abend', en: 'Good evening' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const NO: Record<Lang, string> = { fr: 'non', nl: 'nee', de: 'nein', en: 'no' };
const THIS_NUMBER: Record<Lang, string> = { fr: 'ce numéro', nl: 'dit nummer', de: 'diese Nummer', en: 'this number' };

describe.each(testDatabases)('questions asked back on $name', (kind) => {
  let database: DatabaseHandle;
  let users = 0;
  const harness = (): Harness => createHarness(database, { now: TUESDAY_EVENING, userId: `+3247066${String(++users).padStart(4, '0')}` });
  const settings = { sessions: '4', hotline: '0800/300.25', org: "Un pass dans l'impasse" };

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  /** A help request, in `lang`, up to the first name. */
  const toFirstName = (lang: Lang): Array<[string, string[]]> => [
    [HELLO[lang], [t(lang, 'menu.prompt')]],
    ['2', [t(lang, 'help.leave_request')]],
    [YES[lang], [t(lang, 'help.safety_question')]],
    [NO[lang], [t(lang, 'help.first_name')]],
  ];

  it.each(['fr', 'nl', 'de', 'en'] as const)(
    'in %s, each question asked back at the postcode gets its answer, and the postcode is asked again',
    async (lang) => {
      const h = harness();
      await playTranscript(h, [
        ...toFirstName(lang),
        ['Sam', [t(lang, 'help.contact_method')]],
        [THIS_NUMBER[lang], [t(lang, 'ask.postal_code')]],
        ...ASKED[lang].map(([asked, key]): [string, string[]] => [
          asked,
          [t(lang, key as 'back.cost', settings), t(lang, 'ask.postal_code')],
        ]),
        ['4700', [t(lang, 'ask.activity_status')]],
      ]);
    },
  );

  it.each([
    ['fr', "c'est obligatoire ?", 'je suis obligé de répondre ?'],
    ['nl', 'is dat verplicht?', 'moet ik dat invullen, is dat verplicht?'],
    ['de', 'ist das Pflicht?', 'muss ich das angeben?'],
    ['en', 'is that compulsory?', 'is this required?'],
  ] as const)(
    'in %s, "is it compulsory?" at an optional question says it is optional; at a needed one, why it is asked',
    async (lang, optional, needed) => {
      const h = harness();
      await playTranscript(h, [
        ...toFirstName(lang),
        [needed, [t(lang, 'back.why_name', settings), t(lang, 'help.first_name')]],
        ['Sam', [t(lang, 'help.contact_method')]],
        [THIS_NUMBER[lang], [t(lang, 'ask.postal_code')]],
        [optional, [t(lang, 'back.optional'), t(lang, 'ask.postal_code')]],
      ]);
    },
  );

  it('a language remark switches at once and stays: "spricht man da deutsch?" and "ik spreek liever Nederlands"', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Bonjour', [t('fr', 'menu.prompt')]],
      ['spricht man da deutsch? mein französisch ist schlecht', [t('de', 'language.changed'), t('de', 'menu.prompt')]],
      ['2', [t('de', 'help.leave_request')]],
      ['ja', [t('de', 'help.safety_question')]],
      ['nein', [t('de', 'help.first_name')]],
      // The name beside the remark answers the question: not asked again after the switch.
      ['Pieter, maar ik spreek eigenlijk liever Nederlands', [t('nl', 'language.changed'), t('nl', 'help.contact_method')]],
    ]);
  });

  it('after the case is filed, a question asked back gets its answer and is relayed; an empty message is ignored', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Bonjour', [t('fr', 'menu.prompt')]],
      ['rappel', [t('fr', 'callback.ask_whatsapp')]],
      ['ce numéro', [/PDI-[A-Z2-9]{5}/]],
      ['et ça coûte combien ?', [t('fr', 'back.cost', settings)]],
    ]);
    const empty = await h.say('   ');
    if (empty.length !== 0) throw new Error(`an empty message got a reply: ${empty.join(' | ')}`);
  });

  it("erasure asked for in the person's own words is the erasure question, never relayed to the case", async () => {
    const h = harness();
    const [, , , afraid] = await playTranscript(h, [
      ['Bonjour', [t('fr', 'menu.prompt')]],
      ['rappel', [t('fr', 'callback.ask_whatsapp')]],
      ['ce numéro', [/PDI-[A-Z2-9]{5}/]],
      ["j'ai peur que ça se sache, effacez tout ce que vous avez sur moi svp", [t('fr', 'erase.confirm')]],
    ]);
    if (afraid?.join('\n').includes('PDI-')) throw new Error('the request was taken as a message for the case');
    for (const [hello, asked, lang] of [
      ['Goedendag', 'verwijder alles over mij aub', 'nl'],
      ['Guten Tag', 'löschen Sie bitte meine Daten', 'de'],
      ['Hello', 'please delete my information', 'en'],
    ] as const) {
      await playTranscript(harness(), [
        [hello, [t(lang, 'menu.prompt')]],
        [asked, [t(lang, 'erase.confirm')]],
      ]);
    }
  });
});
