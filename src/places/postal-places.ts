/**
 * Belgian place names to postal codes ("Ixelles", "aalst", "ik woon in
 * Brugge", "er wohnt in Bütgenbach"), from `be-postal-places.tsv`: every
 * postal place and every municipality name in French, Dutch and German
 * with the codes it is found under (FPS BOSA BeST Address open data, CC BY
 * 4.0; source and commit in the file's header). English names of the
 * larger towns are added here.
 *
 * A name found under codes of one municipality gives its lowest code (the
 * town itself: Brugge 8000, not 8310); a name shared by places in
 * different parts of the country ("Aalst": 9300 and 3800; the first digit
 * of a code is its part of the country) gives a few codes to choose from.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'be-postal-places.tsv');

/** English names people use for Belgian towns, to the name in the data. */
const ENGLISH: Readonly<Record<string, string>> = {
  antwerp: 'antwerpen',
  brussels: 'bruxelles',
  ghent: 'gent',
  ostend: 'oostende',
  bruges: 'brugge',
  louvain: 'leuven',
  ypres: 'ieper',
  mechlin: 'mechelen',
  courtrai: 'kortrijk',
};

/** A name as it is looked up: lower case, no accents, words split on hyphens and apostrophes, "st." as "sint". */
export function foldPlace(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(?:st|sankt|saint|sint|ste|sainte)\b/g, 'st')
    .replace(/\s+/g, ' ')
    .trim();
}

let index: Map<string, string[]> | undefined;
let longest = 1;

function load(): Map<string, string[]> {
  if (index) return index;
  const byName = new Map<string, Set<string>>();
  for (const line of fs.readFileSync(FILE, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [code, name] = line.split('\t');
    if (!code || !name || !/^\d{4}$/.test(code)) continue;
    const key = foldPlace(name);
    let codes = byName.get(key);
    if (!codes) {
      codes = new Set();
      byName.set(key, codes);
    }
    codes.add(code);
  }
  for (const [english, name] of Object.entries(ENGLISH)) {
    const codes = byName.get(name);
    if (codes && !byName.has(english)) byName.set(english, new Set(codes));
  }
  index = new Map([...byName].map(([name, codes]) => [name, [...codes].sort()]));
  longest = Math.max(...[...index.keys()].map((k) => k.split(' ').length));
  return index;
}

/** Somewhere near a town rather than in it. */
const NEAR =
  /\b(?:pres d|pres de|pas loin|region de|region d|environs|autour d|alentours|cote de|a cote|vlakbij|in de buurt|buurt van|omgeving|rond|regio|in der nahe|nahe von|nahe|umgebung|naher|in der gegend|near|close to|around|outside|not far|area|irgendwo|quelque part|ergens|somewhere|bei)\b/;

/** The City of Brussels' codes: "Brussels" said with a commune is the region, not the city. */
const BRUSSELS_CITY = ['1000'];

/** Words that are place names but far more often something else in an answer ("Mal", "My", "Beek"…). */
const ORDINARY = new Set([
  'mal',
  'mean',
  'my',
  'as',
  'on',
  'beek',
  'berg',
  'voort',
  'haren',
  'zele',
  'lo',
  'hees',
  'heks',
  'sart',
  'bas',
  'ville',
  'pont',
  'rue',
  'bois',
  'roux',
  'ham',
  'lede',
  'wal',
  'op',
  'hier',
  'in',
  'de',
  'la',
  'le',
]);

/**
 * The postal codes a text names by place: the longest place name in it
 * (several words first: "Sint-Pieters-Leeuw" before "Leeuw"). One code
 * when the name is one town; up to three (one per part of the country)
 * when it is shared; none when the text names no place, or two.
 */
export function placeCodes(text: string): string[] {
  const places = load();
  const words = foldPlace(text).split(' ').filter(Boolean);
  const found = new Map<string, string[]>();
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(' ');
      if (n === 1 && (ORDINARY.has(name) || name.length < 3)) continue;
      const codes = places.get(name);
      if (codes) {
        // "pas loin de Bruxelles", "a small village near Ghent": somewhere else, whose postcode is not the town's.
        // ("Schaerbeek, près de la place Colignon" names the town first: a landmark in it.)
        if (NEAR.test(words.slice(Math.max(0, i - 4), i).join(' '))) return [];
        found.set(name, codes);
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  // "Courtrai, I mean Kortrijk": two names of one town. "Saint-Gilles in Brussels": a commune of the region named.
  const named = [...found.values()];
  if (named.length === 0) return [];
  const shared = named.reduce((a, b) => a.filter((c) => b.includes(c)));
  const inRegion = named.filter((codes) => !codes.some((c) => BRUSSELS_CITY.includes(c)));
  const codes = named.length === 1 || shared.length > 0 ? shared : inRegion.length === 1 && named.length === 2 ? (inRegion[0] ?? []) : [];
  if (codes.length === 0) return [];
  // One code per part of the country (the first digit; a municipality never spans two): the lowest, the town itself.
  const byArea = new Map<string, string>();
  for (const code of codes) if (!byArea.has(code.slice(0, 1))) byArea.set(code.slice(0, 1), code);
  const choices = [...byArea.values()];
  return choices.length <= 3 ? choices : [];
}
