import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPECTED_OUTPUT_TOKENS, estimateRun } from './estimate.js';
import type { ModelInfo } from './model.js';
import { buildPrompt, estimateTokens } from './prompt.js';
import type { Task } from './task.js';

const task = (id: string, scenario: Task['scenario']): Task => ({
  id, language: 'python', scenario, difficulty: 'easy', title: id, description: 'd', prompt: `Write ${id}. ${'x'.repeat(400)}`,
  solutionFile: 'solution.py', reference: 'x = 1\n', tests: [{ name: 'test_solution.py', content: '' }], tags: [],
  source: 'original', author: 'a', createdAt: '2026-11-28', visibility: 'public', path: 'p',
});
const model = (id: string, price?: ModelInfo['price']): ModelInfo => ({
  id, provider: id.split('/')[0] as string, name: id, displayName: id, capabilities: { chat: true, code: true, functionCalling: false, reasoning: false }, baseline: false, ...(price ? { price } : {}),
});

describe('estimateRun', () => {
  const tasks = [task('a', 'code-generation'), task('b', 'test-generation')];
  const promptTokens = tasks.reduce((sum, entry) => sum + estimateTokens(buildPrompt(entry).map((message) => message.content).join('\n')), 0);

  it('prices every model over the prompts and the scenario expectations, times the repeats', () => {
    const estimate = estimateRun({ models: [model('p/cheap', { inputPerMTok: 1, outputPerMTok: 2, source: 't' }), model('p/unknown')], tasks, repeat: 3, maxOutputTokens: 4096 });
    const output = DEFAULT_EXPECTED_OUTPUT_TOKENS['code-generation'] + DEFAULT_EXPECTED_OUTPUT_TOKENS['test-generation'];
    expect(estimate.models[0]).toEqual({ modelId: 'p/cheap', calls: 6, inputTokens: promptTokens * 3, outputTokens: output * 3, costUsd: (promptTokens * 3 * 1 + output * 3 * 2) / 1e6, priceSource: 't' });
    expect(estimate.models[1]?.costUsd).toBeNull();
    expect(estimate.unpriced).toEqual(['p/unknown']);
    expect(estimate.calls).toBe(12);
    expect(estimate.pricedUsd).toBeCloseTo(estimate.models[0]?.costUsd as number, 12);
    expect(estimate.worstCaseUsd).toBeCloseTo((promptTokens * 3 + 2 * 4096 * 3 * 2) / 1e6, 12);
  });

  it('caps the expectation at the output cap and takes the configured expectations', () => {
    const estimate = estimateRun({ models: [model('p/m', { inputPerMTok: 0, outputPerMTok: 1, source: 't' })], tasks, repeat: 1, maxOutputTokens: 500, expectedOutputTokens: { 'code-generation': 100 } });
    expect(estimate.models[0]?.outputTokens).toBe(100 + 500);
  });
});
