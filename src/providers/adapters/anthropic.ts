import { z } from 'zod';
import type { ChatMessage, ModelInfo, Usage } from '../../core/index.js';
import type { SseEvent } from '../http/sse.js';
import { classifyStatus, parseEventJson, parseWire, readJson, requestIdOf, send, transportError } from '../http/http.js';
import { ProviderCallError } from '../http/provider-error.js';
import { parseRateLimitHeaders } from '../http/rate-limit-headers.js';
import { readSse } from '../http/sse.js';
import type { GenerateRequest, GenerateResponse, ProviderAdapter } from '../types.js';
import { type HttpAdapterOptions, listedModel, withDeclared } from './adapter-options.js';

const tokenCount = z.number().nonnegative().nullish();

const listedModelSchema = z.object({
  id: z.string().min(1),
  display_name: z.string().nullish(),
  created_at: z.string().nullish(),
  max_input_tokens: tokenCount,
  max_tokens: tokenCount,
  // Newer listings describe capabilities; an unexpected shape is ignored rather than failing the listing.
  capabilities: z.object({ thinking: z.object({ supported: z.boolean().nullish() }).nullish() }).nullish().catch(undefined),
});
type ListedModel = z.infer<typeof listedModelSchema>;

const listingPage = z.object({
  data: z.array(listedModelSchema),
  has_more: z.boolean().nullish(),
  last_id: z.string().nullish(),
});

const usageSchema = z.object({
  input_tokens: tokenCount,
  output_tokens: tokenCount,
  cache_creation_input_tokens: tokenCount,
  cache_read_input_tokens: tokenCount,
});
type WireUsage = z.infer<typeof usageSchema>;

const messageStart = z.object({ message: z.object({ usage: usageSchema.nullish() }) });
const contentBlockStart = z.object({ content_block: z.object({ type: z.string(), text: z.string().nullish(), thinking: z.string().nullish() }) });
const contentBlockDelta = z.object({ delta: z.object({ type: z.string(), text: z.string().nullish(), thinking: z.string().nullish() }) });
const messageDelta = z.object({ delta: z.object({ stop_reason: z.string().nullish() }).nullish(), usage: usageSchema.nullish() });
const errorEvent = z.object({ error: z.object({ type: z.string().nullish(), message: z.string().nullish() }) });

/** Models with extended thinking: Claude 3.7 and every Claude 4 or later (`claude-sonnet-4-5`, `claude-opus-5`, `claude-4-opus`…). */
const THINKING_MODEL = /^claude-(?:3-7-|(?:opus|sonnet|haiku)-(?:[4-9]|[1-9]\d)(?:-|$)|(?:[4-9]|[1-9]\d)(?:-\d+)?-(?:opus|sonnet|haiku))/;

/** The HTTP status Anthropic documents for each error type, to classify an error event sent after the 200. */
const ERROR_STATUS: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

const MAX_PAGES = 100;

/** Whether a Claude model supports extended thinking, by the listing's capabilities or else by its name. */
export function anthropicSupportsThinking(model: Pick<ListedModel, 'id' | 'capabilities'>): boolean {
  return model.capabilities?.thinking?.supported ?? THINKING_MODEL.test(model.id);
}

/**
 * Normalises Anthropic usage: `input_tokens` already excludes cache reads and cache writes, and `output_tokens`
 * includes thinking (Anthropic reports no separate thinking count, so reasoning stays 0).
 */
export function normaliseAnthropicUsage(usage: WireUsage): Usage {
  return {
    inputTokens: usage.input_tokens ?? 0,
    cachedInputTokens: usage.cache_read_input_tokens ?? 0,
    cacheWriteTokens: usage.cache_creation_input_tokens ?? 0,
    outputTokens: usage.output_tokens ?? 0,
    reasoningTokens: 0,
    estimated: false,
  };
}

/** The Messages API body: system messages joined into `system`, the rest as user/assistant turns. */
export function anthropicRequestBody(model: string, request: GenerateRequest, extraBody?: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const system = request.messages.filter((message) => message.role === 'system').map((message) => message.content).join('\n\n');
  const turns = request.messages.filter((message): message is ChatMessage & { role: 'user' | 'assistant' } => message.role !== 'system');
  return {
    model,
    max_tokens: request.maxOutputTokens,
    temperature: request.temperature,
    stream: true,
    ...(system ? { system } : {}),
    messages: turns.map((message) => ({ role: message.role, content: message.content })),
    ...extraBody,
  };
}

/** Collects one Messages stream: text, thinking, usage and the stop reason, event by event. */
class MessageStream {
  text = '';
  reasoning = '';
  stopReason: string | null = null;
  finished = false;
  private usage: WireUsage | null = null;

  constructor(
    private readonly provider: string,
    private readonly requestId: string | null,
    private readonly onDelta: GenerateRequest['onDelta'],
  ) {}

  /** Handles one event; unknown event types are ignored, as Anthropic's versioning policy allows new ones. */
  accept(event: SseEvent): void {
    const json = parseEventJson(this.provider, event.data, 'Messages', this.requestId);
    const dataType = typeof json === 'object' && json !== null && typeof (json as { type?: unknown }).type === 'string' ? (json as { type: string }).type : undefined;
    switch (dataType ?? event.event) {
      case 'message_start':
        this.addUsage(this.parse(json, messageStart, 'message_start').message.usage);
        return;
      case 'content_block_start': {
        const block = this.parse(json, contentBlockStart, 'content_block_start').content_block;
        if (block.type === 'text') this.addText(block.text);
        else if (block.type === 'thinking') this.addReasoning(block.thinking);
        return;
      }
      case 'content_block_delta': {
        const delta = this.parse(json, contentBlockDelta, 'content_block_delta').delta;
        if (delta.type === 'text_delta') this.addText(delta.text);
        else if (delta.type === 'thinking_delta') this.addReasoning(delta.thinking);
        return;
      }
      case 'message_delta': {
        const message = this.parse(json, messageDelta, 'message_delta');
        if (message.delta?.stop_reason) this.stopReason = message.delta.stop_reason;
        this.addUsage(message.usage);
        return;
      }
      case 'message_stop':
        this.finished = true;
        return;
      case 'error':
        throw this.streamError(this.parse(json, errorEvent, 'error').error);
      default:
        return;
    }
  }

