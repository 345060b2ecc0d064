/**
 * Escaping for text the bot puts in front of Slack.
 *
 * Slack's "Escaping text" rules: the only characters with control meaning in
 * message text are `&`, `<` and `>`; they must be sent as `&amp;`, `&lt;` and
 * `&gt;`, and no other HTML entity is decoded. Everything that mentions people
 * or disguises links goes through angle brackets (`<!channel>`, `<!here>`,
 * `<@U…>`, `<#C…>`, `<!subteam^…>`, `<http://x|label>`), so escaping the three
 * characters neutralises all of them. Bare words such as `@channel` or
 * `@here` are only turned into mentions when a message is sent with
 * `link_names: true` or `parse: 'full'`: the Slack adapter must never set
 * either.
 */

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Default cap for {@link slackText}: leaves room under Slack's 3000-character limit for text in a block. */
export const SLACK_TEXT_MAX = 2900;

const ELLIPSIS = '…';

/** Escapes user text for any Slack text field (mrkdwn or plain_text): &, <, > → &amp; &lt; &gt; — so nobody can trigger @channel, @here, <@U…> mentions or disguised <http://x|links> through the bot. */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITY[c] ?? c);
}

/**
 * Escapes and also neutralises Slack's bare-text triggers that survive escaping in mrkdwn: nothing else is needed per Slack's docs, but also strip control characters and cap length (default 2900 chars, with an ellipsis) so a block never exceeds Slack's 3000-char text limit.
 *
 * Details:
 * - line breaks are normalised to `\n` (`\r\n` and lone `\r` become `\n`);
 *   tab and newline are kept, every other C0/C1 control character and DEL is removed;
 * - lone UTF-16 surrogates become U+FFFD (they cannot be form-encoded);
 * - the result, escaped, is at most `max` UTF-16 code units long (Slack counts
 *   characters, which is never more). When text has to be cut, it is cut on a
 *   grapheme boundary of the original text, so neither an entity (`&amp;`), a
 *   surrogate pair nor an emoji sequence is ever split, and `…` is appended.
 */
export function slackText(text: string, max: number = SLACK_TEXT_MAX): string {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`slackText: max must be a positive integer, got ${max}`);
  const clean = stripControls(text);
  const escaped = escapeSlack(clean);
  if (escaped.length <= max) return escaped;
  const budget = max - ELLIPSIS.length;
  let out = '';
  for (const { segment } of graphemes().segment(clean)) {
    const piece = escapeSlack(segment);
    if (out.length + piece.length > budget) break;
    out += piece;
  }
  return `${out}${ELLIPSIS}`;
}

/** For tests and for defence in depth: true when a string contains an unescaped '<', '>' or an '&' that does not start one of the three entities &amp; &lt; &gt;. */
export function hasUnescapedSlackControl(text: string): boolean {
  return /[<>]|&(?!(?:amp|lt|gt);)/.test(text);
}

function stripControls(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

let segmenter: Intl.Segmenter | undefined;

function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}
