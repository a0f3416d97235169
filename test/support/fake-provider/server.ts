/**
 * # Fake AI provider server
 *
 * A real `node:http` server on 127.0.0.1 (random port) that speaks three provider wire families as the real APIs
 * document them, with fault injection, for integration tests (in-process), the end-to-end CLI test (a child process
 * pointed at it through `OPENAI_BASE_URL`, `ANTHROPIC_BASE_URL`, `GEMINI_BASE_URL`) and the throughput benchmark
 * (cheap per request, keep-alive).
 *
 * ```ts
 * const fake = await startFakeProvider({ requestsPerMinute: 600 });
 * // OPENAI_BASE_URL=fake.openaiBaseUrl ANTHROPIC_BASE_URL=fake.anthropicBaseUrl GEMINI_BASE_URL=fake.geminiBaseUrl
 * fake.inject({ type: 'status', status: 529 }, { family: 'anthropic', times: 2 });
 * ...
 * await fake.close();
 * ```
 *
 * ## Endpoints
 * - OpenAI-compatible (`openaiBaseUrl` = url + `/v1`): `GET /v1/models` (all at once, OpenRouter's `name`,
 *   `context_length`, `pricing`, `top_provider` when the model has them), `GET /v1/models/<id>`,
 *   `POST /v1/chat/completions` (JSON, or SSE with `stream: true`; DeepSeek-style `reasoning_content` deltas; the
 *   usage chunk only with `stream_options.include_usage`). Header `x-request-id: req_<n>`.
 * - Anthropic (`anthropicBaseUrl` = url): `GET /v1/models?limit=&after_id=&before_id=`, `GET /v1/models/<id>`,
 *   `POST /v1/messages`. `GET /v1/models` is Anthropic's when the request has an `anthropic-version` or `x-api-key`
 *   header, OpenAI's otherwise. `anthropic-version` is required (400 without it, as the real API does); thinking
 *   blocks only when the request enables `thinking` (and its budget / temperature rules are checked). Header
 *   `request-id: req_<n>`.
 * - Gemini (`geminiBaseUrl` = url + `/v1beta`): `GET /v1beta/models?pageSize=&pageToken=`,
 *   `GET /v1beta/models/<id>`, `POST /v1beta/models/<id>:generateContent` and `:streamGenerateContent` (`?alt=sse`:
 *   SSE with CRLF line ends as Google sends them; without `alt=sse`: a streamed JSON array). Thought parts
 *   (`{"text", "thought": true}`) only with `generationConfig.thinkingConfig.includeThoughts`, but thoughts are
 *   counted in `thoughtsTokenCount` either way (`thinkingBudget: 0` turns thinking off). Every streamed chunk carries
 *   the running (cumulative) `usageMetadata`; zero counts are left out (proto3 JSON). The answer ends with a chunk
 *   holding an empty text part, `finishReason` and the final usage. No rate-limit headers (the real API sends
 *   none): a 429 carries a `google.rpc.RetryInfo` detail with `retryDelay` instead of `retry-after`.
 *
 * Listings are paged at min(the client's limit / pageSize, `options.pageSize`), default 2. Generation accepts any
 * model name unless `strictModels` is set (then unknown names get the family's 404); names containing `embed` are
 * not chat models (404). `requireKeys` makes every family check its key (`authorization: Bearer`, `x-api-key`,
 * `x-goog-api-key` or `?key=`), and `apiKey` also checks its value — the real answers to a missing or wrong key
 * differ by family (OpenAI 401, Anthropic 401, Gemini 403 without a key and 400 API_KEY_INVALID with a wrong one).
 *
 * ## Answers and usage
 * `respond(request)` gives the text (and reasoning); by default a fenced code block echoing the last user message,
 * with a reasoning text for models whose id contains `reason` or `think`. Streams send `chunkSize` characters per
 * content chunk, each with its own `res.write`. A request's `max_tokens` / `max_completion_tokens` /
 * `maxOutputTokens` cuts the answer (reasoning first) with finish reason `length` / `max_tokens` / `MAX_TOKENS`.
 * Usage is deterministic: input = ceil(characters of all message texts / 4), cached = floor(input / 2) when the
 * model id contains `cache` (else 0), cache writes 0, text = ceil(text.length / 4), reasoning =
 * ceil(reasoning.length / 4). On the wire: OpenAI `prompt_tokens` includes `cached_tokens` and `completion_tokens`
 * includes `reasoning_tokens`; Anthropic `input_tokens` excludes `cache_read_input_tokens` /
 * `cache_creation_input_tokens` and `output_tokens` includes thinking; Gemini `promptTokenCount` includes
 * `cachedContentTokenCount` and `candidatesTokenCount` excludes `thoughtsTokenCount`. `usageFor()` gives the
 * normalised view (input billed at the full price, output including reasoning).
 *
 * ## Rate limit
 * With `requestsPerMinute`, each family has a sliding 60 s window over generation requests that passed validation;
 * over it: 429 with `retry-after` (seconds until a slot frees) and the family's rate-limit headers. Every generation
 * response then carries `x-ratelimit-{limit,remaining,reset}-requests` (OpenAI; reset as `1.5s` / `1m0s`) or
 * `anthropic-ratelimit-requests-{limit,remaining,reset}` (reset as RFC 3339); Gemini none (see above).
 *
 * ## Faults
 * `inject(fault, {family, model, times})` queues a fault for the next matching generation requests (FIFO; the model
 * matches with or without its `@fault=` part). A child process can ask for faults in the model name instead
 * (grammar in faults.ts): `<model>@fault=<directive>+<directive>...`, where a directive is `<status>xN` (e.g.
 * `429x2`, `529`, `500x3`, `401`; a 429 says retry after 0 s), `quotaxN` (the provider's spend-limit error),
 * `cutxN` / `errorxN` / `malformedxN` (after 1 content chunk), `hang=MSxN`, or one of the every-request modifiers
 * `nousage`, `crlf`, `slow=MS`. N defaults to 1; counted directives take the model's requests in order, counted per
 * model name for the life of the server: `gpt-fake-mini@fault=429x2+cutx1` answers 429, 429, a cut stream, then
 * normally. A bad directive is a 400 naming the grammar. Queued faults win over name faults for the request they
 * take (the request still counts for the name). Stream
 * faults count content chunks (text or reasoning deltas): `cut-stream` destroys the socket after N of them (before
 * any terminal event even when the answer has fewer); `error-event` sends the family's in-stream error and ends;
 * `malformed-json` replaces the next event's data with its first half (not JSON) and then goes on normally, so a
 * client that skips bad lines loses text. For a non-stream request, `cut-stream` sends half the JSON and destroys
 * the socket, `malformed-json` sends a truncated body, and `error-event` becomes the family's HTTP error (OpenAI
 * 500, Anthropic 529 overloaded_error, Gemini 500 INTERNAL). `hang` sends nothing for `ms`, then answers.
 * `status` faults with a retry-after are expressed as each family does (headers; Gemini's RetryInfo detail).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { anthropicModel, anthropicWire, listAnthropic, parseAnthropic } from './anthropic.js';
import { applyFault, baseModel, emptyPlan, type Fault, FaultGrammarError, type NameFaults, nameFaultsFor, parseFaultName, type Plan, type QueuedFault, takeQueued } from './faults.js';
import { geminiModel, geminiWire, listGemini, parseGemini } from './gemini.js';
import { listOpenAi, openAiModel, openAiWire, parseOpenAi } from './openai.js';
import {
  type Answer, type FakeModel, type Family, type FamilyWire, type KeyPolicy, type Message, type ParsedGenerate, type RateSnapshot, type Reply, type StreamEvent, type WireUsage,
  tokens,
} from './wire.js';

export type { Fault } from './faults.js';
export { FAULT_MARK, baseModel } from './faults.js';
export type { FakeModel } from './wire.js';

export interface FakeProviderOptions {
  /** Default: a few models of each family (DEFAULT_FAKE_MODELS). */
  models?: FakeModel[];
  /** Fixed delay before responding to every generation request (for the benchmark). */
  latencyMs?: number;
  /** Sliding 60 s window per family; over it a 429. Rate-limit headers on every generation response when set. */
  requestsPerMinute?: number;
  /**
   * The length of the sliding window (default 60 000 ms); the limit per window is requestsPerMinute scaled to it, so
   * a benchmark can measure a minute's limit in seconds (e.g. 3000 per minute = 50 in any 1 s window).
   */
  rateWindowMs?: number;
  /** Default: a fixed fenced code answer echoing the last user message (plus reasoning for reason/think models). */
  respond?: (request: FakeGenerateRequest) => { text: string; reasoning?: string };
  /** Page size of the Anthropic and Gemini model listings (default 2, to exercise paging). */
  pageSize?: number;
  /** Characters per streamed content chunk (default 16). */
  chunkSize?: number;
  /** Delay between streamed content chunks (default 0). */
  chunkDelayMs?: number;
  /** Every family checks that a key is present (and equal to `apiKey` when that is set). */
  requireKeys?: boolean;
  /** The only key accepted (implies requireKeys). */
  apiKey?: string;
  /** Unknown model names get the family's 404 instead of an answer. */
  strictModels?: boolean;
  /** Keep `requests` (default true; the benchmark may turn it off). */
  record?: boolean;
}

