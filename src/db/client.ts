import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres, PostgresJsSession, PostgresJsTransaction } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { acquireDataDirLock, type DataDirLock } from './data-dir.lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run a query on: the database or an open transaction. */
export type Executor = Database | Transaction;

/**
 * A transaction shaped like a turn: a first statement, work in between, and
 * an optional last statement. On PostgreSQL BEGIN goes out with the first
 * statement and COMMIT with the last, pipelined on one connection: two round
 * trips fewer than `db.transaction`, on the path every message takes. On
 * PGlite (in process, no round trips) it is an ordinary transaction. The
 * body gets the transaction for drizzle and `run` for statements written as
 * text, both on the transaction's connection.
 */
export type PipelinedTransaction = <T>(
  first: SQL | Statement,
  body: (tx: Executor, firstRows: Array<Record<string, unknown>>, run: StatementRunner) => Promise<PipelinedBody<T>>,
) => Promise<T>;

export interface PipelinedBody<T> {
  value: T;
  last?: SQL | Statement | undefined;
  /** Given the last statement's rows, before the COMMIT is confirmed: keep them, act once the transaction has resolved. */
  lastRows?: ((rows: Array<Record<string, unknown>>) => void) | undefined;
}

/**
 * Runs one statement written as text and returns its rows: on its own
 * (autocommit, its own transaction) from a database handle, inside the
 * transaction when a pipelined transaction hands it to its body.
 */
export type StatementRunner = (statement: Statement) => Promise<Array<Record<string, unknown>>>;

/**
 * A statement written as text with `$1…$n` placeholders and its parameters,
 * already encoded for the database. For the statements every message runs:
 * their text is built once per shape instead of through drizzle's builder on
 * every turn (which cost about a tenth of a turn's CPU).
 */
export interface Statement {
  readonly text: string;
  readonly params: readonly unknown[];
}

function isStatement(s: SQL | Statement): s is Statement {
  return typeof (s as Statement).text === 'string' && Array.isArray((s as Statement).params);
}

/** The same statement as drizzle SQL (for PGlite's transaction, where building it costs no round trip). */
export function statementSql(s: SQL | Statement): SQL {
  if (!isStatement(s)) return s;
  const parts = s.text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 0) chunks.push(sql.raw(part));
    else {
      const n = Number(part);
      if (n < 1 || n > s.params.length) throw new Error(`statement placeholder $${n} has no parameter`);
      chunks.push(sql`${sql.param(s.params[n - 1])}`);
    }
  }
  return sql.join(chunks);
}

/** The rows of a raw statement (`execute`), whatever the driver: postgres.js returns them, PGlite an object holding them. */
export function rowsOf(result: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(result)) return result as Array<Record<string, unknown>>;
  return ((result as { rows?: unknown[] }).rows ?? []) as Array<Record<string, unknown>>;
}

/** db.transaction with the same shape as the pipelined one. */
export function plainPipelinedTransaction(db: Database): PipelinedTransaction {
  return (first, body) =>
    db.transaction(async (tx) => {
      const rows = rowsOf(await tx.execute(statementSql(first)));
      const { value, last, lastRows } = await body(tx, rows, plainStatementRunner(tx));
      if (last) {
        const result = rowsOf(await tx.execute(statementSql(last)));
        lastRows?.(result);
      }
      return value;
    });
}

/** A statement on its own through drizzle (PGlite: in process, so building it costs no round trip). */
export function plainStatementRunner(db: Executor): StatementRunner {
  return async (statement) => rowsOf(await db.execute(statementSql(statement)));
}

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  pipelined: PipelinedTransaction;
  statement: StatementRunner;
  /** Applies the committed migrations in drizzle/ (idempotent). */
  migrate(): Promise<void>;
  /** Throws when the database cannot answer a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Any key will do as long as every instance uses the same one. */
const MIGRATION_LOCK_KEY = 72_531_904;

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** What holds the embedded database, named in the refusal a second process gets. */
  holder?: string;
}

/**
 * `DATABASE_URL` set → PostgreSQL through postgres.js; unset → embedded PGlite
 * under `DATA_DIR/pglite`, locked to this process (see DESIGN, "Storage").
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const lock = acquireDataDirLock(options.dataDir, options.holder ?? 'passerelle');
  try {
    const client = await PGlite.create({ dataDir: path.join(options.dataDir, 'pglite') });
    return wrapPglite(client, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Makes every statement with parameters a named prepared statement, kept per
 * connection. drizzle and `unsafe()` send unnamed ones, which postgres.js
 * describes first: a round trip of its own before every such statement, and
 * nothing after it is pipelined until the description is back. Prepared,
 * the first use describes once and every later use is one write — and
 * PostgreSQL parses and plans the statement once per connection. The SQL this
 * service sends comes in a bounded number of shapes (values are always
 * parameters), so the per-connection cache stays small; it is emptied when
 * postgres.js recycles the connection.
 */
