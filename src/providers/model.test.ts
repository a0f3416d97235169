import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../core/index.js';
import { ProviderCallError, type ProviderFailureKind } from './http/provider-error.js';
import { createProviderPolicy, Model, ModelCallError } from './model.js';
import { virtualTimer } from '../../test/support/virtual-timer.js';
import type { GenerateRequest, GenerateResponse, ProviderAdapter } from './types.js';

const info: ModelInfo = {
  id: 'acme/coder', provider: 'acme', name: 'coder', displayName: 'Coder', baseline: false,
  capabilities: { chat: true, code: true, functionCalling: false, reasoning: true },
  price: { inputPerMTok: 1, outputPerMTok: 4, cachedInputPerMTok: 0.1, source: 'listing' },
};
const request: GenerateRequest = { messages: [{ role: 'user', content: 'x'.repeat(400) }], temperature: 0, maxOutputTokens: 100 };

type Step = GenerateResponse | ProviderFailureKind | { kind: ProviderFailureKind; retryAfterMs: number };

function scripted(steps: Step[]): ProviderAdapter & { calls: number } {
  const adapter = {
    id: 'acme', kind: 'test', calls: 0,
    listModels: async () => [],
    async generate(_model: string, call: GenerateRequest): Promise<GenerateResponse> {
      const step = steps[Math.min(adapter.calls++, steps.length - 1)] as Step;
      if (typeof step === 'string') throw new ProviderCallError(`acme: ${step}`, { provider: 'acme', kind: step, status: step === 'auth' ? 401 : 500, requestId: `req_${adapter.calls}` });
      if ('kind' in step) throw new ProviderCallError(`acme: ${step.kind}`, { provider: 'acme', kind: step.kind, status: 429, retryAfterMs: step.retryAfterMs, requestId: `req_${adapter.calls}` });
      call.onDelta?.({ text: step.text });
      return step;
    },
  };
  return adapter;
}

const ok = (usage: GenerateResponse['usage'] = { inputTokens: 1000, cachedInputTokens: 2000, cacheWriteTokens: 0, outputTokens: 500, reasoningTokens: 100, estimated: false }): GenerateResponse =>
  ({ text: 'answer', usage, finishReason: 'stop', httpStatus: 200, requestId: 'req_ok' });

describe('Model facade', () => {
  it('retries retryable failures, honours retry-after, logs every attempt and prices the final usage', async () => {
    const timer = virtualTimer();
    const adapter = scripted([{ kind: 'rate_limited', retryAfterMs: 1200 }, 'overloaded', 'stream_cut', ok()]);
    const model = new Model(info, adapter, createProviderPolicy({ timer, random: () => 0, retry: { baseDelayMs: 100 } }));
    const result = await model.generate(request);
    expect(adapter.calls).toBe(4);
    expect(result.callAttempts).toBe(4);
    expect(result.attempts.map((attempt) => [attempt.outcome, attempt.status, attempt.requestId, attempt.waitMs])).toEqual([
      ['rate_limited', 429, 'req_1', 1200],
      ['overloaded', 500, 'req_2', 100],
      ['stream_cut', 500, 'req_3', 200],
      ['ok', 200, 'req_ok', undefined],
    ]);
    // The 429 also paused the provider's limiter, so the wait shows in virtual time.
    expect(timer.sleeps).toContain(1200);
    expect(result.costUsd).toBeCloseTo((1000 * 1 + 2000 * 0.1 + 500 * 4) / 1e6, 12);
    expect(result.usage.estimated).toBe(false);
  });

  it('never retries an auth or spend-limit failure', async () => {
    for (const kind of ['auth', 'spend_limit'] as const) {
      const adapter = scripted([kind, ok()]);
      const error = await new Model(info, adapter, createProviderPolicy({ timer: virtualTimer() })).generate(request).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ModelCallError);
      expect(error).toMatchObject({ kind, retryable: false, attempts: [{ attempt: 1, outcome: kind }] });
      expect(adapter.calls).toBe(1);
    }
  });

  it('gives up after the attempt cap with every attempt in the error, and the error stays retryable (the item waits for a resume)', async () => {
    const adapter = scripted(['server']);
    const error = (await new Model(info, adapter, createProviderPolicy({ timer: virtualTimer(), retry: { maxAttempts: 3 } })).generate(request).catch((caught: unknown) => caught)) as ModelCallError;
    expect(adapter.calls).toBe(3);
    expect(error.attempts).toHaveLength(3);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('after 3 attempts');
  });

  it('estimates and flags usage when the provider reports none', async () => {
    const result = await new Model(info, scripted([ok(null)]), createProviderPolicy({ timer: virtualTimer() })).generate(request);
    expect(result.usage).toMatchObject({ inputTokens: 100, outputTokens: 2, estimated: true });
    expect(result.costUsd).not.toBeNull();
  });

  it('opens the circuit after repeated provider failures and waits out the cooldown before the trial call', async () => {
    const timer = virtualTimer();
    const policy = createProviderPolicy({ timer, breaker: { failureThreshold: 2, cooldownMs: 5000 }, retry: { maxAttempts: 4, baseDelayMs: 10 }, random: () => 0 });
    const adapter = scripted(['server', 'server', ok()]);
    const result = await new Model(info, adapter, policy).generate(request);
    expect(result.attempts.map((attempt) => attempt.outcome)).toEqual(['server', 'server', 'circuit_open', 'ok']);
    expect(adapter.calls).toBe(3);
    expect(policy.breaker.state).toBe('closed');
  });

  it('turns a hung attempt into a timeout and retries it', async () => {
    let calls = 0;
    const adapter: ProviderAdapter = {
      id: 'acme', kind: 'test', listModels: async () => [],
      generate: (_model, call) => {
        calls++;
        if (calls > 1) return Promise.resolve(ok());
        return new Promise((_resolve, reject) => call.signal?.addEventListener('abort', () => reject(new ProviderCallError('acme: aborted', { provider: 'acme', kind: 'cancelled' }))));
      },
    };
    const result = await new Model(info, adapter, createProviderPolicy({ timeoutMs: 50, retry: { baseDelayMs: 1 } })).generate(request);
    expect(result.attempts.map((attempt) => attempt.outcome)).toEqual(['timeout', 'ok']);
  });

  it('stops at once when the caller cancels, without retrying', async () => {
    const controller = new AbortController();
    const adapter: ProviderAdapter = {
      id: 'acme', kind: 'test', listModels: async () => [],
      generate: (_model, call) => new Promise((_resolve, reject) => call.signal?.addEventListener('abort', () => reject(new ProviderCallError('acme: aborted', { provider: 'acme', kind: 'cancelled' })))),
    };
    const pending = new Model(info, adapter, createProviderPolicy()).generate({ ...request, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled', attempts: [{ outcome: 'cancelled' }] });
  });
});