export interface FakeGenerateRequest {
  family: Family;
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
  headers: Record<string, string>;
  body: unknown;
}

export interface RecordedRequest {
  method: string;
  /** The request target, query included. */
  path: string;
  headers: Record<string, string>;
  body: unknown;
  /** 0 until the response status is sent. */
  status: number;
  at: number;
  /** For generation requests that parsed: the request as `respond` and `usageFor` see it. */
  generate?: FakeGenerateRequest;
}

export interface NormalisedUsage {
  input: number;
  cachedInput: number;
  cacheWrite: number;
  output: number;
  reasoning: number;
}

export interface FakeProvider {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + '/v1' */
  openaiBaseUrl: string;
  /** url (the client appends /v1/messages) */
  anthropicBaseUrl: string;
  /** url + '/v1beta' */
  geminiBaseUrl: string;
  requests: RecordedRequest[];
  /** Queue faults: the next `times` (default 1) generation requests matching (family/model if given) get this fault, in FIFO order. */
  inject(fault: Fault, match?: { family?: string; model?: string; times?: number }): void;
  /** The usage the server reported (or would report) for a request, normalised. */
  usageFor(request: FakeGenerateRequest, text: string, reasoning?: string): NormalisedUsage;
  /** Generation requests received, 429s answered to them, and the most generation requests in flight at once. */
  stats(): { generations: number; status429: number; maxConcurrent: number };
  close(): Promise<void>;
}