export function preparingStatements(client: postgres.Sql): postgres.Sql {
  const unsafe = client.unsafe;
  client.unsafe = ((...call: [string, unknown?, postgres.UnsafeQueryOptions?]) => {
    const [query, args, options] = call;
    if (Array.isArray(args) && args.length > 0) return unsafe(query, args as never[], { ...options, prepare: true });
    // Anything else as it came, with as many arguments: postgres.js tells (query, options) from (query, args) by their count.
    return (unsafe as (...a: unknown[]) => ReturnType<postgres.Sql['unsafe']>)(...call);
  }) as postgres.Sql['unsafe'];
  const begin = client.begin as ((...a: unknown[]) => Promise<unknown>) | undefined;
  if (begin) {
    client.begin = ((options: unknown, fn?: unknown) => {
      const body = (typeof options === 'function' ? options : fn) as (tx: postgres.Sql) => unknown;
      const wrapped = (tx: postgres.Sql) => body(preparingStatements(tx));
      return typeof options === 'function' ? begin(wrapped) : begin(options, wrapped);
    }) as postgres.Sql['begin'];
  }
  const savepoint = (client as { savepoint?: (...a: unknown[]) => Promise<unknown> }).savepoint;
  if (savepoint) {
    (client as { savepoint?: unknown }).savepoint = (name: unknown, fn?: unknown) => {
      const body = (typeof name === 'function' ? name : fn) as (tx: postgres.Sql) => unknown;
      const wrapped = (tx: postgres.Sql) => body(preparingStatements(tx));
      return typeof name === 'function' ? savepoint(wrapped) : savepoint(name, wrapped);
    };
  }
  const reserve = client.reserve as (() => Promise<postgres.ReservedSql>) | undefined;
  if (reserve) {
    client.reserve = (async () => preparingStatements((await reserve()) as unknown as postgres.Sql)) as unknown as postgres.Sql['reserve'];
  }
  return client;
}

/** Statements written as text, through postgres.js directly (prepared: see preparingStatements). */
function runnerOn(sql: postgres.Sql): StatementRunner {
  return async (s) => [...(await sql.unsafe(s.text, s.params as never[]))];
}

export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const client = preparingStatements(postgres(url, { max: options.max ?? 10, onnotice: () => {}, connect_timeout: 10 }));
  const db = drizzlePostgres(client, { schema }) as unknown as Database;
  const dialect = new PgDialect();
  const toQuery = (s: SQL | Statement) => (isStatement(s) ? { sql: s.text, params: s.params } : dialect.sqlToQuery(s));
  const pipelined: PipelinedTransaction = async (first, body) => {
    const connection = await client.reserve();
    let open = false;
    try {
      const q = toQuery(first);
      // Issued in this order in the same tick: one write carries both.
      const begin = connection.unsafe('begin').execute();
      open = true;
      const [, firstRows] = await Promise.all([begin, connection.unsafe(q.sql, q.params as never[]).execute()]);
      // drizzle over this one connection, as its own transactions are (a savepoint if nested).
      const session = new PostgresJsSession(connection as unknown as postgres.Sql, dialect, undefined);
      type TransactionSession = ConstructorParameters<typeof PostgresJsTransaction>[1];
      const tx = new PostgresJsTransaction(dialect, session as unknown as TransactionSession, undefined) as unknown as Transaction;
      // Statements written as text, run on the transaction's connection without drizzle.
      const run = runnerOn(connection as unknown as postgres.Sql);
      const { value, last, lastRows } = await body(tx, [...firstRows], run);
      if (last) {
        const l = toQuery(last);
        // A failed last statement makes PostgreSQL answer the COMMIT with a rollback; its error is thrown.
        const [rows] = await Promise.all([connection.unsafe(l.sql, l.params as never[]).execute(), connection.unsafe('commit').execute()]);
        lastRows?.([...rows]);
      } else {
        await connection.unsafe('commit');
      }
      open = false;
      return value;
    } catch (error) {
      if (open) await connection.unsafe('rollback').catch(() => undefined);
      throw error;
    } finally {
      connection.release();
    }
  };
  return {
    db,
    kind: 'postgres',
    pipelined,
    statement: runnerOn(client),
    async migrate() {
      // Several instances may start at once: one migrates, the others wait.
      // A client of its own with one connection, so the session lock and the
      // migration share that connection.
      const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migratePostgres(drizzlePostgres(single, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async ping() {
      await client`select 1`;
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/** Wraps an already open PGlite (tests hand in a clone of a migrated template). */
export function wrapPglite(client: PGlite, lock?: DataDirLock): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    pipelined: plainPipelinedTransaction(db),
    statement: plainStatementRunner(db),
    async migrate() {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async ping() {
      await client.query('select 1');
    },
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}
