import { describe, expect, it } from 'vitest';
import type { ModelInfo, Task } from '../core/index.js';
import type { AibaasError } from '../core/index.js';
import { BaselineProvider } from './baseline.js';
import { globToRegExp } from './glob.js';
import { createProviderPolicy, Model } from './model.js';
import { passesFilter, ProviderRegistry } from './registry.js';
import type { GenerateRequest, ProviderAdapter } from './types.js';

const task: Task = {
  id: 't1', language: 'python', scenario: 'code-generation', difficulty: 'easy', title: 't', description: 'd',
  prompt: 'Write f.', solutionFile: 'solution.py', reference: 'def f():\n    return 1\n', defect: 'def f():\n    return 2\n',
  starterCode: 'def f():\n    raise NotImplementedError\n', tests: [], tags: [], source: 's', author: 'a',
  createdAt: '2026-11-28', visibility: 'public', path: 'p',
};
const request: GenerateRequest = { messages: [{ role: 'user', content: 'Write f.' }], temperature: 0.2, maxOutputTokens: 100, taskId: 't1' };

describe('BaselineProvider', () => {
  const provider = new BaselineProvider((id) => (id === 't1' ? task : undefined));

  it('lists oracle, defective and starter as free baseline models', async () => {
    const models = await provider.listModels();
    expect(models.map((m) => m.id)).toEqual(['baseline/oracle', 'baseline/defective', 'baseline/starter']);
    expect(models.every((m) => m.baseline && m.price?.inputPerMTok === 0 && m.capabilities.chat)).toBe(true);
  });

  it('answers with the reference, the defect and the starter code in a fenced block', async () => {
    expect((await provider.generate('oracle', request)).text).toBe('```python\ndef f():\n    return 1\n```\n');
    expect((await provider.generate('defective', request)).text).toContain('return 2');
    expect((await provider.generate('starter', request)).text).toContain('NotImplementedError');
  });

  it('flags its token counts as estimates', async () => {
    const response = await provider.generate('oracle', request);
    expect(response.usage?.estimated).toBe(true);
    expect(response.usage?.outputTokens).toBeGreaterThan(0);
  });

  it('refuses unknown models and tasks outside the bank with a clear error', async () => {
    await expect(provider.generate('genius', request)).rejects.toMatchObject({ code: 'MODEL_UNKNOWN' });
    await expect(provider.generate('oracle', { ...request, taskId: 'nope' })).rejects.toMatchObject({ code: 'BASELINE_NEEDS_TASK' });
  });
});

function model(id: string, overrides: Partial<ModelInfo> = {}): ModelInfo {
  const [provider, name] = id.split('/') as [string, string];
  return { id, provider, name, displayName: name, capabilities: { chat: true, code: true, functionCalling: false, reasoning: false }, baseline: false, ...overrides };
}

describe('discovery filter and registry', () => {
  const filter = { include: [], exclude: [], minContextWindow: 8000 };

  it('keeps chat models with a large enough or unknown context window', () => {
    expect(passesFilter(model('p/a', { contextWindow: 8000 }), filter)).toBe(true);
    expect(passesFilter(model('p/b', { contextWindow: 4096 }), filter)).toBe(false);
    expect(passesFilter(model('p/c'), filter)).toBe(true);
    expect(passesFilter(model('p/d', { capabilities: { chat: false, code: false, functionCalling: false, reasoning: false } }), filter)).toBe(false);
  });

  it('applies include and exclude globs where * also crosses slashes', () => {
    expect(globToRegExp('openrouter/*').test('openrouter/anthropic/claude')).toBe(true);
    expect(passesFilter(model('p/gpt-4o'), { ...filter, include: ['p/gpt-*'] })).toBe(true);
    expect(passesFilter(model('p/gpt-4o'), { ...filter, include: ['p/gpt-*'], exclude: ['*4o'] })).toBe(false);
  });

  it('skips a provider whose discovery fails and keeps the others', async () => {
    const broken: ProviderAdapter = { id: 'broken', kind: 'test', listModels: async () => { throw new Error('HTTP 500'); }, generate: async () => { throw new Error('unused'); } };
    const registry = new ProviderRegistry([broken, new BaselineProvider(() => undefined)]);
    const result = await registry.discover(filter);
    expect(result.models.map((m) => m.id)).toEqual(['baseline/defective', 'baseline/oracle', 'baseline/starter']);
    expect(result.failures).toEqual([{ provider: 'broken', error: new Error('HTTP 500') }]);
  });

  it('names the configured providers when an unknown one is asked for', () => {
    const registry = new ProviderRegistry([new BaselineProvider(() => undefined)]);
    const error = (() => { try { registry.get('openai'); } catch (e) { return e as AibaasError; } })();
    expect(error?.code).toBe('PROVIDER_UNKNOWN');
    expect(error?.fix).toContain('baseline');
  });
});

describe('Model facade', () => {
  it('measures latency and time to first token with the injected clock and prices the usage', async () => {
    let now = 1000;
    const adapter: ProviderAdapter = {
      id: 'fake', kind: 'test', listModels: async () => [],
      async generate(_model, req) {
        now += 50;
        req.onDelta?.({ reasoning: '' });
        now += 25;
        req.onDelta?.({ text: 'hi' });
        now += 100;
        return { text: 'hi', usage: { inputTokens: 1_000_000, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 500_000, reasoningTokens: 0, estimated: false }, finishReason: 'stop', httpStatus: 200, requestId: 'req_1' };
      },
    };
    const facade = new Model(model('fake/m', { price: { inputPerMTok: 2, outputPerMTok: 8, source: 'test' } }), adapter, createProviderPolicy({ timer: { now: () => now, sleep: async () => {} } }));
    const result = await facade.generate(request);
    expect(result).toMatchObject({ latencyMs: 175, ttftMs: 75, costUsd: 6, callAttempts: 1, httpStatus: 200, requestId: 'req_1' });
  });

  it('reports cost as null, not 0, when the model has no price', async () => {
    const adapter: ProviderAdapter = { id: 'fake', kind: 'test', listModels: async () => [], generate: async () => ({ text: '', usage: { inputTokens: 5, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 5, reasoningTokens: 0, estimated: false }, finishReason: 'stop', httpStatus: 200, requestId: null }) };
    expect((await new Model(model('fake/m'), adapter).generate(request)).costUsd).toBeNull();
  });
});
