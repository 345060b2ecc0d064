import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CaseNotFoundError,
  listPsychologistProfiles,
  matchingPsychologists,
  type PsychologistRow,
  upsertPsychologists,
} from '../../src/cases/psychologists.repository.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { cases, people, psychologists } from '../../src/db/schema.js';
import { testDatabases } from '../support/databases.js';

const NOW = new Date('2025-03-10T09:00:00Z');
const ids = { uuid: () => randomUUID() };

function row(name: string, overrides: Partial<PsychologistRow> = {}): PsychologistRow {
  return {
    name,
    languages: ['fr'],
    regions: ['brussels'],
    postalCodes: [],
    modalities: ['video', 'in_person'],
    capacity: 2,
    contact: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`,
    ...overrides,
  };
}

describe.each(testDatabases)('psychologists repository ($name)', (target) => {
  let handle: DatabaseHandle;
  let refCounter = 0;

  beforeEach(async () => {
    handle = await target.open();
  });

  afterEach(async () => {
    await handle.close();
  });

  async function psychologistId(name: string): Promise<string> {
    const [found] = await handle.db.select({ id: psychologists.id }).from(psychologists).where(eq(psychologists.name, name));
    if (!found) throw new Error(`no psychologist ${name}`);
    return found.id;
  }

  async function seedCase(fields: {
    status?: string;
    psychologistId?: string | null;
    language?: string;
    region?: string | null;
    modality?: string | null;
    postalCode?: string | null;
  }): Promise<string> {
    const personId = randomUUID();
    await handle.db
      .insert(people)
      .values({ id: personId, language: fields.language ?? 'fr', postalCode: fields.postalCode ?? null, createdAt: NOW });
    const id = randomUUID();
    await handle.db.insert(cases).values({
      id,
      reference: `T-${++refCounter}`,
      kind: 'help_request',
      priority: 'normal',
      status: fields.status ?? 'new',
      sourceChannel: 'console',
      personId,
      language: fields.language ?? 'fr',
      region: fields.region ?? null,
      modality: fields.modality ?? null,
      maxSessions: 4,
      psychologistId: fields.psychologistId ?? null,
      createdAt: NOW,
    });
    return id;
  }

  it('inserts, then updates on a second import: no duplicates, names compared without case', async () => {
    const first = await handle.db.transaction((tx) => upsertPsychologists(tx, [row('Anne Exemple'), row('Élodie Test')], ids, NOW));
    expect(first).toEqual({ inserted: 2, updated: 0 });
    const anneId = await psychologistId('Anne Exemple');

    const second = await handle.db.transaction((tx) =>
      upsertPsychologists(
        tx,
        [row('anne exemple', { capacity: 7, languages: ['fr', 'nl'] }), row('ÉLODIE TEST'), row('Bram Voorbeeld')],
        ids,
        NOW,
      ),
    );
    expect(second).toEqual({ inserted: 1, updated: 2 });

    const all = await handle.db.select().from(psychologists);
    expect(all.map((p) => p.name).sort()).toEqual(['Bram Voorbeeld', 'anne exemple', 'ÉLODIE TEST'].sort());
    const anne = all.find((p) => p.id === anneId);
    expect(anne).toMatchObject({ name: 'anne exemple', capacity: 7, languages: ['fr', 'nl'], active: true });

    const third = await upsertPsychologists(handle.db, [row('Anne Exemple')], ids, NOW);
    expect(third).toEqual({ inserted: 0, updated: 1 });
    expect(await handle.db.$count(psychologists)).toBe(3);
  });

  it('leaves a deactivated psychologist inactive when the list is imported again', async () => {
    await upsertPsychologists(handle.db, [row('Anne Exemple')], ids, NOW);
    await handle.db.update(psychologists).set({ active: false });
    await upsertPsychologists(handle.db, [row('Anne Exemple')], ids, NOW);
    const [profile] = await listPsychologistProfiles(handle.db);
    expect(profile?.active).toBe(false);
  });

  it('counts the cases in care as taken seats; other statuses do not count, closing frees the seat', async () => {
    await upsertPsychologists(handle.db, [row('Anne Exemple', { capacity: 3 }), row('Bram Voorbeeld')], ids, NOW);
    const anne = await psychologistId('Anne Exemple');
    const bram = await psychologistId('Bram Voorbeeld');
    const inCare1 = await seedCase({ status: 'in_care', psychologistId: anne });
    await seedCase({ status: 'in_care', psychologistId: anne });
    await seedCase({ status: 'in_care', psychologistId: bram });
    await seedCase({ status: 'claimed', psychologistId: anne });
    await seedCase({ status: 'closed', psychologistId: anne });
    await seedCase({ status: 'in_care', psychologistId: null });

    const load = async () => Object.fromEntries((await listPsychologistProfiles(handle.db)).map((p) => [p.name, p.activeCases]));
    expect(await load()).toEqual({ 'Anne Exemple': 2, 'Bram Voorbeeld': 1 });

    await handle.db.update(cases).set({ status: 'closed', closingReason: 'completed', closedAt: NOW }).where(eq(cases.id, inCare1));
    expect(await load()).toEqual({ 'Anne Exemple': 1, 'Bram Voorbeeld': 1 });
  });

  it('lists profiles without contact details', async () => {
    await upsertPsychologists(handle.db, [row('Anne Exemple', { postalCodes: ['1050'] })], ids, NOW);
    const [profile] = await listPsychologistProfiles(handle.db);
    expect(profile).toEqual({
      id: await psychologistId('Anne Exemple'),
      name: 'Anne Exemple',
      languages: ['fr'],
      regions: ['brussels'],
      postalCodes: ['1050'],
      modalities: ['video', 'in_person'],
      capacity: 2,
      activeCases: 0,
      active: true,
    });
  });

  it('matches a stored case with its person’s postal code, best first, leaving out a full psychologist', async () => {
    await upsertPsychologists(
      handle.db,
      [
        row('Anne Exemple'),
        row('Bram Voorbeeld', { languages: ['nl'] }),
        row('Claire Fictive', { regions: ['wallonia', 'brussels'], postalCodes: ['1050'] }),
        row('Dieter Beispiel', { regions: ['german_community'], modalities: ['video'] }),
        row('Full Psy', { capacity: 1 }),
      ],
      ids,
      NOW,
    );
    await seedCase({ status: 'in_care', psychologistId: await psychologistId('Full Psy') });

    const inPerson = await seedCase({ language: 'fr', region: 'brussels', modality: 'in_person', postalCode: '1050' });
    const matches = await matchingPsychologists(handle.db, inPerson);
    expect(matches.map((m) => [m.psychologist.name, m.reasons])).toEqual([
      ['Claire Fictive', ['postal_code', 'region', 'language', 'modality']],
      ['Anne Exemple', ['region', 'language', 'modality']],
    ]);

    const video = await seedCase({ language: 'fr', region: 'brussels', modality: 'video', postalCode: '1050' });
    expect((await matchingPsychologists(handle.db, video)).map((m) => m.psychologist.name)).toEqual([
      'Claire Fictive',
      'Anne Exemple',
      'Dieter Beispiel',
    ]);
  });

  it('refuses an unknown case', async () => {
    await expect(matchingPsychologists(handle.db, randomUUID())).rejects.toBeInstanceOf(CaseNotFoundError);
  });
});
