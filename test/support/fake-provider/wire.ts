/**
 * Types and helpers shared by the fake provider's three wire families (see server.ts for the overview).
 */

export type Family = 'openai' | 'anthropic' | 'gemini';

export interface FakeModel {
  id: string;
  family: Family;
  contextWindow?: number;
  maxOutput?: number;
  displayName?: string;
  /** OpenRouter/Together style listing prices (USD per token strings for openrouter-style), optional */
  pricing?: { prompt: string; completion: string; input_cache_read?: string };
}

/** One chat message as the fake understands it: roles normalised to system / user / assistant (or tool). */
export interface Message {
  role: string;
  content: string;
}

/** A generation request after the family's parser read it. */
export interface ParsedGenerate {
  model: string;
  stream: boolean;
  messages: Message[];
  /** max_tokens / max_completion_tokens / maxOutputTokens, when given. */
  maxTokens?: number;
  /** OpenAI `stream_options.include_usage`; always true for the families that always report usage. */
  includeUsage: boolean;
  /** Whether the request lets the model reason (Anthropic: `thinking` enabled; Gemini: thinkingBudget not 0). */
  reasoningAllowed: boolean;
  /** Whether reasoning text is sent (Gemini: only with `thinkingConfig.includeThoughts`). */
  showReasoning: boolean;
  /** Gemini `:streamGenerateContent` without `alt=sse`: a streamed JSON array instead of SSE. */
  jsonArray?: boolean;
}

/** Token counts of one answer, before each family's accounting. */
export interface WireUsage {
  /** Every prompt token, cached ones included. */
  input: number;
  cached: number;
  cacheWrite: number;
  /** Answer text tokens (no reasoning). */
  text: number;
  reasoning: number;
}

export interface Answer {
  id: string;
  model: string;
  /** Epoch seconds. */
  created: number;
  text: string;
  /** '' when the answer has no reasoning. */
  reasoning: string;
  showReasoning: boolean;
  finish: 'stop' | 'length';
  /** null: report no usage (the missing-usage fault). */
  usage: WireUsage | null;
  chunkSize: number;
}

/** One event of a streamed answer. `delta` marks the content chunks the stream faults count. */
export interface StreamEvent {
  phase: 'pre' | 'body' | 'post';
  delta?: boolean;
  event?: string;
  data: string;
  /** False for `[DONE]`: never the one a malformed-json fault breaks. */
  json: boolean;
}

/** A complete JSON reply (errors, listings, non-stream answers). */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** An HTTP error to send in a family's shape. */
export interface StatusSpec {
  status: number;
  retryAfterSeconds?: number;
  retryAfterMs?: number;
  errorType?: string;
  errorCode?: string;
  message?: string;
}

/** What the sliding-window limiter says after deciding one request. */
export interface RateSnapshot {
  limit: number;
  remaining: number;
  /** Until the window is empty again (the budget fully replenished). */
  resetMs: number;
  /** Until the next request would be accepted (0 when one would be now). */
  retryMs: number;
  now: number;
}

export interface KeyPolicy {
  required: boolean;
  /** When set, the only key accepted. */
  key?: string;
}

/** One family's wire format. */
export interface FamilyWire {
  readonly family: Family;
  /** Line end of its SSE streams (Gemini sends CRLF). */
  readonly eol: string;
  /** A status error in the family's shape (faults, validation, auth). */
  error(spec: StatusSpec, model?: string): Reply;
  /** Null when the request may go on; otherwise the family's 401/403/400 for a missing or wrong key. */
  auth(headers: Readonly<Record<string, string>>, query: URLSearchParams, policy: KeyPolicy): Reply | null;
  /** The family's own request-id header(s). */
  idHeaders(n: number): Record<string, string>;
  /** Rate-limit headers for a generation response ({} when the real API sends none). */
  rateHeaders(snapshot: RateSnapshot): Record<string, string>;
  /** The limiter's 429. */
  rateLimited(snapshot: RateSnapshot, model: string): Reply;
  /** The spend-limit error as this provider reports it. */
  quota(): StatusSpec;
  /** The HTTP error a non-stream request gets for an `error-event` fault. */
  midStreamFailure(): StatusSpec;
  /** Whether the request body lets the model reason (for usageFor). */
  reasoningAllowed(body: unknown): boolean;
  message(answer: Answer): unknown;
  events(answer: Answer, includeUsage: boolean): StreamEvent[];
  streamError(): Omit<StreamEvent, 'phase'>;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits text into pieces of `size` characters (at least one piece, possibly empty, is never returned for ''). */
export function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(size));
  for (let i = 0; i < text.length; i += step) out.push(text.slice(i, i + step));
  return out;
}

export const tokens = (characters: number): number => Math.ceil(characters / 4);

export function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** OpenAI's reset durations: `20ms`, `1.5s`, `6m0s`. */
export function openAiDuration(ms: number): string {
  const whole = Math.max(0, Math.ceil(ms));
  if (whole < 1000) return `${whole}ms`;
  if (whole < 60_000) return `${Number((whole / 1000).toFixed(3))}s`;
  const minutes = Math.floor(whole / 60_000);
  return `${minutes}m${Number(((whole - minutes * 60_000) / 1000).toFixed(3))}s`;
}

/** An RFC 3339 time in whole seconds, rounded up (Anthropic's reset headers). */
export function rfc3339(epochMs: number): string {
  return new Date(Math.ceil(epochMs / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
