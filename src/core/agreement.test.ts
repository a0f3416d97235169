import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, meanAbsoluteDifference, meanDifference, pearson } from './agreement.js';

describe('krippendorffAlpha (interval)', () => {
  it("matches Krippendorff's reliability data example: 4 observers, 12 units, missing values (interval alpha 0.849)", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: observers A–D as rows.
    const _ = null;
    const observers = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const units = observers[0]!.map((_value, unit) => observers.map((row) => row[unit] ?? null));
    expect(krippendorffAlpha(units)).toBeCloseTo(0.849, 3);
  });

  it('is 8/11 for a small example worked by hand', () => {
    // Values 1,2 | 3,3 (n = 4). D_o = (2·1² / 1 + 0) / 4 = 0.5.
    // D_e = 2·(1 + 4 + 4 + 1 + 1 + 0) / (4·3) = 22/12. alpha = 1 − 0.5 / (22/12) = 1 − 6/22 = 8/11.
    expect(krippendorffAlpha([[1, 2], [3, 3]])).toBeCloseTo(8 / 11, 12);
  });

  it('is 1 for perfect agreement and ignores units with fewer than two ratings', () => {
    expect(krippendorffAlpha([[7, 7, 7], [2, 2, null], [9, 9], [4, null, null], [null, null, null]])).toBe(1);
  });

  it('is below 0 when raters disagree systematically more than chance', () => {
    expect(krippendorffAlpha([[0, 10], [10, 0], [0, 10]])!).toBeLessThan(0);
  });

  it('is null with fewer than two pairable values or no expected disagreement', () => {
    expect(krippendorffAlpha([])).toBeNull();
    expect(krippendorffAlpha([[5, null], [null, 6], [7]])).toBeNull();
    expect(krippendorffAlpha([[5, 5], [5, 5, 5]])).toBeNull();
  });
});

describe('pearson', () => {
  it('is r = Sxy / sqrt(Sxx Syy), computed by hand', () => {
    // xs 1,2,3 (mean 2), ys 2,4,7 (mean 13/3): Sxy = 5, Sxx = 2, Syy = 114/9.
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(5 / Math.sqrt((2 * 114) / 9), 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
  });

  it('is null with fewer than two pairs or no variance', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([3], [4])).toBeNull();
    expect(pearson([3, 3, 3], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [0.1, 0.1, 0.1])).toBeNull();
  });

  it('refuses samples of different lengths', () => {
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });
});

describe('meanAbsoluteDifference and meanDifference', () => {
  it('average |x − y| and x − y over the pairs', () => {
    expect(meanAbsoluteDifference([1, 5, 10], [2, 3, 10])).toBeCloseTo(1, 12);
    expect(meanDifference([1, 5, 10], [2, 3, 10])).toBeCloseTo(1 / 3, 12);
  });

  it('are null without pairs and refuse samples of different lengths', () => {
    expect(meanAbsoluteDifference([], [])).toBeNull();
    expect(meanDifference([], [])).toBeNull();
    expect(() => meanAbsoluteDifference([1], [])).toThrow(RangeError);
  });
});
