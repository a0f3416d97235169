import { AibaasError } from '../core/index.js';

/** Where a DATABASE_URL points, without its credentials: safe to print. */
export interface DatabaseLocation {
  host: string;
  port: number;
  database: string;
}

/** Parses a `postgres://` or `postgresql://` URL into its printable parts, applying libpq's defaults. */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    // The value may hold a password, so it is not repeated in the message.
    throw new AibaasError('DATABASE_URL_INVALID', 'DATABASE_URL is not a postgres:// or postgresql:// URL.', {
      fix: 'Set DATABASE_URL to postgres://user:password@host:port/database, or unset it to use the embedded database.',
    });
  }
  const user = decodeURIComponent(parsed.username) || 'postgres';
  return {
    // The host of a unix-socket URL (postgres:///db?host=/run/postgresql) is in the query string.
    host: parsed.hostname || parsed.searchParams.get('host') || 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user,
  };
}

/** `host:port/database`, e.g. for `aibaas doctor` and error messages. */
export function formatLocation(location: DatabaseLocation): string {
  return `${location.host}:${location.port}/${location.database}`;
}
