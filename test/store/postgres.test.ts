import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { defineStoreConformance } from './store-conformance.js';
import { describeStore, migrate, MIGRATIONS, openPgClient, openStore, type SqlClient } from '../../src/store/index.js';

/**
 * Runs against a real PostgreSQL server. When it is down these tests fail (they never skip): CI provides one,
 * and locally `AIBAAS_TEST_DATABASE_URL` points elsewhere.
 */
const databaseUrl = process.env.AIBAAS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const freshSchema = () => `aibaas_test_${randomBytes(6).toString('hex')}`;

/** Drops a test schema through a short-lived client of its own (the store's client may already be closed). */
async function dropSchema(schema: string): Promise<void> {
  const admin = await openPgClient({ connectionString: databaseUrl });
  try {
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await admin.close();
  }
}

defineStoreConformance('PostgreSQL', async () => {
  const schema = freshSchema();
  const store = await openStore({ databaseUrl, dataDir: '/nonexistent-unused', schema }).catch((error: unknown) => {
    throw new Error(
      `The PostgreSQL store tests need a server (${describeStore({ databaseUrl, dataDir: '' })}). Start one, or set AIBAAS_TEST_DATABASE_URL.\n${(error as Error).message}`,
      { cause: error },
    );
  });
  return {
    store,
    client: store.client,
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
    },
  };
});

describe('PostgreSQL client', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  it('migrates a fresh schema from two processes at once (advisory lock), creating tables only in that schema', async () => {
    const schema = freshSchema();
    schemas.push(schema);
    const clients: SqlClient[] = await Promise.all([openPgClient({ connectionString: databaseUrl, schema }), openPgClient({ connectionString: databaseUrl, schema })]);
    try {
      const applied = await Promise.all(clients.map((client) => migrate(client)));
      // Every migration is applied once, by one of the two.
      expect(applied.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((migration) => migration.id));
      const { rows } = await clients[0]!.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(rows.map((row) => row.table_name)).toEqual(['judge_reviews', 'models', 'providers', 'results', 'runs', 'schema_migrations', 'staff_reviews', 'tasks', 'user_votes']);
    } finally {
      await Promise.all(clients.map((client) => client.close()));
    }
  });

  it('fails fast with DATABASE_UNREACHABLE naming host and port, never the password', async () => {
    const started = Date.now();
    const error = await openStore({ databaseUrl: 'postgres://postgres:s3cret-pw@127.0.0.1:1/test', dataDir: '/unused' }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(error).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    const text = (error as { toUserText(): string }).toUserText();
    expect(text).toContain('127.0.0.1');
    expect(text).toContain('port 1');
    expect(text).toContain('DATABASE_URL');
    expect(text).not.toContain('s3cret-pw');
    // One paragraph for the user: no stack frames, and the driver's error kept only as the cause.
    expect(text).not.toMatch(/^\s+at /m);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('describes the server for doctor without the password', () => {
    const description = describeStore({ databaseUrl: 'postgresql://u:hunter2@db.example:6543/bench', dataDir: '.aibaas' });
    expect(description).toBe('PostgreSQL at db.example:6543/bench');
  });

  it('rejects a URL that is not postgres:// and a schema name it would have to quote', async () => {
    await expect(openPgClient({ connectionString: 'mysql://x@y/z' })).rejects.toMatchObject({ code: 'DATABASE_URL_INVALID' });
    await expect(openPgClient({ connectionString: databaseUrl, schema: 'Robert"; DROP' })).rejects.toMatchObject({ code: 'DATABASE_SCHEMA_INVALID' });
  });
});
