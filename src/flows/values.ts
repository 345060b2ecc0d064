import type { AnswerValue } from '../conversation/form.js';
import type { Region } from '../conversation/types.js';

/** Narrowing helpers for stored answers (they come back from JSON). */
export function textAnswer(value: AnswerValue | undefined): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function listAnswer(value: AnswerValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function postalAnswer(value: AnswerValue | undefined): { code: string; region: Region } | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}