  /** The normalised usage, or null when no event carried any. */
  normalisedUsage(): Usage | null {
    return this.usage ? normaliseAnthropicUsage(this.usage) : null;
  }

  private parse<T>(json: unknown, schema: z.ZodType<T>, type: string): T {
    return parseWire(this.provider, json, schema, `a ${type} stream event`, this.requestId, 200);
  }

  /** Later figures replace earlier ones: `output_tokens` in message_delta is cumulative. */
  private addUsage(usage: WireUsage | null | undefined): void {
    if (!usage) return;
    const defined = Object.fromEntries(Object.entries(usage).filter(([, value]) => value !== null && value !== undefined));
    this.usage = { ...this.usage, ...defined };
  }

  private addText(text: string | null | undefined): void {
    if (!text) return;
    this.text += text;
    this.onDelta?.({ text });
  }

  private addReasoning(reasoning: string | null | undefined): void {
    if (!reasoning) return;
    this.reasoning += reasoning;
    this.onDelta?.({ reasoning });
  }

  private streamError(error: z.infer<typeof errorEvent>['error']): ProviderCallError {
    const type = error.type ?? undefined;
    const message = error.message ?? undefined;
    const kind = classifyStatus(ERROR_STATUS[type ?? ''] ?? 400, { ...(type ? { type } : {}), ...(message ? { message } : {}) });
    return new ProviderCallError(`${this.provider}: the stream reported an error after it started: ${type ?? 'error'}${message ? `: ${message}` : ''}`, {
      provider: this.provider, kind, status: 200, requestId: this.requestId,
    });
  }
}

/**
 * Anthropic's Messages API (`/v1/models`, `/v1/messages`), streamed. The preset puts `x-api-key` and
 * `anthropic-version` into the HTTP headers; the base URL has no `/v1`.
 */
export class AnthropicAdapter implements ProviderAdapter {
  readonly kind = 'anthropic';
  readonly id: string;

  constructor(private readonly options: HttpAdapterOptions) {
    this.id = options.id;
  }

  async listModels(signal?: AbortSignal): Promise<ModelInfo[]> {
    const { http } = this.options;
    const models: ModelInfo[] = [];
    const seen = new Set<string>();
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const response = await send(http, '/v1/models', { query: { limit: 1000, after_id: after }, ...(signal ? { signal } : {}) });
      const body = await readJson(http, response, listingPage, 'the model listing', signal);
      models.push(...body.data.map((model) => this.toModelInfo(model)));
      if (!body.has_more) return withDeclared(this.id, models, this.options.declaredModels);
      const next = body.last_id ?? body.data[body.data.length - 1]?.id;
      if (!next || seen.has(next)) {
        throw new ProviderCallError(`${this.id}: the model listing says has_more but gives no new last_id.`, { provider: this.id, kind: 'malformed', status: response.status, requestId: requestIdOf(response.headers) });
      }
      seen.add(next);
      after = next;
    }
    throw new ProviderCallError(`${this.id}: the model listing did not end after ${MAX_PAGES} pages.`, { provider: this.id, kind: 'malformed' });
  }

  async generate(model: string, request: GenerateRequest): Promise<GenerateResponse> {
    const { http } = this.options;
    const response = await send(http, '/v1/messages', {
      body: anthropicRequestBody(model, request, this.options.extraBody),
      ...(this.options.generationHeaders ? { headers: this.options.generationHeaders } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    const requestId = requestIdOf(response.headers);
    if (!response.body) throw new ProviderCallError(`${this.id}: the answer has no body.`, { provider: this.id, kind: 'stream_cut', status: response.status, requestId });
    const stream = new MessageStream(this.id, requestId, request.onDelta);
    try {
      for await (const event of readSse(response.body)) {
        stream.accept(event);
        if (stream.finished) break;
      }
    } catch (error) {
      throw transportError(this.id, error, request.signal, 'reading', requestId);
    }
    if (!stream.finished) {
      throw new ProviderCallError(`${this.id}: the stream ended before message_stop.`, { provider: this.id, kind: 'stream_cut', status: response.status, requestId });
    }
    return {
      text: stream.text,
      ...(stream.reasoning ? { reasoning: stream.reasoning } : {}),
      usage: stream.normalisedUsage(),
      finishReason: stream.stopReason ?? 'unknown',
      httpStatus: response.status,
      requestId,
      rateLimit: parseRateLimitHeaders(response.headers, http.now()),
    };
  }

  private toModelInfo(model: ListedModel): ModelInfo {
    return listedModel(this.id, model.id, {
      displayName: model.display_name ?? model.id,
      releaseDate: model.created_at?.slice(0, 10),
      capabilities: { chat: true, code: true, functionCalling: true, reasoning: anthropicSupportsThinking(model) },
      contextWindow: model.max_input_tokens ?? undefined,
      maxOutputTokens: model.max_tokens ?? undefined,
    });
  }
}
