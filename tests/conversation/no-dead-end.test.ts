/**
 * No dead end (issue 19, item 3), on PGlite and PostgreSQL: a greeting,
 * thanks or a face gets a short line and the question again; the second
 * miss says the ways out; a third skips an optional question or offers to
 * be called back instead; "rappel" leaves just a number at any point.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, consents, conversations, people } from '../../src/db/schema.js';
import { t } from '../../src/i18n/index.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness, TUESDAY_EVENING } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

describe.each(testDatabases)('no dead end on $name', (kind) => {
  let database: DatabaseHandle;
  let users = 0;
  const userIds = new Map<Harness, string>();
  const harness = (): Harness => {
    const userId = `+3247077${String(++users).padStart(4, '0')}`;
    const h = createHarness(database, { now: TUESDAY_EVENING, userId });
    userIds.set(h, userId);
    return h;
  };
  const caseOf = async (h: Harness) => {
    const conversation = (await database.db.select().from(conversations)).find((r) => r.userId === userIds.get(h));
    return (await database.db.select().from(cases)).find((c) => c.conversationId === conversation?.id);
  };

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  /** A sentinel alert, in French, up to the first name of the person concerned. */
  const toPersonFirstName: Array<[string, string[]]> = [
    ['Bonsoir', [t('fr', 'menu.prompt')]],
    ['1', [t('fr', 'alert.sentinel_name')]],
    ["c'est Claire Dumont, comptable à Namur", [t('fr', 'alert.sentinel_organisation')]],
    ['Fiduciaire Dumont', [t('fr', 'alert.sentinel_role')]],
    ['comptable', [t('fr', 'alert.sentinel_contact_whatsapp')]],
    ['ce numéro', [t('fr', 'alert.consent')]],
    ['oui', [t('fr', 'alert.danger')]],
    ['non', [t('fr', 'alert.person_first_name')]],
  ];

  /** Up to the sector question of a help request, in French. */
  const toSector: Array<[string, string[]]> = [
    ['Bonsoir', [t('fr', 'menu.prompt')]],
    ['2', [t('fr', 'help.leave_request')]],
    ['oui', [t('fr', 'help.safety_question')]],
    ['non', [t('fr', 'help.first_name')]],
    ['Alex', [t('fr', 'help.contact_method')]],
    ['ce numéro', [t('fr', 'ask.postal_code')]],
    ['1000', [t('fr', 'ask.activity_status')]],
    ['indépendant principal', [t('fr', 'ask.sector')]],
  ];

  it('"Bruxelles" alone asks which commune, once, without the question again; "nee" to the context adds nothing', async () => {
    const h = harness();
    const exchanges = await playTranscript(h, [
      ...toSector.slice(0, 6),
      ['à Bruxelles', [t('fr', 'reask.which_commune')]],
      ['Ixelles', [t('fr', 'ask.activity_status')]],
      ['indépendant principal', [t('fr', 'ask.sector')]],
      ['horeca', [t('fr', 'help.situation')]],
      ['oui', [t('fr', 'reask.go_on')]],
      ["je dors plus depuis que le resto perd de l'argent", [t('fr', 'ask.modality')]],
    ]);
    const [, , , , , , commune, , , , goOn] = exchanges;
    expect(commune?.join('\n')).not.toContain(t('fr', 'ask.postal_code'));
    expect(goOn?.join('\n')).not.toContain(t('fr', 'help.situation'));
  });

  it('a town that two postcodes share is asked about once, by its postcodes, and the form goes on', async () => {
    const [, , , , , , asked] = await playTranscript(harness(), [
      ['Goeiedag', [t('nl', 'menu.prompt')]],
      ['2', [t('nl', 'help.leave_request')]],
      ['ja', [t('nl', 'help.safety_question')]],
      ['nee', [t('nl', 'help.first_name')]],
      ['Lien', [t('nl', 'help.contact_method')]],
      ['op dit nummer mag ge bellen', [t('nl', 'ask.postal_code')]],
      ['ik woon in Aalst', [t('nl', 'reask.postal_which', { codes: '3800 / 9300' })]],
      ['9300', [t('nl', 'ask.activity_status')]],
    ]);
    expect(asked?.join('\n')).not.toContain(t('nl', 'ask.postal_code'));
  });

  /** A Dutch help request, opened in words, up to the postcode question. */
  const toPostalNl: Array<[string, string[]]> = [
    ['Goeiedag, ik heb hulp nodig', [t('nl', 'help.leave_request')]],
    ['ja', [t('nl', 'help.safety_question')]],
    ['nee', [t('nl', 'help.first_name')]],
    ['Lien', [t('nl', 'help.contact_method')]],
    ['op dit nummer mag ge bellen', [t('nl', 'ask.postal_code')]],
  ];

  it.each([
    ['die in Oost-Vlaanderen', '9300'],
    ['de tweede', '9300'],
    ['die bij Sint-Truiden', '3800'],
  ])('the postcodes offered for a town are chosen in words too: "%s"', async (choice) => {
    const h = harness();
    await playTranscript(h, [
      ...toPostalNl,
      ['ik woon in Aalst', [t('nl', 'reask.postal_which', { codes: '3800 / 9300' })]],
      [choice, [t('nl', 'ask.activity_status')]],
    ]);
  });

  it('the postcode of a help request is skipped after a third miss, not a call-back offer', async () => {
    await playTranscript(harness(), [
      ...toPostalNl,
      ['ergens op den buiten', [t('nl', 'ask.postal_code')]],
      ['ge weet wel', [t('nl', 'ask.postal_code')]],
      ['nog altijd hetzelfde', [t('nl', 'reask.skipped'), t('nl', 'ask.activity_status')]],
    ]);
  });

  it('a town with two postcodes after two misses is asked about, not skipped', async () => {
    await playTranscript(harness(), [
      ...toPostalNl,
      ['ergens op den buiten', [t('nl', 'ask.postal_code')]],
      ['ge weet wel', [t('nl', 'ask.postal_code')]],
      ['Aalst', [t('nl', 'reask.postal_which', { codes: '3800 / 9300' })]],
      ['die in Oost-Vlaanderen', [t('nl', 'ask.activity_status')]],
    ]);
  });

  it('"rappelez-moi" at "how can we reach you?" answers it; the form goes on', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['Alex', [t('fr', 'help.contact_method')]],
      ['rappelez-moi', [t('fr', 'ask.postal_code')]],
    ]);
    expect(await caseOf(h)).toBeUndefined();
  });

  it('a greeting at the menu is greeted back, not "not understood"', async () => {
    const [, second] = await playTranscript(harness(), [
      ['Goeiedag', [t('nl', 'menu.prompt')]],
      ['goeiedag', [t('nl', 'smalltalk.hello'), t('nl', 'menu.prompt')]],
    ]);
    expect(second?.join('\n')).not.toContain(t('nl', 'menu.reask'));
  });

  it('"ik weet niet goed wat ik hier moet doen" at the menu says which way is which, not "not understood"', async () => {
    const [, second] = await playTranscript(harness(), [
      ['Goedenavond', [t('nl', 'menu.prompt')]],
      ['ik weet niet goed wat ik hier moet doen', [t('nl', 'menu.unsure'), t('nl', 'menu.prompt')]],
      ['voor mezelf', [t('nl', 'help.leave_request')]],
    ]);
    expect(second?.join('\n')).not.toContain(t('nl', 'menu.reask'));
  });

  it('the menu is not asked a third time either: the second miss says the ways out, the third offers the call-back', async () => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['je sais même pas par où commencer', [t('fr', 'menu.reask'), t('fr', 'menu.prompt')]],
      ['hmm attendez', [t('fr', 'menu.reask'), t('fr', 'reask.ways'), t('fr', 'menu.prompt')]],
      ['je comprends rien à vos trucs', [t('fr', 'callback.offer_whatsapp')]],
      ['ce numéro', [/PDI-[A-Z2-9]{5}/]],
    ]);
  });

  it('thanks, "ok" and a sad face at a question get a short line and the question again, and count as no miss', async () => {
    const h = harness();
    await playTranscript(h, toSector);
    const exchanges = await playTranscript(h, [
      ['merci', [t('fr', 'smalltalk.thanks'), t('fr', 'ask.sector')]],
      ['ok', [t('fr', 'smalltalk.ok'), t('fr', 'ask.sector')]],
      ['😢', [t('fr', 'smalltalk.feeling'), t('fr', 'ask.sector')]],
      ['aucune idée', [t('fr', 'reask.choice'), t('fr', 'ask.sector')]],
    ]);
    for (const replies of exchanges.slice(0, 3)) expect(replies.join('\n')).not.toContain(t('fr', 'reask.choice'));
    // The fourth message is the first miss: no ways out yet.
    expect(exchanges[3]?.join('\n')).not.toContain(t('fr', 'reask.ways'));
  });

  it('a required question missed three times offers to be called back; "ce numéro" files the request and stops the form', async () => {
    const h = harness();
    await playTranscript(h, toSector);
    await playTranscript(h, [
      ['bof', [t('fr', 'reask.choice'), t('fr', 'ask.sector')]],
      ['je vois pas', [t('fr', 'reask.choice'), t('fr', 'reask.ways'), t('fr', 'ask.sector')]],
      // The request already has the number: that one is offered, not asked for again.
      ['euh, compliqué', [t('fr', 'callback.offer_known', { way: userIds.get(h) ?? '' })]],
      ['ce numéro', [/PDI-[A-Z2-9]{5}/]],
    ]);
    const row = await caseOf(h);
    expect(row).toMatchObject({ kind: 'help_request', priority: 'normal', region: 'brussels', activityStatus: 'main' });
    const person = (await database.db.select().from(people)).find((p) => p.id === row?.personId);
    expect(person?.phone).toBe(userIds.get(h));
    const consent = (await database.db.select().from(consents)).find((c) => c.caseId === row?.id);
    expect(consent?.purpose).toBe('callback');
  });

  it('on Teams, stuck at the status with a number already given: "sure" files the call-back on that number', async () => {
    const h = createHarness(database, { now: TUESDAY_EVENING, channel: 'teams', userId: 'teams-user-stuck' });
    await playTranscript(h, [
      ['Good evening', [t('en', 'menu.prompt')]],
      ['i need someone to talk to, my business is going under', [t('en', 'help.leave_request')]],
      ['yes please', [t('en', 'help.safety_question')]],
      ['no not like that', [t('en', 'help.first_name')]],
      ['Sam', [t('en', 'help.contact_method')]],
      ['call me on this number', [t('en', 'help.phone')]],
      ['0470 99 88 77', [t('en', 'ask.postal_code')]],
      ['Kessel-Lo', [t('en', 'ask.activity_status')]],
      // Self-employed said, main or side job not: which one is asked, not "not understood".
      ['freelance', [t('en', 'reask.ambiguous')]],
      ['graphic design', [t('en', 'ask.activity_status')]],
      ['dunno what you mean', [t('en', 'callback.offer_known', { way: '+32470998877' })]],
      ['sure', [/PDI-[A-Z2-9]{5}/, '+32470998877']],
    ]);
    const conversation = (await database.db.select().from(conversations)).find((r) => r.userId === 'teams-user-stuck');
    const [row] = await database.db
      .select()
      .from(cases)
      .where(eq(cases.conversationId, conversation?.id ?? ''));
    const person = (await database.db.select().from(people)).find((p) => p.id === row?.personId);
    expect(person?.phone).toBe('+32470998877');
  });

  it('stuck with an e-mail address already given: the offer is to write to it, and "oui" files the request', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['Lea', [t('fr', 'help.contact_method')]],
      ['par mail', [t('fr', 'help.email')]],
      ['lea.v@example.be', [t('fr', 'ask.postal_code')]],
      ['Namur', [t('fr', 'ask.activity_status')]],
      ['complémentaire', [t('fr', 'ask.sector')]],
      ['bof', [t('fr', 'ask.sector')]],
      ['je vois pas', [t('fr', 'ask.sector')]],
      ['c est compliqué', [t('fr', 'callback.offer_known_email', { way: 'lea.v@example.be' })]],
      ['oui', [/PDI-[A-Z2-9]{5}/, 'lea.v@example.be']],
    ]);
    const row = await caseOf(h);
    const person = (await database.db.select().from(people)).find((p) => p.id === row?.personId);
    expect(person?.email).toBe('lea.v@example.be');
  });

  it('"non" to the offer goes back to the question, with the misses counted afresh', async () => {
    const h = harness();
    await playTranscript(h, toSector);
    await playTranscript(h, [
      ['bof', [t('fr', 'ask.sector')]],
      ['je vois pas', [t('fr', 'ask.sector')]],
      ['euh, compliqué', [t('fr', 'callback.offer_known', { way: userIds.get(h) ?? '' })]],
      ['non', [t('fr', 'smalltalk.ok'), t('fr', 'ask.sector')]],
      ['bof', [t('fr', 'reask.choice'), t('fr', 'ask.sector')]],
      ['commerce', [t('fr', 'help.situation')]],
    ]);
    expect(await caseOf(h)).toBeUndefined();
  });

  it('"I don\'t know" at an optional question skips it at once', async () => {
    const h = harness();
    await playTranscript(h, [
      ...toPersonFirstName,
      ['il s’appelle Marc', [t('fr', 'alert.person_last_name')]],
      ['je sais pas', [t('fr', 'alert.person_phone')]],
    ]);
  });

  it("a busy sentinel's natural answers: a trade for the sector, three signs in one line, the client's language in a sentence", async () => {
    const h = harness();
    await playTranscript(h, [
      ...toPersonFirstName,
      ['il s’appelle Marc', [t('fr', 'alert.person_last_name')]],
      ['je sais pas', [t('fr', 'alert.person_phone')]],
      ['0470 11 22 33', [t('fr', 'alert.person_email')]],
      ["il a pas d'email", [t('fr', 'alert.person_language')]],
      ['en français', [t('fr', 'alert.person_postal_code')]],
      ['5000', [t('fr', 'alert.person_activity_status')]],
      ['indépendant à titre principal', [t('fr', 'alert.person_sector')]],
      ['il a une boulangerie', [t('fr', 'alert.signals')]],
      ['épuisement, isolement et soucis financiers', [t('fr', 'alert.context')]],
      ['passer', [t('fr', 'alert.moments')]],
      ['plutôt le matin', [t('fr', 'alert.modality')]],
      ['je sais pas', [t('fr', 'alert.notify_sentinel')]],
      [
        'non',
        [
          'Claire Dumont',
          'Marc',
          t('fr', 'option.sector.retail'),
          t('fr', 'option.signal.financial'),
          t('fr', 'option.signal.exhaustion'),
          t('fr', 'option.signal.isolation'),
          t('fr', 'option.modality.no_preference'),
        ],
      ],
    ]);
  });

  /** Up to the signals question of a sentinel alert, in each language, with no number typed. */
  const toSignals = (lang: 'fr' | 'nl' | 'de' | 'en'): Array<[string, string[]]> => {
    const say = {
      fr: [
        'Bonsoir',
        'signaler quelqu’un',
        'Claire Dumont',
        'Fiduciaire Dumont',
        'comptable',
        'ce numéro',
        'oui',
        'non',
        'Marc',
        'je sais pas',
        '0470 11 22 33',
        'il a pas d’email',
        'français',
        '5000',
        'à titre principal',
        'boulangerie',
      ],
      nl: [
        'Goeiedag',
        'iemand signaleren',
        'Els Peeters',
        'Boekhouding Peeters',
        'boekhouder',
        'dit nummer',
        'ja',
        'nee',
        'Marc',
        'weet ik niet',
        '0470 11 22 34',
        'geen email',
        'Nederlands',
        '9000',
        'hoofdberoep',
        'bakkerij',
      ],
      de: [
        'Guten Abend',
        'jemanden melden',
        'Anna Schmitz',
        'Buchhaltung Schmitz',
        'Buchhalterin',
        'diese Nummer',
        'ja',
        'nein',
        'Marc',
        'weiß nicht',
        '0470 11 22 35',
        'keine E-Mail',
        'Deutsch',
        '4700',
        'hauptberuflich',
        'Bäckerei',
      ],
      en: [
        'Hello',
        'report someone',
        'Jane Smith',
        'Smith Accounting',
        'accountant',
        'this number',
        'yes',
        'no',
        'Marc',
        "don't know",
        '0470 11 22 36',
        'no email',
        'English',
        '1000',
        'main occupation',
        'bakery',
      ],
    }[lang];
    const asks = [
      'menu.prompt',
      'alert.sentinel_name',
      'alert.sentinel_organisation',
      'alert.sentinel_role',
      'alert.sentinel_contact_whatsapp',
      'alert.consent',
      'alert.danger',
      'alert.person_first_name',
      'alert.person_last_name',
      'alert.person_phone',
      'alert.person_email',
      'alert.person_language',
      'alert.person_postal_code',
      'alert.person_activity_status',
      'alert.person_sector',
      'alert.signals',
    ] as const;
    return say.map((text, i) => [text, [t(lang, asks[i] ?? 'menu.prompt')]]);
  };

  it.each([
    ['fr', 'épuisement, isolement et sa belle-mère lui pourrit la vie', 'les conflits', 'option.signal.conflicts'],
    ['nl', 'uitgeput, eenzaam en de bank belt hem elke dag', 'de eerste', 'option.signal.financial'],
    ['de', 'erschöpft, einsam und die Bank sitzt ihm im Nacken', 'ja, Finanzen', 'option.signal.financial'],
    ['en', 'exhausted, lonely and trouble with his landlord', 'conflicts i guess', 'option.signal.conflicts'],
  ] as const)(
    '%s: the part of a several-choice answer that named nothing is asked about once, and what was understood is kept',
    async (lang, signals, rest, added) => {
      const h = harness();
      const steps = toSignals(lang);
      await playTranscript(h, steps);
      const asked = await h.say(signals);
      const text = asked.join('\n');
      expect(text).toContain(t(lang, 'option.signal.exhaustion'));
      expect(text).toContain(t(lang, 'option.signal.isolation'));
      // Only the choices not taken are offered again, and the question is not asked from the start.
      expect(text).not.toContain(t(lang, 'alert.signals'));
      expect(text).toMatch(/\(|«|“|„/);
      await playTranscript(h, [[rest, [t(lang, 'alert.context')]]]);
      const ending = {
        fr: ['passer', 'plutôt le matin', 'je sais pas', 'non'],
        nl: ['overslaan', "liefst 's ochtends", 'weet ik niet', 'nee'],
        de: ['überspringen', 'lieber vormittags', 'weiß nicht', 'nein'],
        en: ['skip', 'mornings preferably', "don't know", 'no'],
      }[lang];
      await playTranscript(h, [
        [ending[0] ?? '', [t(lang, 'alert.moments')]],
        [ending[1] ?? '', [t(lang, 'alert.modality')]],
        [ending[2] ?? '', [t(lang, 'alert.notify_sentinel')]],
        [
          ending[3] ?? '',
          [
            t(lang, 'option.signal.exhaustion'),
            t(lang, 'option.signal.isolation'),
            t(lang, added),
            t(lang, 'option.modality.no_preference'),
          ],
        ],
      ]);
    },
  );

  it.each([
    ['fr', 'non'],
    ['en', 'nope, that was all'],
  ] as const)('%s: "no" to the follow-up keeps what was understood and goes on', async (lang, no) => {
    const h = harness();
    await playTranscript(h, toSignals(lang));
    const signals = lang === 'fr' ? 'épuisement et sa belle-mère lui pourrit la vie' : 'exhausted and trouble with his landlord';
    const asked = (await h.say(signals)).join('\n');
    expect(asked).not.toContain(t(lang, 'alert.signals'));
    await playTranscript(h, [[no, [t(lang, 'alert.context')]]]);
  });

  it('"je sais pas" at a question that cannot be skipped says what would do instead, and asks again', async () => {
    const h = harness();
    await playTranscript(h, [
      ...toPersonFirstName,
      ['il s’appelle Marc', [t('fr', 'alert.person_last_name')]],
      ['je sais pas', [t('fr', 'alert.person_phone')]],
      ['aucune idée', [t('fr', 'reask.dont_know'), t('fr', 'reask.ways'), t('fr', 'alert.person_phone')]],
      ['0470 11 22 33', [t('fr', 'alert.person_email')]],
    ]);
  });

  it.each([
    ['worried about a client', 'en'],
    ['ik maak me zorgen over een klant', 'nl'],
  ] as const)('at the menu, %j raises an alert, though a menu word is inside it', async (text, lang) => {
    const h = harness();
    await playTranscript(h, [
      [lang === 'en' ? 'hello' : 'hallo', [t(lang, 'menu.prompt')]],
      [text, [t(lang, 'alert.sentinel_name')]],
    ]);
  });

  it('a remark next to a choice is not asked about: "ruzie met zijn schoonbroer" is conflicts', async () => {
    const h = harness();
    await playTranscript(h, [...toSignals('nl'), ['uitgeput, eenzaam en ruzie met zijn schoonbroer', [t('nl', 'alert.context')]]]);
  });

  it('someone who asked to be written to is not asked the best time for a call', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['Alex', [t('fr', 'help.contact_method')]],
      ['plutôt par mail', [t('fr', 'help.email')]],
      ['alex@example.be', [t('fr', 'ask.postal_code')]],
      ['1000', [t('fr', 'ask.activity_status')]],
      ['1', [t('fr', 'ask.sector')]],
      ['2', [t('fr', 'help.situation')]],
      ['passer', [t('fr', 'ask.modality')]],
      ['en visio', [t('fr', 'help.consent', { org: "Un pass dans l'impasse" })]],
    ]);
  });

  it('an optional question missed three times is skipped', async () => {
    const h = harness();
    await playTranscript(h, [
      ...toPersonFirstName,
      ['Marc', [t('fr', 'alert.person_last_name')]],
      ['Lambert', [t('fr', 'alert.person_phone')]],
      ['0470 11 22 33', [t('fr', 'alert.person_email')]],
      ['marc chez gmail', [t('fr', 'reask.email')]],
      ['attendez je cherche', [t('fr', 'reask.email'), t('fr', 'reask.ways')]],
      ['pfff', [t('fr', 'reask.skipped'), t('fr', 'alert.person_language')]],
    ]);
  });

  it.each([
    ['fr', 'rappel', 'callback.ask_whatsapp'],
    ['nl', 'terugbellen', 'callback.ask_whatsapp'],
    ['de', 'Rückruf', 'callback.ask_whatsapp'],
    ['en', 'call me back', 'callback.ask_whatsapp'],
  ] as const)('in %s, "%s" at the menu asks only for a way to call back, and files it', async (lang, word, key) => {
    const h = harness();
    const hello = { fr: 'Bonjour', nl: 'Goedendag', de: 'Guten Tag', en: 'Hello' }[lang];
    await playTranscript(h, [
      [hello, [t(lang, 'menu.prompt')]],
      [word, [t(lang, key)]],
      ['0470 12 34 56', [/PDI-[A-Z2-9]{5}/, '+32470123456']],
    ]);
    expect(await caseOf(h)).toMatchObject({ kind: 'help_request', language: lang });
  });

  it('"dit nummer" on Teams, which gives no number, asks for the number in the same turn', async () => {
    const h = createHarness(database, { now: TUESDAY_EVENING, channel: 'teams', userId: `aad-dead-end-${++users}` });
    await playTranscript(h, [
      ['Goedenavond', [t('nl', 'menu.prompt')]],
      ['2', [t('nl', 'help.leave_request')]],
      ['ja', [t('nl', 'help.safety_question')]],
      ['nee', [t('nl', 'help.first_name')]],
      ['Pieter', [t('nl', 'help.contact_method')]],
      ['dit nummer', [t('nl', 'help.phone')]],
      ['0470 12 34 56', [t('nl', 'ask.postal_code')]],
    ]);
    const sentinel = createHarness(database, { now: TUESDAY_EVENING, channel: 'teams', userId: `aad-dead-end-${++users}` });
    await playTranscript(sentinel, [
      ['Good evening', [t('en', 'menu.prompt')]],
      ['1', [t('en', 'alert.sentinel_name')]],
      ['Claire Dumont', [t('en', 'alert.sentinel_organisation')]],
      ['Dumont & Co', [t('en', 'alert.sentinel_role')]],
      ['accountant', [t('en', 'alert.sentinel_contact')]],
      ['this number please', [t('en', 'reask.no_number_here')]],
      ['+32 470 12 34 56', [t('en', 'alert.consent')]],
    ]);
  });
});
