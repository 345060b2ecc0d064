import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, preparingStatements, rowsOf } from '../../src/db/client.js';
import { auditLog } from '../../src/db/schema.js';
import { hasPostgres, openTestPostgres, testDatabases } from '../support/databases.js';

const at = new Date('2026-11-24T19:00:00Z');
const insertAudit = (action: string) =>
  sql`insert into ${auditLog} (at, actor, action) values (${sql.param(at, auditLog.at)}, ${'test'}, ${action}) returning id`;

describe.each(testDatabases)('turn-shaped transaction on $name', (kind) => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await kind.open();
  });
  afterEach(async () => {
    await database.close();
  });

  const actions = async () => (await database.db.select().from(auditLog)).map((r) => r.action).sort();

  it('commits the first statement, the work in between and the last statement together', async () => {
    const value = await database.pipelined(insertAudit('first'), async (tx, rows) => {
      expect(rows).toHaveLength(1);
      expect(Number(rows[0]?.id)).toBeGreaterThan(0);
      await tx.insert(auditLog).values({ at, actor: 'test', action: 'between' });
      // Inside, the transaction sees its own writes.
      expect(await tx.select().from(auditLog).where(eq(auditLog.action, 'first'))).toHaveLength(1);
      return { value: 'done', last: insertAudit('last') };
    });
    expect(value).toBe('done');
    expect(await actions()).toEqual(['between', 'first', 'last']);
  });

  it('keeps nothing when the work in between throws', async () => {
    await expect(
      database.pipelined(insertAudit('first'), async (tx) => {
        await tx.insert(auditLog).values({ at, actor: 'test', action: 'between' });
        throw new Error('the engine failed');
      }),
    ).rejects.toThrow('the engine failed');
    expect(await actions()).toEqual([]);
  });

  it('keeps nothing when the last statement fails, and says why', async () => {
    const error = await database
      .pipelined(insertAudit('first'), async (tx) => {
        await tx.insert(auditLog).values({ at, actor: 'test', action: 'between' });
        return { value: 1, last: sql`insert into ${auditLog} (at, actor, action) values (${sql.param(at, auditLog.at)}, null, 'x')` };
      })
      .then(
        () => undefined,
        (e: unknown) => e as Error & { cause?: Error },
      );
    // drizzle wraps the driver's error on PGlite ("Failed query: …", the cause says why); postgres.js throws it as is.
    expect(`${error?.message} ${error?.cause?.message ?? ''}`).toMatch(/null value/);
    expect(await actions()).toEqual([]);
    // The connection is usable afterwards (no transaction left open on it).
    for (let i = 0; i < 12; i++) await database.pipelined(insertAudit(`after-${i}`), async () => ({ value: i }));
    expect(await actions()).toHaveLength(12);
  });

  it('keeps nothing when the first statement fails', async () => {
    await expect(
      database.pipelined(sql`select * from no_such_table`, async () => ({ value: 1, last: insertAudit('last') })),
    ).rejects.toThrow(/no_such_table/);
    expect(await actions()).toEqual([]);
    expect(await database.pipelined(insertAudit('again'), async () => ({ value: 'ok' }))).toBe('ok');
  });
});

describe.runIf(hasPostgres)('prepared statements on PostgreSQL', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    // One connection, so every statement below meets the same per-connection cache.
    database = await openTestPostgres({ max: 1 });
  });
  afterEach(async () => {
    await database.close();
  });

  const preparedTexts = async () =>
    rowsOf(await database.db.execute(sql`select statement from pg_prepared_statements`)).map((r) => String(r.statement));

  it('prepares a statement with parameters once per connection, and reuses it in and out of transactions', async () => {
    const byAction = (action: string) => database.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, action));
    await database.db.insert(auditLog).values({ at, actor: 'test', action: 'a' });
    expect(await byAction('a')).toHaveLength(1);
    expect(await byAction('b')).toHaveLength(0);
    await database.db.transaction(async (tx) => {
      expect(await tx.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'a'))).toHaveLength(1);
    });
    await database.pipelined(insertAudit('first'), async (tx) => {
      expect(await tx.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'first'))).toHaveLength(1);
      return { value: undefined, last: insertAudit('last') };
    });
    await database.pipelined(insertAudit('again'), async () => ({ value: undefined, last: insertAudit('again-last') }));

    const texts = await preparedTexts();
    const select = texts.filter((t) => /^select "id" from "audit_log" where "audit_log"\."action" = \$1$/.test(t));
    // Five runs of the select (two outside a transaction, three inside), one statement on the server.
    expect(select).toHaveLength(1);
    expect(texts.filter((t) => t.includes('insert into "audit_log"'))).toHaveLength(2);
    expect(await actions()).toEqual(['a', 'again', 'again-last', 'first', 'last']);
  });

  const actions = async () => (await database.db.select().from(auditLog)).map((r) => r.action).sort();

  it('keeps unsafe() working without parameters, with parameters, and with parameters and options, in transactions and savepoints', async () => {
    const client = preparingStatements(postgres(process.env.TEST_DATABASE_URL ?? '', { max: 1, onnotice: () => {} }));
    try {
      expect([...(await client.unsafe('select 1 as x'))]).toEqual([{ x: 1 }]);
      expect([...(await client.unsafe('select $1::int + 1 as x', [1]))]).toEqual([{ x: 2 }]);
      expect([...(await client.unsafe('select $1::int + 3 as x', [1], { prepare: false }))]).toEqual([{ x: 4 }]);
      await client.begin(async (tx) => {
        expect([...(await tx.unsafe('select $1::int as x', [5]))]).toEqual([{ x: 5 }]);
        await tx.savepoint(async (sp) => {
          expect([...(await sp.unsafe('select $1::int as x', [6]))]).toEqual([{ x: 6 }]);
        });
      });
      const named = [...(await client.unsafe('select name from pg_prepared_statements'))].length;
      // The statements with parameters were prepared, in and out of the transaction and the savepoint.
      expect(named).toBeGreaterThanOrEqual(3);
    } finally {
      await client.end({ timeout: 5 });
    }
  });
});
