import { createRandom } from './random.js';

/** A point estimate with a confidence interval. */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

export interface BootstrapOptions {
  /** Number of resamples (≥ 1,000 for reported intervals). */
  resamples: number;
  seed: number;
  /** Two-sided confidence level, default 0.95. */
  confidence?: number;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The q-quantile (0..1) of sorted values with linear interpolation (Hyndman–Fan type 7, as R and numpy). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

export function quantile(values: readonly number[], q: number): number {
  return quantileSorted([...values].sort((a, b) => a - b), q);
}

/**
 * Percentile bootstrap interval of the mean of stratified samples: each resample draws, within every stratum,
 * as many items with replacement as the stratum has, and the statistic is the mean of the strata means.
 * With one stratum this is the plain bootstrap of the mean. Strata are the scenarios when an overall score is
 * the mean over scenarios, so each resample keeps the scenario mix of the run.
 */
export function stratifiedBootstrap(strata: readonly (readonly number[])[], options: BootstrapOptions): Interval {
  const groups = strata.filter((group) => group.length > 0);
  if (groups.length === 0) return { estimate: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  const estimate = mean(groups.map((group) => mean(group)));
  const random = createRandom(options.seed);
  const statistics = new Float64Array(options.resamples);
  for (let resample = 0; resample < options.resamples; resample++) {
    let sumOfMeans = 0;
    for (const group of groups) {
      let sum = 0;
      for (let draw = 0; draw < group.length; draw++) sum += group[random.int(0, group.length - 1)] as number;
      sumOfMeans += sum / group.length;
    }
    statistics[resample] = sumOfMeans / groups.length;
  }
  const sorted = Array.from(statistics).sort((a, b) => a - b);
  const alpha = 1 - (options.confidence ?? 0.95);
  return { estimate, lower: quantileSorted(sorted, alpha / 2), upper: quantileSorted(sorted, 1 - alpha / 2) };
}

/** Plain percentile bootstrap interval of the mean. */
export function bootstrapMean(values: readonly number[], options: BootstrapOptions): Interval {
  return stratifiedBootstrap([values], options);
}

/**
 * Statistical rank of SPEC.md §5: 1 + the number of models whose lower bound is above this model's upper bound.
 * Models whose intervals overlap share a rank.
 */
export function statisticalRanks<Id>(entries: ReadonlyArray<{ id: Id; interval: Interval }>): Map<Id, number> {
  const ranks = new Map<Id, number>();
  for (const entry of entries) {
    const better = entries.filter((other) => other.interval.lower > entry.interval.upper).length;
    ranks.set(entry.id, 1 + better);
  }
  return ranks;
}
