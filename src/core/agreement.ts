/**
 * Agreement between raters (judges, staff, the automated grader): pure statistics over 0..10 scores.
 */

/**
 * Krippendorff's alpha with the interval metric (squared differences).
 *
 * Each unit is one rated item (a result) with the value given by each rater, `null` where that rater gave none.
 * Units with fewer than two values cannot be paired and are ignored. Returns null when fewer than two pairable
 * values remain or when the expected disagreement is zero (every pairable value is the same: alpha is undefined).
 *
 * alpha = 1 − D_o / D_e, where D_o = (1/n) Σ_u Σ_{i≠j in u} (v_i − v_j)² / (m_u − 1) and
 * D_e = Σ_{i≠j over all n pairable values} (v_i − v_j)² / (n (n − 1)).
 */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[]): number | null {
  const pairable = units
    .map((unit) => unit.filter((value): value is number => value !== null && Number.isFinite(value)))
    .filter((values) => values.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  if (n < 2) return null;

  // Σ_{i≠j} (v_i − v_j)² over ordered pairs = 2 (m Σv² − (Σv)²): linear time instead of quadratic.
  const orderedPairSquares = (values: readonly number[]): number => {
    const sum = values.reduce((total, value) => total + value, 0);
    const squares = values.reduce((total, value) => total + value * value, 0);
    return Math.max(0, 2 * (values.length * squares - sum * sum));
  };

  const observed = pairable.reduce((total, values) => total + orderedPairSquares(values) / (values.length - 1), 0) / n;
  const expected = orderedPairSquares(all) / (n * (n - 1));
  if (!(expected > 1e-12)) return null;
  return 1 - observed / expected;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function checkPaired(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new RangeError(`paired samples differ in length (${xs.length} vs ${ys.length})`);
}

/** Pearson's correlation of paired samples; null when there are fewer than 2 pairs or either side has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  checkPaired(xs, ys);
  const n = xs.length;
  if (n < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Relative tolerance: constant samples can leave rounding noise in the sums of squares.
  const scale = Math.max(1, ...xs.map(Math.abs), ...ys.map(Math.abs)) ** 2 * n * 1e-12;
  if (sxx <= scale || syy <= scale) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** The mean of |x − y| over paired samples; null when there are no pairs. */
export function meanAbsoluteDifference(xs: readonly number[], ys: readonly number[]): number | null {
  checkPaired(xs, ys);
  if (xs.length === 0) return null;
  return mean(xs.map((x, i) => Math.abs(x - (ys[i] as number))));
}

/** The mean of x − y over paired samples (positive: x scores higher); null when there are no pairs. */
export function meanDifference(xs: readonly number[], ys: readonly number[]): number | null {
  checkPaired(xs, ys);
  if (xs.length === 0) return null;
  return mean(xs.map((x, i) => x - (ys[i] as number)));
}
