import { describe, expect, it } from 'vitest';
import { chatIdFromE164, chatKind, e164FromChatId, isPersonChatId } from '../../../bots/whatsapp/chat-id.js';
import { classifyMessage } from '../../../bots/whatsapp/message-kind.js';
import { safeErrorSummary } from '../../../bots/whatsapp/safe-error.js';

describe('WhatsApp chat ids', () => {
  it.each([
    ['32470123456@c.us', 'person'],
    ['190000000000123@lid', 'person_lid'],
    ['120363025555555555@g.us', 'group'],
    ['status@broadcast', 'status'],
    ['1690000000@broadcast', 'broadcast'],
    ['120363000000000000@newsletter', 'newsletter'],
    ['0@s.whatsapp.net', 'other'],
  ])('%s is a %s', (chatId, kind) => {
    expect(chatKind(chatId)).toBe(kind);
  });

  it('maps a phone chat to E.164 and back', () => {
    expect(e164FromChatId('32470123456@c.us')).toBe('+32470123456');
    expect(e164FromChatId('120363025555555555@g.us')).toBeUndefined();
    expect(e164FromChatId('190000000000123@lid')).toBeUndefined();
    expect(chatIdFromE164('+32470123456')).toBe('32470123456@c.us');
    expect(chatIdFromE164('console:marc')).toBeUndefined();
    expect(isPersonChatId('32470123456@c.us')).toBe(true);
    expect(isPersonChatId('status@broadcast')).toBe(false);
    expect(isPersonChatId({ chatId: '32470123456@c.us' })).toBe(false);
  });
});

describe('WhatsApp message kinds', () => {
  it.each([
    ['chat', 'Bonjour', { kind: 'text', text: 'Bonjour' }],
    ['ptt', '', { kind: 'media', caption: undefined }],
    ['audio', '', { kind: 'media', caption: undefined }],
    ['sticker', '', { kind: 'media', caption: undefined }],
    ['document', 'facture.pdf', { kind: 'media', caption: 'facture.pdf' }],
    ['image', '  ', { kind: 'media', caption: undefined }],
    ['video', 'regardez', { kind: 'media', caption: 'regardez' }],
    ['location', '/9j/4AAQSkZJRg', { kind: 'media', caption: undefined }],
    ['vcard', 'BEGIN:VCARD', { kind: 'media', caption: undefined }],
    ['reaction', '👍', { kind: 'ignored' }],
    ['revoked', '', { kind: 'ignored' }],
    ['e2e_notification', '', { kind: 'ignored' }],
    ['ciphertext', '', { kind: 'ignored' }],
    ['call_log', '', { kind: 'ignored' }],
  ])('%s is %o', (type, body, expected) => {
    expect(classifyMessage(type, body)).toEqual(expected);
  });
});

describe('errors as they may be logged', () => {
  it('keeps puppeteer and WhatsApp errors, withholds query parameters', () => {
    expect(safeErrorSummary(new Error('Protocol error: Target closed'))).toBe('Error: Protocol error: Target closed');
    const query = new Error('Failed query: insert into "transcript_lines" values ($1)\nparams: je veux en finir', {
      cause: Object.assign(new Error('terminating connection'), { code: '57P01' }),
    });
    expect(safeErrorSummary(query)).toBe('database query failed (code 57P01)');
  });
});
