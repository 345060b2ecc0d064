import type { ChoiceOption } from '../conversation/answers.js';
import { LANGS, type Lang } from '../conversation/types.js';
import { type MessageKey, t } from '../i18n/index.js';

/** A choice whose labels come from the catalogues, plus synonyms people use. */
export function option(value: string, label: MessageKey, synonyms: string[] = []): ChoiceOption {
  const labels = Object.fromEntries(LANGS.map((lang) => [lang, t(lang, label)])) as Record<Lang, string>;
  return { value, labels, synonyms };
}

export const sentinelRoles = [
  option('accountant', 'option.role.accountant', [
    'comptable',
    'boekhouder',
    'accountant',
    'steuerberater',
    'buchhalter',
    'fiduciaire',
    'expert-comptable',
  ]),
  option('enterprise_court', 'option.role.enterprise_court', [
    'tribunal',
    'juge',
    'greffier',
    'greffe',
    'rechtbank',
    'rechter',
    'griffier',
    'gericht',
    'richter',
    'court',
    'judge',
    'clerk',
  ]),
  option('social_insurance_fund', 'option.role.social_insurance_fund', [
    'caisse',
    "caisse d'assurances sociales",
    'sociaal verzekeringsfonds',
    'sozialversicherungskasse',
    'insurance fund',
    'fonds',
  ]),
  option('support_organisation', 'option.role.support_organisation', [
    'association',
    'accompagnement',
    'ondersteuning',
    'organisatie',
    'beratung',
    'support',
  ]),
  option('other', 'option.other', ['autre', 'ander', 'andere', 'anders', 'sonstiges']),
];

export const activityStatuses = [
  option('main', 'option.status.main', ['principal', 'hoofdberoep', 'hauptberuf', 'main', 'full time', 'temps plein']),
  option('complementary', 'option.status.complementary', ['complementaire', 'bijberoep', 'nebenberuf', 'side', 'part time']),
  option('helping_spouse', 'option.status.helping_spouse', [
    'conjoint aidant',
    'meewerkende echtgenoot',
    'mitarbeitender ehepartner',
    'spouse',
  ]),
  option('company_director', 'option.status.company_director', [
    'dirigeant',
    'gerant',
    'administrateur',
    'bestuurder',
    'zaakvoerder',
    'geschaftsfuhrer',
    'director',
    'manager',
  ]),
  option('other', 'option.other', ['autre', 'ander', 'andere', 'sonstiges']),
];

export const sectors = [
  option('horeca', 'option.sector.horeca', ['restaurant', 'cafe', 'hotel', 'bar', 'restauration', 'gastronomie', 'hospitality']),
  option('retail', 'option.sector.retail', [
    'commerce',
    'magasin',
    'boutique',
    'winkel',
    'handel',
    'detailhandel',
    'einzelhandel',
    'geschaft',
    'shop',
  ]),
  option('construction', 'option.sector.construction', ['batiment', 'bouw', 'bau', 'building', 'chantier']),
  option('agriculture', 'option.sector.agriculture', [
    'agriculteur',
    'ferme',
    'landbouw',
    'boer',
    'landwirtschaft',
    'bauer',
    'farming',
    'farm',
  ]),
  option('liberal_profession', 'option.sector.liberal_profession', [
    'liberale',
    'vrij beroep',
    'freier beruf',
    'profession liberale',
    'liberal',
  ]),
  option('services', 'option.sector.services', ['service', 'diensten', 'dienstleistung', 'dienstleistungen']),
  option('other', 'option.other', ['autre', 'ander', 'andere', 'sonstiges']),
];

export const signals = [
  option('financial', 'option.signal.financial', [
    'faillite',
    'dettes',
    'argent',
    'faillissement',
    'schulden',
    'geld',
    'konkurs',
    'insolvenz',
    'bankruptcy',
    'debt',
    'money',
  ]),
  option('exhaustion', 'option.signal.exhaustion', [
    'epuisement',
    'burn-out',
    'burnout',
    'fatigue',
    'uitputting',
    'erschopfung',
    'exhausted',
  ]),
  option('isolation', 'option.signal.isolation', ['isole', 'seul', 'eenzaam', 'eenzaamheid', 'einsam', 'einsamkeit', 'lonely', 'alone']),
  option('sleep', 'option.signal.sleep', ['sommeil', 'insomnie', 'slaap', 'slapeloosheid', 'schlaf', 'schlaflosigkeit', 'insomnia']),
  option('substance', 'option.signal.substance', ['alcool', 'drogue', 'alcohol', 'drugs', 'alkohol', 'drogen']),
  option('dark_thoughts', 'option.signal.dark_thoughts', [
    'idees noires',
    'suicide',
    'donkere gedachten',
    'zelfmoord',
    'dunkle gedanken',
    'suizid',
    'dark thoughts',
  ]),
  option('conflicts', 'option.signal.conflicts', ['conflit', 'dispute', 'ruzie', 'conflict', 'streit', 'konflikt']),
  option('other', 'option.other', ['autre', 'ander', 'andere', 'sonstiges']),
];

export const modalities = [
  option('video', 'option.modality.video', [
    'visio',
    'visioconference',
    'teams',
    'zoom',
    'online',
    'en ligne',
    'videogesprek',
    'videoanruf',
  ]),
  option('in_person', 'option.modality.in_person', [
    'presentiel',
    'face a face',
    'cabinet',
    'persoonlijk',
    'fysiek',
    'vor ort',
    'personlich',
    'in person',
    'face to face',
  ]),
  option('phone', 'option.modality.phone', ['telephone', 'tel', 'telefoon', 'telefonisch', 'telefon', 'call']),
  option('no_preference', 'option.modality.no_preference', [
    'peu importe',
    'egal',
    'maakt niet uit',
    'geen voorkeur',
    'keine praferenz',
    'any',
    'whatever',
    'no preference',
  ]),
];

export const languageOptions = [
  option('fr', 'option.lang.fr', ['fr', 'francais', 'frans', 'franzosisch', 'french']),
  option('nl', 'option.lang.nl', ['nl', 'nederlands', 'neerlandais', 'flamand', 'vlaams', 'niederlandisch', 'dutch', 'flemish']),
  option('de', 'option.lang.de', ['de', 'deutsch', 'allemand', 'duits', 'german']),
  option('en', 'option.lang.en', ['en', 'english', 'anglais', 'engels', 'englisch']),
];

/** For the sentinel alert's consent gate. */
export const consentGate = [
  option('yes', 'option.consent.yes', ['oui', 'ja', 'yes', 'ok', "d'accord", 'akkoord', 'einverstanden', 'agreed']),
  option('no', 'option.consent.no', ['non', 'nee', 'neen', 'nein', 'no', 'refuse', 'geweigerd', 'abgelehnt', 'refused']),
  option('not_asked', 'option.consent.not_asked', [
    'pas encore',
    'pas demande',
    'nog niet',
    'nog niet gevraagd',
    'noch nicht',
    'not yet',
    'not asked',
  ]),
];
