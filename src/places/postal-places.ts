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

import { isCommonWord } from '../language/detect.js';
import { withinEdits } from '../language/edit-distance.js';

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'be-postal-places.tsv');
/** Villages of the German-speaking Community that the list above does not name ("Kettenis", "Elsenborn"). */
const LOCALITIES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'be-localities.tsv');

/** English names people use for Belgian towns, to the name in the data. */
const ENGLISH: Readonly<Record<string, string>> = {
  // Luxembourgish and German forms the data does not list.
  arel: 'arlon',
  welkenrath: 'welkenraedt',
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
  const lines = [FILE, LOCALITIES].flatMap((file) => fs.readFileSync(file, 'utf8').split('\n'));
  for (const line of lines) {
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
  homonyms = findHomonyms(index);
  return index;
}

/**
 * Places another place's name begins with: "Beveren" beside "Beveren-Waas"
 * and "Beveren-aan-de-IJzer", "Sint-Gillis" beside "Sint-Gillis-Waas",
 * "Leuze" beside "Leuze-en-Hainaut". People there give the short name, so
 * the short name alone is asked about. Not a merged municipality's name
 * ("Tessenderlo-Ham": the rest is a place of its own), and not a town with
 * several codes of its own ("Mechelen", "Mons"), which is what the name
 * means to nearly everyone.
 */
function findHomonyms(names: ReadonlyMap<string, string[]>): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  for (const [name, codes] of names) {
    const words = name.split(' ');
    for (let n = 1; n < words.length; n++) {
      const short = words.slice(0, n).join(' ');
      const own = names.get(short);
      if (!own || own.length > 2 || short.length < 4 || ORDINARY.has(short)) continue;
      // "Tessenderlo-Ham", "Knokke-Heist": a municipality that took the town in, not another place.
      if (own.every((c) => codes.includes(c))) continue;
      const rest = words.slice(n);
      if (rest.some((_, k) => names.has(rest.slice(0, k + 1).join(' ')))) continue;
      const other = codes.filter((c) => !own.includes(c));
      if (other.length === 0) continue;
      const set = found.get(short) ?? new Set(own);
      set.add(other[0] ?? '');
      found.set(short, set);
    }
  }
  return new Map([...found].map(([name, codes]) => [name, [...codes].sort()]));
}

let homonyms: Map<string, string[]> = new Map();

/** Somewhere near a town rather than in it. */
/** Somewhere between two places named. */
const BETWEEN = /\b(?:between|entre|tussen|zwischen)\b/;

const NEAR =
  /\b(?:pres d|pres de|pas loin|region de|region d|environs|autour d|alentours|cote de|a cote|vlakbij|in de buurt|buurt van|omgeving|rond|regio|in der nahe|nahe von|nahe|umgebung|naher|in der gegend|near|close to|around|outside|not far|area|irgendwo|quelque part|ergens|somewhere|bei)\b/;

/** Words that put the person in the town that follows ("… bij de kerk in Zele"). */
const IN_TOWN = new Set(['in', 'a', 'te', 'im', 'zu', 'op']);

/** Of the words above, the towns that "in" before them makes a place ("ik woon in Zele"). */
const TOWN_AFTER_IN = new Set(['zele', 'beek', 'berg', 'voort', 'haren', 'lo', 'hees', 'sart', 'ham', 'lede', 'wal', 'roux', 'heks']);

/** The City of Brussels' codes: "Brussels" said with a commune is the region, not the city. */
const BRUSSELS_CITY = ['1000'];
/** The City of Brussels said as such: "Bruxelles-ville", "Brussel-stad", "Brussels city centre", "Zentrum". */
const CITY_CENTRE = /\b(?:ville|centre|centre ville|stad|centrum|stadt|zentrum|city|center|centre|pentagone|vijfhoek)\b/;

