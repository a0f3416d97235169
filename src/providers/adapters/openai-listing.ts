import { z } from 'zod';
import type { ModelCapabilities, ModelInfo, ModelPrice } from '../../core/index.js';
import { type HttpSettings, readJson, send } from '../http/http.js';
import { ProviderCallError } from '../http/provider-error.js';
import { listedModel } from './adapter-options.js';

/**
 * How an OpenAI-compatible provider lists its models:
 * - `openai`: `GET /models` → `{data: [...]}` or a bare array (Together), reading the extra fields the compatible
 *   servers add — OpenRouter (`context_length`, per-token `pricing`, `supported_parameters`), Together (`type`,
 *   `context_length`, per-1M `pricing`), Groq (`context_window`, `active`), Mistral (`max_context_length`,
 *   `capabilities`), vLLM (`max_model_len`), llama.cpp (`meta.n_ctx_train`); pages with `has_more` / `last_id`.
 * - `xai`: `GET /language-models`, with prices in US cents per 100 million tokens.
 * - `workers-ai`: Cloudflare's `GET /models/search?task=Text Generation` (paged), with context and price properties.
 * - `ollama`: `GET /api/tags` on the Ollama host, then `POST /api/show` per model for its context length.
 */
export type ListingStyle = 'openai' | 'xai' | 'workers-ai' | 'ollama';

export interface ListingOptions {
  provider: string;
  style: ListingStyle;
  http: HttpSettings;
}

const NOT_CHAT = /embed|whisper|tts|dall-e|moderation|davinci|babbage|transcri|image|audio|realtime|rerank|sora|guard/i;

const numberLike = z.union([z.number(), z.string()]).optional().nullable();
const num = (value: unknown): number | undefined => {
  const parsed = typeof value === 'string' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
};

const openAiModel = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  display_name: z.string().optional(),
  created: z.number().optional().nullable(),
  type: z.string().optional(),
  active: z.boolean().optional(),
  context_length: numberLike,
  context_window: numberLike,
  max_context_length: numberLike,
  max_model_len: numberLike,
  meta: z.object({ n_ctx_train: numberLike }).partial().optional().nullable(),
  top_provider: z.object({ max_completion_tokens: numberLike, context_length: numberLike }).partial().optional().nullable(),
  pricing: z.record(z.string(), z.unknown()).optional().nullable(),
  supported_parameters: z.array(z.string()).optional().nullable(),
  architecture: z.object({ output_modalities: z.array(z.string()).optional(), modality: z.string().optional() }).partial().optional().nullable(),
  capabilities: z.object({ completion_chat: z.boolean().optional(), function_calling: z.boolean().optional() }).partial().optional().nullable(),
});
type OpenAiModel = z.infer<typeof openAiModel>;
const openAiPage = z.union([
  z.array(openAiModel),
  z.object({ data: z.array(openAiModel), has_more: z.boolean().optional(), last_id: z.string().optional().nullable() }),
]);

/** OpenRouter prices are USD per token as strings; Together's are USD per 1M tokens as numbers. */
function listingPrice(pricing: Record<string, unknown> | null | undefined): Omit<ModelPrice, 'source'> | undefined {
  if (!pricing) return undefined;
  if ('prompt' in pricing || 'completion' in pricing) {
    const input = num(pricing.prompt);
    const output = num(pricing.completion);
    if (input === undefined || output === undefined) return undefined;
    const perM = (value: number) => Number((value * 1_000_000).toPrecision(12));
    const cached = num(pricing.input_cache_read);
    const write = num(pricing.input_cache_write);
    const reasoning = num(pricing.internal_reasoning);
    return {
      inputPerMTok: perM(input),
      outputPerMTok: perM(output),
      ...(cached ? { cachedInputPerMTok: perM(cached) } : {}),
      ...(write ? { cacheWritePerMTok: perM(write) } : {}),
      ...(reasoning ? { reasoningPerMTok: perM(reasoning) } : {}),
    };
  }
  const input = num(pricing.input);
  const output = num(pricing.output);
  if (input === undefined || output === undefined || (input === 0 && output === 0)) return undefined;
  const cached = num(pricing.cached_input);
  return { inputPerMTok: input, outputPerMTok: output, ...(cached ? { cachedInputPerMTok: cached } : {}) };
}

