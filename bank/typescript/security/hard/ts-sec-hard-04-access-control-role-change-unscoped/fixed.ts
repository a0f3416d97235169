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

/** True when the presented API key matches the stored SHA-256 hash (hex) of the customer's key. */
export function apiKeyMatches(presentedKey: string, storedHashHex: string): boolean {
  const presented = crypto.createHash('sha256').update(presentedKey, 'utf8').digest();
  const stored = Buffer.from(storedHashHex, 'hex');
  if (stored.length !== presented.length) {
    return false;
  }
  return crypto.timingSafeEqual(presented, stored);
}

function digestPassword(salt: string, password: string): Buffer {
  return crypto.scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 });
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

export interface ProductListOptions {
  categoryId: number;
  sortBy: string;
  descending: boolean;
  limit: number;
}

/** One page of a category's products, sorted as the shop front asked. */
export async function listProducts(db: SqlClient, options: ProductListOptions): Promise<unknown[]> {
  const sortColumns: Record<string, string> = { name: 'name', price: 'price_cents', stock: 'stock' };
  const column = Object.hasOwn(sortColumns, options.sortBy) ? sortColumns[options.sortBy] : undefined;
  if (column === undefined) throw new RangeError(`cannot sort by ${options.sortBy}`);
  const direction = options.descending ? 'DESC' : 'ASC';
  const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 100);
  return db.query(
    'SELECT id, name, price_cents, stock FROM products WHERE category_id = $1 ' +
      `ORDER BY ${column} ${direction} LIMIT $2`,
    [options.categoryId, limit],
  );
}

/** An organisation owner changes the role of another member of the owner's organisation. */
export async function changeMemberRole(
  db: SqlClient,
  caller: Caller,
  memberUserId: string,
  newRole: Caller['role'],
): Promise<void> {
  if (caller.role !== 'owner') {
    throw new Error('forbidden: only organisation owners can manage roles');
  }
  if (memberUserId === caller.userId) {
    throw new Error('you cannot change your own role');
  }
  const result = await db.execute(
    'UPDATE memberships SET role = $1 WHERE user_id = $2 AND org_id = $3',
    [newRole, memberUserId, caller.orgId],
  );
  if (result.rowCount === 0) throw new Error('no such member');
}
