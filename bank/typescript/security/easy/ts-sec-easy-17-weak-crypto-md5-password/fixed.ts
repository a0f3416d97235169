import * as crypto from 'node:crypto';
import * as zlib from 'node:zlib';

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

export interface SignupForm {
  username: string;
  email: string;
  password: string;
}

/** Field errors of a sign-up form (empty when the form is valid). */
export function validateSignup(form: SignupForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!/^[a-z0-9_]{3,24}$/.test(form.username)) {
    errors['username'] = 'use 3-24 lowercase letters, digits or underscores';
  }
  if (form.email.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(form.email)) {
    errors['email'] = 'enter a valid e-mail address';
  }
  if (form.password.length < 12 || form.password.length > 128) {
    errors['password'] = 'use 12 to 128 characters';
  }
  return errors;
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

export interface OrderLine {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

/** Totals per SKU and overall, in cents; rejects non-integer or negative quantities and prices. */
export function summarizeOrderLines(lines: readonly OrderLine[]): { perSku: Map<string, number>; totalCents: number } {
  const perSku = new Map<string, number>();
  let totalCents = 0;
  for (const line of lines) {
    const validQuantity = Number.isSafeInteger(line.quantity) && line.quantity >= 0;
    const validPrice = Number.isSafeInteger(line.unitPriceCents) && line.unitPriceCents >= 0;
    if (!validQuantity || !validPrice) {
      throw new RangeError(`invalid order line for ${line.sku}`);
    }
    const amount = line.quantity * line.unitPriceCents;
    perSku.set(line.sku, (perSku.get(line.sku) ?? 0) + amount);
    totalCents += amount;
  }
  if (!Number.isSafeInteger(totalCents)) throw new RangeError('order total too large');
  return { perSku, totalCents };
}

/** Parses a JSON bulk-import body that clients may send gzip-compressed (Content-Encoding: gzip). */
export function readCompressedUpload(body: Buffer, contentEncoding: string | undefined): unknown {
  const maxBytes = 8 * 1024 * 1024;
  if (body.length > maxBytes) {
    throw new RangeError('upload larger than 8 MiB');
  }
  const raw = contentEncoding === 'gzip' ? zlib.gunzipSync(body, { maxOutputLength: maxBytes }) : body;
  return JSON.parse(raw.toString('utf8'));
}
