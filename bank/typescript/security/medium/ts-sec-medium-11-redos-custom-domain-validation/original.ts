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

export interface UserSummary {
  id: number;
  name: string;
}

/** The users with the given ids (for a team page); ids the database does not know are skipped. */
export async function findUsersByIds(db: SqlClient, ids: readonly number[]): Promise<UserSummary[]> {
  if (ids.length === 0) return [];
  if (ids.length > 500 || !ids.every((id) => Number.isSafeInteger(id))) {
    throw new RangeError('between 1 and 500 integer ids');
  }
  const placeholders = ids.map((_, index) => `$${index + 1}`).join(', ');
  return db.query<UserSummary>(`SELECT id, name FROM users WHERE id IN (${placeholders}) ORDER BY name`, ids);
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

/** Validates the custom domain a customer wants to serve their status page on; returns it lower-cased. */
export function normalizeCustomDomain(input: string): string {
  const domain = input.trim().toLowerCase().replace(/\.$/, '');
  if (!/^([a-z0-9]+(-[a-z0-9]+)*\.?)+[a-z]{2,}$/.test(domain)) {
    throw new Error('not a valid domain name');
  }
  if (domain.endsWith('.internal') || domain === 'localhost') {
    throw new Error('reserved domain');
  }
  return domain;
}

function digestPassword(salt: string, password: string): Buffer {
  return crypto.createHash('md5').update(salt + password, 'utf8').digest();
}

/** The string stored in users.password_hash: "<salt>:<digest>". */
export function hashPassword(password: string): string {
  const salt = crypto.randomBytes(16).toString('hex');
  return `${salt}:${digestPassword(salt, password).toString('hex')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [salt, digestHex] = stored.split(':');
  if (salt === undefined || digestHex === undefined) return false;
  const expected = Buffer.from(digestHex, 'hex');
  const actual = digestPassword(salt, password);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

/** A URL slug for an article title: "Hello, World!" -> "hello-world" (at most 80 characters). */
export function slugifyTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? 'untitled' : slug;
}
