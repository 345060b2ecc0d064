import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface BenchDatabase {
  /** The URL the service gets. */
  url: string;
  /** What the report says about it (never the password). */
  description: string;
  /** Drops the database the bench created (no-op when it could not create one). */
  drop(): Promise<void>;
  /** What the server counted for this database: transactions, rows, scans per table. */
  stats(): Promise<DatabaseStats | undefined>;
}

export interface DatabaseStats {
  commits: number;
  rollbacks: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsDeleted: number;
  rowsReturned: number;
  rowsFetched: number;
  /** Outbox rows by kind and status at the end, due now or scheduled later (undefined if the table changed shape). */
  outbox: Array<{ kind: string; status: string; due: boolean; rows: number }> | undefined;
  tables: Array<{
    table: string;
    seqScans: number;
    seqRowsRead: number;
    indexScans: number;
    inserted: number;
    updated: number;
    deleted: number;
    live: number;
  }>;
}

async function readStats(url: string): Promise<DatabaseStats | undefined> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    // The statistics collector reports with a short delay: ask for a fresh snapshot first.
    await sql`select pg_stat_clear_snapshot()`;
    const [db] = await sql<Array<Record<string, string>>>`
      select xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_returned, tup_fetched
      from pg_stat_database where datname = current_database()`;
    const tables = await sql<Array<Record<string, string>>>`
      select relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) as idx_scan, n_tup_ins, n_tup_upd, n_tup_del, n_live_tup
      from pg_stat_user_tables order by seq_tup_read desc, relname`;
    if (!db) return undefined;
    const outbox = await sql<Array<{ kind: string; status: string; due: boolean; rows: number }>>`
      select kind, status, available_at <= now() as due, count(*)::int as rows from outbox group by 1, 2, 3 order by 1, 2, 3`.catch(
      () => undefined,
    );
    const n = (v: string | undefined) => Number(v ?? 0);
    return {
      commits: n(db.xact_commit),
      rollbacks: n(db.xact_rollback),
      rowsInserted: n(db.tup_inserted),
      rowsUpdated: n(db.tup_updated),
      rowsDeleted: n(db.tup_deleted),
      rowsReturned: n(db.tup_returned),
      rowsFetched: n(db.tup_fetched),
      outbox: outbox?.map((r) => ({ kind: String(r.kind), status: String(r.status), due: Boolean(r.due), rows: Number(r.rows) })),
      tables: tables.map((t) => ({
        table: String(t.relname),
        seqScans: n(t.seq_scan),
        seqRowsRead: n(t.seq_tup_read),
        indexScans: n(t.idx_scan),
        inserted: n(t.n_tup_ins),
        updated: n(t.n_tup_upd),
        deleted: n(t.n_tup_del),
        live: n(t.n_live_tup),
      })),
    };
  } catch {
    return undefined;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function redact(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  return copy.href;
}

/**
 * A fresh database for the run on the server of `DATABASE_URL`
 * (`CREATE DATABASE bench_<time>_<random>`), dropped afterwards. When the
 * user may not create databases, the given database is used as it is, with
 * a warning: the run then leaves its cases in it.
 */
export async function prepareDatabase(databaseUrl: string, warn: (line: string) => void): Promise<BenchDatabase> {
  const base = new URL(databaseUrl);
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(base.hostname)) {
    warn(`DATABASE_URL points at ${base.hostname}, not this machine: figures then include the network.`);
  }
  const name = `bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.end({ timeout: 5 });
    warn(
      `could not create a database for the run (${error instanceof Error ? error.message : String(error)}); ` +
        `using ${redact(base)} as it is: the bench's cases stay in it.`,
    );
    return {
      url: databaseUrl,
      description: `${redact(base)} (shared, not created by the bench)`,
      drop: async () => {},
      stats: async () => undefined,
    };
  }
  await admin.end({ timeout: 5 });
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    description: `PostgreSQL ${redact(url)} (created for the run)`,
    stats: () => readStats(url.href),
    async drop() {
      const sql = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } catch {
        // PostgreSQL before 13 has no WITH (FORCE): end the sessions left, then drop.
        await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
        await sql.unsafe(`DROP DATABASE IF EXISTS "${name}"`);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  };
}

/** The server's version, for the report. */
export async function serverVersion(databaseUrl: string): Promise<string | undefined> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const [row] = await sql<Array<{ server_version: string }>>`show server_version`;
    return row?.server_version;
  } catch {
    return undefined;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
