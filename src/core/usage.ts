import type { ModelPrice } from './model.js';

/** Token usage of one model call, normalised across providers. */
export interface Usage {
  /** Input tokens billed at the full input price (excludes cached reads and cache writes). */
  inputTokens: number;
  cachedInputTokens: number;
  cacheWriteTokens: number;
  /** Output tokens including reasoning tokens. */
  outputTokens: number;
  reasoningTokens: number;
  /** True when the provider reported no usage and the numbers are estimates. */
  estimated: boolean;
}

export const ZERO_USAGE: Usage = Object.freeze({
  inputTokens: 0,
  cachedInputTokens: 0,
  cacheWriteTokens: 0,
  outputTokens: 0,
  reasoningTokens: 0,
  estimated: false,
});

/**
 * The cost in USD of one call, or null when no price is known (unknown cost is never 0).
 * Cached reads and cache writes fall back to the input price when the price has no specific figure; reasoning tokens
 * (part of the output tokens) cost as output unless the price has a reasoning figure.
 */
export function callCost(usage: Usage, price: ModelPrice | undefined): number | null {
  if (!price) return null;
  const perToken = (perMTok: number) => perMTok / 1_000_000;
  // Output tokens include reasoning tokens; only a price with its own reasoning figure bills them apart.
  const reasoningAtOwnPrice = price.reasoningPerMTok === undefined ? 0 : Math.min(usage.reasoningTokens, usage.outputTokens);
  const cost =
    usage.inputTokens * perToken(price.inputPerMTok) +
    usage.cachedInputTokens * perToken(price.cachedInputPerMTok ?? price.inputPerMTok) +
    usage.cacheWriteTokens * perToken(price.cacheWritePerMTok ?? price.inputPerMTok) +
    (usage.outputTokens - reasoningAtOwnPrice) * perToken(price.outputPerMTok) +
    reasoningAtOwnPrice * perToken(price.reasoningPerMTok ?? price.outputPerMTok);
  return Number(cost.toFixed(10));
}
