import type { Notifier, NotifierRoutes, OutboxRow } from './outbox.dispatcher.js';
import type { NewCaseNotice, RelayNotice, UrgentNotice } from './outbox.js';

/**
 * Until Slack is configured, coordinator notifications are printed: the
 * reference, kind, priority and region, never contact details or what the
 * person wrote.
 */
export function logNotifierRoutes(print: (line: string) => void): NotifierRoutes {
  const newCase: Notifier = {
    async deliver(row: OutboxRow) {
      const n = row.payload as NewCaseNotice;
      const signals = n.signals.length > 0 ? ` signals=${n.signals.join(',')}` : '';
      const sentinel = n.sentinel ? ` sentinel=${n.sentinel}` : '';
      print(
        `[coordinators] ${n.priority === 'urgent' ? 'URGENT ' : ''}new case ${n.reference} kind=${n.kind} priority=${n.priority} region=${n.region ?? '-'} language=${n.language} sector=${n.sector ?? '-'}${signals}${sentinel} channel=${n.channel}`,
      );
    },
  };
  const urgent: Notifier = {
    async deliver(row: OutboxRow) {
      const n = row.payload as UrgentNotice;
      print(
        `[coordinators] URGENT crisis signal in conversation ${n.conversationReference}${n.caseReference ? ` (case ${n.caseReference})` : ''} channel=${n.channel} language=${n.language} reason=${n.reason}`,
      );
    },
  };
  const relay: Notifier = {
    async deliver(row: OutboxRow) {
      const n = row.payload as RelayNotice;
      print(`[coordinators] new message from the person of case ${n.caseReference} (${n.text.length} characters, shown in the case)`);
    },
  };
  return { 'coordinator.new_case': newCase, 'coordinator.urgent': urgent, 'coordinator.relay': relay };
}
