import { describe, expect, it } from 'vitest';
import { firstLanguage, numberLanguage } from '../../src/conversation/language.js';

describe('first-message language', () => {
  it.each([
    ['Bonjour', undefined, 'fr', true],
    ["bonsoir j'ai besoin d'aide", undefined, 'fr', true],
    ['Goedemorgen, ik heb hulp nodig', undefined, 'nl', true],
    ['Goeiedag', undefined, 'nl', true],
    ['Guten Tag, ich brauche Hilfe', undefined, 'de', true],
    ['Grüezi', undefined, 'de', true],
    ['Hello, I need help', undefined, 'en', true],
    // "hallo" is Dutch and German: the locale decides, else the likelier guess, and the next clear message may change it.
    ['hallo', undefined, 'nl', false],
    ['hallo', 'de-BE', 'de', false],
    ['👋', 'nl-BE', 'nl', false],
    ['👋', undefined, 'fr', false],
    ['?', 'en-US', 'en', false],
    // A clear message outweighs the channel's locale: a French speaker on a Dutch-locale Teams.
    ["Bonjour, je suis comptable et j'ai un client qui ne va pas bien", 'nl-BE', 'fr', true],
  ] as const)('%s (locale %s) → %s', (text, locale, lang, sure) => {
    expect(firstLanguage(text, locale, 'teams', 'aad-1')).toEqual({ lang, sure });
  });

  it('takes the WhatsApp number’s country when the message and the channel say nothing', () => {
    expect(firstLanguage('ok', undefined, 'whatsapp', '+31612345678')).toEqual({ lang: 'nl', sure: false });
    expect(firstLanguage('ok', undefined, 'whatsapp', '+4369912345678')).toEqual({ lang: 'de', sure: false });
    expect(firstLanguage('ok', undefined, 'whatsapp', '+447700900123')).toEqual({ lang: 'en', sure: false });
    // Belgium speaks three of the four: no guess from the number.
    expect(numberLanguage('whatsapp', '+32470123456')).toBeUndefined();
    expect(firstLanguage('ok', undefined, 'whatsapp', '+32470123456')).toEqual({ lang: 'fr', sure: false });
    // Only WhatsApp ids are numbers.
    expect(numberLanguage('teams', '+31612345678')).toBeUndefined();
  });
});
