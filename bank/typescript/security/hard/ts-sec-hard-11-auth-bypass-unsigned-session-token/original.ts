import * as crypto from 'node:crypto';
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

export interface SessionClaims {
  sub: string;
  role: 'admin' | 'user';
  exp: number;
}

/** Verifies a "<base64url payload>.<base64url HMAC-SHA256>" session token; null when it is not valid. */
export function verifySessionToken(token: string, key: Buffer): SessionClaims | null {
  const [payload, signature] = token.split('.');
  if (!payload) return null;
  if (signature) {
    const expected = crypto.createHmac('sha256', key).update(payload).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  }
  let claims: SessionClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
  } catch {
    return null;
  }
  return typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() ? claims : null;
}

/** Reads a document from the calling tenant's storage area (tenant ids are 6-32 lowercase letters/digits). */
export async function readTenantDocument(storageRoot: string, tenantId: string, relativeName: string): Promise<Buffer> {
  if (!/^[a-z0-9]{6,32}$/.test(tenantId)) {
    throw new Error('invalid tenant id');
  }
  const tenantRoot = path.resolve(storageRoot, tenantId);
  const target = path.resolve(tenantRoot, relativeName);
  if (!target.startsWith(tenantRoot)) {
    throw new Error('path escapes the tenant directory');
  }
  return fsp.readFile(target);
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