function capabilitiesOf(model: OpenAiModel): Partial<ModelCapabilities> {
  const parameters = model.supported_parameters ?? undefined;
  const outputs = model.architecture?.output_modalities;
  let chat = !NOT_CHAT.test(model.id);
  if (model.type !== undefined) chat = model.type === 'chat' || model.type === 'language' || model.type === 'code';
  if (model.capabilities?.completion_chat !== undefined) chat = model.capabilities.completion_chat;
  if (outputs) chat = chat && outputs.includes('text');
  if (model.active === false) chat = false;
  return {
    chat,
    functionCalling: model.capabilities?.function_calling ?? parameters?.includes('tools') ?? false,
    reasoning: parameters?.includes('reasoning') ?? parameters?.includes('include_reasoning') ?? /(^|[/-])(o\d|r1|reason|think|gpt-5)/i.test(model.id),
  };
}

function fromOpenAi(provider: string, model: OpenAiModel): ModelInfo {
  const context = num(model.context_length) ?? num(model.context_window) ?? num(model.max_context_length) ?? num(model.max_model_len) ?? num(model.meta?.n_ctx_train) ?? num(model.top_provider?.context_length);
  return listedModel(provider, model.id, {
    displayName: model.name ?? model.display_name ?? model.id,
    capabilities: capabilitiesOf(model),
    contextWindow: context,
    maxOutputTokens: num(model.top_provider?.max_completion_tokens),
    price: listingPrice(model.pricing),
    ...(model.created ? { releaseDate: new Date(model.created * 1000).toISOString().slice(0, 10) } : {}),
  });
}

const MAX_PAGES = 100;

async function listOpenAi(options: ListingOptions, signal?: AbortSignal): Promise<ModelInfo[]> {
  const models: ModelInfo[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await send(options.http, '/models', { query: { after }, ...(signal ? { signal } : {}) });
    const body = await readJson(options.http, response, openAiPage, 'the model listing', signal);
    const data = Array.isArray(body) ? body : body.data;
    models.push(...data.map((model) => fromOpenAi(options.provider, model)));
    if (Array.isArray(body) || !body.has_more) return models;
    const next = body.last_id ?? data[data.length - 1]?.id;
    if (!next || next === after) {
      throw new ProviderCallError(`${options.provider}: the model listing says has_more but gives no new last_id.`, { provider: options.provider, kind: 'malformed' });
    }
    after = next;
  }
  return models;
}

const xaiListing = z.object({
  models: z.array(z.object({
    id: z.string().min(1),
    prompt_text_token_price: numberLike,
    completion_text_token_price: numberLike,
    cached_prompt_text_token_price: numberLike,
    output_modalities: z.array(z.string()).optional(),
  })),
});

async function listXai(options: ListingOptions, signal?: AbortSignal): Promise<ModelInfo[]> {
  const response = await send(options.http, '/language-models', signal ? { signal } : {});
  const body = await readJson(options.http, response, xaiListing, 'the language-model listing', signal);
  // xAI lists prices in US cents per 100 million tokens: 20000 → $2.00 per 1M.
  const perM = (cents: number | undefined) => (cents === undefined ? undefined : Number((cents / 10_000).toPrecision(12)));
  return body.models.map((model) => {
    const input = perM(num(model.prompt_text_token_price));
    const output = perM(num(model.completion_text_token_price));
    const cached = perM(num(model.cached_prompt_text_token_price));
    return listedModel(options.provider, model.id, {
      capabilities: { chat: model.output_modalities ? model.output_modalities.includes('text') : true, reasoning: /reason|mini|grok-4/i.test(model.id) },
      price: input !== undefined && output !== undefined ? { inputPerMTok: input, outputPerMTok: output, ...(cached ? { cachedInputPerMTok: cached } : {}) } : undefined,
    });
  });
}

