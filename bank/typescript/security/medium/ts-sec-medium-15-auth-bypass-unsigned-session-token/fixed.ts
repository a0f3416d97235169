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

/** A strong ETag for a rendered response body, so browsers can revalidate with If-None-Match. */
export function computeEtag(body: string | Buffer): string {
  const digest = crypto.createHash('md5').update(body).digest('base64url');
  const length = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
  return `"${length.toString(16)}-${digest}"`;
}

export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/** Splits one CSV line into fields (RFC 4180 quoting: "a ""quoted"" field", commas inside quotes). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current === '') quoted = true;
    else if (ch === ',') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
}

export interface SessionClaims {
  sub: string;
  role: 'admin' | 'user';
  exp: number;
}

/** Verifies a "<base64url payload>.<base64url HMAC-SHA256>" session token; null when it is not valid. */
export function verifySessionToken(token: string, key: Buffer): SessionClaims | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = crypto.createHmac('sha256', key).update(payload).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  let claims: SessionClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
  } catch {
    return null;
  }
  return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() ? claims : null;
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
