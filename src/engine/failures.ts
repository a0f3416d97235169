import { isProviderCallError, PROVIDER_FATAL, type ProviderFailureKind } from '../providers/index.js';

/**
 * Whether a failed call says the provider cannot be used at all now (a rejected key, no credit): no retry helps,
 * and the failure is the account's, not the model's, so the run stops with the provider's message.
 */
export function isProviderFatal(error: unknown): boolean {
  const kind = typeof error === 'object' && error !== null && 'kind' in error ? (error as { kind: unknown }).kind : undefined;
  if (typeof kind === 'string' && PROVIDER_FATAL.has(kind as ProviderFailureKind)) return true;
  return isProviderCallError(error) && PROVIDER_FATAL.has(error.kind);
}
