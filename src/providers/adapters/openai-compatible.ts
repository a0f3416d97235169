import { z } from 'zod';
import type { ChatMessage, ModelInfo, Usage } from '../../core/index.js';
import { classifyStatus, parseEventJson, parseWire, requestIdOf, send, transportError } from '../http/http.js';
import { ProviderCallError } from '../http/provider-error.js';
import { parseRateLimitHeaders } from '../http/rate-limit-headers.js';
import { readSse } from '../http/sse.js';
import type { GenerateRequest, GenerateResponse, ProviderAdapter } from '../types.js';
import { type HttpAdapterOptions, withDeclared } from './adapter-options.js';
import { listOpenAiCompatible, type ListingStyle } from './openai-listing.js';

export interface OpenAiCompatibleOptions extends HttpAdapterOptions {
  /** How the provider lists its models; `none` lists only the declared models. */
  listing: ListingStyle | 'none';
  /** The listing's own base URL when it is not the chat base URL (Ollama's native API, Workers AI's search). */
  listingBaseUrl?: string;
  /** OpenAI's reasoning models take `max_completion_tokens`; most compatible servers only know `max_tokens`. */
  maxTokensField?: 'max_tokens' | 'max_completion_tokens';
  /** A listing that answers 404 means "no listing here": list the declared models only (gateways). */
  listingOptional?: boolean;
}

const usageSchema = z.object({
  prompt_tokens: z.number().nonnegative().optional().nullable(),
  completion_tokens: z.number().nonnegative().optional().nullable(),
  prompt_tokens_details: z.object({ cached_tokens: z.number().optional().nullable(), cache_write_tokens: z.number().optional().nullable() }).partial().optional().nullable(),
  completion_tokens_details: z.object({ reasoning_tokens: z.number().optional().nullable() }).partial().optional().nullable(),
  // DeepSeek reports its context cache this way.
  prompt_cache_hit_tokens: z.number().optional().nullable(),
});

const chunkSchema = z.object({
  id: z.string().optional(),
  choices: z.array(z.object({
    delta: z.object({ content: z.string().optional().nullable(), reasoning_content: z.string().optional().nullable(), reasoning: z.string().optional().nullable() }).partial().optional().nullable(),
    finish_reason: z.string().optional().nullable(),
  })).optional().nullable(),
  usage: usageSchema.optional().nullable(),
  error: z.object({ message: z.string().optional(), type: z.string().optional().nullable(), code: z.union([z.string(), z.number()]).optional().nullable() }).optional(),
});

/**
 * Normalises chat-completions usage: `prompt_tokens` includes cached reads (and cache writes where reported), and
 * `completion_tokens` includes reasoning tokens (OpenAI's documented accounting, which DeepSeek, OpenRouter and the
 * compatible servers follow).
 */
export function normaliseOpenAiUsage(usage: z.infer<typeof usageSchema>): Usage {
  const prompt = usage.prompt_tokens ?? 0;
  const cached = usage.prompt_tokens_details?.cached_tokens ?? usage.prompt_cache_hit_tokens ?? 0;
  const written = usage.prompt_tokens_details?.cache_write_tokens ?? 0;
  const output = usage.completion_tokens ?? 0;
  return {
    inputTokens: Math.max(0, prompt - cached - written),
    cachedInputTokens: cached,
    cacheWriteTokens: written,
    outputTokens: output,
    reasoningTokens: Math.min(output, usage.completion_tokens_details?.reasoning_tokens ?? 0),
    estimated: false,
  };
}

function wireMessages(messages: readonly ChatMessage[]) {
  return messages.map((message) => ({ role: message.role, content: message.content }));
}

/** A stream error chunk (`{"error": {...}}` after a 200) classified like the HTTP status it names. */
function streamError(provider: string, error: NonNullable<z.infer<typeof chunkSchema>['error']>, requestId: string | null): ProviderCallError {
  const status = typeof error.code === 'number' ? error.code : /rate.?limit/i.test(`${error.type ?? ''} ${error.code ?? ''}`) ? 429 : 500;
  const kind = classifyStatus(status, { ...(error.message ? { message: error.message } : {}), ...(error.type ? { type: error.type } : {}), ...(typeof error.code === 'string' ? { code: error.code } : {}) });
  return new ProviderCallError(`${provider}: the stream reported an error after it started: ${error.message ?? error.type ?? 'unknown error'}`, { provider, kind, status: 200, requestId });
}

