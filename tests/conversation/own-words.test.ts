/**
 * Issue 19, "more found by playing every flow", on PGlite and PostgreSQL: a
 * correction said at the summary goes straight to that answer; a phone and
 * an e-mail in one answer are both kept; the best time to call given in the
 * situation is not asked again; a name given with a language remark is kept
 * through the switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { t } from '../../src/i18n/index.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, type Harness, TUESDAY_EVENING } from '../support/harness.js';
import { type Exchange, playTranscript } from '../support/transcript.js';

const ORG = "Un pass dans l'impasse";

describe.each(testDatabases)('answers in their own words on $name', (kind) => {
  let database: DatabaseHandle;
  let users = 0;
  const harness = (channel?: 'teams'): Harness =>
    createHarness(database, { now: TUESDAY_EVENING, userId: `+3247066${String(++users).padStart(4, '0')}`, channel });

  beforeAll(async () => {
    database = await kind.open();
  });
  afterAll(async () => {
    await database.close();
  });

  /** A French sentinel alert up to the client's phone number. */
  const toPersonPhone: Exchange[] = [
    ['Bonsoir', [t('fr', 'menu.prompt')]],
    ['1', [t('fr', 'alert.sentinel_name')]],
    ['Claire Dumont', [t('fr', 'alert.sentinel_organisation')]],
    ['Fiduciaire Dumont', [t('fr', 'alert.sentinel_role')]],
    ['comptable', [t('fr', 'alert.sentinel_contact_whatsapp')]],
    ['ce numéro', [t('fr', 'alert.consent')]],
    ['oui', [t('fr', 'alert.danger')]],
    ['non', [t('fr', 'alert.person_first_name')]],
    ['Marc', [t('fr', 'alert.person_last_name')]],
    ['Dubois', [t('fr', 'alert.person_phone')]],
  ];

  it('a sentinel gives phone and e-mail in one answer, the moments in the context, and corrects the name at the summary', async () => {
    const h = harness();
    const steps = await playTranscript(h, [
      ...toPersonPhone,
      [
        '0470 11 22 33 et marc.dubois@example.be',
        [t('fr', 'notice.also', { label: t('fr', 'summary.email'), value: 'marc.dubois@example.be' }), t('fr', 'alert.person_language')],
      ],
      ['en français', [t('fr', 'alert.person_postal_code')]],
      ['5000', [t('fr', 'alert.person_activity_status')]],
      ['indépendant à titre principal', [t('fr', 'alert.person_sector')]],
      ['il a une boulangerie', [t('fr', 'alert.signals')]],
      ['épuisement', [t('fr', 'alert.context')]],
      [
        "il ouvre à 6h et ferme tard. Joignable plutôt en début d'après-midi",
        [
          t('fr', 'notice.also', { label: t('fr', 'summary.moments'), value: "Joignable plutôt en début d'après-midi" }),
          t('fr', 'alert.modality'),
        ],
      ],
      ['pas de préférence', [t('fr', 'alert.notify_sentinel')]],
      ['non', [t('fr', 'confirm.prompt'), 'Dubois', '+32470112233']],
      ["non le nom c'est faux, c'est Benali", [t('fr', 'confirm.prompt'), 'Benali']],
      ['oui', [/PDI-[A-Z2-9]{5}/]],
    ]);
    // Not asked: the e-mail, the moments, or which of the eighteen answers to correct.
    const said = steps.flat().join('\n');
    expect(said).not.toContain(t('fr', 'alert.person_email'));
    expect(said).not.toContain(t('fr', 'alert.moments'));
    expect(said).not.toContain(t('fr', 'confirm.which'));
    expect(steps[steps.length - 2]?.join('\n')).not.toContain('Dubois');
  });

  it('a correction without the new value goes straight to that question, then back to the summary', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Goedenavond', [t('nl', 'menu.prompt')]],
      ['ik heb hulp nodig', [t('nl', 'help.leave_request')]],
      ['ja', [t('nl', 'help.safety_question')]],
      ['nee', [t('nl', 'help.first_name')]],
      ['Lotte', [t('nl', 'help.contact_method')]],
      ['ander nummer', [t('nl', 'help.phone')]],
      ['0470 12 34 56', [t('nl', 'ask.postal_code')]],
      ['9000', [t('nl', 'ask.activity_status')]],
      ['hoofdberoep', [t('nl', 'ask.sector')]],
      ['kleinhandel', [t('nl', 'help.situation')]],
      ['de winkel loopt niet meer', [t('nl', 'ask.modality')]],
      ['maakt niet uit', [t('nl', 'help.moments')]],
      ['na 18u', [t('nl', 'help.consent', { org: ORG })]],
      ['ja', [t('nl', 'help.survey')]],
      ['nee', [t('nl', 'confirm.prompt'), '+32470123456']],
      ['het nummer klopt niet', [t('nl', 'help.phone')]],
      ['0470 65 43 21', [t('nl', 'confirm.prompt'), '+32470654321']],
      ['de postcode moet 9050 zijn', [t('nl', 'confirm.prompt'), '9050']],
    ]);
  });

  it('German and English corrections with the value in the same message', async () => {
    await playTranscript(harness(), [
      ['Guten Abend', [t('de', 'menu.prompt')]],
      ['ich brauche Hilfe', [t('de', 'help.leave_request')]],
      ['ja', [t('de', 'help.safety_question')]],
      ['nein', [t('de', 'help.first_name')]],
      ['Jonas', [t('de', 'help.contact_method')]],
      ['per Mail', [t('de', 'help.email')]],
      ['jonas@example.be', [t('de', 'ask.postal_code')]],
      ['4800', [t('de', 'ask.activity_status')]],
      ['hauptberuflich', [t('de', 'ask.sector')]],
      ['Schreinerei', [t('de', 'help.situation')]],
      ['überspringen', [t('de', 'ask.modality')]],
      ['egal', [t('de', 'help.consent', { org: ORG })]],
      ['ja', [t('de', 'help.survey')]],
      ['nein', [t('de', 'confirm.prompt'), '4800']],
      ['die PLZ ist falsch: 4700', [t('de', 'confirm.prompt'), '4700']],
      ['die mail stimmt nicht, sie ist jonas.k@example.be', [t('de', 'confirm.prompt'), 'jonas.k@example.be']],
      ['ja', [/PDI-[A-Z2-9]{5}/]],
    ]);
    await playTranscript(harness('teams'), [
      ['hi there', [t('en', 'menu.prompt')]],
      ['i need some help for myself', [t('en', 'help.leave_request')]],
      ['yes', [t('en', 'help.safety_question')]],
      ['no', [t('en', 'help.first_name')]],
      ['Sam', [t('en', 'help.contact_method')]],
      ['email', [t('en', 'help.email')]],
      ['sam@example.com', [t('en', 'ask.postal_code')]],
      ['1050', [t('en', 'ask.activity_status')]],
      ['main job', [t('en', 'ask.sector')]],
      ['services', [t('en', 'help.situation')]],
      ['skip', [t('en', 'ask.modality')]],
      ['video', [t('en', 'help.consent', { org: ORG })]],
      ['yes', [t('en', 'help.survey')]],
      ['no', [t('en', 'confirm.prompt')]],
      ["wrong email, it's sam.p@example.com", [t('en', 'confirm.prompt'), 'sam.p@example.com']],
    ]);
  });

  it('the best time to call said in the situation is not asked again', async () => {
    const steps = await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ["j'ai besoin d'aide pour moi", [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['Nadia', [t('fr', 'help.contact_method')]],
      ['ce numéro', [t('fr', 'ask.postal_code')]],
      ['1000', [t('fr', 'ask.activity_status')]],
      ['principal', [t('fr', 'ask.sector')]],
      ['horeca', [t('fr', 'help.situation')]],
      [
        'le resto ne tourne plus et je dors plus. Appelez-moi plutôt le matin svp',
        [t('fr', 'notice.also', { label: t('fr', 'summary.moments'), value: 'Appelez-moi plutôt le matin svp' }), t('fr', 'ask.modality')],
      ],
      ['en visio', [t('fr', 'help.consent', { org: ORG })]],
    ]);
    expect(steps.flat().join('\n')).not.toContain(t('fr', 'help.moments'));
  });

  it('a name given with a language remark is kept through the switch', async () => {
    const [, , , , named] = await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['Pieter, maar ik spreek eigenlijk liever Nederlands', [t('nl', 'language.changed'), t('nl', 'help.contact_method')]],
      ['dit nummer', [t('nl', 'ask.postal_code')]],
    ]);
    expect(named?.join('\n')).not.toContain(t('nl', 'help.first_name'));
  });

  it('the global commands in natural phrasing: a stop mid-form is asked once, a wish to be called starts the call-back', async () => {
    const h = harness();
    await playTranscript(h, [
      ['Goeienavond', [t('nl', 'menu.prompt')]],
      ['ik zoek hulp voor mezelf', [t('nl', 'help.leave_request')]],
      ['ja', [t('nl', 'help.safety_question')]],
      ['nee', [t('nl', 'help.first_name')]],
      ['laat maar, da formulier is te lang', [t('nl', 'stop.confirm')]],
      // "nee" to stopping: the question again, with nothing lost.
      ['nee', [t('nl', 'help.first_name')]],
      ['Wout', [t('nl', 'help.contact_method')]],
      ['allez, vergeet het maar', [t('nl', 'stop.confirm')]],
      ['ja', [t('nl', 'form.cancelled'), t('nl', 'menu.prompt')]],
    ]);
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['jai besoin daide', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ["écrire c'est dur pour moi, quelqu'un peut me rappeler ?", [t('fr', 'callback.ask_whatsapp')]],
      ['ce numéro', [/PDI-[A-Z2-9]{5}/]],
    ]);
  });

  it('asking for a person, for help, for another language or to start over, in German and English', async () => {
    await playTranscript(harness(), [
      ['Grüezi', [t('de', 'menu.prompt')]],
      ['ich mache mir Sorgen um einen Kunden', [t('de', 'alert.sentinel_name')]],
      [
        'i möcht lieber mit am echten Menschen reden',
        [t('de', 'back.person', { sessions: '6', hotline: '0800/300.25', org: ORG }).slice(0, 30), t('de', 'alert.sentinel_name')],
      ],
      ['wie funktioniert das hier?', [t('de', 'help_text').slice(0, 30), t('de', 'alert.sentinel_name')]],
      ['kann ich die Sprache wechseln?', [t('de', 'language.prompt')]],
    ]);
    await playTranscript(harness('teams'), [
      ['hello', [t('en', 'menu.prompt')]],
      ['i need help', [t('en', 'help.leave_request')]],
      ['yes', [t('en', 'help.safety_question')]],
      ['no', [t('en', 'help.first_name')]],
      ['ugh i messed up, can we start over?', [t('en', 'stop.confirm')]],
      ['yes', [t('en', 'form.stopped'), t('en', 'menu.prompt')]],
    ]);
  });

  it('"c\'est urgent" in what is going on: the card, and the words are kept as the answer', async () => {
    const steps = await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['oui', [t('fr', 'help.safety_question')]],
      ['non', [t('fr', 'help.first_name')]],
      ['Nadia', [t('fr', 'help.contact_method')]],
      ['ce numéro', [t('fr', 'ask.postal_code')]],
      ['1000', [t('fr', 'ask.activity_status')]],
      ['principal', [t('fr', 'ask.sector')]],
      ['commerce', [t('fr', 'help.situation')]],
      ["c'est urgent, l'huissier passe demain matin pour saisir le stock", [t('fr', 'crisis.emergency'), t('fr', 'ask.modality')]],
    ]);
    expect(steps[steps.length - 1]?.join('\n')).not.toContain(t('fr', 'help.situation'));
  });

  it('a command word with a typo is still the command, as the intents eval reads it', async () => {
    await playTranscript(harness(), [
      ['Bonsoir', [t('fr', 'menu.prompt')]],
      ['supprimer mes donées', [t('fr', 'erase.confirm')]],
      ['non', [t('fr', 'menu.prompt')]],
      ['2', [t('fr', 'help.leave_request')]],
      ['cancle', [t('fr', 'form.cancelled'), t('fr', 'menu.prompt')]],
    ]);
  });
  it.each([
    ['fr', 'Bonsoir', 'oui', 'non', 'appelez-moi juste Lou'],
    ['nl', 'Goeiedag', 'ja', 'nee', 'noem me maar Jo'],
    ['de', 'Guten Abend', 'ja', 'nein', 'nennen Sie mich einfach Sepp'],
    ['en', 'Hello', 'yes', 'no', 'just call me Robbie'],
  ] as const)('in %s, "call me <name>" at the first name is the name, not a call asked for', async (lang, hello, yes, no, said) => {
    const h = harness();
    await playTranscript(h, [
      [hello, [t(lang, 'menu.prompt')]],
      ['2', [t(lang, 'help.leave_request')]],
      [yes, [t(lang, 'help.safety_question')]],
      [no, [t(lang, 'help.first_name')]],
      [said, [t(lang, 'help.contact_method')]],
    ]);
  });
  it.each([
    ['fr', 'Bonsoir', 'oui', 'non', 'par téléphone', 'ce numéro'],
    ['nl', 'Goeiedag', 'ja', 'nee', 'per telefoon', 'dit nummer'],
    ['de', 'Guten Abend', 'ja', 'nein', 'telefonisch', 'diese Nummer'],
    ['en', 'Hello', 'yes', 'no', 'by phone', 'this number'],
  ] as const)(
    'in %s, "this number" at "which number?" on WhatsApp is the number they write from',
    async (lang, hello, yes, no, phone, thisOne) => {
      const h = harness();
      const steps = await playTranscript(h, [
        [hello, [t(lang, 'menu.prompt')]],
        ['2', [t(lang, 'help.leave_request')]],
        [yes, [t(lang, 'help.safety_question')]],
        [no, [t(lang, 'help.first_name')]],
        ['Sam', [t(lang, 'help.contact_method')]],
      ]);
      expect(steps.length).toBe(5);
      // "by phone" on WhatsApp names no number: which one is asked, and "this number" is the one they write from.
      expect((await h.say(phone)).join('\n')).toContain(t(lang, 'help.phone'));
      expect((await h.say(thisOne)).join('\n')).toContain(t(lang, 'ask.postal_code'));
    },
  );
});
