/**
 * `npm run answers:eval`: how the form's answers are understood, on the two
 * halves of `tests/language/corpus/answers.*.jsonl`: understood, re-asked and
 * wrong per question and language. `--misses` lists the tune half's misses
 * (`--dev`, `--dev2` … a dev half's; `--only=question` to pick one); the blind half's
 * are never printed.
 */
import { LANGS } from '../src/conversation/types.js';
import { ANSWERS_HALVES, type AnswerItem, loadAnswers, outcomeOf, readAnswer } from '../tests/language/corpus/answers-corpus.js';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

function line(label: string, items: readonly AnswerItem[]): string {
  const c = { understood: 0, reasked: 0, wrong: 0 };
  for (const item of items) c[outcomeOf(item)]++;
  return `  ${label.padEnd(34)} ${pct(c.understood, items.length).padStart(8)} ${pct(c.reasked, items.length).padStart(8)} ${pct(c.wrong, items.length).padStart(8)}   (${items.length}, wrong ${c.wrong})`;
}

for (const half of ANSWERS_HALVES) {
  let items: AnswerItem[];
  try {
    items = loadAnswers(half);
  } catch {
    console.log(`\n${half}: no corpus`);
    continue;
  }
  console.log(`\n${half} (${items.length} answers)                 understood  re-asked   wrong`);
  for (const lang of LANGS)
    console.log(
      line(
        lang,
        items.filter((i) => i.lang === lang),
      ),
    );
  console.log(line('all', items));
  const questions = [...new Set(items.map((i) => `${i.flow}.${i.question}`))];
  for (const q of questions)
    console.log(
      line(
        q,
        items.filter((i) => `${i.flow}.${i.question}` === q),
      ),
    );
}

if (process.argv.includes('--misses')) {
  const half = ANSWERS_HALVES.filter((h) => h !== 'blind').find((h) => process.argv.includes(`--${h}`)) ?? 'tune';
  console.log(`\n${half}, not understood:`);
  for (const item of loadAnswers(half)) {
    if (only && item.question !== only) continue;
    const outcome = outcomeOf(item);
    if (outcome === 'understood') continue;
    const read = readAnswer(item);
    console.log(
      `- [${item.lang} ${item.flow}.${item.question}] ${outcome}: ${JSON.stringify(item.text)} → ${read ? JSON.stringify(read.value) : 're-ask'} (meant ${JSON.stringify(item.expect)})`,
    );
  }
}