export const DEFAULT_FAKE_MODELS: readonly FakeModel[] = Object.freeze([
  { id: 'gpt-fake-mini', family: 'openai', displayName: 'GPT Fake Mini', contextWindow: 128_000, maxOutput: 16_384, pricing: { prompt: '0.00000015', completion: '0.0000006' } },
  { id: 'gpt-fake-cache', family: 'openai', displayName: 'GPT Fake Cache', contextWindow: 128_000, pricing: { prompt: '0.000002', completion: '0.000008', input_cache_read: '0.0000005' } },
  { id: 'deepseek-fake-reasoner', family: 'openai', displayName: 'DeepSeek Fake Reasoner', contextWindow: 64_000 },
  { id: 'text-embedding-fake', family: 'openai' },
  { id: 'claude-fake-haiku', family: 'anthropic', displayName: 'Claude Fake Haiku' },
  { id: 'claude-fake-sonnet-think', family: 'anthropic', displayName: 'Claude Fake Sonnet (thinking)' },
  { id: 'claude-fake-cache', family: 'anthropic', displayName: 'Claude Fake Cache' },
  { id: 'gemini-fake-flash', family: 'gemini', displayName: 'Gemini Fake Flash', contextWindow: 1_048_576, maxOutput: 65_536 },
  { id: 'gemini-fake-pro-think', family: 'gemini', displayName: 'Gemini Fake Pro (thinking)', contextWindow: 1_048_576, maxOutput: 65_536 },
  { id: 'gemini-fake-flash-cache', family: 'gemini', displayName: 'Gemini Fake Flash Cache', contextWindow: 1_048_576, maxOutput: 65_536 },
  { id: 'gemini-embedding-fake', family: 'gemini', displayName: 'Gemini Fake Embedding', contextWindow: 2048 },
] satisfies FakeModel[]);

