import { readFileSync } from 'node:fs';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HttpSettings } from '../http/http.js';
import { ProviderCallError } from '../http/provider-error.js';
import type { GenerateRequest } from '../types.js';
import { OpenAiCompatibleAdapter, type OpenAiCompatibleOptions } from './openai-compatible.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/providers/openai');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const BASE = 'https://api.example.test/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const settings: HttpSettings = { provider: 'acme', baseUrl: BASE, headers: { authorization: 'Bearer sk-test' }, fetch: (...args) => fetch(...args), now: () => Date.parse('2026-11-29T10:00:00Z') };
const adapter = (options: Partial<OpenAiCompatibleOptions> = {}) => new OpenAiCompatibleAdapter({ id: 'acme', displayName: 'Acme', http: settings, listing: 'openai', ...options });
const request: GenerateRequest = { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Add.' }], temperature: 0.2, maxOutputTokens: 256 };
const sse = (body: string, headers: Record<string, string> = {}) => new HttpResponse(body, { headers: { 'content-type': 'text/event-stream', 'x-request-id': 'req_42', ...headers } });

/** A stream whose chunks arrive separately and then breaks like a dropped connection. */
function brokenStream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++] as string));
      else controller.error(new TypeError('terminated'));
    },
  });
}

async function failure(promise: Promise<unknown>): Promise<ProviderCallError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProviderCallError);
  return error as ProviderCallError;
}

