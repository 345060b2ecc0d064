import { installKeyring, Keyring, parseDataKeys } from '../../src/privacy/keyring.js';

/**
 * Every test file runs with a fixed data key, as a service started with
 * DATA_KEY would: the database holds ciphertext, the code sees plain values.
 */
installKeyring(new Keyring(parseDataKeys(`test:${Buffer.alloc(32, 7).toString('base64')}`)));
