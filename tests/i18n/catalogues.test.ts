import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/conversation/types.js';
import { catalogues } from '../../src/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const reference = catalogues.fr;

describe.each(LANGS.filter((l) => l !== 'fr'))('catalogue %s', (lang) => {
  const catalogue = catalogues[lang];

  it('has every key of the French reference, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(Object.keys(reference))('"%s" is translated with the same placeholders', (key) => {
    const text = catalogue[key as keyof typeof reference];
    expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
    expect(placeholders(text)).toEqual(placeholders(reference[key as keyof typeof reference]));
  });
});

describe('the bot never pretends to be a person', () => {
  it.each(LANGS)('greeting in %s says it is an automatic assistant and names the programme', (lang) => {
    const greeting = catalogues[lang].greeting;
    expect(greeting).toContain('{org}');
    expect(greeting.toLowerCase()).toMatch(/assistant|assistent/);
  });
});
