/**
 * Reads the programme's list of psychologists, as coordinators keep it in a
 * spreadsheet (exported as CSV, RFC 4180: https://www.rfc-editor.org/rfc/rfc4180).
 *
 *   name,languages,areas,modalities,capacity,contact
 *   Dr. Anne Exemple,"fr, en",1000 1050 wallonia,video cabinet,5,anne@example.org
 *
 * The areas column may also be headed `postal_codes` or `regions`; a
 * spreadsheet in a French or Dutch locale exports with `;`, which is accepted
 * when the header uses it. Values are read in the programme's four languages.
 * Every bad row gives one error line naming its line number; the good rows are
 * still returned, so one typo does not block the whole import. Error lines
 * never quote the contact column.
 */
import { regionForPostalCode } from '../conversation/answers.js';
import { type Lang, REGIONS, type Region } from '../conversation/types.js';
import type { PsychologistRow } from './psychologists.repository.js';

export interface ParsedPsychologists {
  rows: PsychologistRow[];
  errors: string[];
}

type Column = 'name' | 'languages' | 'areas' | 'modalities' | 'capacity' | 'contact';

const HEADER_ALIASES: Record<string, Column> = {
  name: 'name',
  languages: 'languages',
  areas: 'areas',
  postal_codes: 'areas',
  regions: 'areas',
  modalities: 'modalities',
  capacity: 'capacity',
  contact: 'contact',
};

const REQUIRED: Column[] = ['name', 'languages', 'areas', 'modalities', 'capacity'];

const LANGUAGE_WORDS: Record<string, Lang> = {
  fr: 'fr',
  francais: 'fr',
  french: 'fr',
  frans: 'fr',
  franzosisch: 'fr',
  nl: 'nl',
  nederlands: 'nl',
  neerlandais: 'nl',
  dutch: 'nl',
  niederlandisch: 'nl',
  de: 'de',
  deutsch: 'de',
  allemand: 'de',
  german: 'de',
  duits: 'de',
  en: 'en',
  english: 'en',
  anglais: 'en',
  engels: 'en',
  englisch: 'en',
};

/** Several-word names, folded to one token before the area column is split. */
const AREA_PHRASES: [RegExp, Region][] = [
  [/communaute germanophone|deutschsprachige gemeinschaft|duitstalige gemeenschap|german community/g, 'german_community'],
];

const AREA_WORDS: Record<string, Region> = {
  brussels: 'brussels',
  bruxelles: 'brussels',
  brussel: 'brussels',
  wallonia: 'wallonia',
  wallonie: 'wallonia',
  wallonien: 'wallonia',
  flanders: 'flanders',
  flandre: 'flanders',
  flandres: 'flanders',
  vlaanderen: 'flanders',
  flandern: 'flanders',
  german_community: 'german_community',
  'german-community': 'german_community',
  ostbelgien: 'german_community',
  dg: 'german_community',
};

const MODALITY_PHRASES: [RegExp, string][] = [
  [/in person|face to face/g, 'in_person'],
  [/en ligne/g, 'video'],
];

const MODALITY_WORDS: Record<string, 'video' | 'in_person' | 'phone'> = {
  video: 'video',
  visio: 'video',
  visioconference: 'video',
  online: 'video',
  in_person: 'in_person',
  'in-person': 'in_person',
  cabinet: 'in_person',
  presentiel: 'in_person',
  praktijk: 'in_person',
  praxis: 'in_person',
  phone: 'phone',
  telephone: 'phone',
  telefoon: 'phone',
  telefon: 'phone',
};

