import type { IdGenerator } from '../clock.js';

/** `PDI-7K3F9`: the programme's prefix and five characters without look-alikes, easy to read out on the phone. */
export function newCaseReference(ids: IdGenerator): string {
  return `PDI-${ids.code(5)}`;
}

/** Conversations get a reference too, for urgent alerts raised before any case exists. */
export function newConversationReference(ids: IdGenerator): string {
  return `CNV-${ids.code(6)}`;
}

export const CASE_REFERENCE_PATTERN = /^PDI-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}$/;