/** Words that are place names but far more often something else in an answer ("Mal", "My", "Beek"…). */
const ORDINARY = new Set([
  'mal',
  'sure',
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
      // "in Zele", "te Lede", "in Ham": after "in", a word that is also a town's name is the town.
      const named = IN_TOWN.has(words[i - 1] ?? '') && TOWN_AFTER_IN.has(name);
      if (n === 1 && (ORDINARY.has(name) || name.length < 3) && !named) continue;
      const codes = places.get(name);
      if (codes) {
        // "pas loin de Bruxelles", "a small village near Ghent": somewhere else, whose postcode is not the town's.
        // ("Schaerbeek, près de la place Colignon" names the town first: a landmark in it.)
        // "Kraainem, near Brussels": the town named first is where they are; the one it is near says nothing more.
        // ("vlak bij de kerk in Zele", "near the church in Genk": in the town named, near something in it.)
        const inTown = IN_TOWN.has(words[i - 1] ?? '') && i >= 2 && !NEAR.test(words[i - 2] ?? '');
        if (NEAR.test(words.slice(Math.max(0, i - 4), i).join(' ')) && !inTown) {
          if (found.size === 0) return [];
          matched = n;
          break;
        }
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
  // "between Brussels and Leuven", "tussen Aalst en Gent": somewhere between, neither of them.
  if (named.length > 1 && BETWEEN.test(words.join(' '))) return [];
  // "Bruxelles", "à Brussel" alone: one of the region's nineteen communes, which one unsaid ("Bruxelles-ville" is the city).
  if (named.length === 1 && named[0]?.some((c) => BRUSSELS_CITY.includes(c)) && !CITY_CENTRE.test(words.join(' '))) return [];
  // "Beveren", "Sint-Gillis" alone: several places go by it; each one's code is offered.
  const only = [...found.keys()];
  const alike = only.length === 1 ? homonyms.get(only[0] ?? '') : undefined;
  if (alike) return alike.slice(0, 4);
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

/**
 * "Eupn", "Hasslet", "Sankt Fith": an answer of one or two words, one
 * letter away (dropped, added, changed or two swapped) from the name of one
 * town only. Empty when no name is that close, or several are.
 */
export function placeCodesNear(text: string): string[] {
  const folded = foldPlace(text);
  const words = folded.split(' ').filter(Boolean);
  // Short words are too close to too many ("geen" to Geel): five letters at least, and no ordinary word.
  if (words.length === 0 || words.length > 2 || folded.replace(/ /g, '').length < 5 || /\d/.test(folded)) return [];
  if (words.some((w) => ORDINARY.has(w) || isCommonWord(w))) return [];
  const places = load();
  let hit: string[] | undefined;
  for (const [name, codes] of places) {
    if (Math.abs(name.length - folded.length) > 1 || name[0] !== folded[0]) continue;
    if (!withinEdits(folded, name, 1)) continue;
    if (hit && hit.join() !== codes.join()) return [];
    hit = codes;
  }
  if (!hit) return [];
  const lowest = [...hit].sort()[0];
  return lowest ? [lowest] : [];
}

/** "Bruxelles", "in Brussel" and no commune: which of the nineteen is asked (not "near Brussels", not the city said as such). */
export function namesBrusselsOnly(text: string): boolean {
  const folded = foldPlace(text);
  return (
    /\b(?:bruxelles|brussel|brussels)\b/.test(folded) && !NEAR.test(folded) && !CITY_CENTRE.test(folded) && placeCodes(text).length === 0
  );
}

/**
 * Belgian provinces (and the Brussels region) by their postcode ranges, with
 * their names in the four languages, folded.
 */
const PROVINCES: ReadonlyArray<{ readonly names: RegExp; readonly ranges: ReadonlyArray<readonly [number, number]> }> = [
  { names: /\b(?:bruxelles|brussel|brussels?|brussels region)\b/, ranges: [[1000, 1299]] },
  { names: /\b(?:brabant wallon|waals brabant|wallonisch brabant|walloon brabant)\b/, ranges: [[1300, 1499]] },
  {
    names: /\b(?:brabant flamand|vlaams brabant|flamisch brabant|flemish brabant)\b/,
    ranges: [
      [1500, 1999],
      [3000, 3499],
    ],
  },
  { names: /\b(?:anvers|antwerpen|antwerp)\b/, ranges: [[2000, 2999]] },
  { names: /\b(?:limbourg|limburg)\b/, ranges: [[3500, 3999]] },
  { names: /\b(?:liege|luik|luttich|lüttich|ostbelgien|oostkantons|cantons de l est|east cantons)\b/, ranges: [[4000, 4999]] },
  { names: /\b(?:namur|namen)\b/, ranges: [[5000, 5999]] },
  {
    names: /\b(?:hainaut|henegouwen|hennegau)\b/,
    ranges: [
      [6000, 6599],
      [7000, 7999],
    ],
  },
  { names: /\b(?:luxembourg belge|province de luxembourg|luxembourg|luxemburg)\b/, ranges: [[6600, 6999]] },
  { names: /\b(?:flandre occidentale|west vlaanderen|westvlaanderen|westflandern|west flanders)\b/, ranges: [[8000, 8999]] },
  { names: /\b(?:flandre orientale|oost vlaanderen|oostvlaanderen|ostflandern|east flanders)\b/, ranges: [[9000, 9999]] },
  {
    names: /\b(?:wallonie|wallonia|wallonien|walloni[eë])\b/,
    ranges: [
      [1300, 1499],
      [4000, 7999],
    ],
  },
  {
    names: /\b(?:flandre|vlaanderen|flandern|flanders)\b/,
    ranges: [
      [1500, 3999],
      [8000, 9999],
    ],
  },
];

const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:premier|premiere|1er|eerste|erste|ersten|first|1st)\b/, 0],
  [/\b(?:deuxieme|second|seconde|2e|2eme|tweede|zweite|zweiten|2nd)\b/, 1],
  [/\b(?:troisieme|3e|derde|dritte|third|3rd)\b/, 2],
  [/\b(?:dernier|derniere|laatste|letzte|last)\b/, -1],
];

