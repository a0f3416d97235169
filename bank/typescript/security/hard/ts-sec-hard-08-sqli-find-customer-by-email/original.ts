import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
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
  if (invite.used_count >= invite.max_uses) throw new Error('invite has been used up');
  await db.execute('INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)', [invite.org_id, userId, 'member']);
  await db.execute('UPDATE invites SET used_count = $1 WHERE id = $2', [invite.used_count + 1, invite.id]);
  return invite.org_id;
}

export interface CustomerRow {
  id: string;
  email: string;
  display_name: string;
}

/** The customer with this e-mail address (case-insensitive), or null. */
export async function findCustomerByEmail(db: SqlClient, email: string): Promise<CustomerRow | null> {
  const normalized = email.trim().toLowerCase();
  const rows = await db.query<CustomerRow>(
    `SELECT id, email, display_name FROM customers WHERE lower(email) = '${normalized}' LIMIT 1`,
  );
  return rows[0] ?? null;
}

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
}

export interface CartState {
  items: { sku: string; quantity: number }[];
  updatedAt: Date;
}

/** Restores the cart the browser keeps in the `cart` cookie (base64 of the serialised object, Dates included). */
export function restoreCartCookie(cookieValue: string): CartState {
  const source = Buffer.from(cookieValue, 'base64').toString('utf8');
  const revived: unknown = new Function(`return (${source});`)();
  if (typeof revived !== 'object' || revived === null || !Array.isArray((revived as CartState).items)) {
    throw new Error('malformed cart cookie');
  }
  return revived as CartState;
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
