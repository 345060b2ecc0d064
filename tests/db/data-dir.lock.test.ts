import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from '../../src/db/data-dir.lock.js';

describe('embedded database lock', () => {
  it('refuses a second holder while the first is alive, naming it and the two ways out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    // Another live process (our parent, never this pid) holds the lock.
    fs.writeFileSync(path.join(dir, 'pglite.lock'), JSON.stringify({ pid: process.ppid, holder: 'npm start' }));
    try {
      acquireDataDirLock(dir, 'npm run chat');
      expect.unreachable('the lock should have been refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DataDirLockedError);
      const message = (error as Error).message;
      expect(message).toContain('npm start');
      expect(message).toContain(String(process.ppid));
      expect(message).toContain('stop that process');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('takes over a lock left by a process that died', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid ?? 999_999;
    fs.writeFileSync(path.join(dir, 'pglite.lock'), JSON.stringify({ pid: dead, holder: 'npm start' }));
    const lock = acquireDataDirLock(dir, 'npm run chat');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'pglite.lock'), 'utf8')).holder).toBe('npm run chat');
    lock.release();
    expect(fs.existsSync(path.join(dir, 'pglite.lock'))).toBe(false);
  });
});
