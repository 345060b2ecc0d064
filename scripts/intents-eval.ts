/**
 * `npm run intents:eval`: the global commands said in people's own words,
 * on the two halves of `tests/language/corpus/intents.*.jsonl`: understood,
 * missed and wrong per language and per intent. `--misses` lists the tune
 * half's misses (`--dev`, `--dev2` the dev sets'); the blind half's are never printed.
 */

import { readIntent } from '../src/conversation/intents.js';
import { LANGS } from '../src/conversation/types.js';
import { INTENTS_HALVES, type IntentItem, intentOutcome, loadIntents } from '../tests/language/corpus/intents-corpus.js';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

function line(label: string, items: readonly IntentItem[]): string {
  const c = { understood: 0, missed: 0, wrong: 0 };
  for (const item of items) c[intentOutcome(item)]++;
  return `  ${label.padEnd(12)} ${pct(c.understood, items.length).padStart(8)} ${pct(c.missed, items.length).padStart(8)} ${pct(c.wrong, items.length).padStart(8)}   (${items.length}, wrong ${c.wrong})`;
}

for (const half of INTENTS_HALVES) {
  const items = loadIntents(half);
  console.log(`\n${half} (${items.length} messages)  understood   missed    wrong`);
  for (const lang of LANGS)
    console.log(
      line(
        lang,
        items.filter((i) => i.lang === lang),
      ),
    );
  console.log(line('all', items));
  for (const intent of [...new Set(items.map((i) => String(i.expect)))])
    console.log(
      line(
        intent === 'null' ? 'no command' : intent,
        items.filter((i) => String(i.expect) === intent),
      ),
    );
}

if (process.argv.includes('--misses')) {
  const half = process.argv.includes('--dev2') ? 'dev2' : process.argv.includes('--dev') ? 'dev' : 'tune';
  console.log(`\n${half}, not understood:`);
  for (const item of loadIntents(half)) {
    if (intentOutcome(item) === 'understood') continue;
    console.log(`- [${item.lang}] ${JSON.stringify(item.text)} → ${readIntent(item.text) ?? 'none'} (meant ${item.expect ?? 'none'})`);
  }
}
