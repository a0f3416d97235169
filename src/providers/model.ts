import type { CallAttempt, ModelInfo, ModelPrice, Usage } from '../core/index.js';
import { AibaasError, callCost, estimateTokens } from '../core/index.js';
import { isProviderCallError, ProviderCallError, type ProviderFailureKind } from './http/provider-error.js';
import { CircuitBreaker, DEFAULT_CIRCUIT_BREAKER } from './policy/circuit-breaker.js';
import { type RateLimits, RateLimiter } from './policy/rate-limiter.js';
import { DEFAULT_RETRY_POLICY, retryDelay, type RetryPolicy } from './policy/retry-policy.js';
import { type PolicyTimer, realTimer } from './policy/timing.js';
import type { GenerateRequest, GenerateResponse, ProviderAdapter } from './types.js';

/** One HTTP attempt of a model call, as stored with its result. */
export interface AttemptLog extends CallAttempt {
  outcome: 'ok' | ProviderFailureKind;
}

/** Everything measured about one logical model call. */
export interface ModelCallResult {
  text: string;
  reasoning: string | null;
  finishReason: string;
  usage: Usage;
  costUsd: number | null;
  price: ModelPrice | null;
  latencyMs: number;
  ttftMs: number | null;
  /** HTTP attempts made (1 without retries). */
  callAttempts: number;
  httpStatus: number | null;
  requestId: string | null;
  attempts: AttemptLog[];
}

/** A call that failed for good (or was given up on), with every attempt it made. */
export class ModelCallError extends AibaasError {
  readonly kind: ProviderFailureKind;
  readonly attempts: AttemptLog[];
  readonly status: number | null;
  readonly requestId: string | null;

  constructor(last: ProviderCallError, attempts: AttemptLog[]) {
    const tries = attempts.length === 1 ? '' : ` (after ${attempts.length} attempts)`;
    super(last.code, `${last.message}${tries}`, { fix: last.fix, retryable: last.retryable, cause: last });
    this.name = 'ModelCallError';
    this.kind = last.kind;
    this.attempts = attempts;
    this.status = last.status;
    this.requestId = last.requestId;
  }
}

/** The call policy one provider's models share: its pace, its breaker, its retries and timeout. */
export interface ProviderPolicy {
  retry: RetryPolicy;
  limiter: RateLimiter;
  breaker: CircuitBreaker;
  /** Per attempt: no complete answer within this is a `timeout`. */
  timeoutMs: number;
  timer: PolicyTimer;
  random: () => number;
  /** Called after every attempt (for logs). */
  onAttempt?: (modelId: string, attempt: AttemptLog) => void;
}

export interface ProviderPolicyOptions {
  retry?: Partial<RetryPolicy>;
  limits?: RateLimits;
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  timeoutMs?: number;
  timer?: PolicyTimer;
  random?: () => number;
  onAttempt?: ProviderPolicy['onAttempt'];
}

export const DEFAULT_TIMEOUT_MS = 300_000;

/** Builds one provider's policy; every Model of the provider must share it. */
export function createProviderPolicy(options: ProviderPolicyOptions = {}): ProviderPolicy {
  const timer = options.timer ?? realTimer;
  return {
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    limiter: new RateLimiter(options.limits ?? {}, timer),
    breaker: new CircuitBreaker({ ...DEFAULT_CIRCUIT_BREAKER, ...options.breaker }, () => timer.now()),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    timer,
    random: options.random ?? Math.random,
    ...(options.onAttempt ? { onAttempt: options.onAttempt } : {}),
  };
}

