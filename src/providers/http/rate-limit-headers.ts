/**
 * What a provider's rate-limit headers said about the remaining budget. Understands OpenAI's `x-ratelimit-*`
 * (resets as durations like `6m0s`, `20ms`), Anthropic's `anthropic-ratelimit-*` (resets as RFC 3339 times) and the
 * IETF draft `ratelimit-*` headers (resets in seconds). Fields are absent when no header gave them.
 */
export interface RateLimitSnapshot {
  requestsLimit?: number;
  requestsRemaining?: number;
  /** Milliseconds until the request budget refills. */
  requestsResetMs?: number;
  tokensLimit?: number;
  tokensRemaining?: number;
  tokensResetMs?: number;
}

type HeaderReader = Pick<Headers, 'get'>;

function number(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const parsed = Number(value.trim());
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

const DURATION_PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `1s`, `6m0s`, `20ms`, `1h2m3.5s`, a bare number of seconds, or an RFC 3339 / HTTP date relative to `nowMs`. */
export function parseResetMs(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  if (/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(text)) {
    let total = 0;
    for (const match of text.matchAll(DURATION_PART)) total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
    return total;
  }
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Milliseconds to wait from `retry-after-ms`, else `retry-after` (seconds or an HTTP date); null when absent. */
export function parseRetryAfter(headers: HeaderReader, nowMs: number): number | null {
  const ms = number(headers.get('retry-after-ms'));
  if (ms !== undefined) return ms;
  const after = headers.get('retry-after');
  if (after === null) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(after)) return Number(after) * 1000;
  const at = Date.parse(after);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function firstOf(headers: HeaderReader, names: readonly string[]): string | null {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null) return value;
  }
  return null;
}

/** Reads whichever family of rate-limit headers is present; null when there are none. */
export function parseRateLimitHeaders(headers: HeaderReader, nowMs: number): RateLimitSnapshot | null {
  const snapshot: RateLimitSnapshot = {};
  const set = <K extends keyof RateLimitSnapshot>(key: K, value: number | undefined) => {
    if (value !== undefined) snapshot[key] = value;
  };
  set('requestsLimit', number(firstOf(headers, ['x-ratelimit-limit-requests', 'anthropic-ratelimit-requests-limit', 'ratelimit-limit'])));
  set('requestsRemaining', number(firstOf(headers, ['x-ratelimit-remaining-requests', 'anthropic-ratelimit-requests-remaining', 'ratelimit-remaining'])));
  set('requestsResetMs', parseResetMs(firstOf(headers, ['x-ratelimit-reset-requests', 'anthropic-ratelimit-requests-reset', 'ratelimit-reset']), nowMs));
  set('tokensLimit', number(firstOf(headers, ['x-ratelimit-limit-tokens', 'anthropic-ratelimit-tokens-limit'])));
  set('tokensRemaining', number(firstOf(headers, ['x-ratelimit-remaining-tokens', 'anthropic-ratelimit-tokens-remaining'])));
  set('tokensResetMs', parseResetMs(firstOf(headers, ['x-ratelimit-reset-tokens', 'anthropic-ratelimit-tokens-reset']), nowMs));
  return Object.keys(snapshot).length === 0 ? null : snapshot;
}
