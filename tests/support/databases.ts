import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type DatabaseHandle, openPostgres, wrapPglite } from '../../src/db/client.js';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<DatabaseHandle>;
}

/** A fresh, migrated PGlite: a clone of the run's template. */
export async function openTestPglite(): Promise<DatabaseHandle> {
  const file = inject('pgliteTemplate');
  const blob = new Blob([fs.readFileSync(file)]);
  const client = await PGlite.create({ loadDataDir: blob });
  return wrapPglite(client);
}

let counter = 0;

/** A fresh, migrated PostgreSQL database copied from the run's template; dropped on close. */
export async function openTestPostgres(options: { max?: number } = {}): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('TEST_DATABASE_URL is not set');
  const name = `passerelle_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${template}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), options);
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * The databases a repository suite runs on: always PGlite; PostgreSQL too
 * when TEST_DATABASE_URL is set (`.ci/run` always sets it).
 */
export const testDatabases: TestDatabase[] = [
  { name: 'pglite', open: openTestPglite },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const, open: () => openTestPostgres() }] : []),
];

export const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
