/**
 * `npm run lang:eval`: how well the language of a message is told, on the
 * two halves of `tests/language/corpus/lang.*.jsonl`, per language written.
 * `--misses` lists what the tune half got wrong or left unclear; the blind
 * half's are never printed.
 */
import { LANGS } from '../src/conversation/types.js';
import { detectLanguage } from '../src/language/detect.js';
import { LANG_HALVES, type LangItem, loadLangCorpus, outcome, score } from '../tests/language/corpus/lang-corpus.js';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

for (const half of LANG_HALVES) {
  const items = loadLangCorpus(half);
  console.log(`\n${half} (${items.length} messages)   right / unclear / wrong`);
  const groups: [string, LangItem[]][] = [
    ...LANGS.map((lang) => [lang, items.filter((i) => i.lang === lang)] as [string, LangItem[]]),
    ['none', items.filter((i) => i.lang === null)],
    ['all', items],
  ];
  for (const [label, group] of groups) {
    const s = score(group, label);
    console.log(
      `  ${label.padEnd(5)} ${pct(s.right, s.total).padStart(8)} ${pct(s.unclear, s.total).padStart(8)} ${pct(s.wrong, s.total).padStart(8)}   (${s.total})`,
    );
  }
}

if (process.argv.includes('--misses')) {
  console.log('\ntune, not right:');
  for (const item of loadLangCorpus('tune')) {
    const o = outcome(item);
    if (o === 'right') continue;
    const d = detectLanguage(item.text);
    console.log(`- [${item.lang ?? 'none'} → ${d ? `${d.lang}${d.clear ? '' : '?'}` : '—'}] ${o}: ${item.text}`);
  }
}

const texts = LANG_HALVES.flatMap((h) => loadLangCorpus(h)).map((i) => i.text);
for (const text of texts) detectLanguage(text);
const started = process.hrtime.bigint();
for (let k = 0; k < 5; k++) for (const text of texts) detectLanguage(text);
const each = Number(process.hrtime.bigint() - started) / 1000 / (5 * texts.length);
console.log(`\nmean time per message: ${each.toFixed(1)} µs`);
