import fs from 'node:fs';
import path from 'node:path';

export interface DataDirLock {
  release(): void;
}

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly holderPid: number,
    readonly holder: string,
    readonly dataDir: string,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by ${holder} (pid ${holderPid}): stop that process, or set DATABASE_URL (PostgreSQL) to run several processes`,
    );
  }
}

/**
 * PGlite is single-process: two processes on one folder each keep their own
 * copy and one silently overwrites the other's writes. The first process
 * takes this lock; any other is refused at once. A lock left by a process
 * that died is taken over.
 */
export function acquireDataDirLock(dataDir: string, holder: string): DataDirLock {
  const lockPath = path.join(dataDir, 'pglite.lock');
  const content = JSON.stringify({ pid: process.pid, holder, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, content, { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = readLock(lockPath);
          if (current?.pid === process.pid) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readLock(lockPath);
      if (current && current.pid !== process.pid && isAlive(current.pid)) {
        throw new DataDirLockedError(current.pid, current.holder, dataDir);
      }
      // Stale lock from a process that is gone (or unreadable): take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${lockPath}`);
}

function readLock(lockPath: string): { pid: number; holder: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && typeof parsed.pid === 'number') {
      const holder = 'holder' in parsed && typeof parsed.holder === 'string' ? parsed.holder : 'another process';
      return { pid: parsed.pid, holder };
    }
  } catch {
    // Missing or half-written lock file.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
