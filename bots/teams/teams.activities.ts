import { type Activity, ActivityTypes, CardFactory, type ConversationReference, MessageFactory, TurnContext } from 'botbuilder';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/types.js';
import { renderPlain } from '../console/render.js';

/** What a card button sends back: the answer, as if the person had typed it. */
export interface CardAnswer {
  passerelleAnswer: string;
}

function isCardAnswer(value: unknown): value is CardAnswer {
  return typeof value === 'object' && value !== null && typeof (value as CardAnswer).passerelleAnswer === 'string';
}

/** Teams wraps mentions as `<at>Name</at>`; in a 1:1 chat they are noise. */
export function stripMentions(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isPersonal(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  // The Emulator and Web Chat leave it unset; Teams says 'personal', 'groupChat' or 'channel'.
  return type === undefined || type === 'personal';
}

/**
 * A Teams message activity as the core's inbound message: the user by AAD
 * object id when there is one, the activity id for dedupe, the conversation
 * reference as the address for proactive replies.
 */
export function toInbound(activity: Activity): InboundMessage {
  const text = isCardAnswer(activity.value) ? activity.value.passerelleAnswer : stripMentions(activity.text ?? '');
  const reference = TurnContext.getConversationReference(activity);
  return {
    channel: 'teams',
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown',
    conversationId: activity.conversation?.id ?? 'unknown',
    platformMessageId: activity.id ?? `${activity.conversation?.id}:${activity.timestamp ?? ''}`,
    text,
    locale: activity.locale,
    address: reference as unknown as Record<string, unknown>,
  };
}

export function referenceFrom(address: Record<string, unknown> | null): Partial<ConversationReference> | undefined {
  if (!address || typeof address.serviceUrl !== 'string' || typeof address.conversation !== 'object') return undefined;
  return address as Partial<ConversationReference>;
}

/**
 * The core's message as a Teams activity: choices as suggested actions
 * (the numbered text stays, for clients that do not show them); the
 * end-of-form summary as an Adaptive Card whose buttons answer.
 */
export function toActivity(message: OutboundMessage): Partial<Activity> {
  if (message.summary && message.choices) {
    const card = CardFactory.adaptiveCard({
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.4',
      body: [
        { type: 'TextBlock', text: message.summary.title, weight: 'Bolder', size: 'Medium', wrap: true },
        { type: 'FactSet', facts: message.summary.rows.map((r) => ({ title: r.label, value: r.value })) },
      ],
      actions: message.choices.map((c) => ({
        type: 'Action.Submit',
        title: c.label,
        data: { passerelleAnswer: c.value } satisfies CardAnswer,
      })),
    });
    const activity = MessageFactory.attachment(card, renderPlain(message));
    return activity;
  }
  if (message.choices && message.choices.length > 0 && !message.multiple) {
    return MessageFactory.suggestedActions(
      message.choices.map((c) => ({ type: 'imBack', title: c.label, value: c.value })),
      renderPlain(message),
    );
  }
  return MessageFactory.text(renderPlain(message));
}

export const typingActivity: Partial<Activity> = { type: ActivityTypes.Typing };
