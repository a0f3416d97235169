import type { ModelCapabilities, ModelInfo, ModelPrice } from '../../core/index.js';
import type { HttpSettings } from '../http/http.js';

/** What every HTTP adapter is built from (the presets fill it in from the config). */
export interface HttpAdapterOptions {
  /** The provider part of model ids, e.g. `openai`, `groq`, `my-vllm`. */
  id: string;
  displayName: string;
  http: HttpSettings;
  /** Models named in the config, listed even when the provider's listing leaves them out or has no listing. */
  declaredModels?: readonly string[];
  /** Extra JSON merged into every generation request body (provider-specific switches). */
  extraBody?: Readonly<Record<string, unknown>>;
  /** Extra headers on generation requests only (e.g. a gateway's cache bypass). */
  generationHeaders?: Readonly<Record<string, string>>;
}

/** Default capabilities of a chat model listed without capability data. */
export const CHAT_CAPABILITIES: ModelCapabilities = Object.freeze({ chat: true, code: true, functionCalling: false, reasoning: false });

/** Builds a discovered model's info; figures given here come from the provider's listing. */
export function listedModel(
  provider: string,
  name: string,
  fields: {
    displayName?: string;
    capabilities?: Partial<ModelCapabilities>;
    contextWindow?: number | undefined;
    maxOutputTokens?: number | undefined;
    price?: Omit<ModelPrice, 'source'> | undefined;
    releaseDate?: string | undefined;
  } = {},
): ModelInfo {
  const hasContext = fields.contextWindow !== undefined && Number.isFinite(fields.contextWindow) && fields.contextWindow > 0;
  const hasMaxOutput = fields.maxOutputTokens !== undefined && Number.isFinite(fields.maxOutputTokens) && fields.maxOutputTokens > 0;
  return {
    id: `${provider}/${name}`,
    provider,
    name,
    displayName: fields.displayName ?? name,
    capabilities: { ...CHAT_CAPABILITIES, ...fields.capabilities },
    ...(hasContext ? { contextWindow: Math.round(fields.contextWindow as number) } : {}),
    ...(hasMaxOutput ? { maxOutputTokens: Math.round(fields.maxOutputTokens as number) } : {}),
    ...(hasContext || hasMaxOutput ? { contextSource: 'listing' } : {}),
    ...(fields.price ? { price: { ...fields.price, source: 'listing' } } : {}),
    ...(fields.releaseDate && /^\d{4}-\d{2}-\d{2}$/.test(fields.releaseDate) ? { releaseDate: fields.releaseDate } : {}),
    baseline: false,
  };
}

/** Adds the config's declared models that the listing did not have. */
export function withDeclared(provider: string, listed: ModelInfo[], declared: readonly string[] | undefined): ModelInfo[] {
  const names = new Set(listed.map((model) => model.name));
  return [...listed, ...(declared ?? []).filter((name) => !names.has(name)).map((name) => listedModel(provider, name))];
}
