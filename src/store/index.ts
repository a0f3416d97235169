/** The persistence layer: one SQL Store over embedded PGlite or a PostgreSQL server. */
export type { ProviderDetails, RunSummary, SqlClient, SqlQueryable, Store } from './types.js';
export { openStore, describeStore, type OpenStoreOptions } from './open-store.js';
export { SqlStore } from './sql-store.js';
export { migrate } from './migrate.js';
export { MIGRATIONS, type Migration } from './migrations/index.js';
export { openPgliteClient, type PgliteClientOptions } from './pglite-client.js';
export { openPgClient, type PgClientOptions } from './pg-client.js';
export { parseDatabaseUrl, formatLocation, type DatabaseLocation } from './database-url.js';
