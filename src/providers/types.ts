import type { ChatMessage, ModelInfo, Usage } from '../core/index.js';
import type { RateLimitSnapshot } from './http/rate-limit-headers.js';

/** One request to a model. Adapters translate it to their wire format; they add no policy of their own. */
export interface GenerateRequest {
  messages: ChatMessage[];
  temperature: number;
  maxOutputTokens: number;
  /** The task being answered, for offline baselines that answer from the bank; HTTP adapters ignore it. */
  taskId?: string;
  /** Called with each streamed text or reasoning delta; the facade uses it to measure time to first token. */
  onDelta?: (delta: { text?: string; reasoning?: string }) => void;
  signal?: AbortSignal;
}

/** What an adapter returns for one completed call (one HTTP attempt for HTTP adapters). */
export interface GenerateResponse {
  text: string;
  /** Reasoning text when the provider streams it (thinking blocks, reasoning deltas); not part of the answer. */
  reasoning?: string;
  /** As the provider reported it, normalised; null when it reported none (the facade then estimates and flags it). */
  usage: Usage | null;
  finishReason: string;
  httpStatus: number | null;
  requestId: string | null;
  /** What the response's rate-limit headers said, for the facade's adaptive limiter. */
  rateLimit?: RateLimitSnapshot | null;
}

/**
 * One provider: lists its models and answers requests for one of them. Adapters translate the wire format only;
 * retries, rate limits, timing and cost live once in the Model facade.
 */
export interface ProviderAdapter {
  /** The provider part of model ids, e.g. `openai`, `baseline`. */
  readonly id: string;
  /** The wire family, e.g. `openai-compatible`, `anthropic`, `gemini`, `baseline`. */
  readonly kind: string;
  listModels(signal?: AbortSignal): Promise<ModelInfo[]>;
  generate(model: string, request: GenerateRequest): Promise<GenerateResponse>;
}
