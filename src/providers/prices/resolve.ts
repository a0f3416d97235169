import type { ModelInfo, ModelPrice } from '../../core/index.js';
import { type CatalogueEntry, gatewayCatalogueKey, lookupCatalogue, type PriceCatalogue } from './catalogue.js';
import { lookupOverride, type PriceOverride, type PriceOverrides } from './overrides.js';

export interface PriceResolverOptions {
  catalogue: PriceCatalogue;
  /** The source recorded with catalogue figures, e.g. `catalogue:2025-11-24` (`catalogue:<asOf>`). */
  catalogueSource: string;
  /** The user's price file, if configured. */
  overrides?: PriceOverrides;
}

function priceFromCatalogue(entry: CatalogueEntry, source: string): ModelPrice {
  return {
    inputPerMTok: entry.inputPerMTok,
    outputPerMTok: entry.outputPerMTok,
    ...(entry.cachedInputPerMTok !== undefined ? { cachedInputPerMTok: entry.cachedInputPerMTok } : {}),
    ...(entry.cacheWritePerMTok !== undefined ? { cacheWritePerMTok: entry.cacheWritePerMTok } : {}),
    ...(entry.reasoningPerMTok !== undefined ? { reasoningPerMTok: entry.reasoningPerMTok } : {}),
    source,
  };
}

function priceFromOverride(override: PriceOverride): ModelPrice {
  return {
    inputPerMTok: override.input,
    outputPerMTok: override.output,
    ...(override.cachedInput !== undefined ? { cachedInputPerMTok: override.cachedInput } : {}),
    ...(override.cacheWrite !== undefined ? { cacheWritePerMTok: override.cacheWrite } : {}),
    ...(override.reasoning !== undefined ? { reasoningPerMTok: override.reasoning } : {}),
    source: 'override',
  };
}

/**
 * Returns a function that fills in what a model's listing lacks, in this order: the listing's own figures (kept
 * with the source the adapter gave them), else the catalogue's (`catalogue:<asOf>`), else the user's override file
 * (`override`). The price, the context window and the max output are each filled only when missing, and an
 * existing `contextSource` is never overwritten. A model priced nowhere keeps no price: its cost is unknown, never 0.
 * Baseline models are returned unchanged.
 */
export function createPriceResolver(options: PriceResolverOptions): (info: ModelInfo) => ModelInfo {
  return (info) => {
    if (info.baseline) return info;
    const key = gatewayCatalogueKey(info.provider, info.name);
    const entry = lookupCatalogue(options.catalogue, key.provider, key.model);
    const override = lookupOverride(options.overrides, info.id);
    const enriched: ModelInfo = { ...info };
    if (!enriched.price) {
      if (entry) enriched.price = priceFromCatalogue(entry, options.catalogueSource);
      else if (override) enriched.price = priceFromOverride(override);
    }
    if (enriched.contextWindow === undefined) {
      if (entry?.contextWindow !== undefined) {
        enriched.contextWindow = entry.contextWindow;
        enriched.contextSource ??= options.catalogueSource;
      } else if (override?.contextWindow !== undefined) {
        enriched.contextWindow = override.contextWindow;
        enriched.contextSource ??= 'override';
      }
    }
    if (enriched.maxOutputTokens === undefined && entry?.maxOutputTokens !== undefined) {
      enriched.maxOutputTokens = entry.maxOutputTokens;
      enriched.contextSource ??= options.catalogueSource;
    }
    return enriched;
  };
}
