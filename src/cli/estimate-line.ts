import type { RunEstimate } from '../core/index.js';
import { formatUsd } from './format.js';

/** One line for the start of a run: the projected cost and, when set, the cap. */
export function estimateLine(estimate: RunEstimate, maxCostUsd: number | undefined): string {
  const unpriced = estimate.unpriced.length > 0 ? ` + ${estimate.unpriced.length} models of unknown price` : '';
  const cap = maxCostUsd === undefined ? '' : `; budget cap $${maxCostUsd}${estimate.pricedUsd > maxCostUsd ? ' (the run will likely stop at it)' : ''}`;
  return `estimated cost: ${formatUsd(estimate.pricedUsd)}${unpriced} (at most ${formatUsd(estimate.worstCaseUsd)} if every answer used the whole output cap)${cap}`;
}

/** One line for the projected cost of the judges, when they are on. */
export function judgingEstimateLine(estimate: { calls: number; pricedUsd: number; unpriced: string[] }): string {
  const unpriced = estimate.unpriced.length > 0 ? ` + ${estimate.unpriced.length} judge models of unknown price` : '';
  return `estimated judging: ${estimate.calls} judge calls, ${formatUsd(estimate.pricedUsd)}${unpriced} (not counted by the budget cap)`;
}
