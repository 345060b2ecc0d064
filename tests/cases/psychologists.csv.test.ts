import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePsychologistsCsv } from '../../src/cases/psychologists.csv.js';

const HEADER = 'name,languages,areas,modalities,capacity,contact';

function one(line: string, header = HEADER) {
  const { rows, errors } = parsePsychologistsCsv(`${header}\n${line}\n`);
  expect(errors).toEqual([]);
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('parsePsychologistsCsv: formats', () => {
  it('reads a plain row', () => {
    expect(one('Anne Exemple,fr,1050,video,5,anne@example.org')).toEqual({
      name: 'Anne Exemple',
      languages: ['fr'],
      regions: ['brussels'],
      postalCodes: ['1050'],
      modalities: ['video'],
      capacity: 5,
      contact: 'anne@example.org',
    });
  });

  it.each([
    ['fr nl', ['fr', 'nl']],
    ['fr|nl', ['fr', 'nl']],
    ['"FR, NL"', ['fr', 'nl']],
    ['"de; en"', ['de', 'en']],
    ['Français Nederlands', ['fr', 'nl']],
    ['nl nl fr', ['nl', 'fr']],
  ])('languages %s', (cell, expected) => {
    expect(one(`A,${cell},1000,video,1,`)?.languages).toEqual(expected);
  });

  it.each([
    ['1000', ['brussels'], ['1000']],
    ['"1050, 4700 9000"', ['brussels', 'flanders', 'german_community'], ['1050', '4700', '9000']],
    ['bruxelles', ['brussels'], []],
    ['Brussel', ['brussels'], []],
    ['Wallonië', ['wallonia'], []],
    ['wallonie', ['wallonia'], []],
    ['Vlaanderen|flandre', ['flanders'], []],
    ['"Communauté germanophone"', ['german_community'], []],
    ['Ostbelgien', ['german_community'], []],
    ['DG', ['german_community'], []],
    ['"german_community, brussels, wallonia"', ['brussels', 'wallonia', 'german_community'], []],
    ['5000 wallonia', ['wallonia'], ['5000']],
    ['1300', ['wallonia'], ['1300']],
  ])('areas %s', (cell, regions, postalCodes) => {
    const row = one(`A,fr,${cell},video,1,`);
    expect(row?.regions).toEqual(regions);
    expect(row?.postalCodes).toEqual(postalCodes);
  });

  it.each([
    ['video', ['video']],
    ['visio', ['video']],
    ['cabinet', ['in_person']],
    ['présentiel', ['in_person']],
    ['Praktijk', ['in_person']],
    ['in_person', ['in_person']],
    ['"in person, phone"', ['in_person', 'phone']],
    ['téléphone', ['phone']],
    ['telefoon|video', ['phone', 'video']],
    ['phone video cabinet', ['phone', 'video', 'in_person']],
  ])('modalities %s', (cell, expected) => {
    expect(one(`A,fr,1000,${cell},1,`)?.modalities).toEqual(expected);
  });

  it('accepts postal_codes or regions as the areas column, in any column order, header in any case', () => {
    expect(one('2,de,4700,video,B', 'Capacity,Languages,Postal_Codes,Modalities,Name')).toMatchObject({
      name: 'B',
      postalCodes: ['4700'],
      contact: null,
    });
    expect(one('C,nl,flanders,video,3', 'name,languages,regions,modalities,capacity')).toMatchObject({ name: 'C', regions: ['flanders'] });
  });

  it('accepts ; as the delimiter when the header uses it (a spreadsheet in a fr or nl locale)', () => {
    const text =
      'name;languages;areas;modalities;capacity;contact\r\n"Dupont; Marie";fr, nl;1000, 1050;video, cabinet;3;marie@example.org\r\n';
    expect(parsePsychologistsCsv(text)).toEqual({
      rows: [
        {
          name: 'Dupont; Marie',
          languages: ['fr', 'nl'],
          regions: ['brussels'],
          postalCodes: ['1000', '1050'],
          modalities: ['video', 'in_person'],
          capacity: 3,
          contact: 'marie@example.org',
        },
      ],
      errors: [],
    });
  });

  it('reads quoted fields per RFC 4180: commas, doubled quotes, line breaks, CRLF, a byte order mark', () => {
    const text = `\uFEFF${HEADER}\r\n"Fontaine, ""Luc""",fr,1000,video,2,"Luc <luc@example.org>,\r\nmornings"\r\nBen,nl,9000,video,1,\r\n`;
    const { rows, errors } = parsePsychologistsCsv(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.name, r.contact])).toEqual([
      ['Fontaine, "Luc"', 'Luc <luc@example.org>,\r\nmornings'],
      ['Ben', null],
    ]);
  });

  it('skips blank lines and a missing final newline', () => {
    const { rows, errors } = parsePsychologistsCsv(`${HEADER}\n\nA,fr,1000,video,1,\n\n\nB,fr,1000,video,1,`);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.name)).toEqual(['A', 'B']);
  });

  it('reads the example file in docs/: six psychologists, every region, language and modality', () => {
    const { rows, errors } = parsePsychologistsCsv(fs.readFileSync('docs/psychologists.example.csv', 'utf8'));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(6);
    const all = (key: 'languages' | 'regions' | 'modalities') => [...new Set(rows.flatMap((r) => r[key]))].sort();
    expect(all('languages')).toEqual(['de', 'en', 'fr', 'nl']);
    expect(all('regions')).toEqual(['brussels', 'flanders', 'german_community', 'wallonia']);
    expect(all('modalities')).toEqual(['in_person', 'phone', 'video']);
    expect(rows.every((r) => r.contact?.includes('@example.org'))).toBe(true);
  });
});

