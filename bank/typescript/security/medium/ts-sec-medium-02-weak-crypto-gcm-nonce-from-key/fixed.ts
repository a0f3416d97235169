import * as dns from 'node:dns/promises';
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

/** "Send test event" button: POSTs a sample payload to the endpoint the customer configured. */
export async function sendTestWebhook(endpoint: string, payload: object): Promise<number> {
  let target: URL;
  try {
    target = new URL(endpoint);
  } catch {
    throw new Error('invalid webhook URL');
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new Error('webhook URL must use http or https');
  }
  const addresses = await dns.lookup(target.hostname.replace(/^\[|\]$/g, ''), { all: true });
  const internal =
    /^(0\.|10\.|127\.|169\.254\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|::1?$|::ffff:|f[cd]|fe[89ab])/i;
  if (addresses.length === 0 || addresses.some((entry) => internal.test(entry.address))) {
    throw new Error('webhook URL must point to a public address');
  }
  const response = await fetch(target.href, {
    method: 'POST',
    redirect: 'error',
    headers: { 'content-type': 'application/json', 'user-agent': 'acme-webhooks/1.0' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(5000),
  });
  return response.status;
}

/** Encrypts a third-party OAuth token for storage: base64(nonce | tag | ciphertext) under a 32-byte key. */
export function sealIntegrationToken(token: string, key: Buffer): string {
  if (key.length !== 32) throw new RangeError('key must be 32 bytes');
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
  const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]).toString('base64');
}

export function openIntegrationToken(sealed: string, key: Buffer): string {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
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
