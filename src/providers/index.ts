export * from './types.js';
export * from './baseline.js';
export * from './registry.js';
export * from './model.js';
export * from './glob.js';
export * from './presets.js';
export { ProviderCallError, isProviderCallError, PROVIDER_FATAL, PROVIDER_ERROR_CODES, type ProviderFailureKind } from './http/provider-error.js';
export type { RateLimits } from './policy/rate-limiter.js';
export type { PolicyTimer } from './policy/timing.js';
