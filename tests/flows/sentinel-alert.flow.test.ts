import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { lookupHash } from '../../src/db/encrypted.js';
import { cases, consents, outbox, people, sentinels } from '../../src/db/schema.js';
import { t } from '../../src/i18n/index.js';
import { openTestPglite } from '../support/databases.js';
import { createHarness, type Harness } from '../support/harness.js';
import { type Exchange, playTranscript } from '../support/transcript.js';

let database: DatabaseHandle;
let h: Harness;

beforeEach(async () => {
  database = await openTestPglite();
  h = createHarness(database);
});
afterEach(async () => {
  await database.close();
});

const frenchAlert: Exchange[] = [
  ['Bonjour', ['Que souhaitez-vous faire']],
  ['1', ['Commençons par vous', 'Quel est votre nom']],
  ['Claire Dubois', ['organisation']],
  ['Fiduciaire Dubois & Fils', ['votre rôle', '1. Comptable']],
  ['comptable', ['vous joindre', 'ce numéro']],
  ['ce numéro', ['accepté d’être contactée', '1. Oui, elle est d’accord', '3. Pas encore demandé']],
  ['oui', ['danger immédiat']],
  ['non', ['prénom de la personne']],
  ['Marc', ['nom de famille', 'passer']],
  ['Lambert', ['téléphone']],
  ['0471 23 45 67', ['e-mail']],
  ['passer', ['quelle langue']],
  ['français', ['code postal']],
  ['6000', ['statut']],
  ['dirigeant', ['secteur']],
  ['7', ['signaux', '1. Difficultés financières ou faillite', 'plusieurs']],
  ['1, 2 et 4', ['contexte']],
  ['Il a perdu son plus gros client en septembre', ['meilleurs moments']],
  ['matin', ['forme de rendez-vous']],
  ['pas de préférence', ['prévenu·e']],
  [
    'oui',
    [
      'Récapitulatif',
      'Votre nom: Claire Dubois',
      'Signaux: Difficultés financières ou faillite, Épuisement, Troubles du sommeil',
      'E-mail: —',
    ],
  ],
  ['1', [/alerte est enregistrée sous la référence PDI-[A-Z2-9]{5}/, "contactera la personne d'ici demain après-midi"]],
];

/** A sentinel who gives name, organisation, role and this number, up to the consent question. */
const toConsent: Exchange[] = [
  ['Bonjour', []],
  ['1', []],
  ['Claire Dubois', []],
  ['Fiduciaire', []],
  ['1', []],
  ['ce numéro', []],
];

