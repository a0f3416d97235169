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

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
}

type PreferenceTree = Record<string, unknown>;

/** Deep-merges a JSON PATCH body (already JSON.parse'd) into the user's stored preferences. */
export function applyPreferencePatch(target: PreferenceTree, patch: PreferenceTree): PreferenceTree {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const current = target[key];
      const base = current !== null && typeof current === 'object' ? (current as PreferenceTree) : {};
      target[key] = applyPreferencePatch(base, value as PreferenceTree);
    } else {
      target[key] = value;
    }
  }
  return target;
}