const WIRES: Record<Family, FamilyWire> = { openai: openAiWire, anthropic: anthropicWire, gemini: geminiWire };
const ID_PREFIX: Record<Family, string> = { openai: 'chatcmpl-fake', anthropic: 'msg_fake', gemini: 'fake-response-' };
const WINDOW_MS = 60_000;

/** The default answer: a fenced code block echoing the last user message. */
export function defaultRespond(request: FakeGenerateRequest): { text: string; reasoning?: string } {
  const lastUser = [...request.messages].reverse().find((message) => message.role === 'user')?.content ?? '';
  const echo = lastUser.replace(/\s+/g, ' ').trim().slice(0, 48).replace(/[`\\"]/g, "'");
  const text = `Here is a solution for: ${echo}\n\n\`\`\`python\ndef solve(value):\n    """Returns its input unchanged."""\n    return value\n\`\`\`\n`;
  if (!/reason|think/i.test(request.model)) return { text };
  return { text, reasoning: `The request is "${echo}". The simplest correct answer is a function that returns its input.` };
}

function wireUsage(messages: readonly Message[], model: string, text: string, reasoning: string): WireUsage {
  let characters = 0;
  for (const message of messages) characters += message.content.length;
  const input = tokens(characters);
  return { input, cached: /cache/i.test(model) ? Math.floor(input / 2) : 0, cacheWrite: 0, text: tokens(text.length), reasoning: tokens(reasoning.length) };
}

/** A sliding window (60 s unless the benchmark shortens it) of accepted request times. */
class SlidingWindow {
  private times: number[] = [];
  private head = 0;

  constructor(private readonly windowMs: number = WINDOW_MS) {}

  take(now: number, limit: number): RateSnapshot & { ok: boolean } {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - this.windowMs) this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
    const used = this.times.length - this.head;
    const oldest = this.times[this.head];
    if (used >= limit) {
      const newest = this.times[this.times.length - 1] ?? now;
      return { ok: false, limit, remaining: 0, resetMs: newest + this.windowMs - now, retryMs: Math.max(0, (oldest ?? now) + this.windowMs - now), now };
    }
    this.times.push(now);
    const remaining = limit - used - 1;
    return { ok: true, limit, remaining, resetMs: this.windowMs, retryMs: remaining > 0 ? 0 : Math.max(0, (oldest ?? now) + this.windowMs - now), now };
  }
}

interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  headers: Record<string, string>;
  record: RecordedRequest | null;
  generation: boolean;
  closed: boolean;
  signal: AbortSignal;
  n: number;
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return;
  try {
    await delay(ms, undefined, { signal });
  } catch {
    // Aborted: the client left or the server is closing.
  }
}

function isParsed(value: ParsedGenerate | Reply): value is ParsedGenerate {
  return 'messages' in value;
}

