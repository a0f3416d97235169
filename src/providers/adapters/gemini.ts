import { z } from 'zod';
import type { ModelInfo, Usage } from '../../core/index.js';
import { classifyStatus, parseEventJson, parseWire, type RequestOptions, readJson, requestIdOf, send, transportError } from '../http/http.js';
import { type ProviderFailureKind, ProviderCallError } from '../http/provider-error.js';
import { parseRateLimitHeaders } from '../http/rate-limit-headers.js';
import { readSse } from '../http/sse.js';
import type { GenerateRequest, GenerateResponse, ProviderAdapter } from '../types.js';
import { type HttpAdapterOptions, listedModel, withDeclared } from './adapter-options.js';

const tokenCount = z.number().nonnegative().nullish();

const listedModelSchema = z.object({
  name: z.string().min(1),
  displayName: z.string().nullish(),
  inputTokenLimit: tokenCount,
  outputTokenLimit: tokenCount,
  supportedGenerationMethods: z.array(z.string()).nullish(),
  thinking: z.boolean().nullish(),
});
type ListedModel = z.infer<typeof listedModelSchema>;

const listingPage = z.object({
  models: z.array(listedModelSchema).nullish(),
  nextPageToken: z.string().nullish(),
});

const usageSchema = z.object({
  promptTokenCount: tokenCount,
  cachedContentTokenCount: tokenCount,
  candidatesTokenCount: tokenCount,
  thoughtsTokenCount: tokenCount,
});
type WireUsage = z.infer<typeof usageSchema>;

const wireError = z.object({ code: z.number().nullish(), message: z.string().nullish(), status: z.string().nullish() });
type WireError = z.infer<typeof wireError>;

const chunkSchema = z.object({
  candidates: z.array(z.object({
    content: z.object({ parts: z.array(z.object({ text: z.string().nullish(), thought: z.boolean().nullish() })).nullish() }).nullish(),
    finishReason: z.string().nullish(),
  })).nullish(),
  promptFeedback: z.object({ blockReason: z.string().nullish() }).nullish(),
  usageMetadata: usageSchema.nullish(),
  responseId: z.string().nullish(),
  error: wireError.nullish(),
});

type GeminiChunk = z.infer<typeof chunkSchema>;

/** How Google's canonical error statuses map onto failure kinds when they arrive inside a 200 stream. */
const STATUS_KINDS: Readonly<Record<string, ProviderFailureKind>> = {
  RESOURCE_EXHAUSTED: 'rate_limited',
  UNAVAILABLE: 'overloaded',
  INTERNAL: 'server',
  DEADLINE_EXCEEDED: 'timeout',
  UNAUTHENTICATED: 'auth',
  PERMISSION_DENIED: 'auth',
  NOT_FOUND: 'not_found',
};

/** Gemini answers a bad key with 400 INVALID_ARGUMENT (reason API_KEY_INVALID), not 401. */
const INVALID_KEY = /API[_ ]key not valid|API_KEY_INVALID/i;

const MAX_PAGES = 100;

/**
 * Normalises Gemini usage per Google's accounting: `promptTokenCount` includes `cachedContentTokenCount`, and
 * `candidatesTokenCount` excludes `thoughtsTokenCount`.
 */
export function normaliseGeminiUsage(usage: WireUsage): Usage {
  const cached = usage.cachedContentTokenCount ?? 0;
  const thoughts = usage.thoughtsTokenCount ?? 0;
  return {
    inputTokens: Math.max(0, (usage.promptTokenCount ?? 0) - cached),
    cachedInputTokens: cached,
    cacheWriteTokens: 0,
    outputTokens: (usage.candidatesTokenCount ?? 0) + thoughts,
    reasoningTokens: thoughts,
    estimated: false,
  };
}

/** The generateContent body: system messages joined into `systemInstruction`, assistant turns as `model`. */
export function geminiRequestBody(request: GenerateRequest, extraBody?: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const system = request.messages.filter((message) => message.role === 'system').map((message) => message.content).join('\n\n');
  const contents = request.messages
    .filter((message) => message.role !== 'system')
    .map((message) => ({ role: message.role === 'assistant' ? 'model' : 'user', parts: [{ text: message.content }] }));
  const { generationConfig: extraConfig, ...extra } = extraBody ?? {};
  return {
    contents,
    ...(system ? { systemInstruction: { parts: [{ text: system }] } } : {}),
    // Extra generation settings (e.g. thinkingConfig) join the request's own rather than replacing them.
    generationConfig: { temperature: request.temperature, maxOutputTokens: request.maxOutputTokens, ...(typeof extraConfig === 'object' && extraConfig !== null ? extraConfig : {}) },
    ...extra,
  };
}

/** A `{"error": {...}}` chunk sent after the 200, classified by its canonical status. */
function streamError(provider: string, error: WireError, requestId: string | null): ProviderCallError {
  const status = error.status ?? undefined;
  const message = error.message ?? undefined;
  // The canonical status decides; only an error without one is classified by its HTTP-style code.
  const kind = status ? (STATUS_KINDS[status] ?? 'bad_request') : error.code ? classifyStatus(error.code, message ? { message } : {}) : 'bad_request';
  return new ProviderCallError(`${provider}: the stream reported an error after it started: ${status ?? error.code ?? 'error'}${message ? `: ${message}` : ''}`, {
    provider, kind, status: 200, requestId,
  });
}

