import * as childProcess from 'node:child_process';
import * as path from 'node:path';
import * as fs from 'node:fs';
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

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
}

/** Renders a square PNG thumbnail of an uploaded image with ImageMagick; resolves to the thumbnail's path. */
export function createThumbnail(uploadDir: string, fileName: string, size: number): Promise<string> {
  if (!Number.isInteger(size) || size < 16 || size > 1024) {
    return Promise.reject(new RangeError('size must be an integer between 16 and 1024'));
  }
  const baseName = path.basename(fileName);
  const source = path.join(path.resolve(uploadDir), baseName);
  const target = path.join(path.resolve(uploadDir), 'thumbs', `${baseName}.png`);
  return new Promise((resolve, reject) => {
    childProcess.execFile('convert', [source, '-thumbnail', `${size}x${size}`, target], (error) => {
      if (error) reject(error);
      else resolve(target);
    });
  });
}

/** Writes a report export into the shared spool directory, refusing to overwrite an existing export. */
export function writeExportFile(spoolDir: string, fileName: string, data: string): string {
  const safeName = path.basename(fileName);
  const target = path.join(spoolDir, safeName);
  try {
    fs.writeFileSync(target, data, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`export ${safeName} already exists`);
    throw error;
  }
  return target;
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
