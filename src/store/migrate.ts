import { AibaasError } from '../core/index.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { SqlClient, SqlQueryable } from './types.js';

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  id          integer PRIMARY KEY,
  name        text NOT NULL,
  applied_at  timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Applies the pending migrations, each in its own transaction, and returns the ids it applied.
 * Safe to run concurrently from several processes: every transaction first takes a transaction-scoped advisory
 * lock (per schema, so test schemas do not wait on each other) and re-checks what is applied under it.
 */
export async function migrate(client: SqlClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  checkOrder(migrations);
  const alreadyApplied = await client.transaction(async (tx) => {
    const done = await lockAndReadApplied(tx);
    refuseNewerDatabase(done, migrations);
    return done;
  });
  const applied: number[] = [];
  for (const migration of migrations.filter((m) => !alreadyApplied.has(m.id))) {
    const didApply = await client.transaction(async (tx) => {
      // Re-checked under the lock: another process may have applied it since the first read.
      if ((await lockAndReadApplied(tx)).has(migration.id)) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      return true;
    });
    if (didApply) applied.push(migration.id);
  }
  return applied;
}

/** Takes the migration lock for the rest of the transaction and returns the applied migration ids. */
async function lockAndReadApplied(tx: SqlQueryable): Promise<Set<number>> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('aibaas:migrate:' || current_schema()))`);
  // Created under the lock: two concurrent CREATE TABLE IF NOT EXISTS can still collide on the catalog.
  await tx.exec(MIGRATIONS_TABLE);
  return appliedIds(tx);
}

async function appliedIds(tx: SqlQueryable): Promise<Set<number>> {
  const { rows } = await tx.query<{ id: number }>('SELECT id FROM schema_migrations');
  return new Set(rows.map((row) => Number(row.id)));
}

/** A database migrated by a newer AIBaaS must not be written by an older one that does not know its schema. */
function refuseNewerDatabase(done: Set<number>, migrations: readonly Migration[]): void {
  const known = new Set(migrations.map((m) => m.id));
  const unknown = [...done].filter((id) => !known.has(id)).sort((a, b) => a - b);
  if (unknown.length === 0) return;
  throw new AibaasError(
    'DATABASE_TOO_NEW',
    `The database has schema migrations this version of AIBaaS does not know (${unknown.join(', ')}); it was written by a newer version.`,
    { fix: 'Upgrade AIBaaS to the version that wrote this database, or point it at another database.' },
  );
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (migration.id < 1 || (previous && migration.id <= previous.id)) {
      throw new Error(`Migration ids must be positive and strictly increasing; ${migration.id} (${migration.name}) is out of order.`);
    }
  });
}
