import { describe, expect, it } from 'vitest';
import { bootstrapMean, quantile, statisticalRanks, stratifiedBootstrap } from './statistics.js';

describe('quantile (type 7)', () => {
  it('interpolates between order statistics like R and numpy', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85, 10);
  });
});

describe('bootstrap intervals over tasks', () => {
  const values = Array.from({ length: 100 }, (_, index) => index % 10);

  it('brackets the mean with a width close to the normal approximation (±1.96·sd/√n ≈ ±0.56)', () => {
    const interval = bootstrapMean(values, { resamples: 2000, seed: 7 });
    expect(interval.estimate).toBe(4.5);
    expect(interval.lower).toBeGreaterThan(3.8);
    expect(interval.lower).toBeLessThan(4.05);
    expect(interval.upper).toBeGreaterThan(4.95);
    expect(interval.upper).toBeLessThan(5.2);
  });

  it('is reproducible from its seed and changes with it', () => {
    const a = bootstrapMean(values, { resamples: 1000, seed: 1 });
    expect(bootstrapMean(values, { resamples: 1000, seed: 1 })).toEqual(a);
    expect(bootstrapMean(values, { resamples: 1000, seed: 2 })).not.toEqual(a);
  });

  it('collapses to the value when every task scores the same', () => {
    expect(bootstrapMean([10, 10, 10], { resamples: 1000, seed: 3 })).toEqual({ estimate: 10, lower: 10, upper: 10 });
  });

  it('averages strata means for an overall score, keeping each stratum in every resample', () => {
    // Scenario means 10 and 0 with no spread inside either: every resample's overall is exactly 5.
    const interval = stratifiedBootstrap([[10, 10, 10, 10], [0]], { resamples: 1000, seed: 4 });
    expect(interval).toEqual({ estimate: 5, lower: 5, upper: 5 });
  });

  it('narrows with a lower confidence level', () => {
    const wide = bootstrapMean(values, { resamples: 2000, seed: 5 });
    const narrow = bootstrapMean(values, { resamples: 2000, seed: 5, confidence: 0.5 });
    expect(narrow.upper - narrow.lower).toBeLessThan(wide.upper - wide.lower);
  });

  it('returns NaN bounds for no data instead of inventing a score', () => {
    expect(Number.isNaN(stratifiedBootstrap([[]], { resamples: 10, seed: 1 }).estimate)).toBe(true);
  });
});

describe('statisticalRanks (1 + models whose lower bound is above my upper bound)', () => {
  it('shares a rank between overlapping models and counts only clearly better ones', () => {
    const ranks = statisticalRanks([
      { id: 'a', interval: { estimate: 8.5, lower: 8, upper: 9 } },
      { id: 'b', interval: { estimate: 8, lower: 7.5, upper: 8.5 } },
      { id: 'd', interval: { estimate: 6.8, lower: 6.5, upper: 7.2 } },
      { id: 'c', interval: { estimate: 5.5, lower: 5, upper: 6 } },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, b: 1, d: 3, c: 4 });
  });
});
