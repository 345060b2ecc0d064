import type { OutboundMessage } from '../../src/conversation/types.js';

/** Renders a bot message as a plain-text channel shows it: the text, then choices as a numbered list. */
export function renderPlain(message: OutboundMessage): string {
  if (!message.choices || message.choices.length === 0) return message.text;
  const list = message.choices.map((c, i) => `${i + 1}. ${c.label}`).join('\n');
  return `${message.text}\n${list}`;
}
