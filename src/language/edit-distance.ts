/** Three rows of the distance table for `boundedDistance`, reused so that comparing labels allocates nothing. */
let scratch = new Int32Array(3 * 32);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent
 * transpositions), which covers the usual thumb typos. Callers only care
 * whether it is within a small allowance, so past `max` this gives up and
 * returns `max + 1`: once two consecutive rows are all above `max`, no later
 * row can come back under it.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = b.length;
  const width = n + 1;
  if (scratch.length < 3 * width) scratch = new Int32Array(3 * width);
  // Offsets of the rows i-2 (for transpositions), i-1 and i.
  let before = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j <= n; j++) scratch[prev + j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    scratch[row] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((scratch[prev + j] ?? 0) + 1, (scratch[row + j - 1] ?? 0) + 1, (scratch[prev + j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, (scratch[before + j - 2] ?? 0) + 1);
      }
      scratch[row + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    [before, prev, row] = [prev, row, before];
  }
  const d = scratch[prev + n] ?? 0;
  return d > max ? max + 1 : d;
}

/**
 * Whether `a` is within `allowance` edits of `b`. The distance is at least the
 * difference in length, which rules most pairs out without computing it.
 */
export function withinEdits(a: string, b: string, allowance: number): boolean {
  return a === b || (Math.abs(a.length - b.length) <= allowance && boundedDistance(a, b, allowance) <= allowance);
}