/**
 * Which of the postcodes the bot offered ("3800 / 9300: which is it?") an
 * answer chooses, when it names no code: a province or region ("die in
 * Oost-Vlaanderen"), a town in the same part of the country ("la celle près
 * de Gand"), or its place in the list ("de tweede"). Undefined when it
 * chooses none, or more than one.
 */
export function chooseAmong(text: string, candidates: readonly string[]): string | undefined {
  const folded = foldPlace(text);
  const inRanges = (code: string, ranges: ReadonlyArray<readonly [number, number]>) =>
    ranges.some(([from, to]) => Number(code) >= from && Number(code) <= to);
  // A province first ("Oost-Vlaanderen" also says "Vlaanderen"), then a region.
  for (const group of [PROVINCES.slice(0, 11), PROVINCES.slice(11)]) {
    const named = new Set<string>();
    for (const province of group)
      if (province.names.test(folded)) for (const c of candidates) if (inRanges(c, province.ranges)) named.add(c);
    if (named.size === 1) return [...named][0];
    if (named.size > 1) return undefined;
  }
  for (const [ordinal, index] of ORDINALS) {
    if (!ordinal.test(folded)) continue;
    return index < 0 ? candidates[candidates.length - 1] : candidates[index];
  }
  // A town named beside it: the candidate in its province ("die bij Gent" → 9300, not 3800).
  const near = placeCodesAnywhere(folded);
  const province = (code: string) => PROVINCES.slice(0, 11).findIndex((p) => inRanges(code, p.ranges));
  const nearby = candidates.filter((c) => near.some((n) => province(n) === province(c) && province(c) >= 0));
  return nearby.length === 1 ? nearby[0] : undefined;
}

/** Every code of every place a folded text names, near words included ("bij Gent"). */
function placeCodesAnywhere(folded: string): string[] {
  const places = load();
  const words = folded.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let n = Math.min(longest, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const name = words.slice(i, i + n).join(' ');
      if (n === 1 && (ORDINARY.has(name) || name.length < 3)) continue;
      out.push(...(places.get(name) ?? []), ...(homonyms.get(name) ?? []));
    }
  }
  return out;
}

/** Every code of every Belgian place a text names ("Hasselt" is 3500 and 3501), to check a code given beside it. */
export function codesOfPlacesNamed(text: string): string[] {
  return placeCodesAnywhere(foldPlace(text.replace(/\d+/g, ' ')));
}

/**
 * Towns abroad that people near the borders, or from elsewhere, give with
 * their own postcode ("6211 AB Maastricht", "1010 Wien"): not a Belgian code.
 * None of them is the name of a Belgian place.
 */
const FOREIGN_TOWNS =
  /\b(?:ruhrgebiet|ruhrpott|nrw|nordrhein westfalen|saarland|bayern|deutschland|germany|allemagne|duitsland|frankreich|frankrijk|nederland|niederlande|pays bas|netherlands|maastricht|aachen|aken|aix la chapelle|lille|rijsel|roubaix|tourcoing|maubeuge|valenciennes|sedan|metz|strasbourg|paris|wien|vienna|vienne|zurich|bern|berne|basel|bale|geneve|genf|innsbruck|salzburg|graz|munchen|munich|koln|cologne|keulen|dusseldorf|trier|treves|monschau|prum|amsterdam|rotterdam|eindhoven|venlo|heerlen|kerkrade|vaals|breda|terneuzen|london|londres|londen|luxembourg ville|luxemburg stadt|esch sur alzette)\b/;

/** A Dutch postcode ("6211 AB") or a town abroad: the code given is not Belgian. */
export function namesForeignPostcode(text: string): boolean {
  // "6211 AB" (the Netherlands), "L-1234", "F-59000", "D-52062": a code from abroad, or written with its country's letter.
  return /\b\d{4}\s?[A-Z]{2}\b/.test(text) || /\b(?:L|F|D|NL|CH|A|LU|FR|DE)-\d{4,5}\b/.test(text) || FOREIGN_TOWNS.test(foldPlace(text));
}

/** Whether a text names a Belgian place anywhere in it ("a small village near Bastogne"). */
export function namesPlace(text: string): boolean {
  return placeCodesAnywhere(foldPlace(text)).length > 0;
}
