/**
 * Place names to postal codes (issue 19): the data file's towns in the
 * three national languages and a few English names, inside a sentence,
 * with typical spellings; a name shared by towns in different parts of the
 * country gives the codes to choose from; words that only look like places
 * give nothing.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHotlineCalendar, parseHotlineHours } from '../../src/cases/hotline-hours.js';
import type { FormContext, Question } from '../../src/conversation/form.js';
import { parseAnswer, reaskText } from '../../src/conversation/questions.js';
import type { Lang } from '../../src/conversation/types.js';
import { flowById } from '../../src/flows/index.js';
import { chooseAmong, foldPlace, placeCodes } from '../../src/places/postal-places.js';

describe('placeCodes', () => {
  it.each([
    ['Ixelles', '1050'],
    ['Elsene', '1050'],
    ['il habite à Arlon', '6700'],
    ['ze woont in Hasselt', '3500'],
    ['Ieper', '8900'],
    ['er wohnt in Bütgenbach', '4750'],
    ['Lontzen', '4710'],
    ['i wohn in Kelmis', '4720'],
    ['St. Vith', '4780'],
    ['Sankt-Vith', '4780'],
    ['he lives in Ostend', '8400'],
    ['Bruges', '8000'],
    ['ik woon in Brugge', '8000'],
    ['Antwerpen', '2000'],
    ['in Antwerp', '2000'],
    ["j'habite à Charleroi", '6000'],
    ['Mons', '7000'],
    ['liege', '4000'],
    ['à Namur', '5000'],
    ['Sint-Pieters-Leeuw', '1600'],
    ["j'habite à Schaerbeek, près de la place Colignon", '1030'],
    ['Saint-Gilles in Brussels', '1060'],
    ['Courtrai, I mean Kortrijk', '8500'],
    ['Eupen, seit zehn Jahren', '4700'],
  ])('%j is %s', (text, code) => {
    expect(placeCodes(text)).toEqual([code]);
  });

  it('a name shared across the country gives its codes to choose from', () => {
    expect(placeCodes('Aalst')).toEqual(expect.arrayContaining(['9300', '3800']));
  });

  it.each([
    ['pas loin de Liège'],
    ['a village near Bruges'],
    ['in de buurt van Gent'],
    ['in der Nähe von Eupen'],
    ['je sais pas'],
    ['plutôt le matin'],
    ['mal au dos'],
    ['op de werf'],
    ['Brugge of Gent'],
  ])('%j names no one place', (text) => {
    expect(placeCodes(text)).toEqual([]);
  });

  it('folds accents, hyphens and saints', () => {
    expect(foldPlace("Braine-l'Alleud")).toBe('braine l alleud');
    expect(foldPlace('Sint-Genesius-Rode')).toBe(foldPlace('St Genesius Rode'));
  });

  it.each([
    ['Ich wohne in Kettenis, Hausnummer 14', '4701'],
    ['Hergenrath', '4728'],
    ['er wohnt in Elsenborn', '4750'],
    ['Walhorn', '4711'],
  ])('%j, a village of the German-speaking Community, is %s', (text, code) => {
    expect(placeCodes(text)).toEqual([code]);
  });

  it('the data file says where it comes from and under which licence', () => {
    const head = fs.readFileSync(new URL('../../src/places/be-postal-places.tsv', import.meta.url), 'utf8').slice(0, 600);
    expect(head).toContain('BeST');
    expect(head).toContain('CC BY 4.0');
  });
});

describe('the postcode question', () => {
  const hotline = createHotlineCalendar(parseHotlineHours('Mon-Fri 08:30-17:00'));
  const context = (lang: Lang): FormContext =>
    ({ lang, channel: 'whatsapp', userId: '+32470000002', answers: {}, hotline, now: new Date() }) as unknown as FormContext;
  const postal = flowById('help_request').questions.find((q) => q.id === 'postalCode') as Question;

  it('a town is its postcode and region', () => {
    expect(parseAnswer(postal, 'ik woon in Brugge', context('nl'))).toMatchObject({
      ok: true,
      value: { code: '8000', region: 'flanders' },
    });
    expect(parseAnswer(postal, 'Eupen', context('de'))).toMatchObject({ ok: true, value: { code: '4700', region: 'german_community' } });
  });

  it('a shared name asks which postcode, naming them', () => {
    const parsed = parseAnswer(postal, 'Aalst', context('nl'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = reaskText(postal, parsed.reason, 'nl', 1, parsed.candidates);
    expect(text).toContain('9300');
    expect(text).toContain('3800');
  });

  it('digits still win over a name', () => {
    expect(parseAnswer(postal, '1000 Bruxelles', context('fr'))).toMatchObject({ ok: true, value: { code: '1000' } });
  });
});

describe('chooseAmong', () => {
  it.each([
    ['die in Oost-Vlaanderen', ['3800', '9300'], '9300'],
    ['celle du Limbourg', ['3800', '9300'], '3800'],
    ['la deuxième', ['3800', '9300'], '9300'],
    ['the first one', ['3800', '9300'], '3800'],
    ['die bij Gent', ['3800', '9300'], '9300'],
    ['in Wallonie', ['1450', '4000'], undefined],
    ['weet ik niet', ['3800', '9300'], undefined],
  ] as Array<[string, string[], string | undefined]>)('"%s" among %j → %s', (text, candidates, expected) => {
    expect(chooseAmong(text, candidates)).toBe(expected);
  });
});
