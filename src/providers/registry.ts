import type { ModelInfo } from '../core/index.js';
import { AibaasError } from '../core/index.js';
import { matchesAny } from './glob.js';
import type { ProviderAdapter } from './types.js';

export interface DiscoveryFilter {
  /** Keep only models matching one of these globs (empty: keep all). */
  include: readonly string[];
  exclude: readonly string[];
  /** Models with a known context window below this are skipped (default filter of SPEC.md §1). */
  minContextWindow: number;
}

export interface DiscoveryFailure {
  provider: string;
  error: Error;
}

export interface DiscoveryResult {
  /** Every model each provider listed, before filtering (stored as seen). */
  listed: Map<string, ModelInfo[]>;
  /** The models that pass the filter, in provider then id order. */
  models: ModelInfo[];
  failures: DiscoveryFailure[];
}

/** Whether a model passes the default filter (chat-capable, large enough context) and the globs. */
export function passesFilter(model: ModelInfo, filter: DiscoveryFilter): boolean {
  if (!model.capabilities.chat) return false;
  if (model.contextWindow !== undefined && model.contextWindow < filter.minContextWindow) return false;
  if (filter.include.length > 0 && !matchesAny(model.id, filter.include)) return false;
  return !matchesAny(model.id, filter.exclude);
}

/** The configured providers, keyed by the provider part of `provider/model` ids. */
export class ProviderRegistry {
  private readonly adapters = new Map<string, ProviderAdapter>();

  constructor(adapters: readonly ProviderAdapter[]) {
    for (const adapter of adapters) {
      if (this.adapters.has(adapter.id)) throw new Error(`Provider "${adapter.id}" is registered twice.`);
      this.adapters.set(adapter.id, adapter);
    }
  }

  providerIds(): string[] {
    return [...this.adapters.keys()];
  }

  get(providerId: string): ProviderAdapter {
    const adapter = this.adapters.get(providerId);
    if (!adapter) {
      throw new AibaasError('PROVIDER_UNKNOWN', `No provider "${providerId}" is configured.`, {
        fix: `Use one of the configured providers (${this.providerIds().join(', ')}), or configure "${providerId}" (see README.md).`,
      });
    }
    return adapter;
  }

  /**
   * Lists every provider's models; a provider that fails is reported and skipped, the others go on. `enrich` fills
   * in what a listing lacks (prices and context windows from the catalogue) before the filter sees the models.
   */
  async discover(filter: DiscoveryFilter, signal?: AbortSignal, enrich: (model: ModelInfo) => ModelInfo = (model) => model): Promise<DiscoveryResult> {
    const listed = new Map<string, ModelInfo[]>();
    const failures: DiscoveryFailure[] = [];
    await Promise.all(
      [...this.adapters.values()].map(async (adapter) => {
        try {
          listed.set(adapter.id, (await adapter.listModels(signal)).map(enrich));
        } catch (error) {
          failures.push({ provider: adapter.id, error: error instanceof Error ? error : new Error(String(error)) });
        }
      }),
    );
    const models = [...listed.values()]
      .flat()
      .filter((model) => passesFilter(model, filter))
      .sort((a, b) => a.id.localeCompare(b.id));
    return { listed, models, failures };
  }
}
