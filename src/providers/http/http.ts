import type { z } from 'zod';
import { type ProviderFailureKind, ProviderCallError } from './provider-error.js';
import { parseRateLimitHeaders, parseRetryAfter } from './rate-limit-headers.js';

/** How an adapter reaches its provider: injected so tests and the fake provider need no global mocks. */
export interface HttpSettings {
  /** The provider id, named in every error. */
  provider: string;
  /** Without a trailing slash, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  /** Authentication and fixed headers (never logged). */
  headers: Readonly<Record<string, string>>;
  fetch: typeof fetch;
  /** Wall-clock epoch milliseconds, for HTTP-date headers. */
  now: () => number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  query?: Readonly<Record<string, string | number | undefined>>;
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-goog-request-id', 'cf-aig-log-id', 'cf-ray'];
const MAX_ERROR_BODY = 4000;

/** The provider's request id from the usual headers, or null. */
export function requestIdOf(headers: Pick<Headers, 'get'>): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return null;
}

export function joinUrl(baseUrl: string, path: string, query?: RequestOptions['query']): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
  return url.toString();
}

/** Whether an abort came from a timeout (AbortSignal.timeout) rather than a caller's cancel. */
function isTimeout(signal: AbortSignal | undefined, error: unknown): boolean {
  const reason: unknown = signal?.reason ?? error;
  return typeof reason === 'object' && reason !== null && 'name' in reason && (reason as { name: unknown }).name === 'TimeoutError';
}

/** Turns a thrown fetch/read error into a classified provider error. */
export function transportError(provider: string, error: unknown, signal: AbortSignal | undefined, during: string, requestId: string | null = null): ProviderCallError {
  if (error instanceof ProviderCallError) return error;
  const detail = error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error);
  if (isTimeout(signal, error)) return new ProviderCallError(`${provider}: no complete answer in time (${during}).`, { provider, kind: 'timeout', requestId, cause: error });
  if (signal?.aborted) return new ProviderCallError(`${provider}: the call was cancelled (${during}).`, { provider, kind: 'cancelled', requestId, cause: error });
  const kind: ProviderFailureKind = during === 'connecting' ? 'network' : 'stream_cut';
  return new ProviderCallError(`${provider}: ${during === 'connecting' ? 'the request failed' : 'the connection broke while reading the answer'} (${detail}).`, { provider, kind, requestId, cause: error });
}

interface ErrorBody {
  message?: string;
  type?: string;
  code?: string;
  /** Gemini puts the wait in the body (`google.rpc.RetryInfo` `retryDelay: "30s"`), not in a header. */
  retryDelayMs?: number;
}

/** Reads `{error: {message, type, code}}` (OpenAI, Anthropic, Gemini `status`), `{message}` or `{errors: [...]}`. */
export function parseErrorBody(text: string): ErrorBody {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trim() ? { message: text.trim().slice(0, 300) } : {};
  }
  const root = (Array.isArray(json) ? json[0] : json) as Record<string, unknown> | undefined;
  if (!root || typeof root !== 'object') return {};
  const error = (typeof root.error === 'object' && root.error !== null ? root.error : Array.isArray(root.errors) ? root.errors[0] : root) as Record<string, unknown>;
  const text_ = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
  const message = text_(error?.message) ?? text_(root.error) ?? text_(root.message);
  const type = text_(error?.type) ?? text_(error?.status) ?? text_(root.type);
  const code = text_(error?.code);
  const details = Array.isArray(error?.details) ? (error.details as Record<string, unknown>[]) : [];
  const delay = details.map((detail) => detail?.retryDelay).find((value): value is string => typeof value === 'string' && /^\d+(\.\d+)?s$/.test(value));
  const reason = details.map((detail) => detail?.reason).find((value): value is string => typeof value === 'string');
  return {
    ...(message ? { message } : {}),
    ...(type ? { type } : {}),
    ...(code ? { code } : reason ? { code: reason } : {}),
    ...(delay ? { retryDelayMs: Number(delay.slice(0, -1)) * 1000 } : {}),
  };
}

