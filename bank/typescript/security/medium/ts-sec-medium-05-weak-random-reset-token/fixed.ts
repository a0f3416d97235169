import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import * as childProcess from 'node:child_process';
import * as crypto from 'node:crypto';

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

export interface PageParams {
  limit: number;
  offset: number;
}

/** Reads ?limit=&offset= with defaults and bounds (limit 1-100, default 20; offset >= 0). */
export function parsePageParams(query: Record<string, string | undefined>): PageParams {
  const toInt = (raw: string | undefined, fallback: number): number => {
    if (raw === undefined || !/^\d{1,9}$/.test(raw)) return fallback;
    return Number.parseInt(raw, 10);
  };
  const limit = Math.min(Math.max(toInt(query['limit'], 20), 1), 100);
  const offset = toInt(query['offset'], 0);
  return { limit, offset };
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

/** Asks file(1) for the MIME type of an uploaded file (stored under a generated name) before accepting it. */
export function sniffMimeType(storedPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    childProcess.execFile(
      'file',
      ['--brief', '--mime-type', '--', storedPath],
      { timeout: 5000, maxBuffer: 64 * 1024 },
      (error, stdout) => {
        if (error) reject(error);
        else resolve(stdout.trim());
      },
    );
  });
}

const RESET_TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** The token e-mailed in a password-reset link (valid for 30 minutes). */
export function generatePasswordResetToken(length = 32): string {
  let token = '';
  for (let i = 0; i < length; i++) {
    token += RESET_TOKEN_ALPHABET.charAt(crypto.randomInt(RESET_TOKEN_ALPHABET.length));
  }
  return token;
}

const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = { EUR: 2, USD: 2, GBP: 2, JPY: 0, KWD: 3 };

/** Formats an amount in minor units ("cents") for display, e.g. formatMoney(123456, 'EUR', 'de-DE'). */
export function formatMoney(minorUnits: number, currency: string, locale = 'en-US'): string {
  if (!Number.isSafeInteger(minorUnits)) throw new RangeError('amount must be a safe integer');
  const exponent = CURRENCY_EXPONENTS[currency];
  if (exponent === undefined) throw new RangeError(`unsupported currency ${currency}`);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(minorUnits / 10 ** exponent);
}
