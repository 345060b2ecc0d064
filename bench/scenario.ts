/**
 * What the simulated Teams users say: the answer sequences of
 * tests/bots/teams/teams.channel.test.ts (the French sentinel alert) and the
 * help request of the same test, in French ("1" as contact method is phone on
 * Teams, where "this number" does not exist). The first conversation of a
 * user opens with a greeting; later ones with "menu" (after a case the
 * conversation is idle, and anything else would be relayed to the case thread).
 */

export type ConversationKind = 'alert' | 'help';

export const SENTINEL_ALERT: readonly string[] = [
  '1',
  'Claire Dubois',
  'Fiduciaire Dubois',
  'comptable',
  'claire@fiduciaire.be',
  'oui',
  'non',
  'Marc',
  'passer',
  '0471 23 45 67',
  'passer',
  '1',
  '7000',
  '1',
  '2',
  '1 2',
  'passer',
  'le matin',
  '4',
  'non',
  'Envoyer',
];

export const HELP_REQUEST: readonly string[] = [
  '2',
  'oui',
  'non',
  'Jean',
  '1',
  '0478 12 34 56',
  '1000',
  '1',
  'horeca',
  'passer',
  '1',
  'après 18 h',
  'oui',
  'non',
  'Envoyer',
];

export function messagesOf(kind: ConversationKind, first: boolean): string[] {
  return [first ? 'Bonjour' : 'menu', ...(kind === 'alert' ? SENTINEL_ALERT : HELP_REQUEST)];
}

/** One simulated Teams user in a 1:1 chat: its own AAD object id and conversation. */
export class SimulatedUser {
  readonly aadObjectId: string;
  readonly conversationId: string;
  private conversation = 0;
  private step = 0;
  private messages: string[];
  private activityCounter = 0;

  constructor(
    readonly id: string,
    private readonly serviceUrl: string,
    /** Start with a help request instead of an alert (mixes the two across users). */
    startWithHelp = false,
  ) {
    this.aadObjectId = `aad-${id}`;
    this.conversationId = `a:${id}`;
    if (startWithHelp) this.conversation = 1;
    this.messages = messagesOf(this.kind, true);
  }

  get kind(): ConversationKind {
    return this.conversation % 2 === 0 ? 'alert' : 'help';
  }

  /** The next message of the current conversation, and whether it is its confirmation. */
  next(): { text: string; final: boolean; kind: ConversationKind } {
    return { text: this.messages[this.step] ?? 'menu', final: this.step === this.messages.length - 1, kind: this.kind };
  }

  /** The turn was answered: move to the next message, or to a new conversation after the last one. */
  advance(): void {
    this.step++;
    if (this.step >= this.messages.length) this.restart();
  }

  /** A failed turn abandons the conversation; the next one starts with "menu", which drops any form. */
  restart(): void {
    this.conversation++;
    this.step = 0;
    this.messages = messagesOf(this.kind, false);
  }

  activity(text: string): { id: string; body: string } {
    const id = `${this.id}-${++this.activityCounter}`;
    const body = JSON.stringify({
      type: 'message',
      id,
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      from: { id: `29:${this.id}`, aadObjectId: this.aadObjectId, name: 'Bench user' },
      recipient: { id: '28:passerelle', name: 'Passerelle' },
      conversation: { id: this.conversationId, conversationType: 'personal' },
      locale: 'fr-BE',
      text,
    });
    return { id, body };
  }
}