const SPEND_LIMIT = /insufficient_quota|billing|credit|quota.*exceeded|spend(ing)?.?limit|payment/i;
// Gemini refuses a bad key with 400 API_KEY_INVALID; Anthropic reports an empty balance as a 400 ("credit balance").
const BAD_KEY = /api_key_invalid|api key not valid|invalid api key|invalid x-api-key/i;
const NO_CREDIT = /credit balance|insufficient (funds|credit|balance)|billing/i;

/** Classifies an HTTP error status (and the body's error type) for the retry policy. */
export function classifyStatus(status: number, body: ErrorBody): ProviderFailureKind {
  const words = `${body.type ?? ''} ${body.code ?? ''} ${body.message ?? ''}`;
  if (status === 400 && BAD_KEY.test(words)) return 'auth';
  if (status === 400 && NO_CREDIT.test(words)) return 'spend_limit';
  if (status === 401 || status === 403) return SPEND_LIMIT.test(words) && status === 403 ? 'spend_limit' : 'auth';
  if (status === 402) return 'spend_limit';
  if (status === 429) return SPEND_LIMIT.test(`${body.type ?? ''} ${body.code ?? ''}`) ? 'spend_limit' : 'rate_limited';
  if (status === 408) return 'timeout';
  if (status === 409) return 'server';
  if (status === 529 || /overloaded/i.test(body.type ?? '')) return 'overloaded';
  if (status >= 500) return 'server';
  if (status === 404) return 'not_found';
  return 'bad_request';
}

/** Builds the error for a non-2xx response. */
export async function errorFromResponse(settings: HttpSettings, response: Response): Promise<ProviderCallError> {
  const text = (await response.text().catch(() => '')).slice(0, MAX_ERROR_BODY);
  const body = parseErrorBody(text);
  const kind = classifyStatus(response.status, body);
  const nowMs = settings.now();
  const what = [body.type, body.code].filter(Boolean).join('/');
  return new ProviderCallError(`${settings.provider}: HTTP ${response.status}${what ? ` ${what}` : ''}${body.message ? `: ${body.message}` : ''}`, {
    provider: settings.provider,
    kind,
    status: response.status,
    requestId: requestIdOf(response.headers),
    retryAfterMs: parseRetryAfter(response.headers, nowMs) ?? body.retryDelayMs ?? null,
    rateLimit: parseRateLimitHeaders(response.headers, nowMs),
  });
}

/** Sends one request; returns the response when it is 2xx and throws a classified ProviderCallError otherwise. */
export async function send(settings: HttpSettings, path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await settings.fetch(joinUrl(settings.baseUrl, path, options.query), {
      method,
      headers: {
        accept: 'application/json, text/event-stream',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...settings.headers,
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    throw transportError(settings.provider, error, options.signal, 'connecting');
  }
  if (!response.ok) throw await errorFromResponse(settings, response);
  return response;
}

/** Reads a JSON body and checks the fields the adapter uses; anything else is a `malformed` error. */
export async function readJson<T>(settings: HttpSettings, response: Response, schema: z.ZodType<T>, what: string, signal?: AbortSignal): Promise<T> {
  const requestId = requestIdOf(response.headers);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw transportError(settings.provider, error, signal, 'reading', requestId);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProviderCallError(`${settings.provider}: ${what} is not valid JSON (starts ${JSON.stringify(text.slice(0, 80))}).`, {
      provider: settings.provider, kind: 'malformed', status: response.status, requestId,
    });
  }
  return parseWire(settings.provider, json, schema, what, requestId, response.status);
}

/** Checks one decoded wire object against its minimal schema. */
export function parseWire<T>(provider: string, json: unknown, schema: z.ZodType<T>, what: string, requestId: string | null, status: number | null = null): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape';
  throw new ProviderCallError(`${provider}: ${what} does not have the documented shape (${where}).`, { provider, kind: 'malformed', status, requestId });
}

/** JSON.parse for one stream event; a broken event is a `malformed` error naming the event. */
export function parseEventJson(provider: string, data: string, what: string, requestId: string | null): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new ProviderCallError(`${provider}: a ${what} stream event is not valid JSON (${JSON.stringify(data.slice(0, 80))}).`, {
      provider, kind: 'malformed', status: 200, requestId,
    });
  }
}
