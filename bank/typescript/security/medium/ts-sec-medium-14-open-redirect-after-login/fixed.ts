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

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
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
  const result = await db.execute(
    'UPDATE memberships SET role = $1 WHERE user_id = $2 AND org_id = $3',
    [newRole, memberUserId, caller.orgId],
  );
  if (result.rowCount === 0) throw new Error('no such member');
}

export interface PageParams {
  limit: number;
  offset: number;
}

/** Reads ?limit=&offset= with defaults and bounds (limit 1-100, default 20; offset >= 0). */
export function parsePageParams(query: Record<string, string | undefined>): PageParams {
  const toInt = (raw: string | undefined, fallback: number): number => {
    if (raw === undefined || !/^\d{1,9}$/.test(raw)) return fallback;
    return Number.parseInt(raw, 10);
  };
  const limit = Math.min(Math.max(toInt(query['limit'], 20), 1), 100);
  const offset = toInt(query['offset'], 0);
  return { limit, offset };
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

/** True when the presented API key matches the stored SHA-256 hash (hex) of the customer's key. */
export function apiKeyMatches(presentedKey: string, storedHashHex: string): boolean {
  const presented = crypto.createHash('sha256').update(presentedKey, 'utf8').digest();
  const stored = Buffer.from(storedHashHex, 'hex');
  if (stored.length !== presented.length) {
    return false;
  }
  return crypto.timingSafeEqual(presented, stored);
}
