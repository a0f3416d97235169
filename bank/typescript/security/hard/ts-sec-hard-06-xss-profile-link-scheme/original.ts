import * as childProcess from 'node:child_process';
import * as zlib from 'node:zlib';

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

/** Parses a JSON bulk-import body that clients may send gzip-compressed (Content-Encoding: gzip). */
export function readCompressedUpload(body: Buffer, contentEncoding: string | undefined): unknown {
  const maxBytes = 8 * 1024 * 1024;
  if (body.length > maxBytes) {
    throw new RangeError('upload larger than 8 MiB');
  }
  const raw = contentEncoding === 'gzip' ? zlib.gunzipSync(body) : body;
  return JSON.parse(raw.toString('utf8'));
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

const RESET_TOKEN_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** The token e-mailed in a password-reset link (valid for 30 minutes). */
export function generatePasswordResetToken(length = 32): string {
  let token = '';
  for (let i = 0; i < length; i++) {
    token += RESET_TOKEN_ALPHABET.charAt(Math.floor(Math.random() * RESET_TOKEN_ALPHABET.length));
  }
  return token;
}

export interface PublicProfile {
  displayName: string;
  website: string;
}

/** The member's name linked to the website they entered in their profile. */
export function renderProfileLink(profile: PublicProfile): string {
  const label = escapeHtml(profile.displayName);
  if (profile.website.trim() === '') {
    return `<span class="profile-name">${label}</span>`;
  }
  const href = escapeHtml(profile.website.trim());
  return `<a class="profile-link" href="${href}" rel="nofollow noopener">${label}</a>`;
}