/**
 * The OpenAI chat-completions wire family: OpenAI, Groq, Mistral, DeepSeek, Together, Fireworks, xAI, OpenRouter,
 * Cloudflare (Workers AI and the AI Gateway `compat` endpoint), Ollama, vLLM, llama.cpp and LM Studio. Streams with
 * `stream_options.include_usage` so the final chunk carries the usage.
 */
export class OpenAiCompatibleAdapter implements ProviderAdapter {
  readonly kind = 'openai-compatible';
  readonly id: string;

  constructor(private readonly options: OpenAiCompatibleOptions) {
    this.id = options.id;
  }

  async listModels(signal?: AbortSignal): Promise<ModelInfo[]> {
    if (this.options.listing === 'none') return withDeclared(this.id, [], this.options.declaredModels);
    const http = this.options.listingBaseUrl ? { ...this.options.http, baseUrl: this.options.listingBaseUrl } : this.options.http;
    try {
      const listed = await listOpenAiCompatible({ provider: this.id, style: this.options.listing, http }, signal);
      return withDeclared(this.id, listed, this.options.declaredModels);
    } catch (error) {
      if (this.options.listingOptional && error instanceof ProviderCallError && error.kind === 'not_found') return withDeclared(this.id, [], this.options.declaredModels);
      throw error;
    }
  }

  async generate(model: string, request: GenerateRequest): Promise<GenerateResponse> {
    const { http } = this.options;
    const response = await send(http, '/chat/completions', {
      body: {
        model,
        messages: wireMessages(request.messages),
        temperature: request.temperature,
        [this.options.maxTokensField ?? 'max_tokens']: request.maxOutputTokens,
        stream: true,
        stream_options: { include_usage: true },
        ...this.options.extraBody,
      },
      ...(this.options.generationHeaders ? { headers: this.options.generationHeaders } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    const requestId = requestIdOf(response.headers);
    let text = '';
    let reasoning = '';
    let finishReason: string | null = null;
    let usage: Usage | null = null;
    let done = false;
    let responseId: string | null = null;
    if (!response.body) throw new ProviderCallError(`${this.id}: the answer has no body.`, { provider: this.id, kind: 'stream_cut', status: response.status, requestId });
    try {
      for await (const event of readSse(response.body)) {
        if (event.data.trim() === '[DONE]') {
          done = true;
          break;
        }
        const chunk = parseWire(this.id, parseEventJson(this.id, event.data, 'chat-completions', requestId), chunkSchema, 'a chat-completions stream chunk', requestId, 200);
        if (chunk.error) throw streamError(this.id, chunk.error, requestId);
        responseId ??= chunk.id ?? null;
        for (const choice of chunk.choices ?? []) {
          const delta = choice.delta;
          const thought = delta?.reasoning_content ?? delta?.reasoning;
          if (thought) {
            reasoning += thought;
            request.onDelta?.({ reasoning: thought });
          }
          if (delta?.content) {
            text += delta.content;
            request.onDelta?.({ text: delta.content });
          }
          if (choice.finish_reason) finishReason = choice.finish_reason;
        }
        if (chunk.usage) usage = normaliseOpenAiUsage(chunk.usage);
      }
    } catch (error) {
      throw transportError(this.id, error, request.signal, 'reading', requestId);
    }
    // Servers that omit `[DONE]` still end a complete answer with a finish reason.
    if (!done && finishReason === null) {
      throw new ProviderCallError(`${this.id}: the stream ended before the answer was complete (no finish_reason, no [DONE]).`, { provider: this.id, kind: 'stream_cut', status: response.status, requestId });
    }
    return {
      text,
      ...(reasoning ? { reasoning } : {}),
      usage,
      finishReason: finishReason ?? 'stop',
      httpStatus: response.status,
      requestId: requestId ?? responseId,
      rateLimit: parseRateLimitHeaders(response.headers, http.now()),
    };
  }
}