function asProviderError(provider: string, error: unknown): ProviderCallError {
  if (isProviderCallError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  // A non-HTTP adapter's own error (a baseline asked for a non-task) keeps its code and is never retried.
  const wrapped = new ProviderCallError(message, { provider, kind: 'bad_request', cause: error });
  if (error instanceof AibaasError) Object.defineProperty(wrapped, 'code', { value: error.code });
  return wrapped;
}

function estimatedUsage(request: GenerateRequest, response: Pick<GenerateResponse, 'text' | 'reasoning'>): Usage {
  const input = estimateTokens(request.messages.map((message) => message.content).join('\n'));
  const reasoning = response.reasoning ? estimateTokens(response.reasoning) : 0;
  return { inputTokens: input, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: estimateTokens(response.text) + reasoning, reasoningTokens: reasoning, estimated: true };
}

function totalTokens(usage: Usage): number {
  return usage.inputTokens + usage.cachedInputTokens + usage.cacheWriteTokens + usage.outputTokens;
}

/**
 * The Model facade: the one place that owns call policy above an adapter — the provider's pace (request and token
 * rate limits, adapted to its headers), its circuit breaker, retries with backoff that honour `retry-after`, the
 * per-attempt timeout, time to first token, usage (estimated and flagged when the provider reports none) and cost.
 * Every attempt is logged. Retries never switch to another model.
 */
export class Model {
  private readonly policy: ProviderPolicy;

  constructor(
    readonly info: ModelInfo,
    private readonly adapter: ProviderAdapter,
    policy?: ProviderPolicy,
  ) {
    this.policy = policy ?? createProviderPolicy();
  }

  get id(): string {
    return this.info.id;
  }

  async generate(request: GenerateRequest): Promise<ModelCallResult> {
    const { timer } = this.policy;
    const started = timer.now();
    const attempts: AttemptLog[] = [];
    let waited = 0;
    const estimate = estimateTokens(request.messages.map((message) => message.content).join('\n')) + request.maxOutputTokens;
    for (let attempt = 1; ; attempt++) {
      const breakerWait = this.policy.breaker.admit();
      let outcome: { response: GenerateResponse; firstTokenAt: number | null } | ProviderCallError;
      const attemptStart = timer.now();
      if (breakerWait > 0) {
        outcome = new ProviderCallError(`${this.info.provider}: paused after repeated failures (circuit open for another ${Math.ceil(breakerWait)} ms).`, {
          provider: this.info.provider, kind: 'circuit_open', retryAfterMs: breakerWait,
        });
      } else {
        outcome = await this.attempt(request, estimate);
      }
      const finished = timer.now();
      const log: AttemptLog = {
        attempt,
        startedMs: Math.round(attemptStart - started),
        durationMs: Math.round(finished - attemptStart),
        status: outcome instanceof ProviderCallError ? outcome.status : outcome.response.httpStatus,
        requestId: outcome instanceof ProviderCallError ? outcome.requestId : outcome.response.requestId,
        outcome: outcome instanceof ProviderCallError ? outcome.kind : 'ok',
        ...(outcome instanceof ProviderCallError ? { message: outcome.message } : {}),
      };
      attempts.push(log);
      if (!(outcome instanceof ProviderCallError)) {
        this.policy.onAttempt?.(this.id, log);
        return this.result(request, outcome.response, started, outcome.firstTokenAt, finished, attempts);
      }
      const wait = request.signal?.aborted ? null : retryDelay(this.policy.retry, outcome, attempt, waited, this.policy.random);
      if (wait !== null) log.waitMs = Math.round(wait);
      this.policy.onAttempt?.(this.id, log);
      if (wait === null) throw new ModelCallError(outcome, attempts);
      waited += wait;
      try {
        await timer.sleep(wait, request.signal);
      } catch {
        throw new ModelCallError(new ProviderCallError(`${this.info.provider}: the call was cancelled while waiting to retry.`, { provider: this.info.provider, kind: 'cancelled' }), attempts);
      }
    }
  }

  /** One attempt through the limiter and the breaker; failures come back as values. */
  private async attempt(request: GenerateRequest, estimate: number): Promise<{ response: GenerateResponse; firstTokenAt: number | null } | ProviderCallError> {
    const { limiter, breaker, timer } = this.policy;
    let slot;
    try {
      slot = await limiter.acquire(estimate, request.signal);
    } catch (error) {
      return new ProviderCallError(`${this.info.provider}: the call was cancelled while waiting for the rate limit.`, { provider: this.info.provider, kind: 'cancelled', cause: error });
    }
    const timeout = AbortSignal.timeout(this.policy.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let firstTokenAt: number | null = null;
    const onDelta: GenerateRequest['onDelta'] = (delta) => {
      if (firstTokenAt === null && (delta.text || delta.reasoning)) firstTokenAt = timer.now();
      request.onDelta?.(delta);
    };
    try {
      const response = await this.adapter.generate(this.info.name, { ...request, onDelta, signal });
      breaker.onSuccess();
      limiter.observe(response.rateLimit);
      slot.release(response.usage ? totalTokens(response.usage) : undefined);
      return { response, firstTokenAt };
    } catch (thrown) {
      const error = asProviderError(this.info.provider, thrown);
      const classified = error.kind === 'cancelled' && !request.signal?.aborted && timeout.aborted
        ? new ProviderCallError(`${this.info.provider}: no complete answer within ${this.policy.timeoutMs} ms.`, { provider: this.info.provider, kind: 'timeout', requestId: error.requestId, cause: error })
        : error;
      breaker.onFailure(classified.kind);
      limiter.observe(classified.rateLimit);
      if (classified.kind === 'rate_limited' && classified.retryAfterMs !== null) limiter.pauseFor(classified.retryAfterMs);
      slot.release();
      return classified;
    }
  }

  private result(request: GenerateRequest, response: GenerateResponse, started: number, firstTokenAt: number | null, finished: number, attempts: AttemptLog[]): ModelCallResult {
    const usage = response.usage ?? estimatedUsage(request, response);
    return {
      text: response.text,
      reasoning: response.reasoning ?? null,
      finishReason: response.finishReason,
      usage,
      costUsd: callCost(usage, this.info.price),
      price: this.info.price ?? null,
      latencyMs: finished - started,
      ttftMs: firstTokenAt === null ? null : firstTokenAt - started,
      callAttempts: attempts.length,
      httpStatus: response.httpStatus,
      requestId: response.requestId,
      attempts,
    };
  }
}
