import { describe, expect, it } from 'vitest';
import { type MatchableCase, matchPsychologists, type PsychologistProfile } from '../../src/cases/matching.js';

function psy(id: string, overrides: Partial<PsychologistProfile> = {}): PsychologistProfile {
  return {
    id,
    name: `Psy ${id}`,
    languages: ['fr'],
    regions: ['brussels'],
    postalCodes: [],
    modalities: ['video', 'in_person', 'phone'],
    capacity: 4,
    activeCases: 0,
    active: true,
    ...overrides,
  };
}

const brusselsCase: MatchableCase = { language: 'fr', region: 'brussels', postalCode: '1050', modality: 'in_person' };

const ids = (c: MatchableCase, candidates: PsychologistProfile[]) => matchPsychologists(c, candidates).map((m) => m.psychologist.id);

describe('matchPsychologists: who is a candidate', () => {
  const cases: [string, Partial<MatchableCase>, Partial<PsychologistProfile>, boolean][] = [
    ['same language, region and modality', {}, {}, true],
    ['another language', {}, { languages: ['nl', 'de'] }, false],
    ['one of several languages', { language: 'de' }, { languages: ['fr', 'de'] }, true],
    ['another region, in person', {}, { regions: ['wallonia'] }, false],
    ['another region, no preference', { modality: 'no_preference' }, { regions: ['wallonia'] }, false],
    ['another region, unknown modality', { modality: null }, { regions: ['wallonia'] }, false],
    ['another region, video: remote crosses regions', { modality: 'video' }, { regions: ['flanders'] }, true],
    ['another region, phone: remote crosses regions', { modality: 'phone' }, { regions: ['german_community'] }, true],
    ['another region but the exact postal code', {}, { regions: ['wallonia'], postalCodes: ['1050'] }, true],
    ['in person not offered', {}, { modalities: ['video', 'phone'] }, false],
    ['video not offered', { modality: 'video' }, { modalities: ['in_person'] }, false],
    ['phone not offered', { modality: 'phone' }, { modalities: ['video'] }, false],
    ['no preference accepts any modality', { modality: 'no_preference' }, { modalities: ['phone'] }, true],
    ['unknown modality accepts any modality', { modality: null }, { modalities: ['video'] }, true],
    ['full capacity', {}, { capacity: 3, activeCases: 3 }, false],
    ['over capacity', {}, { capacity: 3, activeCases: 5 }, false],
    ['one seat left', {}, { capacity: 3, activeCases: 2 }, true],
    ['zero capacity', {}, { capacity: 0 }, false],
    ['inactive', {}, { active: false }, false],
    ['region unknown but postal code gives it', { region: null, postalCode: '1000' }, {}, true],
    ['region unknown, postal code in another region', { region: null, postalCode: '4000' }, {}, false],
    ['region and postal code unknown: location not checked', { region: null, postalCode: null }, { regions: ['flanders'] }, true],
  ];

  it.each(cases)('%s', (_label, caseOverrides, psyOverrides, expected) => {
    expect(ids({ ...brusselsCase, ...caseOverrides }, [psy('a', psyOverrides)])).toEqual(expected ? ['a'] : []);
  });
});

describe('matchPsychologists: reasons', () => {
  it('names what matched', () => {
    const [match] = matchPsychologists(brusselsCase, [psy('a', { postalCodes: ['1050'] })]);
    expect(match?.reasons).toEqual(['postal_code', 'region', 'language', 'modality']);
  });

  it('says remote when a video session crosses regions, and leaves modality out without a preference', () => {
    expect(matchPsychologists({ ...brusselsCase, modality: 'video' }, [psy('a', { regions: ['flanders'] })])[0]?.reasons).toEqual([
      'remote',
      'language',
      'modality',
    ]);
    expect(matchPsychologists({ ...brusselsCase, modality: 'no_preference' }, [psy('a')])[0]?.reasons).toEqual(['region', 'language']);
  });
});

describe('matchPsychologists: best first', () => {
  it('ranks the exact postal code before the region, and the region before a remote match', () => {
    const candidates = [
      psy('remote', { name: 'Aaron', regions: ['flanders'] }),
      psy('region', { name: 'Berthe' }),
      psy('postal', { name: 'Zoé', postalCodes: ['1050'], activeCases: 3 }),
    ];
    expect(ids({ ...brusselsCase, modality: 'video' }, candidates)).toEqual(['postal', 'region', 'remote']);
  });

  it('then prefers more free capacity, as a share of capacity', () => {
    const candidates = [
      psy('half', { name: 'A', capacity: 10, activeCases: 5 }),
      psy('most', { name: 'B', capacity: 2, activeCases: 0 }),
      psy('little', { name: 'C', capacity: 10, activeCases: 9 }),
    ];
    expect(ids(brusselsCase, candidates)).toEqual(['most', 'half', 'little']);
  });

  it('then orders by name, ignoring case and accents, then by id', () => {
    const candidates = [psy('3', { name: 'émile' }), psy('2', { name: 'Zoé' }), psy('1', { name: 'Anne' }), psy('0', { name: 'anne' })];
    expect(ids(brusselsCase, candidates)).toEqual(['0', '1', '3', '2']);
  });

  it('gives the same order whatever the order of the input', () => {
    const candidates = [
      psy('a', { name: 'Anne', postalCodes: ['1050'] }),
      psy('b', { name: 'Bert', capacity: 8, activeCases: 2 }),
      psy('c', { name: 'Cleo', capacity: 4, activeCases: 1 }),
      psy('d', { name: 'Dirk', regions: ['flanders'] }),
      psy('e', { name: 'Dirk', regions: ['flanders'] }),
      psy('f', { name: 'Fay', capacity: 2, activeCases: 0 }),
    ];
    const c = { ...brusselsCase, modality: 'phone' };
    const expected = ['a', 'f', 'b', 'c', 'd', 'e'];
    expect(ids(c, candidates)).toEqual(expected);
    expect(ids(c, [...candidates].reverse())).toEqual(expected);
    expect(
      ids(
        c,
        [candidates[3], candidates[0], candidates[5], candidates[1], candidates[4], candidates[2]].filter((p) => p !== undefined),
      ),
    ).toEqual(expected);
  });

  it('scores in the same order it ranks', () => {
    const matches = matchPsychologists({ ...brusselsCase, modality: 'video' }, [
      psy('remote', { regions: ['flanders'] }),
      psy('region', { activeCases: 3 }),
      psy('postal', { regions: [], postalCodes: ['1050'], activeCases: 3 }),
    ]);
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(matches.map((m) => m.psychologist.id)).toEqual(['postal', 'region', 'remote']);
  });

  it('does not change its input', () => {
    const candidates = [psy('b', { name: 'B' }), psy('a', { name: 'A' })];
    matchPsychologists(brusselsCase, candidates);
    expect(candidates.map((p) => p.id)).toEqual(['b', 'a']);
  });
});
