import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, consents, outbox, people } from '../../src/db/schema.js';
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

const frenchHelpRequest: Exchange[] = [
  [
    'Bonsoir',
    [
      'assistant automatique',
      "Un pass dans l'impasse",
      'Que souhaitez-vous faire',
      '1. Lancer une alerte',
      "2. Demander de l'aide pour moi",
    ],
  ],
  ['2', ["fermée pour l'instant", 'demain à 8h30', 'laisser une demande']],
  ['oui', ['danger immédiat']],
  ['non', ['Quel prénom']],
  ['Sophie', ['Comment pouvons-nous vous joindre', '1. Ce numéro WhatsApp', '2. Un autre numéro', '3. Par e-mail']],
  ['1', ['code postal']],
  ['B-5000', ['Quel est votre statut', '1. Indépendant·e à titre principal']],
  ['principal', ['secteur']],
  ['Horeca', ['que se passe-t-il', 'passer']],
  ['Mon restaurant va fermer, je ne dors plus', ['rencontrer le ou la psychologue']],
  ['en visio', ['meilleurs moments']],
  ['le soir après 19h', ['garder ces informations', 'supprimer mes données']],
  ['ouais', ['enquête universitaire']],
  [
    'non',
    [
      'Récapitulatif',
      'Prénom: Sophie',
      'Code postal: 5000 (Wallonie)',
      'Secteur: Horeca',
      'Rendez-vous: En visio',
      'Tout est correct',
      '1. Envoyer',
    ],
  ],
  [
    '1',
    [
      /référence PDI-[A-Z2-9]{5}/,
      "vous appellera au +32470123456 d'ici demain après-midi",
      'psychologue',
      'jour et nuit',
      'avant demain à 8h30',
    ],
  ],
];

