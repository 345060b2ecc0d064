/**
 * Telling the language of a message, measured on a corpus written apart
 * from the word lists (`tests/language/corpus/lang.*.jsonl`, see
 * `npm run lang:eval`). The blind half's misses are never read; its bounds
 * are the level reached, kept so that it cannot get worse. A wrong clear
 * verdict would switch a conversation by mistake: it is held lowest.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';
import { loadLangCorpus, score } from './corpus/lang-corpus.js';

describe('language detection', () => {
  it.each([
    ['tune', 0.97, 0.01],
    ['blind', 0.88, 0.02],
  ] as const)('on the %s half: at least %s right, at most %s wrong', (half, minRight, maxWrong) => {
    const items = loadLangCorpus(half);
    expect(items.length).toBe(400);
    const s = score(items, half);
    expect(s.right / s.total).toBeGreaterThanOrEqual(minRight);
    expect(s.wrong / s.total).toBeLessThanOrEqual(maxWrong);
  });

  it.each([
    ['goeiedag', 'nl'],
    ['hoofdberoep', 'nl'],
    ['beenhouwerij', 'nl'],
    ['Schreinerei', 'de'],
    ['grüezi mitenand', 'de'],
    ['i hob koa zeit', 'de'],
    ['coiffeuse à domicile', 'fr'],
    ['jsuis crevé', 'fr'],
    ['dunno tbh', 'en'],
    ['ik ben zelfstandige, mais bon', 'nl'],
  ] as const)('"%s" is clearly %s', (text, lang) => {
    expect(detectLanguage(text)).toEqual({ lang, clear: true });
  });

  it.each(['ok', '1050', '👍', 'Pieter', 'hallo', 'ja', 'merci', 'taxi', 'sorry', ''])('"%s" is not clear', (text) => {
    expect(detectLanguage(text)?.clear ?? false).toBe(false);
  });
});
