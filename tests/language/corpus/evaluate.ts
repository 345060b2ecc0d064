/**
 * Scores the crisis screen on the corpus: recall and false alarms per
 * language, family and tag, and the time a message takes. Shared by
 * `npm run crisis:eval` and the test that gates the build. Only figures come
 * out of the blind half.
 */
import { LANGS, type Lang } from '../../../src/conversation/types.js';
import { type CrisisScreenResult, MODEL_RULE_ID, screenForCrisis, screenLexicons } from '../../../src/language/crisis-screen.js';
import { type CorpusItem, type Half, loadAll, TAGS } from './corpus.js';

export interface Rate {
  readonly hits: number;
  readonly total: number;
}

export interface HalfScore {
  readonly half: Half;
  /** Crisis items (acute or possible) that got any tier. */
  readonly recall: Record<Lang | 'all', Rate>;
  /** Acute items that got the acute tier. */
  readonly acuteAsAcute: Record<Lang | 'all', Rate>;
  /** Benign items that got any tier. */
  readonly falseAlarms: Record<Lang | 'all', Rate>;
  /** Benign items that got the acute tier. */
  readonly falseAcute: Record<Lang | 'all', Rate>;
  /** The lexicons alone, without the model: recall and false alarms over all languages. */
  readonly lexiconRecall: Rate;
  readonly lexiconFalseAlarms: Rate;
  readonly byFamily: Record<string, Rate>;
  readonly byTag: Record<string, { recall: Rate; falseAlarms: Rate }>;
  /** Items whose result was wrong, with what the screen said. Only ever read for the tune half. */
  readonly misses: ReadonlyArray<{ item: CorpusItem; result: CrisisScreenResult }>;
}

const rate = (): { hits: number; total: number } => ({ hits: 0, total: 0 });

export function percent(r: Rate): string {
  return r.total === 0 ? '—' : `${((100 * r.hits) / r.total).toFixed(1)} %`;
}

export function ratio(r: Rate): number {
  return r.total === 0 ? 0 : r.hits / r.total;
}

export function scoreHalf(half: Half, items: readonly CorpusItem[] = loadAll(half)): HalfScore {
  const byLang = () =>
    Object.fromEntries([...LANGS, 'all'].map((l) => [l, rate()])) as Record<Lang | 'all', { hits: number; total: number }>;
  const recall = byLang();
  const acuteAsAcute = byLang();
  const falseAlarms = byLang();
  const falseAcute = byLang();
  const byFamily: Record<string, { hits: number; total: number }> = {};
  const byTag = Object.fromEntries(TAGS.map((t) => [t, { recall: rate(), falseAlarms: rate() }]));
  const misses: Array<{ item: CorpusItem; result: CrisisScreenResult }> = [];
  const lexiconRecall = rate();
  const lexiconFalseAlarms = rate();
  for (const item of items) {
    const result = screenForCrisis(item.text);
    const lexicon = result.rule === MODEL_RULE_ID ? screenLexicons(item.text) : result;
    const alone = item.label === 'benign' ? lexiconFalseAlarms : lexiconRecall;
    alone.total++;
    if (lexicon.tier !== 'none') alone.hits++;
    const flagged = result.tier !== 'none';
    const family = byFamily[item.family] ?? rate();
    byFamily[item.family] = family;
    family.total++;
    for (const key of [item.lang, 'all'] as const) {
      if (item.label === 'benign') {
        falseAlarms[key].total++;
        falseAcute[key].total++;
        if (flagged) falseAlarms[key].hits++;
        if (result.tier === 'acute') falseAcute[key].hits++;
      } else {
        recall[key].total++;
        if (flagged) recall[key].hits++;
        if (item.label === 'acute') {
          acuteAsAcute[key].total++;
          if (result.tier === 'acute') acuteAsAcute[key].hits++;
        }
      }
    }
    // Per family: the share read right (crisis flagged, benign left alone).
    if (item.label === 'benign' ? !flagged : flagged) family.hits++;
    for (const tag of item.tags) {
      const t = byTag[tag];
      if (!t) continue;
      const r = item.label === 'benign' ? t.falseAlarms : t.recall;
      r.total++;
      if (flagged) r.hits++;
    }
    const wrong = item.label === 'benign' ? flagged : !flagged || (item.label === 'acute' && result.tier !== 'acute');
    if (wrong) misses.push({ item, result });
  }
  return { half, recall, acuteAsAcute, falseAlarms, falseAcute, lexiconRecall, lexiconFalseAlarms, byFamily, byTag, misses };
}

/**
 * Median time to screen one message, in microseconds: on first sight of its
 * words, and once they are known (each message's best of ten passes, so that a
 * collection or a busy neighbour does not count).
 */
export function timing(items: readonly CorpusItem[]): { firstSightUs: number; warmUs: number } {
  const once = (): number[] =>
    items.map((item) => {
      const start = process.hrtime.bigint();
      screenForCrisis(item.text);
      return Number(process.hrtime.bigint() - start) / 1000;
    });
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? 0;
  };
  const first = once();
  let warm = once();
  for (let round = 0; round < 9; round++) {
    const again = once();
    warm = warm.map((x, i) => Math.min(x, again[i] ?? x));
  }
  return { firstSightUs: median(first), warmUs: median(warm) };
}
