/**
 * `npm run crisis:eval`: the crisis screen measured on its corpus, both
 * halves, per language, family and tag, with the median time a message takes.
 * `--misses` also lists what the readable halves got wrong (`--only=dev3,dev4`
 * to pick some, `--explain` for the pattern that fired); the blind half's
 * misses are never printed (the gap between the halves is the overfitting).
 */
import { LANGS } from '../src/conversation/types.js';
import { explainCrisis } from '../src/language/crisis-screen.js';
import { HALVES, loadAll } from '../tests/language/corpus/corpus.js';
import { type HalfScore, percent, type Rate, scoreHalf, timing } from '../tests/language/corpus/evaluate.js';

const showMisses = process.argv.includes('--misses');
const explain = process.argv.includes('--explain');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : undefined;

function row(cells: string[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(22) : c.padStart(20))).join('');
}

function count(r: Rate): string {
  return `${percent(r)} ${`(${r.hits}/${r.total})`.padStart(9)}`;
}

// `--why=TEXT`: how each language reads one text (for tuning on a readable half), then stop.
const whyArg = process.argv.find((a) => a.startsWith('--why='));
if (whyArg) {
  const why = explainCrisis(whyArg.slice('--why='.length));
  console.log(
    JSON.stringify(why.result),
    why.pattern ?? '',
    why.words ?? '',
    why.idioms.length > 0 ? `idioms: ${why.idioms.join(' | ')}` : '',
  );
  for (const [lang, reading] of Object.entries(why.readings)) console.log(`${lang}: ${reading}`);
  process.exit(0);
}

// Timing first, on a fresh process: the first pass sees every word for the first time.
const everything = HALVES.flatMap((h) => loadAll(h));
const time = timing(everything);
const scores: HalfScore[] = HALVES.filter((h) => loadAll(h).length > 0).map((h) => scoreHalf(h));

const lines: string[] = [];
lines.push(row(['', ...scores.map((s) => s.half)]));
for (const lang of [...LANGS, 'all'] as const) {
  lines.push(row([`recall ${lang}`, ...scores.map((s) => count(s.recall[lang]))]));
}
for (const lang of [...LANGS, 'all'] as const) {
  lines.push(row([`acute as acute ${lang}`, ...scores.map((s) => count(s.acuteAsAcute[lang]))]));
}
for (const lang of [...LANGS, 'all'] as const) {
  lines.push(row([`false alarms ${lang}`, ...scores.map((s) => count(s.falseAlarms[lang]))]));
}
lines.push(row(['false acute all', ...scores.map((s) => count(s.falseAcute.all))]));
lines.push(row(['lexicons alone: recall', ...scores.map((s) => count(s.lexiconRecall))]));
lines.push(row(['  … false alarms', ...scores.map((s) => count(s.lexiconFalseAlarms))]));
lines.push('');
lines.push('read right, per family (crisis: flagged; benign: left alone)');
const families = [...new Set(scores.flatMap((s) => Object.keys(s.byFamily)))];
for (const f of families) lines.push(row([f, ...scores.map((s) => count(s.byFamily[f] ?? { hits: 0, total: 0 }))]));
lines.push('');
lines.push('per tag: recall / false alarms');
for (const tag of Object.keys(scores[0]?.byTag ?? {})) {
  lines.push(
    row([
      tag,
      ...scores.map(
        (s) => `${percent(s.byTag[tag]?.recall ?? { hits: 0, total: 0 })} / ${percent(s.byTag[tag]?.falseAlarms ?? { hits: 0, total: 0 })}`,
      ),
    ]),
  );
}
lines.push('');
lines.push(
  `median screening time per message: ${time.firstSightUs.toFixed(1)} µs on first sight of its words, ${time.warmUs.toFixed(1)} µs once they are known (${everything.length} messages)`,
);
console.log(lines.join('\n'));

if (showMisses) {
  // Never the blind half.
  for (const s of scores.filter((x) => x.half !== 'blind' && (!only || only.includes(x.half)))) {
    console.log(`\n${s.half}, read wrong (${s.misses.length}):`);
    for (const { item, result } of s.misses) {
      console.log(`- [${item.lang} ${item.label}/${item.family} → ${result.tier}${result.rule ? ` ${result.rule}` : ''}] ${item.text}`);
      if (explain && result.tier !== 'none') {
        const why = explainCrisis(item.text);
        console.log(`    ${why.pattern} ← ${JSON.stringify(why.words)}`);
      }
    }
  }
}
