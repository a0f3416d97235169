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

/** Reads a document from the calling tenant's storage area (tenant ids are 6-32 lowercase letters/digits). */
export async function readTenantDocument(storageRoot: string, tenantId: string, relativeName: string): Promise<Buffer> {
  if (!/^[a-z0-9]{6,32}$/.test(tenantId)) {
    throw new Error('invalid tenant id');
  }
  const tenantRoot = path.resolve(storageRoot, tenantId);
  const target = path.resolve(tenantRoot, relativeName);
  if (!target.startsWith(tenantRoot + path.sep)) {
    throw new Error('path escapes the tenant directory');
  }
  return fsp.readFile(target);
}

/** Exponential back-off for retrying a failed outbound call: 500 ms, 1 s, 2 s, ... capped at 60 s. */
export function retryDelayMs(attempt: number, retryAfterHeader?: string): number {
  if (retryAfterHeader !== undefined && /^\d{1,5}$/.test(retryAfterHeader)) {
    return Math.min(Number(retryAfterHeader) * 1000, 60_000);
  }
  const exponent = Math.min(Math.max(Math.trunc(attempt), 0), 10);
  return Math.min(500 * 2 ** exponent, 60_000);
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

export interface CartState {
  items: { sku: string; quantity: number }[];
  updatedAt: Date;
}

/** Restores the cart the browser keeps in the `cart` cookie (base64 of the serialised object, Dates included). */
export function restoreCartCookie(cookieValue: string): CartState {
  const source = Buffer.from(cookieValue, 'base64').toString('utf8');
  const revived: unknown = JSON.parse(source, (key, value: unknown) =>
    key === 'updatedAt' && typeof value === 'string' ? new Date(value) : value,
  );
  if (typeof revived !== 'object' || revived === null || !Array.isArray((revived as CartState).items)) {
    throw new Error('malformed cart cookie');
  }
  return revived as CartState;
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
