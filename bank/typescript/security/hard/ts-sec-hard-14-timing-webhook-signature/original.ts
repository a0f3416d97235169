import * as childProcess from 'node:child_process';
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

export interface UserSummary {
  id: number;
  name: string;
}

/** The users with the given ids (for a team page); ids the database does not know are skipped. */
export async function findUsersByIds(db: SqlClient, ids: readonly number[]): Promise<UserSummary[]> {
  if (ids.length === 0) return [];
  if (ids.length > 500 || !ids.every((id) => Number.isSafeInteger(id))) {
    throw new RangeError('between 1 and 500 integer ids');
  }
  const placeholders = ids.map((_, index) => `$${index + 1}`).join(', ');
  return db.query<UserSummary>(`SELECT id, name FROM users WHERE id IN (${placeholders}) ORDER BY name`, ids);
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

/** Checks the `X-Signature: sha256=<hex>` header of an incoming partner webhook. */
export function verifyWebhookSignature(rawBody: string, header: string | undefined, secret: string): boolean {
  if (header === undefined || !header.startsWith('sha256=')) {
    return false;
  }
  const expected = crypto.createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
  const given = header.slice('sha256='.length).toLowerCase();
  return given === expected;
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