describe('sentinel alert (FR)', () => {
  it('runs end to end: unverified sentinel, the person with consent reported by the sentinel', async () => {
    await playTranscript(h, frenchAlert);
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({
      kind: 'sentinel_alert',
      priority: 'normal',
      region: 'wallonia',
      sector: 'other',
      activityStatus: 'company_director',
      signals: ['financial', 'exhaustion', 'sleep'],
      notifySentinel: true,
      modality: 'no_preference',
    });
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Marc', lastName: 'Lambert', phone: '+32471234567', email: null, language: 'fr' });
    const [sentinel] = await database.db.select().from(sentinels);
    expect(sentinel).toMatchObject({ name: 'Claire Dubois', role: 'accountant', phone: '+32470123456', verified: false });
    const [consent] = await database.db.select().from(consents);
    expect(consent).toMatchObject({ givenBy: 'sentinel', purpose: 'contact_by_programme' });
    const [notice] = await database.db.select().from(outbox);
    expect(notice?.payload).toMatchObject({
      kind: 'sentinel_alert',
      sentinel: 'unverified',
      region: 'wallonia',
      signals: ['financial', 'exhaustion', 'sleep'],
    });
  });

  it('re-asks specifically on a wrong answer, and never dead-ends', async () => {
    await playTranscript(h, [
      ['Bonjour', []],
      ['1', []],
      ['Claire', []],
      ['Fidu', []],
      ['9', ['laquelle de ces options', 'votre rôle']],
      ['1', []],
      ['pas de téléphone', ['numéro de téléphone', 'e-mail']],
      ['claire@fidu.be', ['accepté']],
      ['peut-être', ['laquelle de ces options']],
      ['menu', ['arrêté le formulaire', "Rien de ce que vous avez écrit n'a été gardé", 'Que souhaitez-vous faire']],
    ]);
    expect(await database.db.select().from(sentinels)).toEqual([]);
  });

  it('without consent, keeps nothing and offers a call back for advice', async () => {
    await playTranscript(h, [
      ['Bonjour', []],
      ['1', []],
      ['Claire Dubois', []],
      ['Fiduciaire', []],
      ['1', []],
      ['claire@fidu.be', []],
      ['non', ['Sans son accord', '0800/300.25', 'vous conseiller']],
      ['oui', [/référence PDI-[A-Z2-9]{5}/, 'vous rappellera']],
    ]);
    const rows = await database.db.select().from(cases);
    expect(rows.map((r) => [r.kind, r.personId])).toEqual([['sentinel_advice', null]]);
    expect(await database.db.select().from(people)).toEqual([]);
    expect(await database.db.select().from(consents)).toEqual([]);
  });

  it('consent not asked yet and no call back: nothing stored at all', async () => {
    await playTranscript(h, [
      ...toConsent,
      ['pas encore demandé', ["Il faut d'abord son accord", '24 heures', 'conseiller']],
      ['non', ["rien n'a été gardé sur la personne", 'Que souhaitez-vous faire']],
    ]);
    expect(await database.db.select().from(cases)).toEqual([]);
    expect(await database.db.select().from(sentinels)).toEqual([]);
  });

  it('consent asked later: "il est d\'accord maintenant" resumes the alert without asking the sentinel again', async () => {
    await playTranscript(h, [
      ...toConsent,
      ['pas encore demandé', ["Il faut d'abord son accord", '24 heures']],
      ['non', ['Que souhaitez-vous faire']],
      ["il est d'accord maintenant", [t('fr', 'alert.resumed'), 'danger immédiat']],
      ['non', ['prénom']],
    ]);
  });

  it('immediate danger: guidance for the sentinel and an urgent case', async () => {
    await playTranscript(h, [...toConsent, ['1', []], ['oui', ['112', 'restez auprès', '0800 32 123', 'prénom de la personne']]]);
    const early = await database.db.select().from(outbox);
    expect(early.map((r) => r.kind)).toEqual(['coordinator.urgent']);
  });

  it('greets a registered sentinel by name and skips the identity questions', async () => {
    await database.db.insert(sentinels).values({
      id: '11111111-1111-4111-8111-111111111111',
      name: 'Anne Registre',
      organisation: 'Caisse X',
      role: 'social_insurance_fund',
      phone: '+32470123456',
      phoneHash: lookupHash('+32470123456'),
      verified: true,
      createdAt: new Date(),
    });
    await playTranscript(h, [
      ['Bonjour', []],
      ['1', ['Bonjour Anne Registre', 'accepté d’être contactée']],
    ]);
  });
});

describe('sentinel alert (DE)', () => {
  it('runs end to end in German on Teams', async () => {
    await playTranscript(
      h,
      [
        ['Guten Tag', ['automatische Assistent', 'Was möchten Sie tun']],
        ['1', ['Wie heißen Sie']],
        ['Karl Schmitz', []],
        ['Sozialversicherungskasse Eupen', []],
        ['3', []],
        ['karl.schmitz@kasse.be', ['einverstanden']],
        ['ja', ['Gefahr']],
        ['nein', ['Vorname']],
        ['Peter', []],
        ['überspringen', []],
        ['+32 87 12 34 56', []],
        ['überspringen', []],
        ['deutsch', []],
        ['4700', []],
        ['1', []],
        ['landwirtschaft', []],
        ['3 und 5', []],
        ['überspringen', []],
        ['abends', []],
        ['2', []],
        ['nein', ['Zusammenfassung', '4700']],
        ['ja', [/PDI-[A-Z2-9]{5}/]],
      ],
      { channel: 'teams', userId: 'aad-karl', locale: 'de-BE' },
    );
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({
      kind: 'sentinel_alert',
      language: 'de',
      region: 'german_community',
      sector: 'agriculture',
      signals: ['isolation', 'substance'],
      modality: 'in_person',
    });
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Peter', lastName: null, phone: '+3287123456' });
  });
});

describe('sentinel alert (EN)', () => {
  it('runs end to end in English', async () => {
    await playTranscript(h, [
      ['Hello', ['automatic assistant', 'What would you like to do']],
      ['raise an alert', []],
      ['Sam Court', []],
      ['Enterprise court of Brussels', []],
      ['2', []],
      ['this number', []],
      ['yes', []],
      ['no', []],
      ['Alex', []],
      ['skip', []],
      ['+32 2 555 12 34', []],
      ['alex@example.com', []],
      ['english', []],
      ['1050', []],
      ['main', []],
      ['services', []],
      ['6', []],
      ['skip', []],
      ['afternoons', []],
      ['video', []],
      ['no', ['Summary', 'Dark thoughts']],
      ['send', [/PDI-[A-Z2-9]{5}/]],
    ]);
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({ language: 'en', region: 'brussels', signals: ['dark_thoughts'] });
    const [sentinel] = await database.db.select().from(sentinels);
    expect(sentinel).toMatchObject({ role: 'enterprise_court', phone: '+32470123456' });
  });
});
