/**
 * What a WhatsApp message is to the bot, from its `type` (whatsapp-web.js
 * `MessageTypes`, compared as strings so this file needs no runtime import
 * of the library).
 *
 * - `text`: something a person wrote;
 * - `media`: something a person sent that the bot cannot read (a voice note,
 *   a photo, a sticker, a document, a location, a contact card…). The core
 *   answers with one polite line and the hotline number. A caption is what
 *   the person wrote, so it is handled as text too: it must be screened for
 *   acute risk like any other message (DESIGN, "Safety first", rule 1);
 * - `ignored`: not from a person (notifications, reactions, revoked messages,
 *   messages still being decrypted: whatsapp-web.js emits those again once
 *   decrypted).
 */
export type MessageKind = { kind: 'text'; text: string } | { kind: 'media'; caption: string | undefined } | { kind: 'ignored' };

const TEXT_TYPES: ReadonlySet<string> = new Set(['chat', 'list_response', 'buttons_response', 'template_button_reply']);

const MEDIA_TYPES: ReadonlySet<string> = new Set([
  'audio',
  'ptt',
  'image',
  'album',
  'video',
  'document',
  'sticker',
  'location',
  'vcard',
  'multi_vcard',
  'poll_creation',
  'scheduled_event_creation',
  'product',
  'order',
  'groups_v4_invite',
  'oversized',
  'unknown',
]);

export function classifyMessage(type: string, body: string): MessageKind {
  if (TEXT_TYPES.has(type)) return { kind: 'text', text: body };
  if (MEDIA_TYPES.has(type)) {
    // Stickers and voice notes carry binary data in `body` in some versions: only images, videos and documents have captions.
    const caption = type === 'image' || type === 'video' || type === 'document' || type === 'album' ? body.trim() : '';
    return { kind: 'media', caption: caption === '' ? undefined : caption };
  }
  return { kind: 'ignored' };
}