export async function startFakeProvider(options: FakeProviderOptions = {}): Promise<FakeProvider> {
  const models = [...(options.models ?? DEFAULT_FAKE_MODELS)];
  const respond = options.respond ?? defaultRespond;
  const pageSize = Math.max(1, options.pageSize ?? 2);
  const chunkSize = Math.max(1, options.chunkSize ?? 16);
  const chunkDelayMs = options.chunkDelayMs ?? 0;
  const latencyMs = options.latencyMs ?? 0;
  const record = options.record !== false;
  const keys: KeyPolicy = { required: Boolean(options.requireKeys || options.apiKey), ...(options.apiKey !== undefined ? { key: options.apiKey } : {}) };
  const requests: RecordedRequest[] = [];
  const queue: QueuedFault[] = [];
  const nameFaults = new Map<string, NameFaults | null>();
  const nameCounts = new Map<string, number>();
  const windows: Record<Family, SlidingWindow> = { openai: new SlidingWindow(options.rateWindowMs), anthropic: new SlidingWindow(options.rateWindowMs), gemini: new SlidingWindow(options.rateWindowMs) };
  const live = new Set<AbortController>();
  const stats = { generations: 0, status429: 0, maxConcurrent: 0 };
  let inFlight = 0;
  let counter = 0;

  const familyModels = (family: Family) => models.filter((model) => model.family === family);

  function head(ctx: Ctx, status: number, headers: Record<string, string | number>): void {
    if (ctx.record) ctx.record.status = status;
    if (ctx.generation && status === 429) stats.status429 += 1;
    ctx.res.writeHead(status, headers);
  }

  function sendReply(ctx: Ctx, wire: FamilyWire, reply: Reply, extra: Record<string, string> = {}): void {
    if (ctx.closed) return;
    const text = JSON.stringify(reply.body);
    const type = wire.family === 'gemini' ? 'application/json; charset=UTF-8' : 'application/json';
    head(ctx, reply.status, { 'content-type': type, 'content-length': Buffer.byteLength(text), ...extra, ...reply.headers });
    ctx.res.end(text);
  }

  function modelReply(ctx: Ctx, wire: FamilyWire, id: string): void {
    const list = familyModels(wire.family);
    const index = list.findIndex((model) => model.id === id);
    const model = list[index];
    if (!model) return sendReply(ctx, wire, wire.error({ status: 404 }, id), wire.idHeaders(ctx.n));
    const body = wire.family === 'openai' ? openAiModel(model, index) : wire.family === 'anthropic' ? anthropicModel(model, index) : geminiModel(model);
    sendReply(ctx, wire, { status: 200, body }, wire.idHeaders(ctx.n));
  }

  function listing(ctx: Ctx, wire: FamilyWire, id?: string): void {
    const denied = wire.auth(ctx.headers, ctx.url.searchParams, keys);
    if (denied) return sendReply(ctx, wire, denied, wire.idHeaders(ctx.n));
    if (id !== undefined) return modelReply(ctx, wire, id);
    const list = familyModels(wire.family);
    const reply = wire.family === 'openai' ? listOpenAi(list) : wire.family === 'anthropic' ? listAnthropic(list, ctx.url.searchParams, pageSize) : listGemini(list, ctx.url.searchParams, pageSize);
    sendReply(ctx, wire, reply, wire.idHeaders(ctx.n));
  }

  function faultsOfName(model: string): NameFaults | null {
    let faults = nameFaults.get(model);
    if (faults === undefined) {
      faults = parseFaultName(model);
      nameFaults.set(model, faults);
    }
    return faults;
  }

  function buildAnswer(ctx: Ctx, wire: FamilyWire, parsed: ParsedGenerate, view: FakeGenerateRequest, noUsage: boolean): Answer {
    const out = respond(view);
    let text = out.text;
    let reasoning = parsed.reasoningAllowed ? out.reasoning ?? '' : '';
    let finish: Answer['finish'] = 'stop';
    if (parsed.maxTokens !== undefined) {
      const max = Math.floor(parsed.maxTokens);
      const thought = tokens(reasoning.length);
      if (thought + tokens(text.length) > max) {
        finish = 'length';
        if (thought >= max) {
          reasoning = reasoning.slice(0, max * 4);
          text = '';
        } else text = text.slice(0, (max - thought) * 4);
      }
    }
    return {
      id: `${ID_PREFIX[wire.family]}${ctx.n}`,
      model: parsed.model,
      created: Math.floor(Date.now() / 1000),
      text,
      reasoning,
      showReasoning: parsed.showReasoning,
      finish,
      usage: noUsage ? null : wireUsage(parsed.messages, parsed.model, text, reasoning),
      chunkSize,
    };
  }

  async function sendStream(ctx: Ctx, wire: FamilyWire, answer: Answer, parsed: ParsedGenerate, plan: Plan, headers: Record<string, string>): Promise<void> {
    const { res } = ctx;
    const events = wire.events(answer, parsed.includeUsage);
    const jsonArray = parsed.jsonArray === true;
    head(ctx, 200, { 'content-type': jsonArray ? 'application/json; charset=UTF-8' : 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...headers });
    res.flushHeaders();
    const eol = plan.crlf ? '\r\n' : wire.eol;
    const fault = plan.stream;
    let last: Promise<void> = Promise.resolve();
    const write = (text: string) => {
      if (fault?.kind === 'cut') last = new Promise((resolve) => res.write(text, () => resolve()));
      else res.write(text);
    };
    let written = 0;
    const frame = (event: Omit<StreamEvent, 'phase'>, data = event.data) => {
      const framed = jsonArray
        ? `${written === 0 ? '[' : ',\r\n'}${data}`
        : `${plan.crlf && written > 0 ? `: keep-alive${eol}${eol}` : ''}${event.event ? `event: ${event.event}${eol}` : ''}data: ${data}${eol}${eol}`;
      written += 1;
      return framed;
    };
    let deltas = 0;
    let slowPending = plan.slowMs > 0;
    let malformedDone = false;
    for (const event of events) {
      if (ctx.closed) return;
      if (slowPending && (event.delta || event.phase === 'post')) {
        slowPending = false;
        await pause(plan.slowMs, ctx.signal);
      } else if (event.delta && deltas > 0 && chunkDelayMs > 0) await pause(chunkDelayMs, ctx.signal);
      if (ctx.closed) return;
      const faultPoint = (event.delta === true && deltas === fault?.afterChunks) || event.phase === 'post';
      if (fault && faultPoint && fault.kind === 'cut') {
        await last;
        res.destroy();
        return;
      }
      if (fault && faultPoint && fault.kind === 'error') {
        write(frame(wire.streamError()));
        res.end(jsonArray ? ']' : undefined);
        return;
      }
      if (fault?.kind === 'malformed' && faultPoint && !malformedDone && event.json) {
        malformedDone = true;
        write(frame(event, event.data.slice(0, Math.max(1, Math.floor(event.data.length / 2)))));
      } else write(frame(event));
      if (event.delta) deltas += 1;
    }
    res.end(jsonArray ? (written === 0 ? '[]' : ']') : undefined);
  }

  async function sendMessage(ctx: Ctx, wire: FamilyWire, answer: Answer, plan: Plan, headers: Record<string, string>): Promise<void> {
    const { res } = ctx;
    const text = JSON.stringify(wire.message(answer));
    const type = wire.family === 'gemini' ? 'application/json; charset=UTF-8' : 'application/json';
    if (plan.stream?.kind === 'cut') {
      head(ctx, 200, { 'content-type': type, ...headers });
      res.flushHeaders();
      await pause(plan.slowMs, ctx.signal);
      if (ctx.closed) return;
      await new Promise<void>((resolve) => res.write(text.slice(0, Math.floor(text.length / 2)), () => resolve()));
      res.destroy();
      return;
    }
    const payload = plan.stream?.kind === 'malformed' ? text.slice(0, Math.floor(text.length / 2)) : text;
    head(ctx, 200, { 'content-type': type, 'content-length': Buffer.byteLength(payload), ...headers });
    if (plan.slowMs > 0) {
      res.flushHeaders();
      await pause(plan.slowMs, ctx.signal);
      if (ctx.closed) return;
    }
    res.end(payload);
  }

  async function generate(ctx: Ctx, wire: FamilyWire, raw: string, parse: (body: unknown) => ParsedGenerate | Reply): Promise<void> {
    stats.generations += 1;
    inFlight += 1;
    stats.maxConcurrent = Math.max(stats.maxConcurrent, inFlight);
    ctx.res.once('close', () => (inFlight -= 1));
    const family = wire.family;
    let headers = wire.idHeaders(ctx.n);

    let body: unknown;
    let bodyOk = true;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
      bodyOk = false;
    }
    if (ctx.record) ctx.record.body = body;
    await pause(latencyMs, ctx.signal);
    if (ctx.closed) return;

    const denied = wire.auth(ctx.headers, ctx.url.searchParams, keys);
    if (denied) return sendReply(ctx, wire, denied, headers);
    const parsed = bodyOk ? parse(body) : wire.error({ status: 400, message: 'The request body is not valid JSON.' });
    if (!isParsed(parsed)) return sendReply(ctx, wire, parsed, headers);
    const model = parsed.model;
    const view: FakeGenerateRequest = { family, model, stream: parsed.stream, messages: parsed.messages, headers: ctx.headers, body };
    if (ctx.record) ctx.record.generate = view;

    const base = baseModel(model);
    if (/embed/i.test(base)) {
      const message = family === 'openai' ? 'This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you mean to use v1/completions?' : undefined;
      return sendReply(ctx, wire, wire.error({ status: 404, ...(message ? { message, errorCode: '' } : {}) }, model), headers); // '' : code null
    }
    if (options.strictModels && !models.some((candidate) => candidate.family === family && (candidate.id === model || candidate.id === base))) {
      return sendReply(ctx, wire, wire.error({ status: 404 }, model), headers);
    }
    let named: NameFaults | null;
    try {
      named = faultsOfName(model);
    } catch (error) {
      if (!(error instanceof FaultGrammarError)) throw error;
      return sendReply(ctx, wire, wire.error({ status: 400, message: error.message }), headers);
    }

    if (options.requestsPerMinute !== undefined) {
      const snapshot = windows[family].take(Date.now(), Math.max(1, Math.round((options.requestsPerMinute * (options.rateWindowMs ?? WINDOW_MS)) / WINDOW_MS)));
      // The headers give the per-minute limit, as the real APIs do, even when the window is shortened.
      headers = { ...headers, ...wire.rateHeaders({ ...snapshot, limit: options.requestsPerMinute }) };
      if (!snapshot.ok) return sendReply(ctx, wire, wire.rateLimited(snapshot, model), headers);
    }

    const plan = emptyPlan();
    const index = nameCounts.get(model) ?? 0;
    nameCounts.set(model, index + 1);
    const queued = takeQueued(queue, family, model);
    const faults: Fault[] = named ? nameFaultsFor(named, index, wire) : [];
    if (queued) {
      // A queued fault takes this request; the name's modifiers still apply.
      faults.splice(0, faults.length, ...(named?.modifiers ?? []), queued);
    }
    for (const fault of faults) applyFault(plan, fault);

    await pause(plan.hangMs, ctx.signal);
    if (ctx.closed) return;
    if (plan.status) return sendReply(ctx, wire, wire.error(plan.status, model), headers);
    if (plan.stream?.kind === 'error' && !parsed.stream) return sendReply(ctx, wire, wire.error(wire.midStreamFailure(), model), headers);

    const answer = buildAnswer(ctx, wire, parsed, view, plan.noUsage);
    if (parsed.stream) await sendStream(ctx, wire, answer, parsed, plan, headers);
    else await sendMessage(ctx, wire, answer, plan, headers);
  }

  function notFound(ctx: Ctx): void {
    const text = JSON.stringify({ error: { message: `Unknown request URL: ${ctx.req.method} ${ctx.url.pathname}.`, type: 'invalid_request_error', code: 'unknown_url' } });
    head(ctx, 404, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    ctx.res.end(text);
  }

  async function handle(ctx: Ctx): Promise<void> {
    const { req, url } = ctx;
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const raw = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
    if (method === 'GET' && (path === '/v1/models' || path.startsWith('/v1/models/'))) {
      const wire = ctx.headers['anthropic-version'] !== undefined || ctx.headers['x-api-key'] !== undefined ? anthropicWire : openAiWire;
      return listing(ctx, wire, path === '/v1/models' ? undefined : decodeURIComponent(path.slice('/v1/models/'.length)));
    }
    if (method === 'GET' && path === '/v1beta/models') return listing(ctx, geminiWire);
    if (method === 'POST' && path === '/v1/chat/completions') {
      ctx.generation = true;
      return generate(ctx, openAiWire, raw, parseOpenAi);
    }
    if (method === 'POST' && path === '/v1/messages') {
      ctx.generation = true;
      return generate(ctx, anthropicWire, raw, parseAnthropic);
    }
    if (path.startsWith('/v1beta/models/')) {
      const rest = path.slice('/v1beta/models/'.length);
      const colon = rest.lastIndexOf(':');
      if (method === 'GET' && colon < 0) return listing(ctx, geminiWire, decodeURIComponent(rest));
      const action = colon < 0 ? '' : rest.slice(colon + 1);
      if (method === 'POST' && (action === 'generateContent' || action === 'streamGenerateContent')) {
        ctx.generation = true;
        const model = decodeURIComponent(rest.slice(0, colon));
        return generate(ctx, geminiWire, raw, (body) => parseGemini(body, model, action, url.searchParams.get('alt')));
      }
    }
    return notFound(ctx);
  }

  const server = createServer((req, res) => {
    const controller = new AbortController();
    live.add(controller);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = flatHeaders(req);
    counter += 1;
    const entry: RecordedRequest | null = record ? { method: req.method ?? 'GET', path: req.url ?? '/', headers, body: undefined, status: 0, at: Date.now() } : null;
    if (entry) requests.push(entry);
    const ctx: Ctx = { req, res, url, headers, record: entry, generation: false, closed: false, signal: controller.signal, n: counter };
    res.once('close', () => {
      ctx.closed = true;
      controller.abort();
      live.delete(controller);
    });
    handle(ctx).catch((error: unknown) => {
      if (!res.headersSent) {
        const text = JSON.stringify({ error: { message: `fake provider: ${error instanceof Error ? error.message : String(error)}`, type: 'server_error' } });
        head(ctx, 500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    openaiBaseUrl: `${url}/v1`,
    anthropicBaseUrl: url,
    geminiBaseUrl: `${url}/v1beta`,
    requests,
    inject(fault, match = {}) {
      const times = match.times ?? 1;
      if (times <= 0) return;
      queue.push({ fault, times, ...(match.family !== undefined ? { family: match.family } : {}), ...(match.model !== undefined ? { model: match.model } : {}) });
    },
    usageFor(request, text, reasoning = '') {
      const wire = WIRES[request.family];
      const thought = reasoning && wire.reasoningAllowed(request.body) ? reasoning : '';
      const usage = wireUsage(request.messages, request.model, text, thought);
      return { input: usage.input - usage.cached - usage.cacheWrite, cachedInput: usage.cached, cacheWrite: usage.cacheWrite, output: usage.text + usage.reasoning, reasoning: usage.reasoning };
    },
    stats: () => ({ ...stats }),
    async close() {
      for (const controller of live) controller.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
