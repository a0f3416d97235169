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
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'acme-webhooks/1.0' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(5000),
  });
  return response.status;
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
