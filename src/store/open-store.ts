import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatLocation, parseDatabaseUrl } from './database-url.js';
import { migrate } from './migrate.js';
import { openPgClient } from './pg-client.js';
import { openPgliteClient } from './pglite-client.js';
import { SqlStore } from './sql-store.js';
import type { SqlClient } from './types.js';

export interface OpenStoreOptions {
  /** A PostgreSQL server; when unset the embedded database under dataDir is used. */
  databaseUrl?: string;
  /** The AIBaaS data directory; the embedded database lives in `<dataDir>/db`. */
  dataDir: string;
  /** PostgreSQL only: a schema to create and use instead of the default search path. */
  schema?: string;
}

/** Opens the configured database, brings its schema up to date and returns the Store over it. */
export async function openStore(options: OpenStoreOptions): Promise<SqlStore> {
  const client = await openClient(options);
  try {
    await migrate(client);
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  return new SqlStore(client);
}

function openClient(options: OpenStoreOptions): Promise<SqlClient> {
  if (options.databaseUrl) {
    return openPgClient({ connectionString: options.databaseUrl, ...(options.schema === undefined ? {} : { schema: options.schema }) });
  }
  mkdirSync(options.dataDir, { recursive: true });
  return openPgliteClient({ dataDir: embeddedDir(options.dataDir) });
}

/** Where the data lives, for `aibaas doctor`, e.g. `PGlite at .aibaas/db` or `PostgreSQL at 127.0.0.1:5432/test`. */
export function describeStore(options: OpenStoreOptions): string {
  if (!options.databaseUrl) return `PGlite at ${embeddedDir(options.dataDir)}`;
  const where = `PostgreSQL at ${formatLocation(parseDatabaseUrl(options.databaseUrl))}`;
  return options.schema === undefined ? where : `${where} (schema ${options.schema})`;
}

function embeddedDir(dataDir: string): string {
  return join(dataDir, 'db');
}
