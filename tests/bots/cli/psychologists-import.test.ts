import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run psychologists:import -- <file>` as a coordinator would, on an embedded database in a temp DATA_DIR. */
function runImport(dataDir: string, ...args: string[]) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync('npx', ['tsx', 'bots/cli/psychologists-import.ts', ...args], {
    encoding: 'utf8',
    env: { ...env, DATA_DIR: dataDir, NODE_ENV: 'test' },
    timeout: 60_000,
  });
}

describe('npm run psychologists:import', () => {
  it('imports the example file, then updates it on a second run, printing no contact', { timeout: 120_000 }, () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'psy-import-'));
    try {
      const first = runImport(dataDir, 'docs/psychologists.example.csv');
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toBe('imported 6 psychologists (6 new, 0 updated)\n');

      const second = runImport(dataDir, 'docs/psychologists.example.csv');
      expect(second.status, second.stderr).toBe(0);
      expect(second.stdout).toBe('imported 6 psychologists (0 new, 6 updated)\n');
      expect(`${first.stdout}${first.stderr}${second.stdout}${second.stderr}`).not.toContain('example.org');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('reports bad lines without their contacts and exits 1 when no row is valid', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psy-import-'));
    try {
      const file = path.join(dir, 'bad.csv');
      fs.writeFileSync(file, 'name,languages,areas,modalities,capacity,contact\nAnne,fr,1000,video,none,anne@example.org\n');
      const result = runImport(path.join(dir, 'data'), file);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('line 2: capacity must be a positive whole number');
      expect(result.stderr).toContain('nothing imported');
      expect(result.stderr).not.toContain('example.org');
      expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with the usage when the file is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psy-import-'));
    try {
      const missing = runImport(path.join(dir, 'data'), path.join(dir, 'nowhere.csv'));
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(/file not found: .*nowhere\.csv/);
      expect(missing.stderr).toContain('usage: npm run psychologists:import -- <file.csv>');

      const noArgument = runImport(path.join(dir, 'data'));
      expect(noArgument.status).toBe(1);
      expect(noArgument.stderr).toContain('usage:');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
