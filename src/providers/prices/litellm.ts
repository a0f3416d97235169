import type { CatalogueEntry } from './catalogue.js';

/**
 * LiteLLM's `litellm_provider` names → our provider ids. Entries of any other provider (Bedrock, Vertex, Azure, …)
 * are skipped: their prices belong to another vendor's bill.
 */
export const LITELLM_PROVIDERS: Readonly<Record<string, string>> = Object.freeze({
  openai: 'openai',
  anthropic: 'anthropic',
  gemini: 'google',
  deepseek: 'deepseek',
  mistral: 'mistral',
  groq: 'groq',
  xai: 'xai',
  together_ai: 'together',
  fireworks_ai: 'fireworks',
  openrouter: 'openrouter',
});

/** The fields AIBaaS reads from one model of LiteLLM's list (USD per token; every field may be missing). */
interface LiteLlmEntry {
  input_cost_per_token?: unknown;
  output_cost_per_token?: unknown;
  cache_read_input_token_cost?: unknown;
  cache_creation_input_token_cost?: unknown;
  output_cost_per_reasoning_token?: unknown;
  max_input_tokens?: unknown;
  max_output_tokens?: unknown;
  max_tokens?: unknown;
  litellm_provider?: unknown;
  mode?: unknown;
}

const cost = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);

/** USD per token → USD per million tokens, without binary noise (2.4999999999999996 → 2.5). */
export function perMillionTokens(perToken: number): number {
  return Number((perToken * 1_000_000).toPrecision(10));
}

/** Whether decoded JSON looks like LiteLLM's `model_prices_and_context_window.json` rather than our catalogue. */
export function isLiteLlmFormat(json: unknown): json is Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || 'version' in json) return false;
  return Object.values(json).some((value) => typeof value === 'object' && value !== null && 'litellm_provider' in value);
}

/** `gemini/gemini-2.5-pro` → `gemini-2.5-pro`: drops LiteLLM's provider prefix (or ours), keeps any other path. */
function modelName(key: string, litellmProvider: string, provider: string): string {
  for (const prefix of [`${litellmProvider}/`, `${provider}/`]) {
    if (key.startsWith(prefix) && key.length > prefix.length) return key.slice(prefix.length);
  }
  return key;
}

/**
 * Converts LiteLLM's public price list (keyed by model, often prefixed by provider, prices in USD per token) into
 * catalogue entries: `chat` models of the providers in LITELLM_PROVIDERS with both an input and an output price.
 * `sample_spec`, other modes and other providers are skipped; the first of two keys naming the same model wins.
 */
export function fromLiteLlm(json: Record<string, unknown>): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of Object.entries(json)) {
    if (key === 'sample_spec' || typeof raw !== 'object' || raw === null) continue;
    const entry = raw as LiteLlmEntry;
    if (entry.mode !== 'chat' || typeof entry.litellm_provider !== 'string') continue;
    const provider = LITELLM_PROVIDERS[entry.litellm_provider];
    const input = cost(entry.input_cost_per_token);
    const output = cost(entry.output_cost_per_token);
    if (!provider || input === undefined || output === undefined) continue;
    const model = modelName(key, entry.litellm_provider, provider);
    const identity = `${provider}/${model}`.toLowerCase();
    if (seen.has(identity)) continue;
    seen.add(identity);
    const cached = cost(entry.cache_read_input_token_cost);
    const cacheWrite = cost(entry.cache_creation_input_token_cost);
    const reasoning = cost(entry.output_cost_per_reasoning_token);
    const contextWindow = count(entry.max_input_tokens);
    const maxOutputTokens = count(entry.max_output_tokens) ?? count(entry.max_tokens);
    entries.push({
      provider,
      model,
      match: 'exact',
      inputPerMTok: perMillionTokens(input),
      outputPerMTok: perMillionTokens(output),
      ...(cached !== undefined ? { cachedInputPerMTok: perMillionTokens(cached) } : {}),
      ...(cacheWrite !== undefined ? { cacheWritePerMTok: perMillionTokens(cacheWrite) } : {}),
      ...(reasoning !== undefined ? { reasoningPerMTok: perMillionTokens(reasoning) } : {}),
      ...(contextWindow !== undefined ? { contextWindow } : {}),
      ...(maxOutputTokens !== undefined ? { maxOutputTokens } : {}),
    });
  }
  return entries;
}
