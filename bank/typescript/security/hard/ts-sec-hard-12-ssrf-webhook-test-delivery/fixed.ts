import * as crypto from 'node:crypto';
import * as dns from 'node:dns/promises';

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
  const rows = await db.query<InvoiceRow>(
    'SELECT id, org_id, total_cents, status FROM invoices WHERE id = $1 AND org_id = $2',
    [invoiceId, caller.orgId],
  );
  const invoice = rows[0];
  if (invoice === undefined) throw new Error(`invoice ${invoiceId} not found`);
  return invoice;
}

/** "Send test event" button: POSTs a sample payload to the endpoint the customer configured. */
export async function sendTestWebhook(endpoint: string, payload: object): Promise<number> {
  let target: URL;
  try {
    target = new URL(endpoint);
  } catch {
    throw new Error('invalid webhook URL');
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new Error('webhook URL must use http or https');
  }
  const addresses = await dns.lookup(target.hostname.replace(/^\[|\]$/g, ''), { all: true });
  const internal =
    /^(0\.|10\.|127\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|::1?$|::ffff:|f[cd]|fe[89ab])/i;
  if (addresses.length === 0 || addresses.some((entry) => internal.test(entry.address))) {
    throw new Error('webhook URL must point to a public address');
  }
  const response = await fetch(target.href, {
    method: 'POST',
    redirect: 'error',
    headers: { 'content-type': 'application/json', 'user-agent': 'acme-webhooks/1.0' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(5000),
  });
  return response.status;
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
