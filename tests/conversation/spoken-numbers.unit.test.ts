/**
 * Numbers said in words, as a dictated message or a tired person types
 * them, in the four languages at once.
 */
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../src/conversation/answers.js';
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

describe('a number said in words after a lead-in that may name its country', () => {
  it.each([
    ["c'est un numéro français : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", '+33612345678'],
    ['het is een Nederlands nummer: nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig', '+31612345678'],
    ['deutsche Nummer: null eins sechs null, neun acht sieben sechs fünf vier drei', '+491609876543'],
    ['my mobile: zero four seven eight, six five, four three, two one', '+32478654321'],
    ['UK number: oh seven nine one one, one two three, four five six', '+447911123456'],
  ])('%j is %s', (text, number) => {
    expect(parsePhone(text)).toEqual({ ok: true, value: number });
  });

  it('a foreign number in words with no country named is still asked again', () => {
    expect(parsePhone('zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit').ok).toBe(false);
  });
});
