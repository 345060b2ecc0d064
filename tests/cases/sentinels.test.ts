import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSentinelsCsv, registerSentinel } from '../../src/cases/sentinels.repository.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, sentinels } from '../../src/db/schema.js';
import { testDatabases } from '../support/databases.js';
import { createHarness, sequentialIds } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

describe('sentinels CSV', () => {
  it('reads the registry format and reports bad rows by line, keeping the good ones', () => {
    const { rows, errors } = parseSentinelsCsv(
      [
        'name,organisation,role,whatsapp,teams_id,email,training_date',
        'Anne Exemple,Fiduciaire,accountant,0470 00 01 01,,anne@example.org,2026-10-14',
        'Bart,Rechtbank,enterprise_court,,aad-bart,,',
        ',Nowhere,accountant,0470000102,,,',
        'Carl,X,astronaut,0470000103,,,',
        'Dora,Y,other,,,,',
      ].join('\n'),
    );
    expect(rows.map((r) => [r.name, r.role, r.phone, r.teamsId])).toEqual([
      ['Anne Exemple', 'accountant', '+32470000101', null],
      ['Bart', 'enterprise_court', null, 'aad-bart'],
    ]);
    expect(errors).toEqual([
      expect.stringMatching(/^line 4: name is empty/),
      expect.stringMatching(/^line 5: role must be one of/),
      expect.stringMatching(/^line 6: give a WhatsApp number or a Teams id/),
    ]);
  });
});

describe.each(testDatabases)('sentinel registry on $name', (kind) => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await kind.open();
    const ids = sequentialIds(900);
    await registerSentinel(
      database.db,
      {
        name: 'Anne Exemple',
        organisation: 'Fiduciaire',
        role: 'accountant',
        phone: '+32470000101',
        teamsId: null,
        email: null,
        trainedOn: null,
      },
      ids,
      new Date(),
    );
    await registerSentinel(
      database.db,
      {
        name: 'Bart Voorbeeld',
        organisation: 'Rechtbank',
        role: 'enterprise_court',
        phone: null,
        teamsId: 'aad-bart',
        email: null,
        trainedOn: null,
      },
      ids,
      new Date(),
    );
  });
  afterEach(async () => {
    await database.close();
  });

  it('recognises a registered sentinel on WhatsApp: greeted by name, no identity questions, verified on the case', async () => {
    const h = createHarness(database, { userId: '+32470000101' });
    await playTranscript(h, [
      ['Bonjour', []],
      ['1', ['Bonjour Anne Exemple', 'accepté d’être contactée']],
    ]);
  });

  it('recognises a registered sentinel on Teams by their Teams id', async () => {
    const h = createHarness(database, { channel: 'teams', userId: 'aad-bart' });
    await playTranscript(h, [
      ['Goedemorgen, ik ben boekhouder', []],
      ['1', ['Bart Voorbeeld', 'akkoord dat het programma contact opneemt']],
      ['nee', []],
      ['ja', ['referentie PDI-']],
    ]);
    const [row] = await database.db.select().from(cases);
    expect(row?.kind).toBe('sentinel_advice');
    const registry = await database.db.select().from(sentinels);
    expect(registry).toHaveLength(2);
  });

  it('importing the same sentinel again updates the entry, never duplicates it', async () => {
    await registerSentinel(
      database.db,
      {
        name: 'Anne E.',
        organisation: 'Fiduciaire 2',
        role: 'accountant',
        phone: '+32470000101',
        teamsId: null,
        email: 'anne@example.org',
        trainedOn: null,
      },
      sequentialIds(901),
      new Date(),
    );
    const rows = await database.db.select().from(sentinels);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.phone === '+32470000101')).toMatchObject({ name: 'Anne E.', organisation: 'Fiduciaire 2', verified: true });
  });
});
