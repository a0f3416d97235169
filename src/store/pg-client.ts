import pg from 'pg';
import { AibaasError } from '../core/index.js';
import { parseDatabaseUrl } from './database-url.js';
import type { SqlClient, SqlQueryable } from './types.js';

export interface PgClientOptions {
  connectionString: string;
  /** A schema to create if missing and use on every connection (tests use a fresh one per run). */
  schema?: string;
  /** How long opening may wait for the server before failing (default 5 s). */
  connectTimeoutMs?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Per-pool type parsers (the global pg.types registry is left alone for other pg users in the process):
 * int8 and numeric as numbers (counts, sums), date as its `yyyy-mm-dd` text rather than a local-midnight Date.
 */
const TYPE_PARSERS: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    if (oid === pg.types.builtins.DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Opens a pool on a PostgreSQL server and proves it works with `select 1`, failing within the timeout with
 * DATABASE_UNREACHABLE when it does not.
 */
export async function openPgClient(options: PgClientOptions): Promise<SqlClient> {
  const location = parseDatabaseUrl(options.connectionString);
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new AibaasError('DATABASE_SCHEMA_INVALID', `"${options.schema}" is not a usable schema name.`, {
      fix: 'Use lower-case letters, digits and underscores, starting with a letter or underscore (at most 63 characters).',
    });
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    application_name: 'aibaas',
    types: TYPE_PARSERS,
    // A startup parameter rather than a SET after connecting: it applies atomically to every pooled connection.
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // Without a listener an idle connection dropped by the server would crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new AibaasError(
      'DATABASE_UNREACHABLE',
      `Cannot connect to PostgreSQL at host ${location.host}, port ${location.port}, database ${location.database}: ${reason(error, options.connectionString)}.`,
      {
        fix: `Start PostgreSQL on ${location.host}:${location.port}, or check the host, port, credentials and database name in DATABASE_URL, or unset DATABASE_URL to use the embedded database.`,
        retryable: true,
        cause: error,
      },
    );
  }
  if (options.schema !== undefined) {
    // Not DATABASE_UNREACHABLE: the server answered; a failure here (e.g. no CREATE privilege) is reported as is.
    await createSchema(pool, options.schema).catch(async (error: unknown) => {
      await pool.end().catch(() => {});
      throw error;
    });
  }
  return wrap(pool);
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    // Two processes creating the same schema at once: one loses on the catalog's unique index; the schema exists.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}

function wrap(pool: pg.Pool): SqlClient {
  let closing: Promise<void> | undefined;
  return {
    ...queryable(pool),
    transaction: async (fn) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await fn(queryable(connection));
        await connection.query('COMMIT');
        connection.release();
        return result;
      } catch (error) {
        // A connection whose ROLLBACK failed is in an unknown state: destroy it rather than return it to the pool.
        const rollbackError = await connection.query('ROLLBACK').then(() => undefined, (e: unknown) => e);
        connection.release(rollbackError instanceof Error ? rollbackError : undefined);
        throw error;
      }
    },
    close: () => {
      closing ??= pool.end();
      return closing;
    },
  };
}

function queryable(target: pg.Pool | pg.PoolClient): SqlQueryable {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => ({ rows: (await target.query(sql, params)).rows as Row[] }),
    exec: async (sql: string) => {
      await target.query(sql);
    },
  };
}

/** The driver's reason, never the password (redacted in case a driver ever echoes the URL). */
function reason(error: unknown, connectionString: string): string {
  const err = error as { message?: string; code?: string; errors?: Array<{ message?: string }> };
  // Connection refusals on a host with several addresses come as an AggregateError with an empty message.
  const text = err.message || err.errors?.map((e) => e.message).join('; ') || err.code || String(error);
  let password = '';
  try {
    password = decodeURIComponent(new URL(connectionString).password);
  } catch {
    // Unparseable URLs were rejected earlier.
  }
  return (password ? text.split(password).join('***') : text).replace(/\.$/, '');
}
