import { t } from '../i18n/index.js';
import type { Lang, OutboundMessage } from './types.js';

/**
 * The crisis card of DESIGN ("Safety first", rule 1): 112 always, then the
 * free 24/7 numbers that answer in the person's language.
 */
export function crisisCard(lang: Lang): OutboundMessage {
  return { text: t(lang, 'crisis.card'), crisis: true };
}
