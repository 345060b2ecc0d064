import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseBlocks, detailsModal, relayText, updateLine, urgentText } from '../../../bots/slack/case-message.js';
import { hasUnescapedSlackControl } from '../../../bots/slack/escape.js';
import type { CaseCard } from '../../../src/cases/case-queries.js';
import { sealText } from '../../../src/db/encrypted.js';

/** Text a person or a sentinel could send, biased towards what would trigger Slack. */
const nasty = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom(
        '<!channel>',
        '<!here>',
        '<@U123>',
        '<http://evil.example|click>',
        '&',
        '&amp;',
        '<',
        '>',
        '>>',
        'é',
        '‮',
        '\u200b',
        '\n',
        ' ',
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join('')),
);

/** Our own markup: coordinator mentions, <!here>, and > that opens a quote line. */
function withoutOwnMarkup(payload: unknown): string {
  return JSON.stringify(payload)
    .replace(/<!here>|<@U[0-9A-Z]+>/g, '')
    .replace(/(^"|\\n)>/g, '$1');
}

function card(text: string): CaseCard {
  return {
    id: 'c1',
    reference: 'PDI-7K3F9',
    kind: 'sentinel_alert',
    priority: 'urgent',
    status: 'in_care',
    region: 'wallonia',
    language: 'fr',
    sector: text,
    modality: 'video',
    signals: ['financial', text],
    sentinel: 'unverified',
    sourceChannel: 'whatsapp',
    createdAt: new Date('2026-11-24T19:00:00Z'),
    claimedBy: 'U0LEA',
    psychologist: text,
    sessionsUsed: 1,
    maxSessions: 4,
    closingReason: null,
    slackChannel: 'C1',
    slackTs: '1.2',
    erasedAt: null,
    erasedReason: null,
    crisisFamily: text,
    toCheck: true,
  };
}

describe('Slack payloads built from user text', () => {
  it('never carry an unescaped <, > or & from user text (10,000 generated strings)', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const payloads = [
          caseBlocks(card(text)),
          relayText(text),
          updateLine({ caseId: 'c1', reference: 'PDI-7K3F9', actor: 'U0LEA', action: 'replied', sealedEcho: sealText(text), at: '' }),
          updateLine({ caseId: 'c1', reference: 'PDI-7K3F9', actor: 'U0LEA', action: 'assigned', detail: text, at: '' }),
          urgentText({ conversationReference: text, caseReference: null, channel: text, language: 'fr', reason: 'lexicon', at: '' }),
          detailsModal({
            reference: 'PDI-7K3F9',
            person: { firstName: text, lastName: text, phone: text, email: text, postalCode: text },
            sentinel: { name: text, organisation: text, role: text, phone: text, email: text, verified: false },
            context: text,
            bestMoments: text,
            modality: text,
            immediateDanger: true,
            notes: [{ author: 'U0LEA', text, at: new Date() }],
          }),
        ];
        for (const payload of payloads) expect(hasUnescapedSlackControl(withoutOwnMarkup(payload))).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
