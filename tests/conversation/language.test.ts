import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../src/conversation/language.js';

describe('first-message language', () => {
  it.each([
    ['Bonjour', undefined, 'fr'],
    ["bonsoir j'ai besoin d'aide", undefined, 'fr'],
    ['Goedemorgen, ik heb hulp nodig', undefined, 'nl'],
    ['Guten Tag, ich brauche Hilfe', undefined, 'de'],
    ['Hello, I need help', undefined, 'en'],
    ['hallo', undefined, 'nl'],
    ['hallo', 'de-BE', 'de'],
    ['👋', 'nl-BE', 'nl'],
    ['👋', undefined, 'fr'],
    ['?', 'en-US', 'en'],
  ] as const)('%s (locale %s) → %s', (text, locale, expected) => {
    expect(guessLanguage(text, locale)).toBe(expected);
  });
});
