import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
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

/** The bytes of a stored avatar image, by the file name kept in the user's profile. */
export async function readAvatarFile(avatarDir: string, fileName: string): Promise<Buffer> {
  const root = path.resolve(avatarDir);
  const fullPath = path.resolve(root, fileName);
  if (!fullPath.startsWith(root + path.sep)) {
    throw new Error('avatar path outside the avatar directory');
  }
  if (!/\.(png|jpe?g|webp)$/i.test(fullPath)) {
    throw new Error('unsupported avatar type');
  }
  return fsp.readFile(fullPath);
}

/** Checks the `X-Signature: sha256=<hex>` header of an incoming partner webhook. */
export function verifyWebhookSignature(rawBody: string, header: string | undefined, secret: string): boolean {
  if (header === undefined || !header.startsWith('sha256=')) {
    return false;
  }
  const expected = crypto.createHmac('sha256', secret).update(rawBody, 'utf8').digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
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

interface InviteRow {
  id: string;
  org_id: string;
  max_uses: number;
  used_count: number;
  expires_at: Date;
}

/** Joins the user to the organisation of a multi-use invite code; returns the organisation id. */
export async function redeemInvite(db: SqlClient, code: string, userId: string): Promise<string> {
  const rows = await db.query<InviteRow>(
    'SELECT id, org_id, max_uses, used_count, expires_at FROM invites WHERE code = $1',
    [code],
  );
  const invite = rows[0];
  if (invite === undefined || invite.expires_at.getTime() < Date.now()) throw new Error('invite is invalid or expired');
  const claimed = await db.execute(
    'UPDATE invites SET used_count = used_count + 1 WHERE id = $1 AND used_count < max_uses AND expires_at > now()',
    [invite.id],
  );
  if (claimed.rowCount === 0) throw new Error('invite has been used up');
  await db.execute('INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)', [invite.org_id, userId, 'member']);
  return invite.org_id;
}

/** After a successful sign-in: set the session cookie and send the user back where they came from. */
export function completeLogin(req: IncomingRequest, sessionId: string): HandlerResponse {
  const requested = req.query['next'] ?? '';
  const target = /^\/(?![/\\])/.test(requested) ? requested : '/dashboard';
  return {
    status: 302,
    headers: {
      location: target,
      'set-cookie': `sid=${sessionId}; HttpOnly; Secure; SameSite=Lax; Path=/`,
    },
    body: '',
  };
}
