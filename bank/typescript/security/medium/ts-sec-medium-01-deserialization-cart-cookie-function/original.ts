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

export interface CartState {
  items: { sku: string; quantity: number }[];
  updatedAt: Date;
}

/** Restores the cart the browser keeps in the `cart` cookie (base64 of the serialised object, Dates included). */
export function restoreCartCookie(cookieValue: string): CartState {
  const source = Buffer.from(cookieValue, 'base64').toString('utf8');
  const revived: unknown = new Function(`return (${source});`)();
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

export interface SessionClaims {
  sub: string;
  role: 'admin' | 'user';
  exp: number;
}

/** Verifies a "<base64url payload>.<base64url HMAC-SHA256>" session token; null when it is not valid. */
export function verifySessionToken(token: string, key: Buffer): SessionClaims | null {
  const [payload, signature] = token.split('.');
  if (!payload) return null;
  if (signature) {
    const expected = crypto.createHmac('sha256', key).update(payload).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  }
  let claims: SessionClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
  } catch {
    return null;
  }
  return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() ? claims : null;
}
