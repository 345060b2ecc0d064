/**
 * Which psychologists a coordinator may assign a case to, best first (DESIGN,
 * "Cases and coordinators": the Assign select lists psychologists matching
 * region, language and modality with free capacity).
 *
 * A psychologist is a candidate when
 * - they are active and have a free seat (activeCases < capacity);
 * - they speak the case's language;
 * - they offer the case's modality (no_preference or unknown accepts anyone);
 * - they serve the case's postal code or region. Video and phone sessions work
 *   across Belgium, so for those the region is only a preference; in person
 *   (and no preference, which may well end in person) it is required. A case
 *   whose region and postal code are both unknown cannot be checked: everyone
 *   passes and the coordinator decides.
 *
 * Order: exact postal code, then same region, then more free capacity (as a
 * share of capacity, so a small practice is not drowned), then name, then id.
 */
import { regionForPostalCode } from '../conversation/answers.js';

export interface MatchableCase {
  language: string;
  region: string | null;
  postalCode: string | null;
  modality: string | null;
}

export interface PsychologistProfile {
  id: string;
  name: string;
  languages: string[];
  regions: string[];
  postalCodes: string[];
  modalities: string[];
  capacity: number;
  activeCases: number;
  active: boolean;
}

/** Why a psychologist matched, as short stable codes a Slack view can translate. */
export type MatchReason = 'postal_code' | 'region' | 'remote' | 'language' | 'modality';

export interface Match {
  psychologist: PsychologistProfile;
  /** Higher is better: 4 for the postal code, 2 for the region, plus the free share of capacity (0–1]. */
  score: number;
  reasons: MatchReason[];
}

const REMOTE_MODALITIES = new Set(['video', 'phone']);

export function matchPsychologists(c: MatchableCase, candidates: PsychologistProfile[]): Match[] {
  const modality = c.modality === 'no_preference' ? null : c.modality;
  const postalCode = c.postalCode?.trim() || null;
  const region = c.region ?? (postalCode && /^\d{4}$/.test(postalCode) ? (regionForPostalCode(Number(postalCode)) ?? null) : null);
  const remote = modality !== null && REMOTE_MODALITIES.has(modality);

  const matches: Match[] = [];
  for (const p of candidates) {
    if (!p.active || p.capacity <= 0 || p.activeCases >= p.capacity) continue;
    if (!p.languages.includes(c.language)) continue;
    if (modality !== null && !p.modalities.includes(modality)) continue;

    const samePostalCode = postalCode !== null && p.postalCodes.includes(postalCode);
    const sameRegion = region !== null && p.regions.includes(region);
    const locationKnown = postalCode !== null || region !== null;
    if (locationKnown && !samePostalCode && !sameRegion && !remote) continue;

    const reasons: MatchReason[] = [];
    if (samePostalCode) reasons.push('postal_code');
    if (sameRegion) reasons.push('region');
    if (locationKnown && !samePostalCode && !sameRegion) reasons.push('remote');
    reasons.push('language');
    if (modality !== null) reasons.push('modality');

    matches.push({ psychologist: p, score: (samePostalCode ? 4 : 0) + (sameRegion ? 2 : 0) + freeShare(p), reasons });
  }
  return matches.sort(byBestFirst);
}

function byBestFirst(a: Match, b: Match): number {
  const pa = a.psychologist;
  const pb = b.psychologist;
  return (
    Number(b.reasons.includes('postal_code')) - Number(a.reasons.includes('postal_code')) ||
    Number(b.reasons.includes('region')) - Number(a.reasons.includes('region')) ||
    freeShare(pb) - freeShare(pa) ||
    pa.name.localeCompare(pb.name, 'fr', { sensitivity: 'base' }) ||
    (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0)
  );
}

function freeShare(p: PsychologistProfile): number {
  return (p.capacity - p.activeCases) / p.capacity;
}
