import { AibaasError } from '../../core/index.js';
import type { RateLimitSnapshot } from './rate-limit-headers.js';

/**
 * Why a provider call failed. The kind decides the policy: retryable kinds are tried again by the Model facade,
 * `auth` and `spend_limit` stop the provider's work (trying again cannot help and may cost money), and the rest are
 * the model's own failure, recorded in its result. A retryable failure that outlasts the retries leaves its run item
 * missing (a resume answers it again) rather than charging the model with it.
 */
export type ProviderFailureKind =
  | 'rate_limited'
  | 'overloaded'
  | 'server'
  | 'timeout'
  | 'network'
  | 'stream_cut'
  | 'malformed'
  | 'circuit_open'
  | 'cancelled'
  | 'auth'
  | 'spend_limit'
  | 'not_found'
  | 'bad_request';

const RETRYABLE: ReadonlySet<ProviderFailureKind> = new Set(['rate_limited', 'overloaded', 'server', 'timeout', 'network', 'stream_cut', 'malformed', 'circuit_open', 'cancelled']);

/** Kinds that say the provider cannot be used now (bad key, no money), whatever the model. */
export const PROVIDER_FATAL: ReadonlySet<ProviderFailureKind> = new Set(['auth', 'spend_limit']);

const CODES: Record<ProviderFailureKind, string> = {
  rate_limited: 'PROVIDER_RATE_LIMITED',
  overloaded: 'PROVIDER_OVERLOADED',
  server: 'PROVIDER_SERVER_ERROR',
  timeout: 'PROVIDER_TIMEOUT',
  network: 'PROVIDER_NETWORK_ERROR',
  stream_cut: 'PROVIDER_STREAM_CUT',
  malformed: 'PROVIDER_MALFORMED_RESPONSE',
  circuit_open: 'PROVIDER_CIRCUIT_OPEN',
  cancelled: 'PROVIDER_CALL_CANCELLED',
  auth: 'PROVIDER_AUTH_FAILED',
  spend_limit: 'PROVIDER_SPEND_LIMIT',
  not_found: 'PROVIDER_NOT_FOUND',
  bad_request: 'PROVIDER_BAD_REQUEST',
};

const FIXES: Record<ProviderFailureKind, string> = {
  rate_limited: 'Lower run.concurrency or the provider\'s requestsPerMinute / tokensPerMinute in aibaas.config.yaml, then resume the run.',
  overloaded: 'The provider is overloaded; resume the run later (`aibaas run --resume`).',
  server: 'The provider failed on its side; resume the run later (`aibaas run --resume`).',
  timeout: 'Raise the provider\'s timeoutMs in aibaas.config.yaml if the model is slow, or resume later.',
  network: 'Check the network and the provider\'s base URL, then resume the run.',
  stream_cut: 'The connection broke mid-answer; resume the run (`aibaas run --resume`).',
  malformed: 'The provider sent a reply that does not follow its documented format; resume later, or report it if it persists.',
  circuit_open: 'The provider failed repeatedly and is paused; resume the run once it answers again.',
  cancelled: 'The call was cancelled (Ctrl-C or a stopped run); `aibaas run --resume` answers the item again.',
  auth: 'Check the provider\'s API key (environment variable or providers.<id>.apiKey in aibaas.config.yaml).',
  spend_limit: 'The account has no credit or reached its spend limit; add credit or raise the limit, then resume.',
  not_found: 'Check the model name (`aibaas models`) and the provider\'s base URL.',
  bad_request: 'The provider refused the request; the message above names why.',
};

export interface ProviderCallErrorDetails {
  provider: string;
  kind: ProviderFailureKind;
  status?: number | null;
  requestId?: string | null;
  /** What the provider asked us to wait before trying again (retry-after / retry-after-ms), in ms. */
  retryAfterMs?: number | null;
  rateLimit?: RateLimitSnapshot | null;
  cause?: unknown;
}

/** A failed provider call, classified for the retry policy. */
export class ProviderCallError extends AibaasError {
  readonly provider: string;
  readonly kind: ProviderFailureKind;
  readonly status: number | null;
  readonly requestId: string | null;
  readonly retryAfterMs: number | null;
  readonly rateLimit: RateLimitSnapshot | null;

  constructor(message: string, details: ProviderCallErrorDetails) {
    super(CODES[details.kind], message, {
      fix: FIXES[details.kind],
      retryable: RETRYABLE.has(details.kind),
      ...(details.cause === undefined ? {} : { cause: details.cause }),
    });
    this.name = 'ProviderCallError';
    this.provider = details.provider;
    this.kind = details.kind;
    this.status = details.status ?? null;
    this.requestId = details.requestId ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.rateLimit = details.rateLimit ?? null;
  }
}

export function isProviderCallError(error: unknown): error is ProviderCallError {
  return error instanceof ProviderCallError;
}

/** The error codes above, for the docs/errors.md drift test. */
export const PROVIDER_ERROR_CODES: readonly string[] = Object.values(CODES);
