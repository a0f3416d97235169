/** The price catalogue, LiteLLM conversion, catalogue refresh, user overrides and the price resolver (docs/prices.md). */
export {
  catalogueSchema,
  GATEWAY_PROVIDERS,
  gatewayCatalogueKey,
  loadCatalogue,
  lookupCatalogue,
  parseCatalogue,
  type CatalogueEntry,
  type PriceCatalogue,
} from './catalogue.js';
export { fromLiteLlm, isLiteLlmFormat, LITELLM_PROVIDERS, perMillionTokens } from './litellm.js';
export { DEFAULT_PRICES_URL, updateCatalogue, type UpdateOptions, type UpdateSummary } from './update.js';
export { loadPriceOverrides, lookupOverride, parsePriceOverrides, type PriceOverride, type PriceOverrideEntry, type PriceOverrides } from './overrides.js';
export { createPriceResolver, type PriceResolverOptions } from './resolve.js';
