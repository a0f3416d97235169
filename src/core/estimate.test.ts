import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPECTED_OUTPUT_TOKENS, estimateJudging, estimateRun, JUDGE_REPLY_TOKENS, JUDGE_RUBRIC_TOKENS } from './estimate.js';
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

describe('estimateJudging', () => {
  it('prices each judged result once per panel seat and once for the self-review', () => {
    const tasks = [task('a', 'security'), task('b', 'security')];
    const judge = model('j/judge', { inputPerMTok: 2, outputPerMTok: 10, source: 't' });
    const answering = model('p/coder', { inputPerMTok: 1, outputPerMTok: 1, source: 't' });
    // 2 tasks × 2 repeats × share 0.5 = 2 judged results; 2 seats + self-review = 3 judges.
    const estimate = estimateJudging({ models: [answering], tasks, repeat: 2, seats: [judge, judge], selfReview: true, share: 0.5 });
    expect(estimate.calls).toBe(6);
    const input = (estimateTokens(tasks[0]!.prompt) + DEFAULT_EXPECTED_OUTPUT_TOKENS.security + JUDGE_RUBRIC_TOKENS) * 2;
    const perJudge = (price: { inputPerMTok: number; outputPerMTok: number }) => (input * price.inputPerMTok + JUDGE_REPLY_TOKENS * 2 * price.outputPerMTok) / 1e6;
    expect(estimate.pricedUsd).toBeCloseTo(2 * perJudge({ inputPerMTok: 2, outputPerMTok: 10 }) + perJudge({ inputPerMTok: 1, outputPerMTok: 1 }), 12);
    expect(estimate.unpriced).toEqual([]);
  });

  it('names judges of unknown price and never self-reviews a baseline', () => {
    const baseline = { ...model('baseline/oracle'), baseline: true };
    const estimate = estimateJudging({ models: [baseline], tasks: [task('a', 'documentation')], repeat: 1, seats: [model('j/unpriced')], selfReview: true, share: 1 });
    expect(estimate).toEqual({ calls: 1, pricedUsd: 0, unpriced: ['j/unpriced'] });
  });
});
