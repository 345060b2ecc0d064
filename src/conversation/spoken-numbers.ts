/**
 * Numbers said in words, as a dictated message or a tired person writes
 * them: "nul vier zeven vijf twaalf vierendertig", "zéro quatre
 * septante-deux trente-trois", "null vier siebzig zwölf", "oh four seven
 * five", "quatre mille trois cent quarante". French (with the Belgian
 * "septante", "nonante"), Dutch, German and English, all at once.
 */
import { normalise } from '../language/normalise.js';

const UNITS: Readonly<Record<string, number>> = {
  // fr
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  // nl
  nul: 0,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  // de
  null: 0,
  eins: 1,
  ein: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  funf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  zehn: 10,
  zwolf: 12,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  // en
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  funfzig: 50,
  fuenfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const HUNDRED = new Set(['cent', 'cents', 'honderd', 'hundert', 'hundred']);
const THOUSAND = new Set(['mille', 'duizend', 'tausend', 'thousand']);
/** Words between the parts of one number: "vingt et un", "twenty and one", a "plus" before a country code. */
const GLUE = new Set(['et', 'and', 'en', 'und', 'plus']);

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
/** Dutch and German glue units to tens in one word: "vierendertig", "tweeënveertig", "sechsundfünfzig". */
const GLUED = new RegExp(`^(${UNIT_WORDS})(?:en|und)(${TEN_WORDS})$`);
/** "driehonderd", "vierduizend", "dreihundert": a multiplier glued to its count. */
const GLUED_MULTIPLE = /^(\p{L}+?)(honderd|duizend|hundert|tausend)(\p{L}*)$/u;

/** The value of one word, or of a word glued from several; undefined when it is no number. */
function wordValue(word: string): number | undefined {
  const unit = UNITS[word];
  if (unit !== undefined) return unit;
  const ten = TENS[word];
  if (ten !== undefined) return ten;
  const glued = GLUED.exec(word);
  if (glued?.[1] && glued[2]) return (TENS[glued[2]] ?? 0) + (UNITS[glued[1]] ?? 0);
  const multiple = GLUED_MULTIPLE.exec(word);
  if (multiple?.[2]) {
    const count = multiple[1] === '' ? 1 : wordValue(multiple[1] ?? '');
    const rest = multiple[3] === '' ? 0 : wordValue(multiple[3] ?? '');
    if (count === undefined || rest === undefined) return undefined;
    return count * (HUNDRED.has(multiple[2]) ? 100 : 1000) + rest;
  }
  return undefined;
}

/** The words of a text, folded, with hyphens and "ë" split as people write them ("soixante-douze", "tweeënveertig"). */
function words(text: string): string[] {
  return normalise(text.replace(/-/g, ' ')).split(' ').filter(Boolean);
}

/** Spoken chunks of a number, in order: "septante deux" is 72, "quatre vingt dix" is 90, "vingt et un" is 21. */
function chunks(text: string): number[] | undefined {
  const out: number[] = [];
  let pendingTen: number | undefined;
  // French counts by twenties past sixty: "soixante-douze" is 72, "quatre-vingt-dix-neuf" 99.
  let byTwenties = false;
  const flush = () => {
    if (pendingTen !== undefined) out.push(pendingTen);
    pendingTen = undefined;
  };
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    if (GLUE.has(w)) continue;
    // French "quatre vingt(s)": eighty.
    if ((w === 'vingt' || w === 'vingts') && out[out.length - 1] === 4 && pendingTen === undefined) {
      out.pop();
      pendingTen = 80;
      byTwenties = true;
      continue;
    }
    let v = wordValue(w);
    if (v === undefined) return undefined;
    // "dix-sept", "dix-huit", "dix-neuf".
    const next = UNITS[ws[i + 1] ?? ''];
    if (w === 'dix' && next !== undefined && next >= 7 && next <= 9) {
      v = 10 + next;
      i++;
    }
    if (pendingTen !== undefined && v < (byTwenties ? 20 : 10)) {
      out.push(pendingTen + v);
      pendingTen = undefined;
      continue;
    }
    flush();
    if (TENS[w] !== undefined) {
      pendingTen = v;
      byTwenties = w === 'soixante';
    } else out.push(v);
  }
  flush();
  return out.length > 0 ? out : undefined;
}

/**
 * A phone number said in words, as its digits ("nul vier zeven vijf twaalf
 * vierendertig zesenvijftig" → "0475123456"); undefined when the text holds
 * anything but number words, or too few to be a number.
 */
export function spokenDigits(text: string): string | undefined {
  if (/\d/.test(text)) return undefined;
  const plus = /^\s*plus\b/i.test(text.trim());
  const parts = chunks(text);
  if (!parts || parts.length < 4 || parts.some((p) => p >= 100)) return undefined;
  return `${plus ? '+' : ''}${parts.map(String).join('')}`;
}

/** A whole number said in words ("quatre mille trois cent quarante" → 4340); undefined otherwise. */
export function spokenNumber(text: string): number | undefined {
  if (/\d/.test(text)) return undefined;
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words(text)) {
    if (GLUE.has(w)) continue;
    if (HUNDRED.has(w)) {
      current = (current === 0 ? 1 : current) * 100;
      any = true;
      continue;
    }
    if (THOUSAND.has(w)) {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
      any = true;
      continue;
    }
    const v = wordValue(w);
    if (v === undefined) return undefined;
    // "quatre vingt": four twenties.
    current = (w === 'vingt' || w === 'vingts') && current % 100 === 4 ? current - 4 + 80 : current + v;
    any = true;
  }
  return any ? total + current : undefined;
}
