/**
 * Conversions between JS values and SQL parameters/columns that both drivers agree on.
 * jsonb goes in as text cast with `$n::text::jsonb`: node-postgres would turn a JS array into a Postgres
 * array literal and PGlite would JSON-encode a string a second time, but a text parameter is passed verbatim.
 */

/**
 * PostgreSQL text and jsonb cannot hold NUL characters, and model answers and program output are untrusted text
 * that may contain them: each NUL is stored as U+FFFD (the replacement character) instead of failing the save.
 */
export function textParam<T extends string | null>(value: T): T {
  return (typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value) as T;
}

/** A value for a `$n::text::jsonb` parameter; undefined and null both become SQL NULL. */
export function jsonParam(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(value);
  // JSON.stringify writes a NUL as the escape \u0000, which jsonb refuses as well.
  return json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd') : json;
}

/** A timestamptz column as `toISOString()` text (both drivers return Date; the string form is accepted too). */
export function isoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

export function isoTimestampOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoTimestamp(value);
}

/** A nullable numeric column as a number (guards drivers returning int8/numeric as strings). */
export function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

export function stringOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
