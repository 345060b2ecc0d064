import { describe, expect, it } from 'vitest';
import { crisisCard, thirdPersonCard } from '../../src/conversation/crisis.card.js';
import { LANGS, type Lang } from '../../src/conversation/types.js';

/** The numbers of DESIGN ("Safety first", rule 1) for each language. */
const NUMBERS: Record<Lang, string[]> = {
  fr: ['0800 32 123', '107'],
  nl: ['1813', '106'],
  de: ['108', '0800 32 123'],
  en: ['0800 32 123', '1813'],
};

describe('crisis card', () => {
  it.each(LANGS)('in %s gives 112 and the free 24/7 lines of that language', (lang) => {
    const card = crisisCard(lang);
    expect(card.crisis).toBe(true);
    expect(card.text).toContain('112');
    for (const n of NUMBERS[lang]) expect(card.text).toContain(n);
  });

  it('adds the lines of the language the message was written in, labelled with that language', () => {
    const card = crisisCard('fr', ['nl']).text;
    for (const n of [...NUMBERS.fr, ...NUMBERS.nl]) expect(card).toContain(n);
    expect(card).toContain('Zelfmoordlijn (en néerlandais) : 1813');
    expect(card.indexOf('0800 32 123')).toBeLessThan(card.indexOf('1813'));
  });

  it('a French speaker in a Dutch conversation gets the French lines too', () => {
    const card = crisisCard('nl', ['fr']).text;
    expect(card).toContain('Centre de Prévention du Suicide (in het Frans): 0800 32 123');
    expect(card).toContain('1813');
  });

  it('never lists a number twice', () => {
    const card = crisisCard('en', ['fr', 'nl', 'de']).text;
    expect(card.match(/0800 32 123/g)).toHaveLength(1);
    expect(card).toContain('108');
  });

  it('for a sentinel speaks about the person: 112 even without consent, and the lines in their language first', () => {
    const card = thirdPersonCard('fr', ['nl']).text;
    expect(card).toMatch(/112, même sans son accord/);
    expect(card).toMatch(/restez auprès d'elle/);
    expect(card.indexOf('1813')).toBeLessThan(card.indexOf('0800 32 123'));
  });
});
