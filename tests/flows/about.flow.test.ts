import { afterAll, beforeAll, describe, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { openTestPglite } from '../support/databases.js';
import { createHarness } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestPglite();
});
afterAll(async () => {
  await database.close();
});

describe('about the service', () => {
  it('says what it offers, the hours, and that the line is closed on a Sunday night (FR)', async () => {
    const h = createHarness(database, { now: '2026-11-22T22:00:00+01:00', userId: '+32470000001' });
    await playTranscript(h, [
      ['salut', []],
      ['À propos', ['4 séances gratuites', 'du lundi au vendredi de 8h30 à 17h00', 'fermée', 'demain à 8h30', 'Que souhaitez-vous faire']],
    ]);
  });

  it('says the line is open on a weekday morning (NL)', async () => {
    const h = createHarness(database, { now: '2026-11-24T10:00:00+01:00', userId: '+32470000002' });
    await playTranscript(h, [
      ['hallo, ik ben een zelfstandige', ['Wat wilt u doen']],
      ['4', ['van maandag tot vrijdag', '0800/300.25']],
    ]);
  });

  it('on Easter Monday, the line is closed and reopens on Tuesday (EN)', async () => {
    const h = createHarness(database, { now: '2027-03-29T10:00:00+02:00', userId: '+32470000003' });
    await playTranscript(h, [
      ['hello', []],
      ['about', ['closed', 'tomorrow at 8:30']],
    ]);
  });
});

describe('commands at any point', () => {
  it('help, urgent, language and cancel work mid-form and in every language', async () => {
    const h = createHarness(database, { userId: '+32470000004' });
    await playTranscript(h, [
      ['bonjour', []],
      ['2', []],
      ['aide', ['« menu »', '« annuler »', 'laisser une demande']],
      ['urgence', ['0800 32 123', '112', 'laisser une demande']],
      ['taal', ['quelle langue', '2. Nederlands']],
      ['Nederlands', ['Nederlands', 'aanvraag']],
      ['ja', ['gevaar']],
      ['hilfe', ['menu']],
      ['STOP', ['geannuleerd', 'Wat wilt u doen']],
      ['cancel', ['Wat wilt u doen']],
    ]);
  });
});
