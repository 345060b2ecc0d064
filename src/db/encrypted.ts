import { customType } from 'drizzle-orm/pg-core';
import { activeKeyring } from '../privacy/keyring.js';

/**
 * Column types that encrypt on the way in and decrypt on the way out with
 * the process keyring (AES-256-GCM, key id on each value). Code reads and
 * writes plain values; the database only ever holds ciphertext.
 */
export const encryptedText = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => activeKeyring().encrypt(value),
  fromDriver: (value) => activeKeyring().decrypt(value),
});

export function encryptedJson<T>() {
  return customType<{ data: T; driverData: string }>({
    dataType: () => 'text',
    toDriver: (value) => activeKeyring().encrypt(JSON.stringify(value)),
    fromDriver: (value) => JSON.parse(activeKeyring().decrypt(value)) as T,
  });
}

/** The lookup hash of a value (phone, Teams id) under the current key: what is stored. */
export function lookupHash(value: string): string {
  return activeKeyring().hash(value);
}

/** The lookup hashes of a value under every key: what to search for. */
export function lookupHashes(value: string): string[] {
  return activeKeyring().hashes(value);
}

/** Seals free text that must travel through the outbox (a relayed message, a reply): encrypted like a column. */
export function sealText(value: string): string {
  return activeKeyring().encrypt(value);
}

export function openText(sealed: string): string {
  return activeKeyring().decrypt(sealed);
}
