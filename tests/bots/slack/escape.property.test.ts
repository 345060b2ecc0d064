import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSlack, hasUnescapedSlackControl, SLACK_TEXT_MAX, slackText } from '../../../bots/slack/escape.js';

/** Decodes the three entities Slack decodes, in one pass (so `&amp;lt;` gives `&lt;`). */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : '>'));
}

/** A deliberately naive reference: walk the string, skipping the three entities. */
function referenceHasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<' || c === '>') return true;
    if (c === '&') {
      const entity = ['&amp;', '&lt;', '&gt;'].find((e) => text.startsWith(e, i));
      if (!entity) return true;
      i += entity.length - 1;
    }
  }
  return false;
}

const NASTY = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123|@support>',
  '<@U123>',
  '<@W0AB12CD>',
  '<#C123|general>',
  '<http://evil|click>',
  '<https://evil.example/?a=1&b=2|https://bank.example>',
  '<mailto:x@y.z|mail>',
  '<!date^1392734382^{date}|fallback>',
  '&lt;',
  '&gt;',
  '&amp;',
  '&amp;lt;',
  '&#60;',
  '&#x3C;',
  '&lt',
  '&',
  '<',
  '>',
  '|',
  '@channel',
  '@here',
  '*bold*',
  '`code`',
  '```',
  '> quote',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇧🇪',
  'e\u0301', // e + combining acute
  'مرحبا',
  'שלום',
  '\u202E', // right-to-left override
  '\u2066',
  '\u200B', // zero-width space
  '\u200D', // zero-width joiner
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\u0085',
  '\uD83D', // lone high surrogate
  '\uDE00', // lone low surrogate
];

const nastyPiece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('&', '<', '>', ';', 'a', 'l', 't', 'g', 'm', 'p', '#', '!', '@', '|') }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string() },
);

/** Mostly short strings assembled from nasty pieces, sometimes very long ones (a few thousand characters). */
const nastyText = fc.oneof(
  { weight: 8, arbitrary: fc.array(nastyPiece, { maxLength: 20 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(nastyPiece, { minLength: 1, maxLength: 10 }), fc.integer({ min: 50, max: 400 }))
      .map(([parts, times]) => parts.join('').repeat(times)),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2800, max: 3100 }), nastyPiece).map(([n, tail]) => 'a'.repeat(n) + tail) },
);

describe('escapeSlack (property)', () => {
  it('never leaves an unescaped control and round-trips through the three entities', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const escaped = escapeSlack(text);
        expect(hasUnescapedSlackControl(escaped)).toBe(false);
        expect(decode(escaped)).toBe(text);
        expect(escaped.includes('<') || escaped.includes('>')).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('hasUnescapedSlackControl flags any raw <, > or stray &', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        expect(hasUnescapedSlackControl(text)).toBe(referenceHasControl(text));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('slackText (property)', () => {
  const maxArb = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 61, max: 4000 }));

  it('respects the cap, never cuts an entity, a surrogate pair or leaves a control character', () => {
    fc.assert(
      fc.property(nastyText, maxArb, (text, max) => {
        const out = slackText(text, max);
        const cap = max ?? SLACK_TEXT_MAX;
        expect(out.length).toBeLessThanOrEqual(cap);
        expect(hasUnescapedSlackControl(out)).toBe(false);
        // A half entity would be an '&' not followed by a whole entity; catch the end of the string explicitly too.
        expect(out).not.toMatch(/&[a-z]{0,3}…?$/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting control characters are gone
        expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        // Either nothing was cut, or what is kept is a prefix of the whole (cleaned, escaped) text, then '…'.
        const whole = slackText(text, Number.MAX_SAFE_INTEGER);
        if (out !== whole) {
          expect(out.endsWith('…')).toBe(true);
          expect(whole.startsWith(out.slice(0, -1))).toBe(true);
          expect(whole.length).toBeGreaterThan(cap);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('leaves short, clean text exactly as escapeSlack does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', '&', '<', '>', ' ', '\n', '\t', '😀', '@', '!'), maxLength: 200 }),
        (text) => {
          expect(slackText(text)).toBe(escapeSlack(text));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('escapeSlack (examples)', () => {
  it.each([
    ['<!channel> urgent', '&lt;!channel&gt; urgent'],
    ['<!here>', '&lt;!here&gt;'],
    ['hi <@U123>', 'hi &lt;@U123&gt;'],
    ['<http://evil|click>', '&lt;http://evil|click&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&lt; already', '&amp;lt; already'],
    ['a > b', 'a &gt; b'],
    ['@channel @here', '@channel @here'],
    ['plain', 'plain'],
    ['', ''],
    ['😀 مرحبا \u200B', '😀 مرحبا \u200B'],
  ])('%j → %j', (input, expected) => {
    expect(escapeSlack(input)).toBe(expected);
    expect(hasUnescapedSlackControl(escapeSlack(input))).toBe(false);
  });
});

describe('hasUnescapedSlackControl (examples)', () => {
  it.each([
    ['<', true],
    ['>', true],
    ['&', true],
    ['&lt', true],
    ['&nbsp;', true],
    ['&#60;', true],
    ['a&amp;b', false],
    ['&lt;&gt;&amp;', false],
    ['no controls', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(hasUnescapedSlackControl(input)).toBe(expected);
  });
});

describe('slackText (examples)', () => {
  it('escapes like escapeSlack', () => {
    expect(slackText('<!channel> & <@U1>')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('strips control characters but keeps newlines and tabs, normalising CR', () => {
    expect(slackText('a\u0000b\u0007c\u001B[0m\u007Fd\u0085e')).toBe('abc[0mde');
    expect(slackText('line1\r\nline2\rline3\n\tindented')).toBe('line1\nline2\nline3\n\tindented');
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(slackText('a\uD83Db')).toBe('a\uFFFDb');
    expect(slackText('\uDE00')).toBe('\uFFFD');
    expect(slackText('😀')).toBe('😀');
  });

  it('caps at 2900 characters by default, with an ellipsis', () => {
    expect(slackText('a'.repeat(2900))).toBe('a'.repeat(2900));
    const long = slackText('a'.repeat(5000));
    expect(long).toHaveLength(2900);
    expect(long.endsWith('a…')).toBe(true);
  });

  it('counts the escaped length and never cuts an entity', () => {
    expect(slackText('&&&&', 10)).toBe('&amp;…'); // '&amp;&amp;' would be 10 + 1
    expect(slackText('&&', 10)).toBe('&amp;&amp;');
    expect(slackText('ab<<', 8)).toBe('ab&lt;…');
    expect(slackText('ab<<', 6)).toBe('ab…');
  });

  it('never splits an emoji or a grapheme cluster', () => {
    expect(slackText('ab😀cd', 4)).toBe('ab…');
    expect(slackText('👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 12)).toBe('👩‍👩‍👧‍👦…');
    expect(slackText('🇧🇪🇧🇪', 5)).toBe('🇧🇪…');
  });

  it('rejects a nonsensical cap', () => {
    expect(() => slackText('x', 0)).toThrow(RangeError);
    expect(() => slackText('x', 2.5)).toThrow(RangeError);
    expect(slackText('xyz', 1)).toBe('…');
  });
});