describe('parsePsychologistsCsv: errors, one line per bad row', () => {
  it('reports each bad row by its line and still returns the good rows', () => {
    const text = [
      HEADER,
      'Good One,fr,1000,video,2,a@example.org',
      ',fr,1000,video,2,',
      'Bad Capacity,fr,1000,video,zero,b@example.org',
      'Bad Capacity 2,fr,1000,video,0,',
      'Bad Capacity 3,fr,1000,video,2.5,',
      'Bad Language,fr xx,1000,video,2,',
      'Bad Area,fr,"1000, mars",video,2,',
      'Bad Modality,fr,1000,"video, hologram",2,',
      'Unquoted Comma,fr,1000,video,2,Dr, then contact',
      'Good Two,nl,9000,phone,1,',
      'Many Problems,,,,-1,secret@example.org',
      'good one,de,4700,video,1,',
    ].join('\n');
    const { rows, errors } = parsePsychologistsCsv(text);
    expect(rows.map((r) => r.name)).toEqual(['Good One', 'Good Two']);
    expect(errors).toEqual([
      'line 3: name is empty',
      'line 4: capacity must be a positive whole number',
      'line 5: capacity must be a positive whole number',
      'line 6: capacity must be a positive whole number',
      'line 7: unknown language "xx" (use fr, nl, de, en)',
      'line 8: unknown area "mars" (use 4-digit postal codes or brussels, wallonia, flanders, german_community)',
      'line 9: unknown modality "hologram" (use video, in_person, phone)',
      'line 10: has 7 fields, the header 6 (a value with a comma must be in double quotes)',
      'line 12: languages is empty; areas is empty; modalities is empty; capacity must be a positive whole number',
      'line 13: name already on line 2',
    ]);
    expect(errors.join('\n')).not.toContain('example.org');
  });

  it('counts lines as a spreadsheet does when a quoted field spans lines', () => {
    const { errors } = parsePsychologistsCsv(`${HEADER}\nA,fr,1000,video,1,"two\nlines"\nB,fr,1000,video,x,\n`);
    expect(errors).toEqual(['line 4: capacity must be a positive whole number']);
  });

  it('reports a quote never closed', () => {
    const { rows, errors } = parsePsychologistsCsv(`${HEADER}\nA,fr,1000,video,1,\nB,fr,1000,video,1,"oops\nC,fr,1000,video,1,\n`);
    expect(rows.map((r) => r.name)).toEqual(['A']);
    expect(errors).toEqual(['line 3: a double quote is opened and never closed, the rest of the file was not read']);
  });

  it('refuses a header without the required columns, and an empty file', () => {
    expect(parsePsychologistsCsv('name,language,areas,capacity\nA,fr,1000,1\n')).toEqual({
      rows: [],
      errors: ['line 1: the header lacks languages, modalities (expected name,languages,areas,modalities,capacity,contact)'],
    });
    expect(parsePsychologistsCsv('').errors).toEqual([
      'line 1: the file is empty (expected a header: name,languages,areas,modalities,capacity,contact)',
    ]);
  });
});
