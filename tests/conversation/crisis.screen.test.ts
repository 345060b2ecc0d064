import { describe, expect, it } from 'vitest';
import { CRISIS_RULE_IDS, screenForCrisis } from '../../src/conversation/crisis.screen.js';
import { LANGS } from '../../src/conversation/types.js';
import { crisisCorpus } from './crisis.corpus.js';

describe('screenForCrisis corpus', () => {
  for (const lang of LANGS) {
    const { crisis, benign } = crisisCorpus[lang];

    describe(`${lang} crisis messages hit`, () => {
      it.each(crisis)('%s', (message) => {
        const result = screenForCrisis(message);
        expect(result.hit).toBe(true);
        expect(CRISIS_RULE_IDS).toContain(result.rule);
      });
    });

    describe(`${lang} benign messages do not hit`, () => {
      it.each(benign)('%s', (message) => {
        expect(screenForCrisis(message)).toEqual({ hit: false });
      });
    });
  }

  it('has at least 30 crisis and 30 benign messages per language', () => {
    for (const lang of LANGS) {
      expect(crisisCorpus[lang].crisis.length).toBeGreaterThanOrEqual(30);
      expect(crisisCorpus[lang].benign.length).toBeGreaterThanOrEqual(30);
    }
  });

  it('reports hit rate 100% and false-alarm rate 0% per language', () => {
    const rows: string[] = [];
    const rates: Array<{ lang: string; hitRate: number; falseAlarmRate: number }> = [];
    for (const lang of LANGS) {
      const { crisis, benign } = crisisCorpus[lang];
      const hits = crisis.filter((m) => screenForCrisis(m).hit).length;
      const falseAlarms = benign.filter((m) => screenForCrisis(m).hit).length;
      const hitRate = hits / crisis.length;
      const falseAlarmRate = falseAlarms / benign.length;
      rates.push({ lang, hitRate, falseAlarmRate });
      rows.push(
        `crisis corpus ${lang}: hit rate ${(hitRate * 100).toFixed(1)}% (${hits}/${crisis.length}), ` +
          `false alarms ${(falseAlarmRate * 100).toFixed(1)}% (${falseAlarms}/${benign.length})`,
      );
    }
    console.log(rows.join('\n'));
    for (const r of rates) {
      expect(r, r.lang).toEqual({ lang: r.lang, hitRate: 1, falseAlarmRate: 0 });
    }
  });
});

describe('screenForCrisis behaviour', () => {
  it('returns only a rule id, never the text', () => {
    const message = 'Je veux mourir, personne ne me regrettera';
    const result = screenForCrisis(message);
    expect(result.hit).toBe(true);
    expect(Object.keys(result).sort()).toEqual(['hit', 'rule']);
    expect(CRISIS_RULE_IDS).toContain(result.rule);
    const serialised = JSON.stringify(result).toLowerCase();
    for (const word of ['mourir', 'personne', 'regrettera']) expect(serialised).not.toContain(word);
  });

  it.each([
    ['SUÏCIDE'],
    ['sui\u200Bcide'],
    ['Zelf\u200Dmoord'],
    ['SELBSTMÖRD'],
    ['J’VEUX MOURIR'],
    ['je veux\u00A0mourir'],
    ['s u i c i d e'],
    ['su1c1de'],
    ['suiccide'],
    ['zelfmoordd'],
  ])('is not defeated by accents, capitals, zero-width chars or spelling tricks: %s', (message) => {
    expect(screenForCrisis(message).hit).toBe(true);
  });

  it.each([
    ['je suis mort de fatigue et je veux en finir'],
    ['mdr je veux mourir'],
    ['ik ben doodmoe, ik wil er een eind aan maken'],
    ['ich sterbe vor Hunger und will nicht mehr leben'],
    ["I'm dead tired and I want to kill myself"],
    ['killing time until i end it all'],
  ])('an idiom does not hide a real hit in the same message: %s', (message) => {
    expect(screenForCrisis(message).hit).toBe(true);
  });

  it('screens every language whatever the conversation language', () => {
    expect(screenForCrisis('bonjour, sorry for my french, I want to die').rule).toMatch(/^en\./);
    expect(screenForCrisis('hello, ik wil dood').rule).toMatch(/^nl\./);
  });

  it('is deterministic and handles empty input', () => {
    expect(screenForCrisis('')).toEqual({ hit: false });
    expect(screenForCrisis('   ')).toEqual({ hit: false });
    const message = 'jveux en finir';
    expect(screenForCrisis(message)).toEqual(screenForCrisis(message));
  });

  it('lists unique rule ids named lang.topic', () => {
    expect(new Set(CRISIS_RULE_IDS).size).toBe(CRISIS_RULE_IDS.length);
    for (const id of CRISIS_RULE_IDS) expect(id).toMatch(/^(fr|nl|de|en)\.[a-z_]+$/);
  });
});
