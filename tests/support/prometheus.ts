/**
 * One sample of a Prometheus text exposition: the value on the line that
 * starts with `name` followed by `labels` (as printed, e.g.
 * `{channel="teams",status="handled"}`), or undefined when there is none.
 */
export function sampleOf(text: string, name: string, labels = ''): number | undefined {
  const prefix = `${name}${labels} `;
  const line = text.split('\n').find((l) => l.startsWith(prefix));
  return line === undefined ? undefined : Number(line.slice(prefix.length).split(' ')[0]);
}