describe('help request (FR)', () => {
  it('runs end to end: case stored with consent, coordinators notified', async () => {
    await playTranscript(h, frenchHelpRequest);
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({
      kind: 'help_request',
      priority: 'normal',
      status: 'new',
      region: 'wallonia',
      sector: 'horeca',
      language: 'fr',
      modality: 'video',
    });
    expect(row?.reference).toMatch(/^PDI-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}$/);
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Sophie', phone: '+32470123456', email: null, postalCode: '5000' });
    const consentRows = await database.db
      .select()
      .from(consents)
      .where(eq(consents.caseId, row?.id ?? ''));
    expect(consentRows.map((c) => [c.purpose, c.givenBy, c.channel])).toEqual([['support', 'self', 'whatsapp']]);
    const notices = (await database.db.select().from(outbox)).filter((n) => n.kind !== 'coordinator.escalate');
    expect(notices.map((n) => n.kind)).toEqual(['coordinator.new_case']);
    expect(JSON.stringify(notices[0]?.payload)).not.toMatch(/Sophie|470123456|restaurant/);
  });

  it('lets the person correct an answer from the summary, asking what the change opens up', async () => {
    await playTranscript(h, frenchHelpRequest.slice(0, -1));
    await playTranscript(h, [
      ['Corriger une réponse', ['Quelle réponse', 'Contact']],
      ['Contact', ['Comment pouvons-nous vous joindre']],
      ['3', ['adresse e-mail']],
      ['sophie@exemple', ['ne semble pas valide']],
      ['Sophie@Exemple.BE', ['Récapitulatif', 'E-mail: Sophie@exemple.be']],
      ['envoyer', [/PDI-/]],
    ]);
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ email: 'Sophie@exemple.be', phone: null });
  });

  it('when the person is in danger: the card at once, coordinators alerted, the urgent case filed as soon as there is a number', async () => {
    await playTranscript(h, [
      ['bonjour', ['Que souhaitez-vous faire']],
      ["demander de l'aide pour moi", ['laisser une demande']],
      ['oui', ['danger immédiat']],
      ['oui', ['0800 32 123', '107', '112', "J'alerte l'équipe", 'un prénom et un moyen de vous joindre', 'Quel prénom']],
    ]);
    const early = await database.db.select().from(outbox);
    expect(early.map((r) => [r.kind, r.priority])).toEqual([['coordinator.urgent', 'urgent']]);
    expect(JSON.stringify(early[0]?.payload)).toMatch(/CNV-/);
    // The form shrinks to a first name and a way to be reached: the case is filed then, the rest is optional.
    await playTranscript(h, [
      ['Marc', []],
      ['2', ['numéro']],
      [
        '0470/98.76.54',
        [/PDI-[A-Z2-9]{5}/, 'vous appellera au +32470987654', "demain matin, dès l'ouverture", 'facultatives', 'code postal', 'passer'],
      ],
    ]);
    const [filed] = await database.db.select().from(cases);
    expect(filed).toMatchObject({ priority: 'urgent', immediateDanger: true, crisisFamily: 'suicide_intent' });
    expect((await database.db.select().from(consents)).map((c) => c.purpose)).toEqual(['crisis_callback']);
    await playTranscript(h, [
      ['1000', []],
      ['1', []],
      ['6', []],
      ['passer', []],
      ['4', []],
      ['quand vous voulez', []],
      ['oui', ['Récapitulatif', 'Danger immédiat: Oui']],
      ['oui', [filed?.reference ?? 'PDI-', "j'ai ajouté ces informations", 'jour et nuit']],
    ]);
    const rows = await database.db.select().from(cases);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ priority: 'urgent', region: 'brussels', sector: 'services', context: null });
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Marc', phone: '+32470987654', postalCode: '1000' });
    expect((await database.db.select().from(consents)).map((c) => c.purpose).sort()).toEqual(['crisis_callback', 'support']);
  });

  it('a crisis message at the menu leads to the crisis path, not back to the menu', async () => {
    const steps = await playTranscript(h, [
      ['Bonsoir', []],
      ['je suis à bout, je veux en finir', ['0800 32 123', "J'alerte l'équipe", 'à quel numéro', 'ce numéro']],
      ['ce numéro', [/PDI-[A-Z2-9]{5}/, 'vous appellera au +32470123456', "dès l'ouverture", 'jour et nuit']],
      ['je vais essayer de dormir un peu', ['ajouté à votre dossier']],
      // Thanks after the case: a short line, nothing relayed for the team to read.
      ['merci', ['Avec plaisir', 'Personne ne lit ce chat']],
    ]);
    for (const replies of steps.slice(1)) expect(replies.join('\n')).not.toContain('Que souhaitez-vous faire');
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({ priority: 'urgent', crisisFamily: 'suicide_intent', kind: 'help_request' });
    const notices = (await database.db.select().from(outbox)).filter((r) => r.kind !== 'coordinator.escalate');
    expect(notices.map((r) => [r.kind, r.priority])).toEqual([
      ['coordinator.urgent', 'urgent'],
      ['coordinator.new_case', 'urgent'],
      ['coordinator.relay', 'normal'],
    ]);
    expect(notices[0]?.payload).toMatchObject({ reason: 'lexicon', family: 'suicide_intent' });
    expect(JSON.stringify(notices[0]?.payload)).not.toMatch(/finir|bout/);
  });

  it('says the line is open during hotline hours, with the number', async () => {
    h.clock.set('2026-11-24T10:00:00+01:00');
    await playTranscript(h, [
      ['bonjour', []],
      ['2', ['ouverte maintenant', '0800/300.25']],
    ]);
  });
});

const dutchHelpRequest: Exchange[] = [
  // The first message says what they want: the help request starts without the menu.
  ['Goedenavond, ik heb hulp nodig', ['automatische assistent', 'gesloten', 'laten']],
  ['ja', ['gevaar']],
  ['nee', ['voornaam']],
  ['Jan', ['bereiken']],
  ['e-mail', ['e-mailadres']],
  ['jan.peeters@voorbeeld.be', ['postcode']],
  ['9000', ['statuut']],
  ['bijberoep', ['sector']],
  ['bouw', ['aan de hand', 'overslaan']],
  ['overslaan', []],
  ['telefonisch', []],
  ['na 18 uur', ['bewaren']],
  ['ja hoor', ['enquête']],
  ['ja', ['Overzicht', 'Jan', '9000 (Vlaanderen)']],
  ['1', [/PDI-[A-Z2-9]{5}/]],
];

describe('help request (NL)', () => {
  it('runs end to end in Dutch', async () => {
    await playTranscript(h, dutchHelpRequest, { channel: 'teams', userId: 'aad-jan' });
    const [row] = await database.db.select().from(cases);
    expect(row).toMatchObject({
      kind: 'help_request',
      language: 'nl',
      region: 'flanders',
      sector: 'construction',
      activityStatus: 'complementary',
      surveyOptIn: true,
      sourceChannel: 'teams',
    });
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Jan', email: 'jan.peeters@voorbeeld.be', phone: null });
    const purposes = (await database.db.select().from(consents)).map((c) => c.purpose).sort();
    expect(purposes).toEqual(['evaluation_survey', 'support']);
  });
});
