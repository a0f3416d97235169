import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';

/** A SQL client with positional ($1, $2, ...) parameters. */
export interface SqlClient {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  execute(sql: string, params?: readonly unknown[]): Promise<{ rowCount: number }>;
}

/** The authenticated caller of a request, taken from the verified session. */
export interface Caller {
  userId: string;
  orgId: string;
  role: 'owner' | 'admin' | 'member';
}

/** The parts of an incoming HTTP request the handlers read. */
export interface IncomingRequest {
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  body: string;
}

/** What a handler returns to the HTTP layer. */
export interface HandlerResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** Escapes text for use in HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface CustomerRow {
  id: string;
  email: string;
  display_name: string;
}

/** The customer with this e-mail address (case-insensitive), or null. */
export async function findCustomerByEmail(db: SqlClient, email: string): Promise<CustomerRow | null> {
  const normalized = email.trim().toLowerCase();
  const rows = await db.query<CustomerRow>(
    'SELECT id, email, display_name FROM customers WHERE lower(email) = $1 LIMIT 1',
    [normalized],
  );
  return rows[0] ?? null;
}

/** Reads a document from the calling tenant's storage area (tenant ids are 6-32 lowercase letters/digits). */
export async function readTenantDocument(storageRoot: string, tenantId: string, relativeName: string): Promise<Buffer> {
  if (!/^[a-z0-9]{6,32}$/.test(tenantId)) {
    throw new Error('invalid tenant id');
  }
  const tenantRoot = path.resolve(storageRoot, tenantId);
  const target = path.resolve(tenantRoot, relativeName);
  if (!target.startsWith(tenantRoot + path.sep)) {
    throw new Error('path escapes the tenant directory');
  }
  return fsp.readFile(target);
}

/** The "N results for <query>" heading of the search page, echoing the user's search text. */
export function renderSearchSummary(query: string, resultCount: number): string {
  const shown = query.length > 200 ? `${query.slice(0, 200)}…` : query;
  const noun = resultCount === 1 ? 'result' : 'results';
  return [
    '<h2 class="search-summary">',
    `  ${resultCount.toLocaleString('en-US')} ${noun} for <q>${escapeHtml(shown)}</q>`,
    '</h2>',
  ].join('\n');
}

/** True when the presented API key matches the stored SHA-256 hash (hex) of the customer's key. */
export function apiKeyMatches(presentedKey: string, storedHashHex: string): boolean {
  const presented = crypto.createHash('sha256').update(presentedKey, 'utf8').digest();
  const stored = Buffer.from(storedHashHex, 'hex');
  if (stored.length !== presented.length) {
    return false;
  }
  return crypto.timingSafeEqual(presented, stored);
}

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
}

/** Writes a report export into the shared spool directory, refusing to overwrite an existing export. */
export function writeExportFile(spoolDir: string, fileName: string, data: string): string {
  const safeName = path.basename(fileName);
  const target = path.join(spoolDir, safeName);
  try {
    fs.writeFileSync(target, data, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`export ${safeName} already exists`);
    throw error;
  }
  return target;
}
