import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';

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

function digestPassword(salt: string, password: string): Buffer {
  return crypto.scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 });
}

/** The string stored in users.password_hash: "<salt>:<digest>". */
export function hashPassword(password: string): string {
  const salt = crypto.randomBytes(16).toString('hex');
  return `${salt}:${digestPassword(salt, password).toString('hex')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [salt, digestHex] = stored.split(':');
  if (salt === undefined || digestHex === undefined) return false;
  const expected = Buffer.from(digestHex, 'hex');
  const actual = digestPassword(salt, password);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
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

export interface SessionClaims {
  sub: string;
  role: 'admin' | 'user';
  exp: number;
}

/** Verifies a "<base64url payload>.<base64url HMAC-SHA256>" session token; null when it is not valid. */
export function verifySessionToken(token: string, key: Buffer): SessionClaims | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return null;
  const expected = crypto.createHmac('sha256', key).update(payload).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  let claims: SessionClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
  } catch {
    return null;
  }
  return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() ? claims : null;
}
