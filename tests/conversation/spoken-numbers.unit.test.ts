/**
 * Numbers said in words, as a dictated message or a tired person types
 * them, in the four languages at once.
 */
import { describe, expect, it } from 'vitest';
import { spokenDigits, spokenNumber } from '../../src/conversation/spoken-numbers.js';

describe('a phone number said in words', () => {
  it.each([
    ['nul vier zes acht elf tweeëntwintig drieëndertig', '0468112233'],
    ['zéro quatre septante-cinq dix-huit vingt et un nonante-neuf', '0475182199'],
    ['zéro quatre soixante-dix-sept quatre-vingt-huit douze quinze', '0477881215'],
    ['null vier sechsundsiebzig elf zweiundzwanzig dreiunddreißig', '0476112233'],
    ['oh four seven one twenty two thirty three forty four', '0471223344'],
  ])('%j is %j', (text, digits) => {
    expect(spokenDigits(text)).toBe(digits);
  });
  it('is nothing when the text holds other words, digits, or too few numbers', () => {
    expect(spokenDigits('ik weet het niet')).toBeUndefined();
    expect(spokenDigits('0470 12 34 56')).toBeUndefined();
    expect(spokenDigits('een twee')).toBeUndefined();
    // Dutch "zestig twaalf" is sixty, then twelve; only French counts by twenties.
    expect(spokenDigits('nul vier zestig twaalf')).toBe('046012');
  });
});

describe('a whole number said in words', () => {
  it.each([
    ['quatre mille sept cent', 4700],
    ['vierduizend zevenhonderd tachtig', 4780],
    ['viertausendsiebenhundertfünfzig', 4750],
    ['nine thousand', 9000],
    ['quatre mille quatre-vingt-dix', 4090],
  ])('%j is %d', (text, value) => {
    expect(spokenNumber(text)).toBe(value);
  });
  it('is nothing for other words', () => {
    expect(spokenNumber('Eupen')).toBeUndefined();
  });
});
