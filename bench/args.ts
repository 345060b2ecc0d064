/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Simulated Teams users in the closed-loop phase. */
  users: number;
  /** Measured seconds of each phase. */
  seconds: number;
  /** Unmeasured seconds before each phase's measurement starts (JIT, caches, connection pools). */
  warmup: number;
  /**
   * Closed-loop rounds: the service and the echo alternate this many times, so
   * that the machine's drift (large on a shared virtual machine) falls on both
   * alike; the throughput ratio is the median of the rounds' ratios.
   */
  rounds: number;
  /** Offered turns per second of the open-loop phase; undefined: no such phase. */
  rate: number | undefined;
  /** Open-loop phase: most requests in flight at once (and size of its user pool). */
  maxOutstanding: number;
  /** Where the JSON result goes. */
  out: string;
  /** Start the service with --cpu-prof and print the top functions by self time. */
  profile: boolean;
  /** Skip the echo-bot floor (quicker runs while investigating). */
  echo: boolean;
  /** Keep the PostgreSQL database the bench created (it is dropped by default). */
  keepDb: boolean;
  /** Per-request timeout. */
  timeoutMs: number;
}

export const USAGE = `npm run bench -- [options]

  --users N            simulated Teams users, each in its own conversation (default 20)
  --seconds S          measured seconds per phase (default 20)
  --warmup S           unmeasured seconds before each process's first phase of each kind
                       (default 10: the service is markedly slower in its first 20 s, while
                       V8 and the database warm up); later rounds settle for 3 s at most
  --rounds N           closed-loop rounds, service and echo taking turns (default 3); the
                       throughput ratio is the median of the rounds' ratios
  --rate R             add an open-loop phase offering R turns/s (service and echo)
  --max-outstanding N  open-loop cap on requests in flight (default 200)
  --out FILE           JSON result (default bench/results/latest.json)
  --profile            run the service with --cpu-prof and print where its time goes
  --no-echo            skip the bare botbuilder echo bot (no floor, no ratios)
  --keep-db            keep the PostgreSQL database created for the run
  --timeout-ms N       per-request timeout (default 10000)

Environment: DATABASE_URL set → the service runs on PostgreSQL, in a fresh
database created for the run (dropped afterwards); unset → embedded PGlite in
a temporary DATA_DIR.`;

export class UsageError extends Error {}

function integer(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be a whole number between ${min} and ${max}, got "${raw ?? ''}"`);
  }
  return n;
}

export function parseArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = {
    users: 20,
    seconds: 20,
    warmup: 10,
    rounds: 3,
    rate: undefined,
    maxOutstanding: 200,
    out: 'bench/results/latest.json',
    profile: false,
    echo: true,
    keepDb: false,
    timeoutMs: 10_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--users':
        o.users = integer('--users', value(), 1, 2_000);
        break;
      case '--seconds':
        o.seconds = integer('--seconds', value(), 1, 3_600);
        break;
      case '--warmup':
        o.warmup = integer('--warmup', value(), 0, 60);
        break;
      case '--rounds':
        o.rounds = integer('--rounds', value(), 1, 20);
        break;
      case '--rate':
        o.rate = integer('--rate', value(), 1, 10_000);
        break;
      case '--max-outstanding':
        o.maxOutstanding = integer('--max-outstanding', value(), 1, 5_000);
        break;
      case '--out': {
        const v = value();
        if (!v) throw new UsageError('--out needs a file name');
        o.out = v;
        break;
      }
      case '--timeout-ms':
        o.timeoutMs = integer('--timeout-ms', value(), 100, 60_000);
        break;
      case '--profile':
        o.profile = true;
        break;
      case '--no-echo':
        o.echo = false;
        break;
      case '--keep-db':
        o.keepDb = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option "${arg}"`);
    }
  }
  return o;
}
