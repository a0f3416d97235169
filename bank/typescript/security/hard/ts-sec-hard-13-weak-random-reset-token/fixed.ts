import * as crypto from 'node:crypto';
import * as childProcess from 'node:child_process';

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

/** True when the presented API key matches the stored SHA-256 hash (hex) of the customer's key. */
export function apiKeyMatches(presentedKey: string, storedHashHex: string): boolean {
  const presented = crypto.createHash('sha256').update(presentedKey, 'utf8').digest();
  const stored = Buffer.from(storedHashHex, 'hex');
  if (stored.length !== presented.length) {
    return false;
  }
  return crypto.timingSafeEqual(presented, stored);
}

/** Validates the custom domain a customer wants to serve their status page on; returns it lower-cased. */
export function normalizeCustomDomain(input: string): string {
  const domain = input.trim().toLowerCase().replace(/\.$/, '');
  if (domain.length > 253 || !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) {
    throw new Error('not a valid domain name');
  }
  if (domain.endsWith('.internal') || domain === 'localhost') {
    throw new Error('reserved domain');
  }
  return domain;
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

const RESET_TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** The token e-mailed in a password-reset link (valid for 30 minutes). */
export function generatePasswordResetToken(length = 32): string {
  let token = '';
  for (let i = 0; i < length; i++) {
    token += RESET_TOKEN_ALPHABET.charAt(crypto.randomInt(RESET_TOKEN_ALPHABET.length));
  }
  return token;
}

export interface CartState {
  items: { sku: string; quantity: number }[];
  updatedAt: Date;
}

/** Restores the cart the browser keeps in the `cart` cookie (base64 of the serialised object, Dates included). */
export function restoreCartCookie(cookieValue: string): CartState {
  const source = Buffer.from(cookieValue, 'base64').toString('utf8');
  const revived: unknown = JSON.parse(source, (key, value: unknown) =>
    key === 'updatedAt' && typeof value === 'string' ? new Date(value) : value,
  );
  if (typeof revived !== 'object' || revived === null || !Array.isArray((revived as CartState).items)) {
    throw new Error('malformed cart cookie');
  }
  return revived as CartState;
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