describe('OpenAiCompatibleAdapter.generate', () => {
  it('streams with include_usage, passes text deltas on, and normalises usage (prompt includes cached, completion includes reasoning)', async () => {
    let body: Record<string, unknown> = {};
    let headers: Headers | undefined;
    server.use(http.post(`${BASE}/chat/completions`, async ({ request: sent }) => {
      body = (await sent.json()) as Record<string, unknown>;
      headers = sent.headers;
      return sse(fixture('stream-usage.sse'), { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '1s' });
    }));
    const deltas: string[] = [];
    const response = await adapter({ generationHeaders: { 'cf-aig-skip-cache': 'true' } }).generate('gpt-4.1', { ...request, onDelta: (delta) => deltas.push(delta.text ?? '') });
    expect(body).toEqual({ model: 'gpt-4.1', messages: request.messages, temperature: 0.2, max_tokens: 256, stream: true, stream_options: { include_usage: true } });
    expect(headers?.get('authorization')).toBe('Bearer sk-test');
    expect(headers?.get('cf-aig-skip-cache')).toBe('true');
    expect(response.text).toBe('```python\ndef add(a, b):\n    return a + b\n```');
    expect(deltas).toEqual(['```python\n', 'def add(a, b):\n    return a + b\n', '```']);
    expect(response.usage).toEqual({ inputTokens: 86, cachedInputTokens: 1920, cacheWriteTokens: 0, outputTokens: 300, reasoningTokens: 64, estimated: false });
    expect(response).toMatchObject({ finishReason: 'stop', httpStatus: 200, requestId: 'req_42', rateLimit: { requestsRemaining: 0, requestsResetMs: 1000 } });
  });

  it("keeps DeepSeek's reasoning_content apart from the answer and reads its cache-hit count", async () => {
    server.use(http.post(`${BASE}/chat/completions`, () => sse(fixture('stream-deepseek-reasoner.sse'))));
    const seen: { text?: string; reasoning?: string }[] = [];
    const response = await adapter({ maxTokensField: 'max_completion_tokens' }).generate('deepseek-reasoner', { ...request, onDelta: (delta) => seen.push(delta) });
    expect(response.text).toBe('return a + b');
    expect(response.reasoning).toBe('The user wants a sum.');
    expect(seen[0]).toEqual({ reasoning: 'The user wants a sum.' });
    expect(response.usage).toMatchObject({ inputTokens: 22, cachedInputTokens: 128, outputTokens: 40, reasoningTokens: 30 });
  });

  it('sends max_completion_tokens and extra body fields when configured', async () => {
    let body: Record<string, unknown> = {};
    server.use(http.post(`${BASE}/chat/completions`, async ({ request: sent }) => {
      body = (await sent.json()) as Record<string, unknown>;
      return sse(fixture('stream-usage.sse'));
    }));
    await adapter({ maxTokensField: 'max_completion_tokens', extraBody: { seed: 7 } }).generate('o4-mini', request);
    expect(body).toMatchObject({ max_completion_tokens: 256, seed: 7 });
    expect(body).not.toHaveProperty('max_tokens');
  });

  it('reads CRLF line ends and skips SSE comments', async () => {
    const crlf = `: OPENROUTER PROCESSING\r\n\r\n${fixture('stream-usage.sse').replace(/\n/g, '\r\n').replace(/\\r\\n/g, '\\n')}`;
    server.use(http.post(`${BASE}/chat/completions`, () => sse(crlf)));
    const response = await adapter().generate('m', request);
    expect(response.text).toBe('```python\ndef add(a, b):\n    return a + b\n```');
    expect(response.usage?.outputTokens).toBe(300);
  });

  it('returns null usage when the stream carries none, and accepts a finish_reason without [DONE]', async () => {
    const withoutUsage = fixture('stream-usage.sse').split('\n\n').filter((event) => !event.includes('"usage":{') && !event.includes('[DONE]')).join('\n\n');
    server.use(http.post(`${BASE}/chat/completions`, () => sse(`${withoutUsage}\n\n`)));
    const response = await adapter().generate('m', request);
    expect(response.usage).toBeNull();
    expect(response.finishReason).toBe('stop');
  });

  it('reports a stream that ends early as stream_cut, and one that breaks while reading too', async () => {
    const events = fixture('stream-usage.sse').split('\n\n');
    server.use(http.post(`${BASE}/chat/completions`, () => sse(`${events.slice(0, 3).join('\n\n')}\n\n`)));
    expect((await failure(adapter().generate('m', request))).kind).toBe('stream_cut');
    server.use(http.post(`${BASE}/chat/completions`, () => new HttpResponse(brokenStream([`${events[0]}\n\n`, `${events[1]}\n\n`]), { headers: { 'content-type': 'text/event-stream', 'x-request-id': 'req_cut' } })));
    const cut = await failure(adapter().generate('m', request));
    expect(cut).toMatchObject({ kind: 'stream_cut', requestId: 'req_cut', retryable: true });
  });

  it('classifies an error chunk after a 200 like the status it names', async () => {
    const events = fixture('stream-usage.sse').split('\n\n');
    const errorEvent = 'data: {"error":{"message":"Provider returned error","code":502,"metadata":{"provider_name":"Upstream"}}}';
    server.use(http.post(`${BASE}/chat/completions`, () => sse(`${events.slice(0, 2).join('\n\n')}\n\n${errorEvent}\n\n`)));
    expect(await failure(adapter().generate('m', request))).toMatchObject({ kind: 'server', status: 200, retryable: true });
    server.use(http.post(`${BASE}/chat/completions`, () => sse(`data: {"error":{"message":"Rate limit reached","type":"rate_limit_exceeded"}}\n\n`)));
    expect((await failure(adapter().generate('m', request))).kind).toBe('rate_limited');
  });

  it('reports a data line that is not JSON as malformed, naming it', async () => {
    server.use(http.post(`${BASE}/chat/completions`, () => sse('data: {"id":"x","choices":[{"delta":{"content":"hi"}\n\n')));
    const error = await failure(adapter().generate('m', request));
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain('not valid JSON');
  });

  it('classifies HTTP errors: 429 with retry-after, quota exhaustion, auth, overload and bad requests', async () => {
    const respond = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      server.use(http.post(`${BASE}/chat/completions`, () => HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'x-request-id': 'req_err', ...headers } })));
    respond(429, { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '2' });
    expect(await failure(adapter().generate('m', request))).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 2000, requestId: 'req_err', retryable: true });
    respond(429, { error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } });
    expect(await failure(adapter().generate('m', request))).toMatchObject({ kind: 'spend_limit', retryable: false });
    respond(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
    expect(await failure(adapter().generate('m', request))).toMatchObject({ kind: 'auth', code: 'PROVIDER_AUTH_FAILED', retryable: false });
    respond(503, { error: { message: 'upstream overloaded', type: 'overloaded_error' } }, { 'retry-after-ms': '150' });
    expect(await failure(adapter().generate('m', request))).toMatchObject({ kind: 'overloaded', retryAfterMs: 150 });
    respond(400, { error: { message: "This model's maximum context length is 8192 tokens", type: 'invalid_request_error', code: 'context_length_exceeded' } });
    const bad = await failure(adapter().generate('m', request));
    expect(bad.kind).toBe('bad_request');
    expect(bad.message).toContain('maximum context length');
  });

  it('reports a refused connection as a retryable network failure', async () => {
    const refused = new OpenAiCompatibleAdapter({ id: 'acme', displayName: 'Acme', listing: 'openai', http: { ...settings, fetch: async () => { throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }); } } });
    expect(await failure(refused.generate('m', request))).toMatchObject({ kind: 'network', retryable: true, message: expect.stringContaining('ECONNREFUSED') });
  });
});

