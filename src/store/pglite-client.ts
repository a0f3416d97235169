import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { AibaasError } from '../core/index.js';
import { tryLock } from './lock-file.js';
import type { SqlClient, SqlQueryable } from './types.js';

export interface PgliteClientOptions {
  /** The data directory; omitted for an in-memory database (tests). */
  dataDir?: string;
}

/**
 * Same value shapes as the pg client: int8 and numeric as numbers, date as text. (PGlite's own int8 parser
 * switches to BigInt above 2^53, which the pg client never returns, so queries would have to handle both.)
 */
const PARSERS = {
  [types.INT8]: (value: string) => Number(value),
  [types.NUMERIC]: (value: string) => Number(value),
  [types.DATE]: (value: string) => value,
};

/**
 * Opens the embedded PostgreSQL. A data directory is guarded by `<dataDir>.lock` holding the pid, because two
 * processes writing one PGlite directory corrupt it; the lock is released on close or normal exit.
 */
export async function openPgliteClient(options: PgliteClientOptions = {}): Promise<SqlClient> {
  if (options.dataDir === undefined) return wrap(await PGlite.create({ parsers: PARSERS }), () => {});
  const dataDir = resolve(options.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  const lock = tryLock(lockPath);
  if (!lock.acquired) {
    throw new AibaasError(
      'DATABASE_LOCKED',
      `The embedded database at ${dataDir} is in use by another AIBaaS process (pid ${lock.pid}); two processes cannot share it.`,
      {
        fix: `Wait for process ${lock.pid} to finish or stop it, or use a PostgreSQL server by setting DATABASE_URL. If pid ${lock.pid} is not AIBaaS, delete ${lockPath}.`,
        retryable: true,
      },
    );
  }
  try {
    return wrap(await PGlite.create(dataDir, { parsers: PARSERS }), lock.release);
  } catch (error) {
    lock.release();
    throw new AibaasError('DATABASE_OPEN_FAILED', `The embedded database at ${dataDir} could not be opened: ${describe(error)}.`, {
      fix: `Move ${dataDir} aside to start with an empty database (its results are lost to AIBaaS), or use a PostgreSQL server by setting DATABASE_URL.`,
      cause: error,
    });
  }
}

function wrap(db: PGlite, releaseLock: () => void): SqlClient {
  let closing: Promise<void> | undefined;
  return {
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    close: () => {
      closing ??= db.close().finally(releaseLock);
      return closing;
    },
  };
}

function queryable(db: PGlite | Transaction): SqlQueryable {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => ({ rows: (await db.query<Row>(sql, params)).rows }),
    exec: async (sql: string) => {
      await db.exec(sql);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
