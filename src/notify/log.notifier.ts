import { dueEscalation, type EscalationNotice, type EscalationPolicy } from '../cases/escalation.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/client.js';
import type { Notifier, NotifierRoutes, OutboxRow } from './outbox.dispatcher.js';
import type { CaseUpdateNotice, NewCaseNotice, RelayNotice, UrgentNotice } from './outbox.js';

/**
 * Until Slack is configured, coordinator notifications are printed: the
 * reference, kind, priority and region, never contact details or what the
 * person wrote.
 */
export function logNotifierRoutes(
  print: (line: string) => void,
  escalation?: { db: Database; policy: EscalationPolicy; clock: Clock; onEscalation?: (priority: string) => void },
): NotifierRoutes {
  const newCase: Notifier = {
    async deliver(row: OutboxRow) {
      const n = row.payload as NewCaseNotice;
      const signals = n.signals.length > 0 ? ` signals=${n.signals.join(',')}` : '';
      const sentinel = n.sentinel ? ` sentinel=${n.sentinel}` : '';
      const crisis = `${n.crisisFamily ? ` crisis=${n.crisisFamily}` : ''}${n.toCheck ? ' to_check' : ''}`;
      print(
        `[coordinators] ${n.priority === 'urgent' ? 'URGENT ' : ''}new case ${n.reference} kind=${n.kind} priority=${n.priority} region=${n.region ?? '-'} language=${n.language} sector=${n.sector ?? '-'}${signals}${sentinel}${crisis} channel=${n.channel}`,
      );
    },
  };
  const urgent: Notifier = {
    async deliver(row: OutboxRow) {
      const n = row.payload as UrgentNotice;
      print(
        `[coordinators] URGENT crisis signal in conversation ${n.conversationReference}${n.caseReference ? ` (case ${n.caseReference})` : ''} channel=${n.channel} language=${n.language} reason=${n.reason}${n.family ? ` family=${n.family}` : ''}`,
      );
    },
  };
  const relay: Notifier = {
    async deliver(row: OutboxRow) {
      const n = row.payload as RelayNotice;
      print(`[coordinators] new message from the person of case ${n.caseReference} (shown in the case)`);
    },
  };
  const update: Notifier = {
    async deliver(row: OutboxRow) {
      const n = row.payload as CaseUpdateNotice;
      print(`[coordinators] case ${n.reference}: ${n.action}${n.detail ? ` (${n.detail})` : ''} by ${n.actor}`);
    },
  };
  const routes: NotifierRoutes = {
    'coordinator.new_case': newCase,
    'coordinator.urgent': urgent,
    'coordinator.relay': relay,
    'coordinator.case_update': update,
  };
  routes['coordinator.training_signup'] = {
    async deliver(row: OutboxRow) {
      const n = row.payload as { code: string; status: string };
      print(`[coordinators] new sign-up for training ${n.code}: ${n.status}`);
    },
  };
  routes['coordinator.erase_slack'] = {
    async deliver(row: OutboxRow) {
      const n = row.payload as { reference: string };
      print(`[coordinators] case ${n.reference}: personal data erased`);
    },
  };
  if (escalation) {
    routes['coordinator.escalate'] = {
      async deliver(row: OutboxRow) {
        const n = row.payload as EscalationNotice;
        const decision = await dueEscalation(escalation.db, escalation.policy, n, escalation.clock.now());
        if (!decision.escalate) return;
        print(`[coordinators] @here case ${decision.reference} is still unclaimed after ${decision.minutesUnclaimed} minutes`);
        escalation.onEscalation?.(decision.priority);
      },
    };
  }
  return routes;
}
