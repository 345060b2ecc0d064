/**
 * The crisis path as a person meets it (DESIGN, "Safety first", rule 1), in
 * the four languages, on PGlite and PostgreSQL: an acute first message gets
 * the card and one call-back question, never the menu; the possible tier asks
 * directly and goes back exactly where the person was on a plain no; the
 * card adds the lines of the language the message was written in; after a
 * disclosure no reply sends the person to the menu or ends with nothing
 * filed; every closing on a Sunday night says an honest day and channel.
 */
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreState } from '../../src/conversation/engine.js';
import { LANGS, type Lang } from '../../src/conversation/types.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, consents, conversations, outbox, people } from '../../src/db/schema.js';
import { t } from '../../src/i18n/index.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness, TUESDAY_EVENING } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

/** Sunday 6 December 2026, 22:00 in Brussels: the line is closed until Monday 8:30. */
const SUNDAY_NIGHT = '2026-12-06T22:00:00+01:00';

const HELLO: Record<Lang, string> = { fr: 'Bonsoir', nl: 'Goedenavond, ik ben', de: 'Guten Abend, ich bin', en: 'Good evening, I am' };
const ACUTE: Record<Lang, string> = {
  fr: 'je veux en finir ce soir',
  nl: 'ik ga er vanavond een einde aan maken',
  de: 'ich will mich heute nacht umbringen',
  en: 'i want to kill myself tonight',
};
const POSSIBLE: Record<Lang, string> = {
  fr: "j'en peux plus",
  nl: 'ik zie het niet meer zitten',
  de: 'ich kann nicht mehr',
  en: "I can't do this anymore",
};
/** A word of the acute message that must never reach the coordinators' notice. */
const SECRET: Record<Lang, string> = { fr: 'finir', nl: 'einde', de: 'umbringen', en: 'kill' };
const THIS_NUMBER: Record<Lang, string> = { fr: 'ce numéro', nl: 'dit nummer', de: 'diese Nummer', en: 'this number' };
const PLAIN_NO: Record<Lang, string> = { fr: 'non', nl: 'nee', de: 'nein', en: 'no' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
/** The numbers each language's card must give, 112 apart. */
const LINES: Record<Lang, string[]> = {
  fr: ['0800 32 123', '107'],
  nl: ['1813', '106'],
  de: ['108', '0800 32 123'],
  en: ['0800 32 123', '1813'],
};

/** Replies after a disclosure that are hedged, negated, apologetic or angry: written apart from the code. */
const REPLIES = JSON.parse(fs.readFileSync(new URL('./after-disclosure.replies.json', import.meta.url), 'utf8')) as Record<
  Lang,
  Array<{ text: string; kind: string }>
>;

const NOBODY_READS: Record<Lang, string> = {
  fr: 'Personne ne lit ce chat avant demain',
  nl: 'Niemand leest deze chat vóór morgen',
  de: 'liest niemand diesen Chat',
  en: 'Nobody reads this chat before tomorrow',
};

const menuPrompt = (lang: Lang) => t(lang, 'menu.prompt');

describe.each(testDatabases)('crisis path on $name', (kind) => {
  let database: DatabaseHandle;
  let users = 0;
  const userIds = new Map<Harness, string>();
  const harness = (now = TUESDAY_EVENING): Harness => {
    const userId = `+3247099${String(++users).padStart(4, '0')}`;
    const h = createHarness(database, { now, userId });
    userIds.set(h, userId);
    return h;
  };

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  async function caseOf(h: Harness) {
    const conversation = await conversationOf(h);
    const [row] = await database.db
      .select()
      .from(cases)
      .where(eq(cases.conversationId, conversation?.id ?? ''));
    return row;
  }

  async function conversationOf(h: Harness) {
    const rows = await database.db.select().from(conversations);
    return rows.find((r) => r.userId === userIds.get(h));
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('an acute first message gets the card, one line that the team is alerted, and one call-back question: not the menu', async () => {
      const h = harness();
      const [first] = await playTranscript(h, [
        [
          ACUTE[lang],
          ['112', ...LINES[lang], t(lang, 'crisis.alerting_first', { org: "Un pass dans l'impasse" }), t(lang, 'crisis.callback_whatsapp')],
        ],
      ]);
      expect(first?.[0]).toContain('112');
      expect(first?.join('\n')).not.toContain(menuPrompt(lang));
      const alerts = (await database.db.select().from(outbox)).filter((r) => r.kind === 'coordinator.urgent');
      const alert = alerts.at(-1);
      expect(alert?.priority).toBe('urgent');
      expect(alert?.payload).toMatchObject({ reason: 'lexicon', language: lang });
      expect(JSON.stringify(alert?.payload)).not.toContain(SECRET[lang]);

      const [filed] = await playTranscript(h, [[THIS_NUMBER[lang], [/PDI-[A-Z2-9]{5}/, ...LINES[lang]]]]);
      expect(filed?.join('\n')).not.toContain(menuPrompt(lang));
      const row = await caseOf(h);
      expect(row).toMatchObject({ kind: 'help_request', priority: 'urgent', immediateDanger: true, language: lang });
      expect(row?.crisisFamily).toBeTruthy();
    });

    it('the possible tier asks directly, and a plain no goes back exactly to the question the person was at', async () => {
      const h = harness();
      await playTranscript(h, [
        [HELLO[lang], [menuPrompt(lang)]],
        ['2', [t(lang, 'help.leave_request')]],
        [YES[lang], [t(lang, 'help.safety_question')]],
        [PLAIN_NO[lang], [t(lang, 'help.first_name')]],
        [POSSIBLE[lang], ['112', ...LINES[lang], t(lang, 'crisis.check')]],
        [PLAIN_NO[lang], [t(lang, 'crisis.check_no'), t(lang, 'help.first_name')]],
        ['Alex', [t(lang, 'help.contact_method')]],
      ]);
      // Asked, not alerted: a plain no raises no alert and leaves nothing to check.
      const conversation = await conversationOf(h);
      expect(restoreState(conversation?.state)?.toCheck).toBe(false);
    });

    it('a possible signal in the answer to the danger question: asked directly once, and its plain no answers both', async () => {
      const h = harness();
      const hedged: Record<Lang, string> = {
        fr: "non non, je vais rien me faire, j'en peux juste plus",
        nl: 'nee hoor, ik ga mezelf niks aandoen, ik zie het gewoon niet meer zitten',
        de: 'nein, ich tu mir nichts an, ich kann einfach nicht mehr',
        en: "no, not going to hurt myself, I just can't do this anymore",
      };
      const steps = await playTranscript(h, [
        [HELLO[lang], [menuPrompt(lang)]],
        ['2', [t(lang, 'help.leave_request')]],
        [YES[lang], [t(lang, 'help.safety_question')]],
        [hedged[lang], ['112', t(lang, 'crisis.check')]],
        [PLAIN_NO[lang], [t(lang, 'crisis.check_no'), t(lang, 'help.first_name')]],
      ]);
      // Not the danger question a second time in a row.
      expect(steps.at(-1)?.join('\n')).not.toContain(t(lang, 'help.safety_question'));
      const state = restoreState((await conversationOf(h))?.state);
      expect(state?.form?.answers.danger).toBe(false);
    });

    it('the possible tier: yes is the crisis path; anything else goes on and the case says "to check"', async () => {
      const yes = harness();
      await playTranscript(yes, [
        [POSSIBLE[lang], [t(lang, 'crisis.check')]],
        [YES[lang], [t(lang, 'crisis.alerting'), t(lang, 'crisis.callback_whatsapp')]],
      ]);
      const alert = (await database.db.select().from(outbox)).filter((r) => r.kind === 'coordinator.urgent').at(-1);
      expect(alert?.payload).toMatchObject({ reason: 'safety_question' });

      const other = harness();
      await playTranscript(other, [
        [POSSIBLE[lang], [t(lang, 'crisis.check')]],
        [t(lang, 'menu.help_request'), [t(lang, 'help.leave_request')]],
      ]);
      expect(restoreState((await conversationOf(other))?.state)?.toCheck).toBe(true);
    });
  });

  it.each([
    ['fr', 'nl', 'k zie het echt nie meer zitten allemaal', 'nee ik ga niks doen vannacht, ik ben gewoon moe van alles', 'ja', '1813'],
    ['nl', 'fr', "j'en peux vraiment plus de tout ça", 'non mais je vais rien faire hein, je suis juste crevé', 'oui', '0800 32 123'],
    ['de', 'en', "I can't do this anymore honestly", "no i'm not going to do anything, just so tired", 'yes', '0800 32 123'],
    ['en', 'de', 'ich kann echt nicht mehr', 'nein, ich mach schon nichts, bin nur fertig', 'ja', '108'],
  ] as Array<[Lang, Lang, string, string, string, string]>)(
    'the possible tier in a %s conversation, written in %s: the card adds that language, a negated answer is asked again in it (the second message switches the conversation), and a late yes is the crisis path',
    async (lang, written, possible, hedged, yes, line) => {
      const h = harness();
      await playTranscript(h, [
        [HELLO[lang], [menuPrompt(lang)]],
        [possible, ['112', line, t(lang, 'crisis.check')]],
        [hedged, [t(written, 'language.switched'), t(lang, 'language.back'), t(written, 'crisis.check_again')]],
        [yes, ['112', line, t(written, 'crisis.alerting'), t(written, 'crisis.callback_whatsapp')]],
      ]);
      const alert = (await database.db.select().from(outbox)).filter((r) => r.kind === 'coordinator.urgent').at(-1);
      expect(alert?.payload).toMatchObject({ reason: 'safety_question' });
    },
  );

  it('the possible tier: asking to be called, after the question, is the crisis path and its call-back question', async () => {
    const h = harness();
    await playTranscript(h, [
      [HELLO.en, [menuPrompt('en')]],
      ['cant do this anymore honestly, the bakery is going under and nobody cares', [t('en', 'crisis.check')]],
      ['sorry. im not going to do anything tonight. im just so tired of all this', [t('en', 'crisis.check_again')]],
      ['what? i didnt say no. i want someone to call me', [t('en', 'crisis.alerting'), t('en', 'crisis.callback_whatsapp')]],
      ['this number', [/PDI-[A-Z2-9]{5}/]],
    ]);
    expect(await caseOf(h)).toMatchObject({ priority: 'urgent', crisisFamily: 'ambiguous_distress' });
  });

  it('the lines of the language a crisis was written in stay on later answers: "and tonight?" in an English conversation', async () => {
    const h = harness(SUNDAY_NIGHT);
    await playTranscript(h, [
      [HELLO.en, [menuPrompt('en')]],
      ['ich will mich heute nacht umbringen', ['112', 'Telefonhilfe (in German): 108', t('en', 'crisis.callback_whatsapp')]],
      ['this number', [/PDI-[A-Z2-9]{5}/, '108']],
      ['and tonight?', ['108', '1813']],
    ]);
  });

  it('the possible tier asks again only once: a second unclear answer goes on, and the case says "to check"', async () => {
    const h = harness();
    await playTranscript(h, [
      [HELLO.fr, [menuPrompt('fr')]],
      ["j'en peux plus", [t('fr', 'crisis.check')]],
      ['je sais pas', [t('fr', 'crisis.check_again')]],
      ['je sais pas trop', [menuPrompt('fr')]],
    ]);
    expect(restoreState((await conversationOf(h))?.state)?.toCheck).toBe(true);
  });

  it.each([
    ['fr', 'nl', 'Bonsoir, je voudrais de l’aide', 'ik wil dood', 'Zelfmoordlijn (en néerlandais) : 1813'],
    ['nl', 'fr', 'Goedenavond, ik heb hulp nodig', 'je veux mourir', 'Centre de Prévention du Suicide (in het Frans): 0800 32 123'],
    ['de', 'nl', 'Guten Abend, ich brauche Hilfe', 'ik wil dood', 'Zelfmoordlijn (auf Niederländisch): 1813'],
    ['en', 'nl', 'Good evening, I need help', 'ik wil er niet meer zijn', 'Zelfmoordlijn (in Dutch): 1813'],
  ] as Array<[Lang, Lang, string, string, string]>)(
    'a crisis message in another language than the conversation (%s, written in %s) gets the line of its own language',
    async (lang, _other, hello, crisis, line) => {
      const h = harness();
      await playTranscript(h, [
        // The first message asks for help: the help request starts at once.
        [hello, [t(lang, 'help.leave_request')]],
        [crisis, [line, ...LINES[lang]]],
      ]);
    },
  );

  describe.each(LANGS)('after a disclosure in %s', (lang) => {
    it('no hedged, negated, apologetic or angry reply sends the person to the menu or ends with nothing filed', async () => {
      const replies = REPLIES[lang];
      expect(replies.length).toBeGreaterThanOrEqual(20);
      for (const reply of replies) {
        const h = harness();
        await playTranscript(h, [[ACUTE[lang], [t(lang, 'crisis.callback_whatsapp')]]]);
        const [answer = []] = await playTranscript(h, [[reply.text, []]]);
        const said = answer.join('\n');
        expect(said, `"${reply.text}" (${reply.kind}) led to the menu`).not.toContain(menuPrompt(lang));
        const asksAgain = said.includes(t(lang, 'crisis.callback_reask_whatsapp')) || said.includes(t(lang, 'crisis.callback_whatsapp'));
        const filed = await caseOf(h);
        expect(asksAgain || filed !== undefined, `"${reply.text}" (${reply.kind}): neither asked again nor filed`).toBe(true);
        // Whatever they answer, they end with a case: the third unclear answer files it without a number.
        for (let i = 0; i < 3 && !(await caseOf(h)); i++) await playTranscript(h, [[reply.text, []]]);
        expect(await caseOf(h), `"${reply.text}" (${reply.kind}): nothing filed`).toBeDefined();
      }
    });
  });

  it('the English freelancer of the issue: "not going to do anything tonight" is not a no, "call me" is a call', async () => {
    const h = harness();
    await playTranscript(h, [
      ['hi. i keep thinking about killing myself, the business is gone', ['1813', 'on which number']],
      ["sorry. i'm not going to do anything tonight. i'm just so tired of all this", ["I didn't quite understand", 'this number']],
      ['what? i didnt say no. i want someone to call me', [/PDI-[A-Z2-9]{5}/, 'will call you on +32']],
    ]);
    const row = await caseOf(h);
    expect(row?.priority).toBe('urgent');
    const [person] = await database.db
      .select()
      .from(people)
      .where(eq(people.id, row?.personId ?? ''));
    expect(person?.phone).toMatch(/^\+3247099/);
    const purposes = (
      await database.db
        .select()
        .from(consents)
        .where(eq(consents.caseId, row?.id ?? ''))
    ).map((c) => c.purpose);
    expect(purposes).toEqual(['crisis_callback']);
  });

  it('the call-back question: thanks is not a no, "auf dera Nummer" is this number, "not on this number" is not', async () => {
    const h = harness();
    await playTranscript(h, [
      ['i pack des nimma, i mog nimma lebn', ['112', t('de', 'crisis.callback_whatsapp')]],
      ['danke', [t('de', 'smalltalk.thanks'), t('de', 'crisis.callback_whatsapp')]],
      ["ruaft's mi o auf dera nummer", [/PDI-[A-Z2-9]{5}/]],
      // Regional "tonight" is the same question: the lines that answer at night.
      ['und heit nacht?', ['108']],
    ]);
    const row = await caseOf(h);
    const [person] = await database.db
      .select()
      .from(people)
      .where(eq(people.id, row?.personId ?? ''));
    expect(person?.phone).toBe(userIds.get(h));

    const other = harness();
    await playTranscript(other, [
      ['je veux en finir ce soir', [t('fr', 'crisis.callback_whatsapp')]],
      ['pas sur ce numéro, mon mari le lit', [t('fr', 'crisis.callback_reask_whatsapp')]],
      ['merci', [t('fr', 'smalltalk.thanks')]],
      // Three answers without a number: filed, and told how to give one later, not "all right, no number".
      ['je sais pas', [t('fr', 'crisis.callback_unread', { reads: '' }).trim().split('. ')[0] ?? '']],
    ]);
    const unread = await caseOf(other);
    expect(unread).toMatchObject({ priority: 'urgent', personId: null });
  });

  it('the Dutch sentinel of the issue: the worry is not read as "no", gets the third-person card, and the alert resumes on consent', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Goedenavond', ['Wat wilt u doen']],
      ['1', ['naam']],
      ['An Peeters', ['organisatie']],
      ['Boekhoudkantoor Peeters', ['functie']],
      ['boekhouder', ['bereiken']],
      ['dit nummer', ['akkoord']],
      [
        'en wat als hij zichzelf iets aandoet? hij zei vorige week dat hij het niet meer ziet zitten',
        ['112, ook zonder zijn of haar toestemming', 'blijf bij de persoon', '1813', 'Ik verwittig nu het team', 'akkoord'],
      ],
      ['nee', ['Zonder toestemming van de persoon', 'Ik bewaar uw antwoorden 24 uur', 'terugbelt']],
      ['nee', ['Wat wilt u doen']],
      ['hij gaat nu akkoord', ['Ik ga verder met uw melding', 'gevaar']],
    ]);
    const alerts = (await database.db.select().from(outbox)).filter((r) => r.kind === 'coordinator.urgent');
    expect(alerts.at(-1)?.payload).toMatchObject({ family: 'suicide_intent' });
    const state = restoreState((await conversationOf(h))?.state);
    expect(state?.form?.answers).toMatchObject({ sentinelName: 'An Peeters', consent: 'yes' });
  });

  it.each([
    ['fr', ['Bonsoir', '1', 'Marie Dubois', 'Fiduciaire Dubois', 'comptable', 'ce numéro', 'oui'], "il dit qu'il en peut plus", 'non'],
    [
      'nl',
      ['Goedenavond', '1', 'An Peeters', 'Boekhouding Peeters', 'boekhouder', 'dit nummer', 'ja'],
      'hij ziet het niet meer zitten',
      'nee',
    ],
    [
      'de',
      ['Guten Abend', '1', 'Anna Schmitz', 'Buchhaltung Schmitz', 'Buchhalterin', 'diese Nummer', 'ja'],
      'er sagt, er kann nicht mehr',
      'nein',
    ],
    [
      'en',
      ['Good evening', '1', 'Jane Smith', 'Smith Accounting', 'accountant', 'this number', 'yes'],
      "she says she can't do this anymore",
      'no',
    ],
  ] as const)(
    '%s: a sentinel whose words are a possible signal is asked about the person, not about themselves',
    async (lang, opening, worry, no) => {
      const h = harness();
      await playTranscript(
        h,
        opening.map((text): [string, string[]] => [text, []]),
      );
      const asked = (await h.say(worry)).join('\n');
      expect(asked).toContain(t(lang, 'crisis.check_third'));
      expect(asked).not.toContain(t(lang, 'crisis.check'));
      // Asked at the danger question, the direct question's plain no answers it: the form goes on.
      const [after] = await playTranscript(h, [[no, [t(lang, 'crisis.check_third_no'), t(lang, 'alert.person_first_name')]]]);
      expect(after?.join('\n')).not.toContain(t(lang, 'alert.danger'));
      expect(restoreState((await conversationOf(h))?.state)?.form?.answers.danger).toBe(false);
    },
  );

  it.each([
    ['fr', "mon client m'a dit hier qu'il allait se pendre, je fais quoi ?", "mon client m'a dit qu'il n'en peut plus"],
    ['nl', 'mijn klant zei gisteren dat hij zich gaat ophangen, wat moet ik doen', 'een klant van mij ziet het niet meer zitten'],
    ['de', 'mein Mandant hat gestern gesagt, dass er sich umbringen will. Was soll ich tun?', 'ein Kunde von mir kann nicht mehr'],
    ['en', 'my client told me yesterday he is going to kill himself, what do I do', "a client of mine says he can't go on"],
  ] as Array<[Lang, string, string]>)(
    'a first message about someone else gets the third-person guidance and starts the report, not a call-back (%s)',
    async (lang, acute, possible) => {
      // Acute: the card that speaks about the person (112 even without consent), the alert, then the sentinel's report.
      const h = harness();
      const [first] = await playTranscript(h, [[acute, ['112', t(lang, 'alert.intro')]]]);
      const said = first?.join('\n') ?? '';
      expect(said).toContain(t(lang, 'crisis.third_person').slice(0, 20));
      expect(said).not.toContain(t(lang, 'crisis.callback_whatsapp'));
      const alerts = (await database.db.select().from(outbox)).filter((r) => r.kind === 'coordinator.urgent');
      expect(alerts.at(-1)?.priority).toBe('urgent');
      // Possible: the direct question is about the person; an answer that is neither yes nor no starts the report.
      const other = harness();
      const [asked] = await playTranscript(other, [[possible, [t(lang, 'crisis.check_third')]]]);
      expect(asked?.join('\n')).not.toContain(t(lang, 'crisis.check'));
      await playTranscript(other, [['Sam Peeters', [t(lang, 'alert.intro')]]]);
    },
  );

  it('the call-back needs a yes: "je sais pas pk j\'écris ici" takes no number, "je veux pas qu\'on m\'appelle" is heard', async () => {
    const h = harness();
    await playTranscript(h, [
      ['jen peux plus jvais en finir ce soir avec les cachets', ['112', t('fr', 'crisis.callback_whatsapp')]],
      ['pardon je sais pas pk jecris ici', [t('fr', 'crisis.callback_reask_whatsapp')]],
      ['jveux pas quon mappelle, jai honte', ['je ne garde aucun numéro']],
    ]);
    const row = await caseOf(h);
    expect(row).toMatchObject({ priority: 'urgent', personId: null });
    // Said again after the case is filed: heard as such, and passed on to the team.
    await playTranscript(h, [["s'il vous plaît ne m'appelez pas", ["vous ne souhaitez pas d'appel"]]]);

    const other = harness();
    await playTranscript(other, [
      ['ich will mich heute nacht umbringen', [t('de', 'crisis.callback_whatsapp')]],
      ['ruft mich bitte nicht an', ['ich bewahre keine Nummer auf']],
    ]);
    expect(await caseOf(other)).toMatchObject({ priority: 'urgent', personId: null });
  });

  it('"ja" to the danger question just after the client\'s words brought the card: a short line, not the card again', async () => {
    const h = harness();
    const urgentAlerts = async () => (await database.db.select().from(outbox)).filter((r) => r.kind === 'coordinator.urgent').length;
    const before = await urgentAlerts();
    const replies = await playTranscript(h, [
      ['Hallo', []],
      ['1', []],
      ['Gerda Schmitz', []],
      ['Steuerbüro Schmitz', []],
      ['Steuerberaterin', []],
      ['diese Nummer', []],
      ['ja, er ist einverstanden', ['Gefahr']],
      ['weiß nicht genau, er hat gesagt er hat ein Seil in der Scheune', ['112', t('de', 'crisis.alerting')]],
      ['ja', [t('de', 'crisis.still_alerted'), 'Vorname']],
    ]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).not.toContain(t('de', 'crisis.alerting'));
    expect(last).not.toContain('0800 32 123');
    // The team was alerted once, at the client's words.
    expect((await urgentAlerts()) - before).toBe(1);
  });

  it('a sentinel in French reporting a client in danger gets the guidance for a third person', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Bonsoir', []],
      ['1', []],
      ['Marie Dubois', []],
      ['Fiduciaire Dubois', []],
      ['comptable', []],
      ['ce numéro', []],
      ['oui', ['danger immédiat']],
      ['oui', ['appelez le 112, même sans son accord', "restez auprès d'elle", "J'alerte l'équipe", 'prénom']],
    ]);
  });

  it.each([
    ['fr', 'Bonsoir, je voudrais de l’aide', 'demain', '0800 32 123'],
    ['nl', 'Goedenavond, ik heb hulp nodig', 'morgen', '1813'],
    ['de', 'Guten Abend, ich brauche Hilfe', 'morgen', '108'],
    ['en', 'Good evening, I need help', 'tomorrow', '1813'],
  ] as Array<[Lang, string, string, string]>)(
    'on a Sunday night every closing says an honest day and channel, and the 24/7 lines (%s)',
    async (lang, hello, monday, line) => {
      const h = harness(SUNDAY_NIGHT);
      // The first message asks for help: the help request starts at once, with the line's hours.
      const [opening] = await playTranscript(h, [[hello, [monday]]]);
      expect(opening?.join('\n')).not.toMatch(/dès que possible|zo snel mogelijk|so schnell wie möglich|as soon as possible/);
      const steps = await playTranscript(h, [
        [YES[lang], []],
        [PLAIN_NO[lang], []],
        ['Sam', []],
        ['1', []],
        ['1000', []],
        ['1', []],
        ['1', []],
        ['-', []],
        ['1', []],
        ['18:00', []],
        [YES[lang], []],
        [PLAIN_NO[lang], []],
        ['1', [/PDI-/, monday, '+3247099', line, NOBODY_READS[lang]]],
      ]);
      expect(steps.at(-1)?.join('\n')).not.toMatch(/dès que possible|zo snel mogelijk|so schnell wie möglich|as soon as possible/);
      const [tonight] = await playTranscript(h, [
        [{ fr: 'et cette nuit ?', nl: 'en vannacht?', de: 'und heute nacht?', en: 'and tonight?' }[lang], [line]],
      ]);
      expect(tonight?.join('\n')).toContain(t(lang, 'night.tonight'));
    },
  );

  it.each([
    ['fr', 'Bonsoir, je voudrais de l’aide', 'pas besoin', '0800 32 123'],
    ['nl', 'Goedenavond, ik heb hulp nodig', 'hoeft niet', '1813'],
    ['de', 'Grüezi, ich bruuch Hilf', 'nöd nötig', '108'],
    ['en', 'Good evening, I need help', 'no need', '1813'],
  ] as Array<[Lang, string, string, string]>)(
    'a person who leaves no request at night still gets the lines that answer now (%s)',
    async (lang, hello, noNeed, line) => {
      const h = harness(SUNDAY_NIGHT);
      await playTranscript(h, [
        [hello, []],
        [noNeed, [t(lang, 'night.lines'), line]],
      ]);
    },
  );

  it('a disclosure at the end of a long message is screened, and the message is stored whole', async () => {
    const h = harness();
    const long = `${'Mon restaurant perd de l’argent depuis deux ans, le loyer a doublé, les fournisseurs ne livrent plus. '.repeat(28)}Et honnêtement je pense à me pendre dans la réserve.`;
    expect(long.length).toBeGreaterThan(2_900);
    await playTranscript(h, [
      ['Bonsoir', []],
      ['2', []],
      ['oui', []],
      ['non', []],
      ['Luc', []],
      ['1', []],
      ['1000', []],
      ['1', []],
      ['1', []],
      [long, ['112', 'à quel numéro']],
      ['ce numéro', [/PDI-/, 'facultatives']],
    ]);
    const state = restoreState((await conversationOf(h))?.state);
    expect(state?.form?.answers.situation).toBe(long);
  });
});