export function parsePsychologistsCsv(text: string): ParsedPsychologists {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = headerDelimiter(body);
  const { records, unclosedQuoteAt } = readRecords(body, delimiter);
  const errors: string[] = [];
  const rows: PsychologistRow[] = [];

  const [header, ...data] = records.filter((r) => !(r.fields.length === 1 && r.fields[0]?.trim() === ''));
  if (!header) return { rows, errors: ['line 1: the file is empty (expected a header: name,languages,areas,modalities,capacity,contact)'] };

  const columns = new Map<Column, number>();
  header.fields.forEach((raw, index) => {
    const column = HEADER_ALIASES[raw.trim().toLowerCase().replace(/\s+/g, '_')];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      rows,
      errors: [`line ${header.line}: the header lacks ${missing.join(', ')} (expected name,languages,areas,modalities,capacity,contact)`],
    };
  }

  const seen = new Map<string, number>();
  for (const record of data) {
    const cell = (c: Column): string => {
      const index = columns.get(c);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const problems: string[] = [];
    if (record.fields.length > header.fields.length && record.fields.slice(header.fields.length).some((f) => f.trim() !== '')) {
      problems.push(
        `has ${record.fields.length} fields, the header ${header.fields.length} (a value with a comma must be in double quotes)`,
      );
    }

    const name = cell('name').replace(/\s+/g, ' ');
    if (name === '') problems.push('name is empty');
    const earlier = seen.get(nameKey(name));
    if (name !== '' && earlier !== undefined) problems.push(`name already on line ${earlier}`);

    const languages = readLanguages(cell('languages'), problems);
    const areas = readAreas(cell('areas'), problems);
    const modalities = readModalities(cell('modalities'), problems);
    const capacityText = cell('capacity');
    const capacity = /^\d+$/.test(capacityText) ? Number(capacityText) : Number.NaN;
    if (!Number.isSafeInteger(capacity) || capacity <= 0) problems.push('capacity must be a positive whole number');
    const contact = cell('contact');

    if (problems.length > 0) {
      errors.push(`line ${record.line}: ${problems.join('; ')}`);
      continue;
    }
    seen.set(nameKey(name), record.line);
    rows.push({ name, languages, ...areas, modalities, capacity, contact: contact === '' ? null : contact });
  }
  if (unclosedQuoteAt !== undefined)
    errors.push(`line ${unclosedQuoteAt}: a double quote is opened and never closed, the rest of the file was not read`);
  return { rows, errors };
}

/** The key names are compared on: re-importing "anne exemple" updates "Anne Exemple". */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function readLanguages(value: string, problems: string[]): string[] {
  const found: string[] = [];
  const unknown: string[] = [];
  for (const word of tokens(value)) {
    const lang = LANGUAGE_WORDS[word];
    if (lang) pushOnce(found, lang);
    else unknown.push(word);
  }
  if (unknown.length > 0) problems.push(`unknown language ${quoteList(unknown)} (use fr, nl, de, en)`);
  else if (found.length === 0) problems.push('languages is empty');
  return found;
}

function readAreas(value: string, problems: string[]): { regions: string[]; postalCodes: string[] } {
  let folded = fold(value);
  for (const [phrase, region] of AREA_PHRASES) folded = folded.replace(phrase, region);
  const regions: string[] = [];
  const postalCodes: string[] = [];
  const unknown: string[] = [];
  for (const word of split(folded)) {
    if (/^\d{4}$/.test(word)) {
      const region = regionForPostalCode(Number(word));
      if (region) {
        pushOnce(postalCodes, word);
        pushOnce(regions, region);
        continue;
      }
    }
    const region = AREA_WORDS[word];
    if (region) pushOnce(regions, region);
    else unknown.push(word);
  }
  if (unknown.length > 0) problems.push(`unknown area ${quoteList(unknown)} (use 4-digit postal codes or ${REGIONS.join(', ')})`);
  else if (regions.length === 0) problems.push('areas is empty');
  // Regions in a fixed order, so that re-importing the same file changes nothing.
  return { regions: REGIONS.filter((r) => regions.includes(r)), postalCodes };
}

function readModalities(value: string, problems: string[]): string[] {
  let folded = fold(value);
  for (const [phrase, modality] of MODALITY_PHRASES) folded = folded.replace(phrase, modality);
  const found: string[] = [];
  const unknown: string[] = [];
  for (const word of split(folded)) {
    const modality = MODALITY_WORDS[word];
    if (modality) pushOnce(found, modality);
    else unknown.push(word);
  }
  if (unknown.length > 0) problems.push(`unknown modality ${quoteList(unknown)} (use video, in_person, phone)`);
  else if (found.length === 0) problems.push('modalities is empty');
  return found;
}

/** Lower case, no accents ("Wallonië" → "wallonie", "présentiel" → "presentiel"). */
function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function split(folded: string): string[] {
  return folded.split(/[\s,;|/+]+/).filter((w) => w !== '');
}

function tokens(value: string): string[] {
  return split(fold(value));
}

function pushOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function quoteList(words: string[]): string {
  return words.map((w) => `"${w.slice(0, 30)}"`).join(', ');
}

/** `;` when the header line has more semicolons than commas (a spreadsheet in a fr/nl locale), `,` otherwise. */
export function headerDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export interface CsvRecord {
  /** The line the record starts on (1-based), as a spreadsheet shows it. */
  line: number;
  fields: string[];
}

/** RFC 4180 records: quoted fields may hold the delimiter, `""` and line breaks. */
export function readRecords(text: string, delimiter: string): { records: CsvRecord[]; unclosedQuoteAt: number | undefined } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteOpenedAt = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      // A quote opens a field only at its start (leading spaces tolerated); elsewhere it is kept as is.
      field = '';
      quoted = true;
      quoteOpenedAt = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // CRLF: the \n ends the record.
    } else if (ch === '\n') {
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (quoted) return { records, unclosedQuoteAt: quoteOpenedAt };
  if (field !== '' || fields.length > 0) endRecord();
  return { records, unclosedQuoteAt: undefined };
}
