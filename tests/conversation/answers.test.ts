import { describe, expect, it } from 'vitest';
import {
  type ChoiceOption,
  isSkip,
  MAX_TEXT_LENGTH,
  type ParseFailure,
  parseChoice,
  parseEmail,
  parseFreeText,
  parseMultiChoice,
  parsePhone,
  parsePostalCode,
  parseYesNo,
  regionForPostalCode,
} from '../../src/conversation/answers.js';
import type { Lang, Region } from '../../src/conversation/types.js';

describe('parseYesNo', () => {
  const yes: Array<[string, Lang]> = [
    ['oui', 'fr'],
    ['Oui', 'fr'],
    ['OUI !', 'fr'],
    ['ouais', 'fr'],
    ['ouai', 'fr'],
    ['ouii', 'fr'],
    ['ouiiiii', 'fr'],
    ['oui oui', 'fr'],
    ['oui merci', 'fr'],
    ['Oui, bien sûr', 'fr'],
    ['bien sur', 'fr'],
    ["d'accord", 'fr'],
    ['D’accord !', 'fr'],
    ['dac', 'fr'],
    ['ok', 'fr'],
    ['Okay', 'fr'],
    ['absolument', 'fr'],
    ['tout à fait', 'fr'],
    ['pas de souci', 'fr'],
    ['wi', 'fr'],
    ['wé', 'fr'],
    ['si', 'fr'],
    ['oui je suis indépendant', 'fr'],
    ['ja', 'nl'],
    ['Jaaaa', 'nl'],
    ['ja hoor', 'nl'],
    ['ja graag', 'nl'],
    ['jawel', 'nl'],
    ['jazeker', 'nl'],
    ['jep', 'nl'],
    ['zeker', 'nl'],
    ['tuurlijk', 'nl'],
    ['oké', 'nl'],
    ['okee', 'nl'],
    ['Ja, dat klopt', 'nl'],
    ['geen probleem', 'nl'],
    ['jawohl', 'de'],
    ['Jawoll!', 'de'],
    ['genau', 'de'],
    ['klar', 'de'],
    ['na klar', 'de'],
    ['natürlich', 'de'],
    ['naturlich', 'de'],
    ['sicher', 'de'],
    ['ja gerne', 'de'],
    ['auf jeden Fall', 'de'],
    ['yes', 'en'],
    ['Yes!!', 'en'],
    ['yesss', 'en'],
    ['yess', 'en'],
    ['yep', 'en'],
    ['yeah', 'en'],
    ['yea', 'en'],
    ['ya', 'en'],
    ['y', 'en'],
    ['ye', 'en'],
    ['ui', 'fr'],
    ['Y', 'en'],
    ['sure', 'en'],
    ['of course', 'en'],
    ['yes please', 'en'],
    ['no problem', 'en'],
    ['1', 'fr'],
    ['1.', 'nl'],
    ['1️⃣', 'de'],
    ['👍', 'en'],
    ['👍🏽', 'fr'],
    ['✅', 'nl'],
    ['oui 👍', 'fr'],
    ['ok 🙂', 'fr'],
    // other language than the conversation's
    ['ja', 'fr'],
    ['oui', 'nl'],
    ['yes', 'de'],
    ['jawohl', 'en'],
  ];
  it.each(yes)('%j (%s) → yes', (text, lang) => {
    expect(parseYesNo(text, lang)).toEqual({ ok: true, value: true });
  });

  const no: Array<[string, Lang]> = [
    ['non', 'fr'],
    ['Non.', 'fr'],
    ['nooon', 'fr'],
    ['non merci', 'fr'],
    ['Non, merci beaucoup', 'fr'],
    ['nan', 'fr'],
    ['pas du tout', 'fr'],
    ['jamais', 'fr'],
    ['absolument pas', 'fr'],
    ['bien sûr que non', 'fr'],
    ["je ne suis pas d'accord", 'fr'],
    ['pas ok', 'fr'],
    ['pas vraiment', 'fr'],
    ['nee', 'nl'],
    ['neeee', 'nl'],
    ['neen', 'nl'],
    ['nee, dank je', 'nl'],
    ['nooit', 'nl'],
    ['niet', 'nl'],
    ['helemaal niet', 'nl'],
    ['zeker niet', 'nl'],
    ['niet goed', 'nl'],
    ['nein', 'de'],
    ['Nein danke', 'de'],
    ['nö', 'de'],
    ['ne', 'de'],
    ['nicht', 'de'],
    ['nej', 'de'],
    ['auf keinen Fall', 'de'],
    ['überhaupt nicht', 'de'],
    ['no', 'en'],
    ['No!', 'en'],
    ['noooo', 'en'],
    ['nope', 'en'],
    ['nah', 'en'],
    ['n', 'en'],
    ['never', 'en'],
    ['not at all', 'en'],
    ['no thanks', 'en'],
    ['of course not', 'en'],
    ['2', 'fr'],
    ['2.', 'en'],
    ['👎', 'fr'],
    ['❌', 'nl'],
    ['non 👎', 'fr'],
    ['nein', 'fr'],
    ['non', 'de'],
  ];
  it.each(no)('%j (%s) → no', (text, lang) => {
    expect(parseYesNo(text, lang)).toEqual({ ok: true, value: false });
  });

  const failures: Array<[string, ParseFailure]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u200B', 'empty'],
    ['oui non', 'ambiguous'],
    ['oui et non', 'ambiguous'],
    ['ja nee', 'ambiguous'],
    ['ja und nein', 'ambiguous'],
    ['yes no', 'ambiguous'],
    ['yes but no', 'ambiguous'],
    ['👍👎', 'ambiguous'],
    ['oui 👎', 'ambiguous'],
    ['peut-être', 'ambiguous'],
    ['je sais pas', 'ambiguous'],
    ['je ne sais pas', 'ambiguous'],
    ['pas sûr', 'ambiguous'],
    ['misschien', 'ambiguous'],
    ['weet ik niet', 'ambiguous'],
    ['vielleicht', 'ambiguous'],
    ['ich weiß nicht', 'ambiguous'],
    ['maybe', 'ambiguous'],
    ['parfois', 'ambiguous'],
    ['manchmal', 'ambiguous'],
    ['a bit', 'ambiguous'],
    ['non, pas de souci', 'ambiguous'],
    ['not sure', 'ambiguous'],
    ['banane', 'not_understood'],
    ['merci', 'not_understood'],
    ['???', 'not_understood'],
    ['3', 'not_understood'],
    ['il y a un souci', 'not_understood'],
    ['🙂', 'not_understood'],
  ];
  it.each(failures)('%j → %s', (text, reason) => {
    expect(parseYesNo(text, 'fr')).toEqual({ ok: false, reason });
  });
});

