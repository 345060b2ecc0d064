import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { people } from '../../src/db/schema.js';
import { DecryptionError, installKeyring, KeyError, Keyring, loadKeyring, parseDataKeys } from '../../src/privacy/keyring.js';
import { rotateKeys } from '../../src/privacy/rotate-keys.js';
import { exportPerson } from '../../src/privacy/subject-access.js';
import { testDatabases } from '../support/databases.js';
import { createHarness } from '../support/harness.js';
import { playTranscript } from '../support/transcript.js';

const keyA = `a:${Buffer.alloc(32, 1).toString('base64')}`;
const keyB = `b:${Buffer.alloc(32, 2).toString('base64')}`;
const TEST_KEY = `test:${Buffer.alloc(32, 7).toString('base64')}`;

describe('keyring', () => {
  it('round-trips text, with the key id on each value and a fresh IV each time', () => {
    const k = new Keyring(parseDataKeys(keyA));
    const one = k.encrypt('Ophélie 0498 76 54 32');
    const two = k.encrypt('Ophélie 0498 76 54 32');
    expect(one).not.toBe(two);
    expect(one.startsWith('enc1:a:')).toBe(true);
    expect(one).not.toContain('Ophélie');
    expect(k.decrypt(one)).toBe('Ophélie 0498 76 54 32');
  });

  it('never repeats an IV, across several refills of its random pool', () => {
    const k = new Keyring(parseDataKeys(keyA));
    const ivs = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const value = k.encrypt('same text');
      const iv = value.split(':')[2] ?? '';
      expect(Buffer.from(iv, 'base64url')).toHaveLength(12);
      ivs.add(iv);
      expect(k.decrypt(value)).toBe('same text');
    }
    expect(ivs.size).toBe(2_000);
  });

  it('refuses a tampered ciphertext instead of returning garbage', () => {
    const k = new Keyring(parseDataKeys(keyA));
    const value = k.encrypt('secret');
    const parts = value.split(':');
    const ct = Buffer.from(parts[4] ?? '', 'base64url');
    ct[0] = (ct[0] ?? 0) ^ 1;
    parts[4] = ct.toString('base64url');
    expect(() => k.decrypt(parts.join(':'))).toThrow(DecryptionError);
    expect(() => k.decrypt(value.replace('enc1:a:', 'enc1:zz:'))).toThrow(DecryptionError);
    expect(() => k.decrypt('plain text')).toThrow(DecryptionError);
  });

  it('reads values written under an old key once a new key is first; hashes are searched under both', () => {
    const old = new Keyring(parseDataKeys(keyA));
    const rotated = new Keyring(parseDataKeys(`${keyB},${keyA}`));
    expect(rotated.decrypt(old.encrypt('kept'))).toBe('kept');
    expect(rotated.current.id).toBe('b');
    expect(rotated.hashes('+32470123456')).toContain(old.hash('+32470123456'));
  });

  it('refuses keys of the wrong size or with odd ids', () => {
    expect(() => parseDataKeys('a:dG9vIHNob3J0')).toThrow(KeyError);
    expect(() => parseDataKeys(`a b:${Buffer.alloc(32).toString('base64')}`)).toThrow(KeyError);
  });

  it('without DATA_KEY, generates a local key readable by its owner only, and warns', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keys-'));
    const warnings: string[] = [];
    const first = loadKeyring({ dataKey: undefined, dataDir: dir, warn: (m) => warnings.push(m) });
    const mode = fs.statSync(path.join(dir, 'data.key')).mode & 0o777;
    expect(mode).toBe(0o600);
    const again = loadKeyring({ dataKey: undefined, dataDir: dir, warn: (m) => warnings.push(m) });
    expect(again.decrypt(first.encrypt('same key'))).toBe('same key');
    expect(warnings[0]).toContain('DATA_KEY is not set');
  });
});

describe.each(testDatabases)('key rotation on $name', (kind) => {
  let database: DatabaseHandle;
  afterEach(async () => {
    installKeyring(new Keyring(parseDataKeys(TEST_KEY)));
    await database.close();
  });

  it('npm run keys:rotate rewrites every value under the new key; lookups still work; the old key can go', async () => {
    database = await kind.open();
    installKeyring(new Keyring(parseDataKeys(keyA)));
    const h = createHarness(database, { userId: '+32498765432' });
    await playTranscript(h, [
      ['Bonsoir', []],
      ['2', []],
      ['oui', []],
      ['non', []],
      ['Ophélie', []],
      ['1', []],
      ['7000', []],
      ['1', []],
      ['2', []],
      ['Ma boulangerie coule', []],
      ['2', []],
      ['mardi', []],
      ['oui', []],
      ['non', []],
      ['1', [/PDI-/]],
    ]);
    installKeyring(new Keyring(parseDataKeys(`${keyB},${keyA}`)));
    const counts = await rotateKeys(database.db);
    expect(counts.people).toBe(1);
    installKeyring(new Keyring(parseDataKeys(keyB)));
    const raw = await database.db.execute(sql.raw('select first_name, phone from people'));
    const rows = (Array.isArray(raw) ? raw : (raw as { rows: unknown[] }).rows) as Array<{ first_name: string; phone: string }>;
    expect(rows[0]?.first_name.startsWith('enc1:b:')).toBe(true);
    const [person] = await database.db.select().from(people);
    expect(person).toMatchObject({ firstName: 'Ophélie', phone: '+32498765432' });
    expect(JSON.stringify(await exportPerson(database.db, { phone: '+32498765432' }))).toContain('boulangerie');
    // The same person writing again is found again (conversation lookup by keyed hash under the new key).
    await playTranscript(h, [['je voulais juste ajouter que je dors mal', ['PDI-']]]);
  });
});