/**
 * Google's Gemini API (`/models`, `:streamGenerateContent?alt=sse`). The preset puts `x-goog-api-key` into the HTTP
 * headers; the base URL includes the API version (`…/v1beta`).
 */
export class GeminiAdapter implements ProviderAdapter {
  readonly kind = 'gemini';
  readonly id: string;

  constructor(private readonly options: HttpAdapterOptions) {
    this.id = options.id;
  }

  async listModels(signal?: AbortSignal): Promise<ModelInfo[]> {
    const models: ModelInfo[] = [];
    const seen = new Set<string>();
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const response = await this.send('/models', { query: { pageSize: 1000, pageToken }, ...(signal ? { signal } : {}) });
      const body = await readJson(this.options.http, response, listingPage, 'the model listing', signal);
      models.push(...(body.models ?? []).map((model) => this.toModelInfo(model)));
      const next = body.nextPageToken || undefined;
      if (!next) return withDeclared(this.id, models, this.options.declaredModels);
      if (seen.has(next)) {
        throw new ProviderCallError(`${this.id}: the model listing repeats the page token ${JSON.stringify(next)}.`, { provider: this.id, kind: 'malformed', status: response.status, requestId: requestIdOf(response.headers) });
      }
      seen.add(next);
      pageToken = next;
    }
    throw new ProviderCallError(`${this.id}: the model listing did not end after ${MAX_PAGES} pages.`, { provider: this.id, kind: 'malformed' });
  }

  async generate(model: string, request: GenerateRequest): Promise<GenerateResponse> {
    const name = encodeURIComponent(model.replace(/^models\//, ''));
    const response = await this.send(`/models/${name}:streamGenerateContent`, {
      query: { alt: 'sse' },
      body: geminiRequestBody(request, this.options.extraBody),
      ...(this.options.generationHeaders ? { headers: this.options.generationHeaders } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    const headerRequestId = requestIdOf(response.headers);
    if (!response.body) throw new ProviderCallError(`${this.id}: the answer has no body.`, { provider: this.id, kind: 'stream_cut', status: response.status, requestId: headerRequestId });
    let text = '';
    let reasoning = '';
    let finishReason: string | null = null;
    let usage: WireUsage | null = null;
    let responseId: string | null = null;
    try {
      for await (const event of readSse(response.body)) {
        const requestId: string | null = headerRequestId ?? responseId;
        const chunk: GeminiChunk = parseWire(this.id, parseEventJson(this.id, event.data, 'streamGenerateContent', requestId), chunkSchema, 'a streamGenerateContent chunk', requestId, 200);
        if (chunk.error) throw streamError(this.id, chunk.error, requestId);
        responseId ??= chunk.responseId ?? null;
        const candidate = chunk.candidates?.[0];
        for (const part of candidate?.content?.parts ?? []) {
          if (!part.text) continue;
          if (part.thought) {
            reasoning += part.text;
            request.onDelta?.({ reasoning: part.text });
          } else {
            text += part.text;
            request.onDelta?.({ text: part.text });
          }
        }
        if (candidate?.finishReason) finishReason = candidate.finishReason;
        const blocked = chunk.promptFeedback?.blockReason;
        if (blocked && !candidate) finishReason = `blocked:${blocked}`;
        if (chunk.usageMetadata) usage = chunk.usageMetadata;
      }
    } catch (error) {
      throw transportError(this.id, error, request.signal, 'reading', headerRequestId ?? responseId);
    }
    const requestId = headerRequestId ?? responseId;
    if (finishReason === null) {
      throw new ProviderCallError(`${this.id}: the stream ended before any chunk carried a finishReason.`, { provider: this.id, kind: 'stream_cut', status: response.status, requestId });
    }
    return {
      text,
      ...(reasoning ? { reasoning } : {}),
      usage: usage ? normaliseGeminiUsage(usage) : null,
      finishReason,
      httpStatus: response.status,
      requestId,
      rateLimit: parseRateLimitHeaders(response.headers, this.options.http.now()),
    };
  }

  /**
   * `send`, with two Gemini statuses classified as the stream's error chunks are: a 400 for a bad API key is `auth`
   * (trying again cannot help) and 503 UNAVAILABLE ("the model is overloaded") is `overloaded`.
   */
  private async send(path: string, options: RequestOptions): Promise<Response> {
    try {
      return await send(this.options.http, path, options);
    } catch (error) {
      if (!(error instanceof ProviderCallError)) throw error;
      const kind = error.kind === 'bad_request' && INVALID_KEY.test(error.message) ? 'auth' : error.kind === 'server' && error.status === 503 && /UNAVAILABLE|overloaded/i.test(error.message) ? 'overloaded' : error.kind;
      if (kind === error.kind) throw error;
      throw new ProviderCallError(error.message, { provider: error.provider, kind, status: error.status, requestId: error.requestId, retryAfterMs: error.retryAfterMs, rateLimit: error.rateLimit, cause: error });
    }
  }

  private toModelInfo(model: ListedModel): ModelInfo {
    const chat = model.supportedGenerationMethods?.includes('generateContent') ?? false;
    const name = model.name.replace(/^models\//, '');
    return listedModel(this.id, name, {
      displayName: model.displayName ?? name,
      capabilities: { chat, code: chat, reasoning: model.thinking === true },
      contextWindow: model.inputTokenLimit ?? undefined,
      maxOutputTokens: model.outputTokenLimit ?? undefined,
    });
  }
}