describe('OpenAiCompatibleAdapter.listModels', () => {
  it('lists OpenAI models, marking embeddings and audio models as not chat', async () => {
    server.use(http.get(`${BASE}/models`, () => HttpResponse.json(JSON.parse(fixture('models-openai.json')))));
    const models = await adapter().listModels();
    expect(models.map((model) => [model.id, model.capabilities.chat])).toEqual([['acme/gpt-4.1', true], ['acme/o4-mini', true], ['acme/text-embedding-3-large', false], ['acme/whisper-1', false]]);
    expect(models[1]?.capabilities.reasoning).toBe(true);
    expect(models[0]?.contextWindow).toBeUndefined();
  });

  it("reads OpenRouter's context, per-token prices (cache read and write) and output modalities", async () => {
    server.use(http.get(`${BASE}/models`, () => HttpResponse.json(JSON.parse(fixture('models-openrouter.json')))));
    const [sonnet, image] = await adapter().listModels();
    expect(sonnet).toMatchObject({
      id: 'acme/anthropic/claude-sonnet-4', name: 'anthropic/claude-sonnet-4', displayName: 'Anthropic: Claude Sonnet 4', contextWindow: 200_000, maxOutputTokens: 64_000, contextSource: 'listing',
      price: { inputPerMTok: 3, outputPerMTok: 15, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75, source: 'listing' },
      capabilities: { chat: true, functionCalling: true, reasoning: true },
    });
    expect(image?.capabilities.chat).toBe(false);
  });

  it("reads Together's bare array with per-1M prices, Groq's context_window and Mistral's capabilities", async () => {
    server.use(http.get(`${BASE}/models`, () => HttpResponse.json(JSON.parse(fixture('models-together.json')))));
    const together = await adapter().listModels();
    expect(together[0]).toMatchObject({ contextWindow: 32_768, price: { inputPerMTok: 0.8, outputPerMTok: 0.8 }, capabilities: { chat: true } });
    expect(together[1]?.capabilities.chat).toBe(false);
    server.use(http.get(`${BASE}/models`, () => HttpResponse.json(JSON.parse(fixture('models-groq.json')))));
    expect((await adapter().listModels()).map((model) => [model.name, model.contextWindow])).toEqual([['llama-3.3-70b-versatile', 131_072], ['whisper-large-v3', 448]]);
    server.use(http.get(`${BASE}/models`, () => HttpResponse.json(JSON.parse(fixture('models-mistral.json')))));
    const mistral = await adapter().listModels();
    expect(mistral.map((model) => [model.name, model.capabilities.chat, model.capabilities.functionCalling, model.contextWindow])).toEqual([['codestral-latest', true, true, 256_000], ['mistral-embed', false, false, 8192]]);
  });

  it('follows has_more / last_id pages and adds declared models the listing lacks', async () => {
    const seen: (string | null)[] = [];
    server.use(http.get(`${BASE}/models`, ({ request: sent }) => {
      const after = new URL(sent.url).searchParams.get('after');
      seen.push(after);
      return HttpResponse.json(after ? { data: [{ id: 'b' }], has_more: false } : { data: [{ id: 'a' }], has_more: true, last_id: 'a' });
    }));
    const models = await adapter({ declaredModels: ['a', 'private-finetune'] }).listModels();
    expect(seen).toEqual([null, 'a']);
    expect(models.map((model) => model.name)).toEqual(['a', 'b', 'private-finetune']);
  });

  it('refuses a listing that says has_more without moving on', async () => {
    server.use(http.get(`${BASE}/models`, () => HttpResponse.json({ data: [{ id: 'a' }], has_more: true, last_id: 'a' })));
    await expect(adapter().listModels()).rejects.toMatchObject({ kind: 'malformed' });
  });

  it("reads xAI's prices in cents per 100 million tokens", async () => {
    server.use(http.get(`${BASE}/language-models`, () => HttpResponse.json(JSON.parse(fixture('xai-language-models.json')))));
    const [grok] = await adapter({ listing: 'xai' }).listModels();
    expect(grok?.price).toEqual({ inputPerMTok: 3, outputPerMTok: 15, cachedInputPerMTok: 0.75, source: 'listing' });
  });

  it("searches Workers AI's text-generation models with their context and price properties", async () => {
    const account = 'https://api.cloudflare.test/client/v4/accounts/abc/ai';
    let query = '';
    server.use(http.get(`${account}/models/search`, ({ request: sent }) => {
      query = new URL(sent.url).search;
      return HttpResponse.json(JSON.parse(fixture('workers-ai-search-page1.json')));
    }));
    const [coder] = await adapter({ listing: 'workers-ai', listingBaseUrl: account }).listModels();
    expect(query).toContain('task=Text+Generation');
    expect(coder).toMatchObject({ name: '@cf/qwen/qwen2.5-coder-32b-instruct', contextWindow: 32_768, price: { inputPerMTok: 0.66, outputPerMTok: 1 } });
  });

  it("lists Ollama's local models with the context length from /api/show", async () => {
    const host = 'http://ollama.test:11434';
    server.use(
      http.get(`${host}/api/tags`, () => HttpResponse.json(JSON.parse(fixture('ollama-tags.json')))),
      http.post(`${host}/api/show`, () => HttpResponse.json(JSON.parse(fixture('ollama-show.json')))),
    );
    const [qwen] = await adapter({ listing: 'ollama', listingBaseUrl: host }).listModels();
    expect(qwen).toMatchObject({ id: 'acme/qwen2.5-coder:7b', contextWindow: 32_768, capabilities: { chat: true, functionCalling: true, reasoning: false } });
  });

  it('lists only the declared models when a gateway has no listing', async () => {
    server.use(http.get(`${BASE}/models`, () => HttpResponse.json({ error: { message: 'Not Found' } }, { status: 404 })));
    expect((await adapter({ listingOptional: true, declaredModels: ['openai/gpt-4.1-mini'] }).listModels()).map((model) => model.id)).toEqual(['acme/openai/gpt-4.1-mini']);
    await expect(adapter().listModels()).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('provider error bodies', () => {
  it("reads Gemini's RetryInfo delay and bad-key reason, and Anthropic's empty-balance 400", async () => {
    const { errorFromResponse } = await import('../http/http.js');
    const gemini429 = new Response(JSON.stringify({ error: { code: 429, message: 'Resource has been exhausted', status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '27s' }] } }), { status: 429 });
    expect(await errorFromResponse(settings, gemini429)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 27_000 });
    const badKey = new Response(JSON.stringify({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }] } }), { status: 400 });
    expect((await errorFromResponse(settings, badKey)).kind).toBe('auth');
    const noCredit = new Response(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API.' } }), { status: 400 });
    expect((await errorFromResponse(settings, noCredit)).kind).toBe('spend_limit');
    const plain400 = new Response(JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: 100000 > 64000' } }), { status: 400 });
    expect((await errorFromResponse(settings, plain400)).kind).toBe('bad_request');
  });
});
