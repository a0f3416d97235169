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

/** Checks the `X-Signature: sha256=<hex>` header of an incoming partner webhook. */
export function verifyWebhookSignature(rawBody: string, header: string | undefined, secret: string): boolean {
  if (header === undefined || !header.startsWith('sha256=')) {
    return false;
  }
  const expected = crypto.createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
  const given = header.slice('sha256='.length).toLowerCase();
  return given === expected;
}
