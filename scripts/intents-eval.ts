/**
 * `npm run intents:eval`: the global commands said in people's own words,
 * on the two halves of `tests/language/corpus/intents.*.jsonl`: understood,
 * missed and wrong per language and per intent. `--misses` lists the tune
 * half's misses (`--dev7` or `--menu-dev5` another readable half's); the blind half's are never printed.
 */

import { LANGS } from '../src/conversation/types.js';
import {
  engineReads,
  INTENTS_HALVES,
  type IntentItem,
  intentOutcome,
  loadIntents,
  loadMenu,
  MENU_HALVES,
  type MenuItem,
  menuOutcome,
  menuReads,
} from '../tests/language/corpus/intents-corpus.js';

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
  // Any readable half by its flag (`--dev7`); never the blind one.
  const half = INTENTS_HALVES.find((h) => h !== 'blind' && process.argv.includes(`--${h}`)) ?? 'tune';
  console.log(`\n${half}, not understood:`);
  for (const item of loadIntents(half)) {
    if (intentOutcome(item) === 'understood') continue;
    console.log(`- [${item.lang}] ${JSON.stringify(item.text)} → ${engineReads(item.text) ?? 'none'} (meant ${item.expect ?? 'none'})`);
  }
}

// The menu: the way in, in people's words.
for (const half of MENU_HALVES) {
  const items = loadMenu(half);
  console.log(`\nmenu ${half} (${items.length} messages)  understood   missed    wrong`);
  const rows: Array<[string, MenuItem[]]> = [
    ...LANGS.map((lang): [string, MenuItem[]] => [lang, items.filter((i) => i.lang === lang)]),
    ['all', items],
    ...[...new Set(items.map((i) => i.expect ?? 'nothing'))].map((e): [string, MenuItem[]] => [
      e,
      items.filter((i) => (i.expect ?? 'nothing') === e),
    ]),
  ];
  for (const [name, group] of rows) {
    const c = { understood: 0, missed: 0, wrong: 0 };
    for (const item of group) c[menuOutcome(item)]++;
    const pct = (n: number) => `${((100 * n) / Math.max(1, group.length)).toFixed(1).padStart(5)} %`;
    console.log(`  ${name.padEnd(18)} ${pct(c.understood)}  ${pct(c.missed)}  ${pct(c.wrong)}   (${group.length}, wrong ${c.wrong})`);
  }
}
if (process.argv.includes('--misses')) {
  const menuHalf = MENU_HALVES.find((h) => h !== 'blind' && process.argv.includes(`--menu-${h}`)) ?? 'tune';
  console.log(`\nmenu ${menuHalf}, not understood:`);
  for (const item of loadMenu(menuHalf)) {
    if (menuOutcome(item) === 'understood') continue;
    console.log(
      `- [${item.lang}] ${JSON.stringify(item.text)} → ${menuReads(item.text, item.lang) ?? 'none'} (meant ${item.expect ?? 'none'})`,
    );
  }
}
