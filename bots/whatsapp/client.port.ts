import type wweb from 'whatsapp-web.js';

/**
 * The events of whatsapp-web.js's `Client` this channel listens to, with the
 * library's own payload types. `on` is declared here rather than picked:
 * `Pick<Client, 'on'>` fixes the polymorphic `this` it returns to the whole
 * `Client`, which no fake could implement, and the library's catch-all
 * overload `on(event: string, listener: (...args: any) => void)` would check
 * nothing anyway. The real client is assigned to these types in `client.ts`,
 * so a library change in a method or a payload type breaks the build.
 */
export interface WhatsAppEvents {
  qr: [qr: string];
  authenticated: [];
  auth_failure: [message: string];
  ready: [];
  disconnected: [reason: wweb.WAState | 'LOGOUT'];
  change_state: [state: wweb.WAState];
  message: [message: wweb.Message];
  call: [call: wweb.Call];
}

export interface WhatsAppEventSource {
  on<E extends keyof WhatsAppEvents>(event: E, listener: (...args: WhatsAppEvents[E]) => void): unknown;
}

/** What the channel adapter uses: receive messages and calls, send text, catch up unread chats. */
export type WhatsAppMessagingClient = WhatsAppEventSource &
  Pick<wweb.Client, 'sendMessage' | 'sendSeen' | 'getChats' | 'getContactLidAndPhone'>;

/** What the life cycle uses: start and stop the browser, follow the session's state. */
export type WhatsAppLifecycleClient = WhatsAppEventSource & Pick<wweb.Client, 'initialize' | 'destroy'>;

/** Everything this channel needs from a whatsapp-web.js `Client`. */
export type WhatsAppClient = WhatsAppMessagingClient & WhatsAppLifecycleClient;
