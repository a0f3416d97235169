import * as zlib from 'node:zlib';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

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

/** Parses a JSON bulk-import body that clients may send gzip-compressed (Content-Encoding: gzip). */
export function readCompressedUpload(body: Buffer, contentEncoding: string | undefined): unknown {
  const maxBytes = 8 * 1024 * 1024;
  if (body.length > maxBytes) {
    throw new RangeError('upload larger than 8 MiB');
  }
  const raw = contentEncoding === 'gzip' ? zlib.gunzipSync(body, { maxOutputLength: maxBytes }) : body;
  return JSON.parse(raw.toString('utf8'));
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

const PARTNER_FEED_HOSTS: ReadonlySet<string> = new Set(['feeds.partner-one.example', 'export.partner-two.example']);

/** Downloads a partner's product feed from the URL the partner registered. */
export async function fetchPartnerFeed(feedUrl: string): Promise<string> {
  const url = new URL(feedUrl);
  if (url.protocol !== 'https:' || !PARTNER_FEED_HOSTS.has(url.hostname) || url.port !== '') {
    throw new Error(`feed host ${url.hostname} is not an approved partner`);
  }
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`feed answered ${response.status}`);
  return response.text();
}

/** GET /help/attachments?file=... : the public help centre's downloadable attachments. */
export async function serveHelpAttachment(attachmentsDir: string, req: IncomingRequest): Promise<HandlerResponse> {
  const name = req.query['file'];
  if (!name) {
    return { status: 400, body: 'missing file parameter' };
  }
  const root = path.resolve(attachmentsDir);
  const fullPath = path.resolve(root, name);
  if (!fullPath.startsWith(root + path.sep)) {
    return { status: 404, body: 'not found' };
  }
  try {
    const content = await fsp.readFile(fullPath);
    return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: content };
  } catch {
    return { status: 404, body: 'not found' };
  }
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
