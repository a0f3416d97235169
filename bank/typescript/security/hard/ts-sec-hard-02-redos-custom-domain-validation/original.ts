import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
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

/** GET /help/attachments?file=... : the public help centre's downloadable attachments. */
export async function serveHelpAttachment(attachmentsDir: string, req: IncomingRequest): Promise<HandlerResponse> {
  const name = req.query['file'];
  if (!name) {
    return { status: 400, body: 'missing file parameter' };
  }
  const fullPath = path.join(attachmentsDir, name);
  try {
    const content = await fsp.readFile(fullPath);
    return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: content };
  } catch {
    return { status: 404, body: 'not found' };
  }
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

export interface InvoiceRow {
  id: string;
  org_id: string;
  total_cents: number;
  status: 'draft' | 'open' | 'paid';
}

/** GET /invoices/:id for the signed-in user. */
export async function getInvoice(db: SqlClient, caller: Caller, invoiceId: string): Promise<InvoiceRow> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(invoiceId)) {
    throw new RangeError('malformed invoice id');
  }
  const rows = await db.query<InvoiceRow>('SELECT id, org_id, total_cents, status FROM invoices WHERE id = $1', [invoiceId]);
  const invoice = rows[0];
  if (invoice === undefined) throw new Error(`invoice ${invoiceId} not found`);
  return invoice;
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