const workersProperty = z.object({ property_id: z.string(), value: z.unknown() });
const workersPage = z.object({
  result: z.array(z.object({ name: z.string().min(1), description: z.string().optional(), task: z.object({ name: z.string() }).partial().optional(), properties: z.array(workersProperty).optional() })),
  result_info: z.object({ page: z.number().optional(), per_page: z.number().optional(), total_count: z.number().optional(), count: z.number().optional() }).partial().optional(),
});

function workersPrice(properties: readonly z.infer<typeof workersProperty>[]): Omit<ModelPrice, 'source'> | undefined {
  const price = properties.find((property) => property.property_id === 'price')?.value;
  if (!Array.isArray(price)) return undefined;
  const find = (word: string) => num((price as { unit?: string; price?: unknown }[]).find((entry) => entry.unit?.includes(`${word} tokens`) && entry.unit.includes('M'))?.price);
  const input = find('input');
  const output = find('output');
  return input !== undefined && output !== undefined ? { inputPerMTok: input, outputPerMTok: output } : undefined;
}

async function listWorkersAi(options: ListingOptions, signal?: AbortSignal): Promise<ModelInfo[]> {
  const models: ModelInfo[] = [];
  const perPage = 100;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await send(options.http, '/models/search', { query: { task: 'Text Generation', page, per_page: perPage }, ...(signal ? { signal } : {}) });
    const body = await readJson(options.http, response, workersPage, 'the Workers AI model search', signal);
    for (const model of body.result) {
      const properties = model.properties ?? [];
      const context = num(properties.find((property) => property.property_id === 'context_window')?.value);
      models.push(listedModel(options.provider, model.name, {
        capabilities: { chat: true, functionCalling: properties.some((property) => property.property_id === 'function_calling' && String(property.value) === 'true'), reasoning: properties.some((property) => property.property_id === 'reasoning' && String(property.value) === 'true') },
        contextWindow: context,
        price: workersPrice(properties),
      }));
    }
    const total = body.result_info?.total_count;
    if (body.result.length < perPage || (total !== undefined && page * perPage >= total)) break;
  }
  return models;
}

const ollamaTags = z.object({ models: z.array(z.object({ name: z.string().min(1), model: z.string().optional() })) });
const ollamaShow = z.object({ model_info: z.record(z.string(), z.unknown()).optional(), capabilities: z.array(z.string()).optional() });

async function listOllama(options: ListingOptions, signal?: AbortSignal): Promise<ModelInfo[]> {
  const response = await send(options.http, '/api/tags', signal ? { signal } : {});
  const tags = await readJson(options.http, response, ollamaTags, 'the Ollama model list', signal);
  return Promise.all(tags.models.map(async (tag) => {
    const shown = await readJson(options.http, await send(options.http, '/api/show', { body: { model: tag.name }, ...(signal ? { signal } : {}) }), ollamaShow, `the details of ${tag.name}`, signal);
    const contextKey = Object.keys(shown.model_info ?? {}).find((key) => key.endsWith('.context_length'));
    const capabilities = shown.capabilities;
    return listedModel(options.provider, tag.name, {
      capabilities: { chat: capabilities ? capabilities.includes('completion') : !NOT_CHAT.test(tag.name), functionCalling: capabilities?.includes('tools') ?? false, reasoning: capabilities?.includes('thinking') ?? false },
      contextWindow: contextKey ? num(shown.model_info?.[contextKey]) : undefined,
    });
  }));
}

/** Lists the models of an OpenAI-compatible provider in its style. */
export function listOpenAiCompatible(options: ListingOptions, signal?: AbortSignal): Promise<ModelInfo[]> {
  switch (options.style) {
    case 'xai':
      return listXai(options, signal);
    case 'workers-ai':
      return listWorkersAi(options, signal);
    case 'ollama':
      return listOllama(options, signal);
    default:
      return listOpenAi(options, signal);
  }
}
