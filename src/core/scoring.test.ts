import { describe, expect, it } from 'vitest';
import { codeGenerationScore, combineComponents, finalScore } from './scoring.js';
import { callCost } from './usage.js';

describe('codeGenerationScore (compiles 30%, tests 50%, quality 20%)', () => {
  it('weights the three components: compiled, 7/10 tests, quality 0.5 → 3 + 3.5 + 2·0.5·0.7 = 7.2', () => {
    expect(codeGenerationScore({ compiled: true, testsPassed: 7, testsTotal: 10, quality: 0.5 }).score).toBe(7.2);
  });

  it('gives a compiling stub that passes no test only the compile credit', () => {
    expect(codeGenerationScore({ compiled: true, testsPassed: 0, testsTotal: 6, quality: 1 }).score).toBe(3);
  });

  it('gives full marks only for compiled code passing every test with full quality', () => {
    expect(codeGenerationScore({ compiled: true, testsPassed: 6, testsTotal: 6, quality: 1 }).score).toBe(10);
  });

  it('gives nothing to code that does not compile, whatever else was measured', () => {
    const score = codeGenerationScore({ compiled: false, testsPassed: 0, testsTotal: 6, quality: 1 });
    expect(score.score).toBe(0);
    expect(score.components.map((c) => c.value)).toEqual([0, 0, 0]);
  });

  it('renormalises over the components present when quality could not be measured', () => {
    // (0.3·1 + 0.5·0.5) / 0.8 = 0.6875
    expect(codeGenerationScore({ compiled: true, testsPassed: 5, testsTotal: 10, quality: null }).score).toBe(6.875);
  });

  it('treats a run with zero tests as zero test and quality credit', () => {
    expect(codeGenerationScore({ compiled: true, testsPassed: 0, testsTotal: 0, quality: 1 }).score).toBe(3);
  });

  it('keeps the breakdown with the score', () => {
    const score = codeGenerationScore({ compiled: true, testsPassed: 3, testsTotal: 4, quality: 1 });
    expect(score.grader).toBe('code-generation');
    expect(score.components.find((c) => c.name === 'tests')).toMatchObject({ weight: 0.5, value: 0.75, detail: '3/4 passed' });
  });

  it('scores 0 when no component is measurable', () => {
    expect(combineComponents('x', [{ name: 'a', weight: 1, value: null }]).score).toBe(0);
  });
});

describe('finalScore (SPEC.md §4 weights with renormalisation)', () => {
  it('is the automated score alone when it is the only layer', () => {
    expect(finalScore({ automated: 7.3 })).toEqual({ score: 7.3, included: ['automated'] });
  });

  it('renormalises automated 8 and staff 6 over 0.65: (3.2 + 1.5) / 0.65', () => {
    expect(finalScore({ automated: 8, staff: 6 }).score).toBeCloseTo(7.2308, 4);
  });

  it('combines all five layers with the default weights', () => {
    const result = finalScore({ automated: 8, staff: 6, users: 5, selfReview: 9, team: 7 });
    expect(result.score).toBeCloseTo(6.9, 10);
    expect(result.included).toEqual(['automated', 'staff', 'users', 'selfReview', 'team']);
  });

  it('clamps out-of-range layer scores to 0..10', () => {
    expect(finalScore({ automated: 12 }).score).toBe(10);
    expect(finalScore({ automated: -3 }).score).toBe(0);
  });

  it('follows configured weights and ignores layers weighted zero', () => {
    const weights = { automated: 1, staff: 0, users: 1, selfReview: 0, team: 0 };
    expect(finalScore({ automated: 4, staff: 10, users: 8 }, weights)).toEqual({ score: 6, included: ['automated', 'users'] });
  });
});

describe('callCost', () => {
  it('prices input, cached input and output per million tokens', () => {
    const usage = { inputTokens: 1000, cachedInputTokens: 2000, cacheWriteTokens: 0, outputTokens: 500, reasoningTokens: 0, estimated: false };
    const price = { inputPerMTok: 3, outputPerMTok: 15, cachedInputPerMTok: 0.3, source: 'test' };
    expect(callCost(usage, price)).toBeCloseTo(0.003 + 0.0006 + 0.0075, 12);
  });

  it('bills cache writes at their own price, and reasoning tokens (part of the output) at a reasoning price only when there is one', () => {
    const usage = { inputTokens: 1000, cachedInputTokens: 0, cacheWriteTokens: 4000, outputTokens: 3000, reasoningTokens: 2000, estimated: false };
    expect(callCost(usage, { inputPerMTok: 3, outputPerMTok: 15, cacheWritePerMTok: 3.75, source: 't' })).toBeCloseTo(0.003 + 0.015 + 0.045, 12);
    expect(callCost(usage, { inputPerMTok: 3, outputPerMTok: 15, cacheWritePerMTok: 3.75, reasoningPerMTok: 5, source: 't' })).toBeCloseTo(0.003 + 0.015 + 0.015 + 0.01, 12);
    expect(callCost(usage, { inputPerMTok: 3, outputPerMTok: 15, source: 't' })).toBeCloseTo(0.003 + 0.012 + 0.045, 12);
  });

  it('is null, never 0, when the price is unknown', () => {
    const usage = { inputTokens: 10, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 10, reasoningTokens: 0, estimated: false };
    expect(callCost(usage, undefined)).toBeNull();
  });
});
