import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A port free on 127.0.0.1 right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Resident memory of a process in MB, from /proc/<pid>/status (VmRSS); undefined where there is no /proc. */
export function readRssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process used so far, from /proc/<pid>/stat. */
export function readCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/** Busy and total jiffies of the whole machine, from /proc/stat (all cores). */
export function readMachineCpu(): { busy: number; total: number } | undefined {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

export interface NodeProcess {
  name: string;
  pid: number | undefined;
  url: string;
  logFile: string;
  /** Settles with the exit code (or the signal) when the process ends. */
  exited: Promise<string>;
  isRunning(): boolean;
  /** SIGTERM; then `nudge.signal` after `nudge.afterMs` if given; SIGKILL after graceMs; resolves once it is gone. */
  stop(graceMs?: number, nudge?: { signal: NodeJS.Signals; afterMs: number }): Promise<string>;
  /** The last lines it printed. */
  tail(lines?: number): string;
}

const running = new Set<ChildProcess>();

/** Last resort when the bench itself dies: no child outlives it. */
export function killAllChildrenNow(): void {
  for (const child of running) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

export interface StartOptions {
  name: string;
  /** Arguments to `node` (process.execPath): the process itself, not a wrapper, so its pid is the one measured. */
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  logFile: string;
  readyPath: string;
  readyTimeoutMs: number;
  signal: AbortSignal;
}

/** Starts `node <args>` with its output in logFile and waits until GET readyPath answers 200 (bounded). */
export async function startNodeProcess(o: StartOptions): Promise<NodeProcess> {
  const out = fs.openSync(o.logFile, 'a');
  const child = spawn(process.execPath, o.args, { cwd: o.cwd, env: o.env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  running.add(child);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    });
    child.once('error', (error) => {
      running.delete(child);
      resolve(`failed to start: ${error.message}`);
    });
  });
  let done: string | undefined;
  void exited.then((how) => {
    done = how;
  });
  const url = `http://127.0.0.1:${o.port}`;
  const handle: NodeProcess = {
    name: o.name,
    pid: child.pid,
    url,
    logFile: o.logFile,
    exited,
    isRunning: () => done === undefined,
    async stop(graceMs = 20_000, nudge) {
      if (done !== undefined) return done;
      child.kill('SIGTERM');
      const nudging = nudge ? setTimeout(() => child.kill(nudge.signal), nudge.afterMs) : undefined;
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const how = await exited;
      clearTimeout(timer);
      clearTimeout(nudging);
      return how;
    },
    tail(lines = 20) {
      try {
        return fs.readFileSync(o.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
  };

  const deadline = Date.now() + o.readyTimeoutMs;
  for (;;) {
    if (done !== undefined) throw new Error(`${o.name} ended before it was ready (${done}):\n${handle.tail()}`);
    if (o.signal.aborted) {
      await handle.stop(5_000);
      throw new Error(`${o.name}: interrupted while starting`);
    }
    if (Date.now() > deadline) {
      await handle.stop(5_000);
      throw new Error(`${o.name} was not ready after ${o.readyTimeoutMs / 1000} s:\n${handle.tail()}`);
    }
    try {
      const res = await fetch(`${url}${o.readyPath}`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return handle;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
}
