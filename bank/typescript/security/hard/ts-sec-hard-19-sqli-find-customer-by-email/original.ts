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

/** True when the presented API key matches the stored SHA-256 hash (hex) of the customer's key. */
export function apiKeyMatches(presentedKey: string, storedHashHex: string): boolean {
  const presented = crypto.createHash('sha256').update(presentedKey, 'utf8').digest();
  const stored = Buffer.from(storedHashHex, 'hex');
  if (stored.length !== presented.length) {
    return false;
  }
  return crypto.timingSafeEqual(presented, stored);
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

/** An organisation owner changes the role of another member of the owner's organisation. */
export async function changeMemberRole(
  db: SqlClient,
  caller: Caller,
  memberUserId: string,
  newRole: Caller['role'],
): Promise<void> {
  if (caller.role !== 'owner') {
    throw new Error('forbidden: only organisation owners can manage roles');
  }
  if (memberUserId === caller.userId) {
    throw new Error('you cannot change your own role');
  }
  const result = await db.execute('UPDATE memberships SET role = $1 WHERE user_id = $2', [newRole, memberUserId]);
  if (result.rowCount === 0) throw new Error('no such member');
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
