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

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
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

/** Parses a JSON bulk-import body that clients may send gzip-compressed (Content-Encoding: gzip). */
export function readCompressedUpload(body: Buffer, contentEncoding: string | undefined): unknown {
  const maxBytes = 8 * 1024 * 1024;
  if (body.length > maxBytes) {
    throw new RangeError('upload larger than 8 MiB');
  }
  const raw = contentEncoding === 'gzip' ? zlib.gunzipSync(body, { maxOutputLength: maxBytes }) : body;
  return JSON.parse(raw.toString('utf8'));
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
