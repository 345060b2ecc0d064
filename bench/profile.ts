import fs from 'node:fs';
import path from 'node:path';

/** The parts of a V8 .cpuprofile (as written by node --cpu-prof) this reads. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine {
  name: string;
  where: string;
  category: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  file: string;
  /** Whether only the measured phases were kept. */
  measuredOnly: boolean;
  /** Sampled wall time of the profiled thread, ms. */
  totalMs: number;
  /** Time not idle, ms. */
  busyMs: number;
  bySelf: ProfileLine[];
  byCategory: Array<{ category: string; ms: number; percent: number }>;
  /** The same, with Node.js core and V8 builtins time charged to the package that called them (a socket write to its driver). */
  byCaller: Array<{ category: string; ms: number; percent: number }>;
  /** Own code (src/, bots/) by inclusive time: the paths the time goes through. */
  ownInclusive: ProfileLine[];
}

function shortUrl(url: string, root: string): string {
  if (!url) return '';
  let u = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const nm = u.lastIndexOf('/node_modules/');
  if (nm >= 0) return u.slice(nm + '/node_modules/'.length);
  if (u.startsWith(root)) u = u.slice(root.length + 1);
  return u;
}

function categoryOf(name: string, url: string, root: string): string {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(idle)') return 'idle';
  if (name === '(program)') return 'V8/native (program)';
  if (name === '(root)') return 'root';
  if (!url) return 'V8/native builtins';
  if (url.startsWith('wasm://')) return 'WebAssembly (PGlite)';
  if (url.startsWith('node:')) return 'Node.js core';
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? 'node_modules');
  }
  const local = file.startsWith(root) ? file.slice(root.length + 1) : file;
  if (local.startsWith('src/')) return 'passerelle src/';
  if (local.startsWith('bots/')) return 'passerelle bots/';
  return 'other';
}

/** The profile of the thread that did the work: the busiest one (tsx's loader thread writes a profile too). */
export function pickProfile(dir: string): string | undefined {
  let best: { file: string; busyUs: number } | undefined;
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (!name.endsWith('.cpuprofile')) continue;
    const file = path.join(dir, name);
    try {
      const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
      const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
      let busyUs = 0;
      for (let i = 0; i < profile.samples.length; i++) if (!idle.has(profile.samples[i] ?? 0)) busyUs += profile.timeDeltas[i + 1] ?? 0;
      if (!best || busyUs > best.busyUs) best = { file, busyUs };
    } catch {
      // a partial profile: skip it
    }
  }
  return best?.file;
}

/**
 * Self and inclusive time of one profile. `windows` (monotonic clock, µs, as
 * process.hrtime) keeps only the samples taken inside them: the measured
 * phases, without start-up, migrations and warm-up.
 */
export function analyseProfile(file: string, root: string, windows: Array<[number, number]> = [], top = 20): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const n = byId.get(id);
    if (!n) return '?';
    const { functionName, url, lineNumber } = n.callFrame;
    // Code compiled on the fly by tsx reports line 1 for everything: the file is all there is to say.
    const where = url ? `${shortUrl(url, root)}${lineNumber > 0 ? `:${lineNumber + 1}` : ''}` : '';
    return `${functionName || '(anonymous)'}\u0000${where}\u0000${categoryOf(functionName, url, root)}`;
  };

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const categories = new Map<string, number>();
  const callers = new Map<string, number>();
  const lowLevel = new Set(['Node.js core', 'V8/native builtins']);
  let totalUs = 0;
  let idleUs = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] ?? 0;
    at += profile.timeDeltas[i] ?? 0;
    if (windows.length > 0 && !windows.some(([from, to]) => at >= from && at <= to)) continue;
    const us = profile.timeDeltas[i + 1] ?? 0;
    totalUs += us;
    const key = keyOf(id);
    const category = key.split('\u0000')[2] ?? 'other';
    if (category === 'idle') idleUs += us;
    self.set(key, (self.get(key) ?? 0) + us);
    categories.set(category, (categories.get(category) ?? 0) + us);
    let caller = category;
    if (lowLevel.has(category)) {
      caller = 'Node.js core (no library above it)';
      for (let node = parent.get(id); node !== undefined; node = parent.get(node)) {
        const c = keyOf(node).split('\u0000')[2] ?? 'other';
        if (c === 'root') break;
        if (!lowLevel.has(c)) {
          caller = c;
          break;
        }
      }
    }
    callers.set(caller, (callers.get(caller) ?? 0) + us);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const k = keyOf(node);
      const cat = k.split('\u0000')[2];
      if (cat !== 'passerelle src/' && cat !== 'passerelle bots/') continue;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }
  const busyUs = totalUs - idleUs;
  const line = ([key, us]: [string, number]): ProfileLine => {
    const [name = '', where = '', category = ''] = key.split('\u0000');
    return { name, where, category, ms: us / 1000, percent: busyUs > 0 ? (100 * us) / busyUs : 0 };
  };
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    file,
    measuredOnly: windows.length > 0,
    totalMs: totalUs / 1000,
    busyMs: busyUs / 1000,
    bySelf: sorted(self)
      .filter(([k]) => !k.startsWith('(idle)'))
      .slice(0, top)
      .map(line),
    byCategory: sorted(categories)
      .filter(([c]) => c !== 'idle' && c !== 'root')
      .map(([category, us]) => ({ category, ms: us / 1000, percent: busyUs > 0 ? (100 * us) / busyUs : 0 })),
    byCaller: sorted(callers)
      .filter(([c]) => c !== 'idle' && c !== 'root')
      .map(([category, us]) => ({ category, ms: us / 1000, percent: busyUs > 0 ? (100 * us) / busyUs : 0 })),
    ownInclusive: sorted(inclusive).slice(0, 15).map(line),
  };
}

export function formatProfile(p: ProfileSummary): string {
  const pct = (v: number) => `${v.toFixed(1).padStart(5)} %`;
  const ms = (v: number) => `${v.toFixed(0).padStart(7)} ms`;
  const out = [
    `Service CPU profile: ${p.file}`,
    `  ${p.measuredOnly ? 'measured phases only' : 'whole run'}: sampled ${(p.totalMs / 1000).toFixed(1)} s, busy (not idle) ${(p.busyMs / 1000).toFixed(1)} s; percentages are of busy time`,
    '',
    '  By package / category (self time):',
    ...p.byCategory.slice(0, 15).map((c) => `  ${pct(c.percent)} ${ms(c.ms)}  ${c.category}`),
    '',
    '  By package, Node.js core and V8 builtins charged to the package that called them:',
    ...p.byCaller.slice(0, 15).map((c) => `  ${pct(c.percent)} ${ms(c.ms)}  ${c.category}`),
    '',
    '  Top functions by self time:',
    ...p.bySelf.map((l) => `  ${pct(l.percent)} ${ms(l.ms)}  ${l.name}  ${l.where}  [${l.category}]`),
    '',
    '  Passerelle code by inclusive time (the time spent under each function):',
    ...p.ownInclusive.map((l) => `  ${pct(l.percent)} ${ms(l.ms)}  ${l.name}  ${l.where}`),
  ];
  return out.join('\n');
}
