import { type MessageKey, t } from '../i18n/index.js';
import type { Lang, OutboundMessage } from './types.js';

/** A free line that answers day and night, and the language it answers in. */
interface CrisisLine {
  readonly name: string;
  readonly number: string;
  readonly speaks: Lang;
}

const CPS: CrisisLine = { name: 'Centre de Prévention du Suicide', number: '0800 32 123', speaks: 'fr' };
const TELE_ACCUEIL: CrisisLine = { name: 'Télé-Accueil', number: '107', speaks: 'fr' };
const ZELFMOORDLIJN: CrisisLine = { name: 'Zelfmoordlijn', number: '1813', speaks: 'nl' };
const TELE_ONTHAAL: CrisisLine = { name: 'Tele-Onthaal', number: '106', speaks: 'nl' };
const TELEFONHILFE: CrisisLine = { name: 'Telefonhilfe', number: '108', speaks: 'de' };

/**
 * The free 24/7 lines for a person who speaks `lang` (DESIGN, "Safety
 * first", rule 1). No English-language line is both free and staffed day
 * and night in Belgium today (the Community Help Service is staffed 24/7 but
 * is a paid Brussels number), so English speakers get the French and Dutch
 * lines.
 */
const LINES: Readonly<Record<Lang, readonly CrisisLine[]>> = {
  fr: [CPS, TELE_ACCUEIL],
  nl: [ZELFMOORDLIJN, TELE_ONTHAAL],
  de: [TELEFONHILFE, CPS],
  en: [CPS, ZELFMOORDLIJN],
};

const SPEAKS: Readonly<Record<Lang, MessageKey>> = { fr: 'crisis.in_fr', nl: 'crisis.in_nl', de: 'crisis.in_de', en: 'crisis.in_en' };

/**
 * The 24/7 lines of the languages in `order`, as bullet lines worded in
 * `lang`, without repeats. A line that does not answer in `lang` says
 * which language it does answer in.
 */
export function crisisLines(lang: Lang, order: readonly Lang[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const colon = lang === 'fr' ? ' : ' : ': ';
  for (const l of order) {
    for (const line of LINES[l]) {
      if (seen.has(line.number)) continue;
      seen.add(line.number);
      const speaks = line.speaks === lang ? '' : ` ${t(lang, SPEAKS[line.speaks])}`;
      out.push(`• ${line.name}${speaks}${colon}${line.number}`);
    }
  }
  return out;
}

/**
 * The crisis card: 112 always, then the free 24/7 lines of the
 * conversation's language and of the language(s) the message was written
 * in when they differ (a Dutch speaker in a French conversation also gets
 * 1813).
 */
export function crisisCard(lang: Lang, alsoFor: readonly Lang[] = []): OutboundMessage {
  const lines = [
    t(lang, 'crisis.intro'),
    `• ${t(lang, 'crisis.emergency')}`,
    ...crisisLines(lang, [lang, ...alsoFor]),
    t(lang, 'crisis.outro'),
  ];
  return { text: lines.join('\n'), crisis: true };
}

/**
 * For a sentinel reporting someone at risk: what to do for that person now
 * (112 even without their consent, stay with them), and the lines in the
 * person's language first, then the sentinel's own.
 */
export function thirdPersonCard(lang: Lang, personLanguages: readonly Lang[]): OutboundMessage {
  const lines = [t(lang, 'crisis.third_person'), `• ${t(lang, 'crisis.emergency')}`, ...crisisLines(lang, [...personLanguages, lang])];
  return { text: lines.join('\n'), crisis: true };
}
