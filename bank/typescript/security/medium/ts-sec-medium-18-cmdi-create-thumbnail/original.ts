import * as childProcess from 'node:child_process';
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

export interface CommentView {
  author: string;
  postedAt: Date;
  body: string;
}

/** The HTML list of a post's comments (stored, user-written text). */
export function renderCommentThread(comments: readonly CommentView[]): string {
  const items = comments.map((comment) =>
    [
      '<li class="comment">',
      `  <span class="author">${escapeHtml(comment.author)}</span>`,
      `  <time datetime="${comment.postedAt.toISOString()}">${comment.postedAt.toUTCString()}</time>`,
      `  <p>${comment.body.replace(/\n/g, '<br>')}</p>`,
      '</li>',
    ].join('\n'),
  );
  return `<ul class="comments">\n${items.join('\n')}\n</ul>`;
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

/** Renders a square PNG thumbnail of an uploaded image with ImageMagick; resolves to the thumbnail's path. */
export function createThumbnail(uploadDir: string, fileName: string, size: number): Promise<string> {
  if (!Number.isInteger(size) || size < 16 || size > 1024) {
    return Promise.reject(new RangeError('size must be an integer between 16 and 1024'));
  }
  const baseName = path.basename(fileName);
  const source = path.join(uploadDir, baseName);
  const target = path.join(uploadDir, 'thumbs', `${baseName}.png`);
  return new Promise((resolve, reject) => {
    childProcess.exec(`convert "${source}" -thumbnail ${size}x${size} "${target}"`, (error) => {
      if (error) reject(error);
      else resolve(target);
    });
  });
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
