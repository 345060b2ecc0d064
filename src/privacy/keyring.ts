import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomFillSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encryption at rest (GDPR art. 32): AES-256-GCM with a key id on every
 * value so keys can rotate, and keyed hashes (HMAC-SHA256) for lookups by
 * phone or Teams id without storing them in clear.
 *
 * `DATA_KEY` is a comma-separated list of `id:base64(32 bytes)`; the first
 * key encrypts, all of them decrypt. `npm run keys:rotate` rewrites every
 * value under the first key.
 */
export interface DataKey {
  id: string;
  key: Buffer;
}

export class KeyError extends Error {
  readonly code = 'DATA_KEY_INVALID';
}

export class DecryptionError extends Error {
  readonly code = 'DECRYPTION_FAILED';
}

const PREFIX = 'enc1';

export class Keyring {
  private readonly byId: Map<string, DataKey>;
  private readonly hashKeys: Buffer[];
  private readonly currentAad: Buffer;
  private readonly currentPrefix: string;

  constructor(readonly keys: DataKey[]) {
    if (keys.length === 0) throw new KeyError('at least one data key is needed');
    this.byId = new Map(keys.map((k) => [k.id, k]));
    // Lookup hashes use a key derived from each data key: a value is looked up under all of them.
    this.hashKeys = keys.map((k) => Buffer.from(hkdfSync('sha256', k.key, Buffer.alloc(0), 'passerelle lookup hash', 32)));
    this.currentAad = Buffer.from(this.current.id);
    this.currentPrefix = `${PREFIX}:${this.current.id}:`;
  }

  get current(): DataKey {
    return this.keys[0] as DataKey;
  }

  encrypt(plain: string): string {
    const iv = nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(this.currentAad);
    const body = cipher.update(plain, 'utf8');
    // GCM is a stream mode: final() only computes the tag (and returns nothing to add).
    const rest = cipher.final();
    const ct = rest.length > 0 ? Buffer.concat([body, rest]) : body;
    const tag = cipher.getAuthTag();
    // Every value of a turn is encrypted (4–5 a message): the prefix and the additional data are built once per keyring.
    return `${this.currentPrefix}${iv.toString('base64url')}:${tag.toString('base64url')}:${ct.toString('base64url')}`;
  }

  /** Refuses a tampered or unknown value rather than returning garbage. */
  decrypt(stored: string): string {
    if (!stored.startsWith(`${PREFIX}:`)) throw new DecryptionError('value is not encrypted');
    const [, id, iv, tag, ct] = stored.split(':');
    const key = id ? this.byId.get(id) : undefined;
    if (!key || iv === undefined || tag === undefined || ct === undefined)
      throw new DecryptionError(`no key "${id}" to decrypt this value`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(key.id));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new DecryptionError('the value was altered or the key is wrong');
    }
  }

  isEncrypted(stored: string): boolean {
    return stored.startsWith(`${PREFIX}:`);
  }

  keyIdOf(stored: string): string | undefined {
    return this.isEncrypted(stored) ? stored.split(':')[1] : undefined;
  }

  /** The lookup hash under the current key (what is stored). */
  hash(value: string): string {
    return createHmac('sha256', this.hashKeys[0] as Buffer)
      .update(value)
      .digest('base64url');
  }

  /** The lookup hashes under every key (what to search for, mid-rotation included). */
  hashes(value: string): string[] {
    return this.hashKeys.map((k) => createHmac('sha256', k).update(value).digest('base64url'));
  }
}

export function parseDataKeys(spec: string): DataKey[] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => {
      const [id, b64] = part.includes(':') ? (part.split(':', 2) as [string, string]) : [`k${index + 1}`, part];
      const key = Buffer.from(b64, 'base64');
      if (key.length !== 32) throw new KeyError(`DATA_KEY "${id}": must be 32 bytes in base64 (openssl rand -base64 32)`);
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new KeyError(`DATA_KEY id "${id}": letters, digits, - and _ only`);
      return { id, key };
    });
}

export function generateDataKeySpec(id = 'local'): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/**
 * The keyring of this process: DATA_KEY when set; otherwise (never in
 * production, config.ts refuses it) a key generated once under DATA_DIR,
 * readable by the service's user only.
 */
export function loadKeyring(o: { dataKey: string | undefined; dataDir: string; warn: (message: string) => void }): Keyring {
  if (o.dataKey) return new Keyring(parseDataKeys(o.dataKey));
  const file = path.join(o.dataDir, 'data.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, `${generateDataKeySpec()}\n`, { mode: 0o600, flag: 'wx' });
    o.warn(`DATA_KEY is not set: generated a local key in ${file} (fine for development; set DATA_KEY in production)`);
  } else {
    o.warn(`DATA_KEY is not set: using the local key in ${file}`);
  }
  fs.chmodSync(file, 0o600);
  return new Keyring(parseDataKeys(fs.readFileSync(file, 'utf8').trim()));
}

let active: Keyring | undefined;

/** Installed once at start (and by tests): the database column types encrypt and decrypt with it. */
export function installKeyring(keyring: Keyring): void {
  active = keyring;
}

export function hasKeyring(): boolean {
  return active !== undefined;
}

export function activeKeyring(): Keyring {
  if (!active) throw new KeyError('no data key installed: call installKeyring() at start');
  return active;
}

/**
 * Fresh random IVs, 12 bytes each, cut from a buffer refilled from the CSPRNG
 * once every 341 values: one system call for hundreds of encryptions rather
 * than one each. Every IV is copied out and each byte is handed out once.
 */
const IV_BYTES = 12;
const ivPool = Buffer.alloc(IV_BYTES * 341);
let ivOffset = ivPool.length;

function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivOffset, ivOffset + IV_BYTES));
  ivOffset += IV_BYTES;
  return iv;
}