const SUPPORT: ChoiceOption[] = [
  {
    value: 'psy',
    labels: {
      fr: 'Psychologue',
      nl: 'Psycholoog',
      de: 'Psychologe',
      en: 'Psychologist',
    },
    synonyms: ['psy'],
  },
  {
    value: 'coach',
    labels: { fr: 'Coach', nl: 'Coach', de: 'Coach', en: 'Coach' },
    synonyms: ['coaching'],
  },
  {
    value: 'legal',
    labels: {
      fr: 'Conseil juridique',
      nl: 'Juridisch advies',
      de: 'Rechtsberatung',
      en: 'Legal advice',
    },
    synonyms: ['avocat', 'advocaat', 'Anwalt', 'lawyer'],
  },
  {
    value: 'finance',
    labels: {
      fr: 'Aide financière',
      nl: 'Financiële hulp',
      de: 'Finanzielle Hilfe',
      en: 'Financial help',
    },
    synonyms: ['argent', 'geld', 'money', 'dettes', 'schulden'],
  },
  {
    value: 'other',
    labels: { fr: 'Autre', nl: 'Andere', de: 'Andere', en: 'Other' },
  },
];

describe('parseChoice', () => {
  const good: Array<[string, Lang, string]> = [
    // by number
    ['2', 'fr', 'coach'],
    ['2.', 'fr', 'coach'],
    ['2)', 'fr', 'coach'],
    [' 2 ', 'fr', 'coach'],
    ['n°2', 'fr', 'coach'],
    ['nº2', 'fr', 'coach'],
    ['N° 2', 'fr', 'coach'],
    ['nr 2', 'nl', 'coach'],
    ['Nr. 2', 'de', 'coach'],
    ['#2', 'en', 'coach'],
    ['option 2', 'en', 'coach'],
    ['optie 2', 'nl', 'coach'],
    ['2️⃣', 'fr', 'coach'],
    ['le 2', 'fr', 'coach'],
    ["c'est le 2 merci", 'fr', 'coach'],
    ['ik kies 2', 'nl', 'coach'],
    ['2e', 'nl', 'coach'],
    ['2ème', 'fr', 'coach'],
    ['2nd', 'en', 'coach'],
    ['5', 'fr', 'other'],
    ['1', 'de', 'psy'],
    ['deux', 'fr', 'coach'],
    ['twee', 'nl', 'coach'],
    ['zwei', 'de', 'coach'],
    ['two', 'en', 'coach'],
    ['le premier', 'fr', 'psy'],
    ['euh je dirais 4', 'fr', 'finance'],
    // by label, any language
    ['Psychologue', 'fr', 'psy'],
    ['psychologue', 'nl', 'psy'],
    ['psycholoog', 'nl', 'psy'],
    ['Psychologe', 'fr', 'psy'],
    ['PSYCHOLOGIST', 'de', 'psy'],
    ['coach', 'nl', 'coach'],
    ['Conseil juridique', 'fr', 'legal'],
    ['conseil juridique.', 'fr', 'legal'],
    ['Rechtsberatung', 'fr', 'legal'],
    ['legal advice', 'nl', 'legal'],
    ['aide financiere', 'fr', 'finance'],
    ['Financiële hulp', 'nl', 'finance'],
    ['autre', 'fr', 'other'],
    ['Andere', 'de', 'other'],
    // the answer contains the label
    ['je voudrais une aide financière', 'fr', 'finance'],
    ['plutôt un psychologue svp', 'fr', 'psy'],
    ['Ik wil graag juridisch advies', 'nl', 'legal'],
    // the label starts with the answer (≥ 4 characters)
    ['psycho', 'fr', 'psy'],
    ['financ', 'en', 'finance'],
    ['Rechts', 'de', 'legal'],
    // a distinctive word of a label
    ['juridique', 'fr', 'legal'],
    ['advice', 'en', 'legal'],
    // synonyms
    ['psy', 'fr', 'psy'],
    ['un avocat', 'fr', 'legal'],
    ['advocaat', 'nl', 'legal'],
    ['Anwalt', 'de', 'legal'],
    ['schulden', 'nl', 'finance'],
    ['money', 'en', 'finance'],
    ['plutôt du coaching', 'fr', 'coach'],
    // typos and repeated letters
    ['psycologue', 'fr', 'psy'],
    ['pyschologist', 'en', 'psy'],
    ['Rechtsbertung', 'de', 'legal'],
    ['juridisch advis', 'nl', 'legal'],
    ['coachhhh', 'fr', 'coach'],
    ['aide financiere!!', 'fr', 'finance'],
  ];
  it.each(good)('%j (%s) → %s', (text, lang, value) => {
    expect(parseChoice(text, SUPPORT, lang)).toEqual({ ok: true, value });
  });

  const bad: Array<[string, ParseFailure]> = [
    ['', 'empty'],
    ['  ', 'empty'],
    ['6', 'not_understood'],
    ['0', 'not_understood'],
    ['option 9', 'not_understood'],
    ['42', 'not_understood'],
    ['banane', 'not_understood'],
    ['xyz', 'not_understood'],
    ['psy ou coach', 'ambiguous'],
    ['psychologue et avocat', 'ambiguous'],
    ['2 et 3', 'ambiguous'],
    ['1 or 2', 'ambiguous'],
  ];
  it.each(bad)('%j → %s', (text, reason) => {
    expect(parseChoice(text, SUPPORT, 'fr')).toEqual({ ok: false, reason });
  });

  const STATUS: ChoiceOption[] = [
    {
      value: 'main',
      labels: {
        fr: 'Indépendant(e) à titre principal',
        nl: 'Zelfstandige in hoofdberoep',
        de: 'Selbständig im Hauptberuf',
        en: 'Self-employed (main occupation)',
      },
    },
    {
      value: 'side',
      labels: {
        fr: 'Indépendant(e) à titre complémentaire',
        nl: 'Zelfstandige in bijberoep',
        de: 'Selbständig im Nebenberuf',
        en: 'Self-employed (side activity)',
      },
    },
    {
      value: 'spouse',
      labels: { fr: 'Conjoint·e aidant·e', nl: 'Meewerkende echtgeno(o)t(e)', de: 'Mithelfender Ehepartner', en: 'Helping spouse' },
    },
  ];
  const status: Array<[string, Lang, string]> = [
    ['indépendant à titre principal', 'fr', 'main'],
    ['Indépendante à titre principal', 'fr', 'main'],
    ['je suis indépendante à titre complémentaire depuis 2015', 'fr', 'side'],
    ['indépendant complémentaire', 'fr', 'side'],
    ['independante complementaire', 'fr', 'side'],
    ['principal', 'fr', 'main'],
    ['bijberoep', 'nl', 'side'],
    ['ik ben zelfstandige in bijberoep', 'nl', 'side'],
    ['zelfstandige hoofdberoep', 'nl', 'main'],
    ['Nebenberuf', 'de', 'side'],
    ['selbstständig im hauptberuf', 'de', 'main'],
    ['main occupation', 'en', 'main'],
    ['conjointe aidante', 'fr', 'spouse'],
    ['conjoint aidant', 'fr', 'spouse'],
    ['meewerkende echtgenote', 'nl', 'spouse'],
    ['meewerkende echtgenoot', 'nl', 'spouse'],
  ];
  it.each(status)('status %j (%s) → %s', (text, lang, value) => {
    expect(parseChoice(text, STATUS, lang)).toEqual({ ok: true, value });
  });
  it.each(['indépendant', 'zelfstandige', 'self-employed'])('status %j → ambiguous', (text) => {
    expect(parseChoice(text, STATUS, 'fr')).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it('prefers the longer of two labels when one contains the other', () => {
    const options: ChoiceOption[] = [
      { value: 'yes', labels: { fr: 'Oui', nl: 'Ja', de: 'Ja', en: 'Yes' } },
      {
        value: 'later',
        labels: {
          fr: 'Oui, mais plus tard',
          nl: 'Ja, maar later',
          de: 'Ja, aber später',
          en: 'Yes, but later',
        },
      },
      { value: 'no', labels: { fr: 'Non', nl: 'Nee', de: 'Nein', en: 'No' } },
    ];
    expect(parseChoice('oui mais plus tard', options, 'fr')).toEqual({
      ok: true,
      value: 'later',
    });
    expect(parseChoice('non merci', options, 'fr')).toEqual({
      ok: true,
      value: 'no',
    });
    expect(parseChoice('Ja', options, 'nl')).toEqual({
      ok: true,
      value: 'yes',
    });
    expect(parseChoice('3', options, 'nl')).toEqual({ ok: true, value: 'no' });
  });

  it('says ambiguous when a bare number is both an option number and another option label', () => {
    const counts: ChoiceOption[] = ['0', '1', '2', '3+'].map((n) => ({
      value: n,
      labels: { fr: n, nl: n, de: n, en: n },
    }));
    expect(parseChoice('2', counts, 'fr')).toEqual({
      ok: false,
      reason: 'ambiguous',
    });
    expect(parseChoice('3+', counts, 'fr')).toEqual({ ok: true, value: '3+' });
  });

  it('breaks a tie between languages with the conversation language', () => {
    // The same word names different options in two languages.
    const options: ChoiceOption[] = [
      {
        value: 'a',
        labels: { fr: 'Hulp', nl: 'Aide', de: 'Aide', en: 'Aide' },
      },
      {
        value: 'b',
        labels: { fr: 'Aide', nl: 'Hulp', de: 'Hilfe', en: 'Help' },
      },
    ];
    expect(parseChoice('aide', options, 'fr')).toEqual({
      ok: true,
      value: 'b',
    });
    expect(parseChoice('aide', options, 'nl')).toEqual({
      ok: true,
      value: 'a',
    });
  });
});

const TWELVE: ChoiceOption[] = Array.from({ length: 12 }, (_, i) => ({
  value: `o${i + 1}`,
  labels: {
    fr: `Choix ${i + 1}`,
    nl: `Keuze ${i + 1}`,
    de: `Wahl ${i + 1}`,
    en: `Choice ${i + 1}`,
  },
}));

const TOPICS: ChoiceOption[] = [
  {
    value: 'stress',
    labels: {
      fr: 'Stress et anxiété',
      nl: 'Stress en angst',
      de: 'Stress und Angst',
      en: 'Stress and anxiety',
    },
  },
  {
    value: 'sleep',
    labels: { fr: 'Sommeil', nl: 'Slaap', de: 'Schlaf', en: 'Sleep' },
  },
  {
    value: 'money',
    labels: { fr: 'Argent', nl: 'Geld', de: 'Geld', en: 'Money' },
  },
  { value: 'age', labels: { fr: '65+', nl: '65+', de: '65+', en: '65+' } },
];

describe('parseMultiChoice', () => {
  const good: Array<[string, readonly ChoiceOption[], Lang, string[]]> = [
    ['1, 3 et 5', SUPPORT, 'fr', ['psy', 'legal', 'other']],
    ['1,3,5', SUPPORT, 'fr', ['psy', 'legal', 'other']],
    ['1 3 5', SUPPORT, 'fr', ['psy', 'legal', 'other']],
    ['135', SUPPORT, 'fr', ['psy', 'legal', 'other']],
    ['1;3;5', SUPPORT, 'fr', ['psy', 'legal', 'other']],
    ['5, 3, 1', SUPPORT, 'fr', ['psy', 'legal', 'other']],
    ['2 and 4', SUPPORT, 'en', ['coach', 'finance']],
    ['2 en 4', SUPPORT, 'nl', ['coach', 'finance']],
    ['2 und 4', SUPPORT, 'de', ['coach', 'finance']],
    ['2 & 4', SUPPORT, 'en', ['coach', 'finance']],
    ['2+4', SUPPORT, 'fr', ['coach', 'finance']],
    ['2 + 4', SUPPORT, 'fr', ['coach', 'finance']],
    ['2/4', SUPPORT, 'fr', ['coach', 'finance']],
    ['1-3', SUPPORT, 'fr', ['psy', 'coach', 'legal']],
    ['1 - 3', SUPPORT, 'fr', ['psy', 'coach', 'legal']],
    ['1 à 3', SUPPORT, 'fr', ['psy', 'coach', 'legal']],
    ["de 1 jusqu'à 3", SUPPORT, 'fr', ['psy', 'coach', 'legal']],
    ['1 tot 3', SUPPORT, 'nl', ['psy', 'coach', 'legal']],
    ['1 t/m 3', SUPPORT, 'nl', ['psy', 'coach', 'legal']],
    ['1 bis 3', SUPPORT, 'de', ['psy', 'coach', 'legal']],
    ['1 to 3', SUPPORT, 'en', ['psy', 'coach', 'legal']],
    ['1-2, 5', SUPPORT, 'fr', ['psy', 'coach', 'other']],
    ['1 1 2', SUPPORT, 'fr', ['psy', 'coach']],
    ['1️⃣ 3️⃣', SUPPORT, 'fr', ['psy', 'legal']],
    ['n°1 et n°4', SUPPORT, 'fr', ['psy', 'finance']],
    ['4', SUPPORT, 'fr', ['finance']],
    ['psychologue et coach', SUPPORT, 'fr', ['psy', 'coach']],
    ['Psycholoog en juridisch advies', SUPPORT, 'nl', ['psy', 'legal']],
    ['coach, aide financière', SUPPORT, 'fr', ['coach', 'finance']],
    ['Rechtsberatung und Coach', SUPPORT, 'de', ['coach', 'legal']],
    ['money + lawyer', SUPPORT, 'en', ['legal', 'finance']],
    ['psy, 2', SUPPORT, 'fr', ['psy', 'coach']],
    ['psycologue et coachhh', SUPPORT, 'fr', ['psy', 'coach']],
    ['un et trois', SUPPORT, 'fr', ['psy', 'legal']],
    ['Coach', SUPPORT, 'en', ['coach']],
    ['1 et 3 merci', SUPPORT, 'fr', ['psy', 'legal']],
    // words around the picks
    ['je voudrais un psychologue et un coach', SUPPORT, 'fr', ['psy', 'coach']],
    ['un coach', SUPPORT, 'fr', ['coach']],
    ['Je voudrais, psychologue et coach', SUPPORT, 'fr', ['psy', 'coach']],
    ['Ik wil graag een psycholoog en een coach', SUPPORT, 'nl', ['psy', 'coach']],
    ['ich möchte einen Coach und einen Anwalt', SUPPORT, 'de', ['coach', 'legal']],
    ["I'd like a coach and a lawyer", SUPPORT, 'en', ['coach', 'legal']],
    // labels containing a joiner word stay whole
    ['stress et anxiété, sommeil', TOPICS, 'fr', ['stress', 'sleep']],
    ['Stress en angst en slaap', TOPICS, 'nl', ['stress', 'sleep']],
    ['sleep and stress and anxiety', TOPICS, 'en', ['stress', 'sleep']],
    ['sommeil et argent', TOPICS, 'fr', ['sleep', 'money']],
    ['Geld\nSchlaf', TOPICS, 'de', ['sleep', 'money']],
    ['65+ et argent', TOPICS, 'fr', ['money', 'age']],
    // ten options or more: digits are not split
    ['12', TWELVE, 'fr', ['o12']],
    ['1 12', TWELVE, 'fr', ['o1', 'o12']],
    ['10-12', TWELVE, 'fr', ['o10', 'o11', 'o12']],
  ];
  it.each(good)('%j → %j', (text, options, lang, values) => {
    expect(parseMultiChoice(text, options, lang)).toEqual({
      ok: true,
      value: values,
    });
  });

  const bad: Array<[string, readonly ChoiceOption[], ParseFailure]> = [
    ['', SUPPORT, 'empty'],
    [' \n ', SUPPORT, 'empty'],
    ['6', SUPPORT, 'not_understood'],
    ['1, 9', SUPPORT, 'not_understood'],
    ['0', SUPPORT, 'not_understood'],
    ['136', SUPPORT, 'not_understood'],
    ['135', TWELVE, 'not_understood'],
    ['blabla', SUPPORT, 'not_understood'],
    ['je voudrais', SUPPORT, 'not_understood'],
    ['coach et blabla', SUPPORT, 'not_understood'],
  ];
  it.each(bad)('%j → %s', (text, options, reason) => {
    expect(parseMultiChoice(text, options, 'fr')).toEqual({
      ok: false,
      reason,
    });
  });

  it('refuses more picks than allowed', () => {
    expect(parseMultiChoice('1 2 3', SUPPORT, 'fr', 2)).toEqual({
      ok: false,
      reason: 'too_many',
    });
    expect(parseMultiChoice('1 2', SUPPORT, 'fr', 2)).toEqual({
      ok: true,
      value: ['psy', 'coach'],
    });
  });
});

describe('parsePhone', () => {
  const good: Array<[string, string]> = [
    ['0470 12 34 56', '+32470123456'],
    ['0470/12.34.56', '+32470123456'],
    ['0470.12.34.56', '+32470123456'],
    ['0470-12-34-56', '+32470123456'],
    ['0470123456', '+32470123456'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+32470123456', '+32470123456'],
    ['+32 (0)470 12 34 56', '+32470123456'],
    ['0032470123456', '+32470123456'],
    ['0032 470 12 34 56', '+32470123456'],
    ['32470123456', '+32470123456'],
    ['0487 65 43 21', '+32487654321'],
    ['mon numéro: 0470 12 34 56', '+32470123456'],
    ['0470 12 34 56 merci', '+32470123456'],
    ['\u200E0470 12 34 56\u200F', '+32470123456'],
    ['０４７０ １２ ３４ ５６', '+32470123456'],
    ['02 512 34 56', '+3225123456'],
    ['+32 2 512 34 56', '+3225123456'],
    ['04 223 45 67', '+3242234567'],
    ['087 12 34 56', '+3287123456'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+49 30 12345678', '+493012345678'],
    ['+49 151 23456789', '+4915123456789'],
    ['0049 30 12345678', '+493012345678'],
    ['+31 6 12345678', '+31612345678'],
    ['+352 621 123 456', '+352621123456'],
  ];
  it.each(good)('%j → %s', (text, e164) => {
    expect(parsePhone(text)).toEqual({ ok: true, value: e164 });
    expect(parsePhone(text, 'BE')).toEqual({ ok: true, value: e164 });
  });

  const bad: Array<[string, ParseFailure]> = [
    ['', 'empty'],
    ['  ', 'empty'],
    ['abc', 'invalid_phone'],
    ['12345', 'invalid_phone'],
    ['0470 12 34 5', 'invalid_phone'],
    ['0470 12 34 567', 'invalid_phone'],
    // Brussels numbers are 02 followed by 2–8: 02 1xx is not allocated.
    ['02 123 45 67', 'invalid_phone'],
    ['+32 470', 'invalid_phone'],
    ['+33 6 12', 'invalid_phone'],
    ['0470 12 34 56 ou 0471 11 22 33', 'ambiguous'],
    ['+32 470 12 34 56 et +32 471 11 22 33', 'ambiguous'],
  ];
  it.each(bad)('%j → %s', (text, reason) => {
    expect(parsePhone(text)).toEqual({ ok: false, reason });
  });
});

describe('parseEmail', () => {
  const good: Array<[string, string]> = [
    ['jean.dupont@example.be', 'jean.dupont@example.be'],
    ['  Jean.Dupont@Example.BE  ', 'Jean.Dupont@example.be'],
    ['marie+passerelle@gmail.com', 'marie+passerelle@gmail.com'],
    ['mailto:jan@telenet.be', 'jan@telenet.be'],
    ['<jan@telenet.be>', 'jan@telenet.be'],
    ['jan@telenet.be.', 'jan@telenet.be'],
    ['mon email est marie@skynet.be', 'marie@skynet.be'],
    ["c'est marie@skynet.be merci", 'marie@skynet.be'],
    ['email: a_b@sub.domain.co.uk', 'a_b@sub.domain.co.uk'],
    ['Mijn e-mailadres is piet@proximus.be', 'piet@proximus.be'],
    ['meine E-Mail-Adresse: hans@web.de', 'hans@web.de'],
    ['müller@web.de', 'müller@web.de'],
    ['jean\u200B@example.be', 'jean@example.be'],
  ];
  it.each(good)('%j → %s', (text, email) => {
    expect(parseEmail(text)).toEqual({ ok: true, value: email });
  });

  const bad: Array<[string, ParseFailure]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['jean', 'invalid_email'],
    ['jean@', 'invalid_email'],
    ['@gmail.com', 'invalid_email'],
    ['jean@gmail', 'invalid_email'],
    ['jean@@gmail.com', 'invalid_email'],
    ['a@b@c.be', 'invalid_email'],
    ['jean dupont@gmail.com', 'invalid_email'],
    ['jean@gmail .com', 'invalid_email'],
    ['jean@gmail..com', 'invalid_email'],
    ['jean..dupont@gmail.com', 'invalid_email'],
    ['jean@-gmail.com', 'invalid_email'],
    ['jean@gmail.c', 'invalid_email'],
    ['jean@gmail,xyz', 'invalid_email'],
    ['a@b.be ou c@d.be', 'invalid_email'],
  ];
  it.each(bad)('%j → %s', (text, reason) => {
    expect(parseEmail(text)).toEqual({ ok: false, reason });
  });

  it('reads a comma typed for the dot before a common top-level domain', () => {
    expect(parseEmail('jean@gmail,com')).toEqual({ ok: true, value: 'jean@gmail.com' });
  });
});

describe('parsePostalCode', () => {
  const good: Array<[string, string, Region]> = [
    ['1000', '1000', 'brussels'],
    ['1050 Ixelles', '1050', 'brussels'],
    ['1200', '1200', 'brussels'],
    ['1299', '1299', 'brussels'],
    ['1300 Wavre', '1300', 'wallonia'],
    ['1348', '1348', 'wallonia'],
    ['1348 Louvain-la-Neuve', '1348', 'wallonia'],
    ['1499', '1499', 'wallonia'],
    ['1500 Halle', '1500', 'flanders'],
    ['1930 Zaventem', '1930', 'flanders'],
    ['2000', '2000', 'flanders'],
    ['3000 Leuven', '3000', 'flanders'],
    ['Postcode: 3500 Hasselt', '3500', 'flanders'],
    ['3999', '3999', 'flanders'],
    ['4000 Liège', '4000', 'wallonia'],
    ['4699', '4699', 'wallonia'],
    ['4700', '4700', 'german_community'],
    ['4700 Eupen', '4700', 'german_community'],
    ['BE 4700', '4700', 'german_community'],
    ['4720 Kelmis', '4720', 'german_community'],
    ['4750 Bütgenbach', '4750', 'german_community'],
    ['4780 Sankt Vith', '4780', 'german_community'],
    ['4791', '4791', 'german_community'],
    ['4792', '4792', 'wallonia'],
    ['4800', '4800', 'wallonia'],
    ['4800 Verviers', '4800', 'wallonia'],
    ['4960', '4960', 'wallonia'],
    ['4960 Malmedy', '4960', 'wallonia'],
    ['5000 Namur', '5000', 'wallonia'],
    ['6000 Charleroi', '6000', 'wallonia'],
    ['6700 Arlon', '6700', 'wallonia'],
    ['7000 Mons', '7000', 'wallonia'],
    ['7999', '7999', 'wallonia'],
    ['8000 Brugge', '8000', 'flanders'],
    ['9000', '9000', 'flanders'],
    ['mon code postal est 9000', '9000', 'flanders'],
    ['B-1000', '1000', 'brussels'],
    ['B1000', '1000', 'brussels'],
    ['b 1000 bruxelles', '1000', 'brussels'],
    ['  1000.  ', '1000', 'brussels'],
  ];
  it.each(good)('%j → %s %s', (text, code, region) => {
    expect(parsePostalCode(text)).toEqual({
      ok: true,
      value: { code, region },
    });
  });

  const bad: Array<[string, ParseFailure]> = [
    ['', 'empty'],
    ['0999', 'not_belgian_postal_code'],
    ['999', 'not_belgian_postal_code'],
    ['12345', 'not_belgian_postal_code'],
    ['abcd', 'not_belgian_postal_code'],
    ['Bruxelles', 'not_belgian_postal_code'],
    ['0470123456', 'not_belgian_postal_code'],
    ['1000 ou 1050', 'ambiguous'],
  ];
  it.each(bad)('%j → %s', (text, reason) => {
    expect(parsePostalCode(text)).toEqual({ ok: false, reason });
  });

  it('maps the range edges', () => {
    expect(regionForPostalCode(999)).toBeUndefined();
    expect(regionForPostalCode(10000)).toBeUndefined();
    expect(regionForPostalCode(1000)).toBe('brussels');
    expect(regionForPostalCode(9999)).toBe('flanders');
  });
});

describe('isSkip', () => {
  const skips = [
    'passer',
    'Passe',
    'je passe',
    'suivant',
    'rien',
    'Rien.',
    'rien merci',
    'aucun',
    'aucune',
    'RAS',
    'néant',
    '-',
    '/',
    '.',
    '...',
    '…',
    '—',
    'skip',
    'Skip!',
    'next',
    'none',
    'nothing',
    'n/a',
    'N/A',
    'na',
    'n.a.',
    'overslaan',
    'volgende',
    'niets',
    'niks',
    'geen',
    'nvt',
    'n.v.t.',
    'überspringen',
    'uberspringen',
    'weiter',
    'nichts',
    'keine',
    'k.a.',
    'keine Angabe',
    'skiiiip',
    'je préfère ne pas répondre',
    'prefer not to say',
    'zeg ik liever niet',
    'keine Antwort',
    'passer la question',
    'volgende vraag',
    'next question',
    'nächste Frage',
  ];
  it.each(skips)('%j is a skip', (text) => {
    expect(isSkip(text)).toBe(true);
  });

  const answers = [
    'non',
    'no',
    'nee',
    'nein',
    'oui',
    'ja',
    'yes',
    '',
    '  ',
    '?',
    'stress',
    'rien ne va',
    'je passe mes journées à pleurer',
  ];
  it.each(answers)('%j is not a skip', (text) => {
    expect(isSkip(text)).toBe(false);
  });
});

describe('parseFreeText', () => {
  const cases: Array<[string, string]> = [
    ['  bonjour  ', 'bonjour'],
    ['trop   de    blancs', 'trop de blancs'],
    ['tab\tici', 'tab ici'],
    ['ligne 1\nligne 2', 'ligne 1\nligne 2'],
    ['para 1\n\npara 2', 'para 1\n\npara 2'],
    ['para 1\n\n\n\n\npara 2', 'para 1\n\npara 2'],
    ['ligne 1  \n   ligne 2', 'ligne 1\nligne 2'],
    ['windows\r\nlines', 'windows\nlines'],
    ['zero\u200Bwidth\u200C here\uFEFF', 'zerowidth here'],
    ['bidi \u202Etext\u202C \u2066ok\u2069', 'bidi text ok'],
    ['famille 👨\u200D👩\u200D👧 ok', 'famille 👨\u200D👩\u200D👧 ok'],
    ['stray\u200Djoiner', 'strayjoiner'],
    ['e\u0301te\u0301', 'été'],
    ['Ik voel me   moe 😔', 'Ik voel me moe 😔'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['form\ffeed', 'form feed'],
    ['line\u2028separator', 'line\nseparator'],
    ['Ich bin   müde.\n\n\n\nSehr müde.', 'Ich bin müde.\n\nSehr müde.'],
  ];
  it.each(cases)('%j → %j', (text, expected) => {
    expect(parseFreeText(text)).toEqual({
      ok: true,
      value: { text: expected, truncated: false },
    });
  });

  it.each(['', '   ', '\n\n', '\u200B\u200B', '\t'])('%j → empty', (text) => {
    expect(parseFreeText(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it('keeps text of exactly the maximum length', () => {
    const text = 'a'.repeat(MAX_TEXT_LENGTH);
    expect(parseFreeText(text)).toEqual({
      ok: true,
      value: { text, truncated: false },
    });
  });

  it('cuts long text at a word boundary', () => {
    expect(parseFreeText('un deux trois quatre', 10)).toEqual({
      ok: true,
      value: { text: 'un deux', truncated: true },
    });
    expect(parseFreeText('un deux trois quatre', 13)).toEqual({
      ok: true,
      value: { text: 'un deux trois', truncated: true },
    });
    const long = 'mot '.repeat(1_600);
    const r = parseFreeText(long);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.truncated).toBe(true);
      expect(r.value.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
      expect(r.value.text.endsWith('mot')).toBe(true);
    }
  });

  it('cuts one huge word hard, without splitting an emoji', () => {
    expect(parseFreeText('abcdefghij', 4)).toEqual({
      ok: true,
      value: { text: 'abcd', truncated: true },
    });
    expect(parseFreeText('😀😀😀😀😀', 3)).toEqual({
      ok: true,
      value: { text: '😀😀😀', truncated: true },
    });
  });
});
