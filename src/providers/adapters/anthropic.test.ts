import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderCallError } from '../http/provider-error.js';
import type { GenerateRequest } from '../types.js';
import { AnthropicAdapter, anthropicSupportsThinking } from './anthropic.js';
import type { HttpAdapterOptions } from './adapter-options.js';

const BASE_URL = 'https://api.anthropic.test';
const MESSAGES_URL = `${BASE_URL}/v1/messages`;
const SSE_HEADERS = { 'content-type': 'text/event-stream', 'request-id': 'req_1' };

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/providers/anthropic/${name}`, import.meta.url), 'utf8');

/** A body delivered a few bytes at a time, so events and UTF-8 characters straddle chunk boundaries. */
function chunked(text: string, size: number, failAfter?: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (failAfter !== undefined && offset >= failAfter) return controller.error(new TypeError('terminated'));
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

/** The same events with CRLF line ends and keep-alive comments between them. */
const withCrlfAndComments = (sse: string): string => sse.replace(/\n\n/g, '\n\n: keep-alive\n\n').replace(/\n/g, '\r\n');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function adapter(extra: Partial<HttpAdapterOptions> = {}): AnthropicAdapter {
  return new AnthropicAdapter({
    id: 'anthropic',
    displayName: 'Anthropic',
    http: { provider: 'anthropic', baseUrl: BASE_URL, headers: { 'x-api-key': 'test-key', 'anthropic-version': '2023-06-01' }, fetch: globalThis.fetch, now: () => Date.now() },
    ...extra,
  });
}

const REQUEST: GenerateRequest = {
  messages: [
    { role: 'system', content: 'You are an expert engineer.' },
    { role: 'system', content: 'Answer in one fenced block.' },
    { role: 'user', content: 'Write total().' },
    { role: 'assistant', content: 'Which language?' },
    { role: 'user', content: 'Python.' },
  ],
  temperature: 0.2,
  maxOutputTokens: 2048,
};

function serveStream(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}): void {
  server.use(http.post(MESSAGES_URL, () => new HttpResponse(body, { headers: { ...SSE_HEADERS, ...headers } })));
}

async function failure(promise: Promise<unknown>): Promise<ProviderCallError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ProviderCallError);
  return error as ProviderCallError;
}

describe('AnthropicAdapter.listModels', () => {
  it('follows has_more with after_id across pages and reads each model', async () => {
    const queries: URLSearchParams[] = [];
    server.use(http.get(`${BASE_URL}/v1/models`, ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.searchParams);
      expect(request.headers.get('x-api-key')).toBe('test-key');
      expect(request.headers.get('anthropic-version')).toBe('2023-06-01');
      return HttpResponse.json(JSON.parse(fixture(url.searchParams.get('after_id') ? 'models-page-2.json' : 'models-page-1.json')));
    }));
    const models = await adapter({ declaredModels: ['claude-opus-4-1-20250805', 'claude-private-preview'] }).listModels();
    expect(queries.map((query) => [query.get('limit'), query.get('after_id')])).toEqual([['1000', null], ['1000', 'claude-3-7-sonnet-20250219']]);
    expect(models.map((model) => model.id)).toEqual([
      'anthropic/claude-sonnet-4-5-20250929',
      'anthropic/claude-3-7-sonnet-20250219',
      'anthropic/claude-3-5-haiku-20241022',
      'anthropic/claude-opus-4-1-20250805',
      'anthropic/claude-private-preview',
    ]);
    expect(models[0]).toMatchObject({
      provider: 'anthropic', name: 'claude-sonnet-4-5-20250929', displayName: 'Claude Sonnet 4.5', releaseDate: '2025-09-29',
      contextWindow: 200000, maxOutputTokens: 64000, contextSource: 'listing', baseline: false,
      capabilities: { chat: true, code: true, functionCalling: true, reasoning: true },
    });
    expect(models[1]?.contextWindow).toBeUndefined();
    expect(models.map((model) => model.capabilities.reasoning)).toEqual([true, true, false, true, false]);
  });

  it('stops with a malformed error when the server repeats the same last_id', async () => {
    server.use(http.get(`${BASE_URL}/v1/models`, () => HttpResponse.json(JSON.parse(fixture('models-page-1.json')))));
    const error = await failure(adapter().listModels());
    expect(error.kind).toBe('malformed');
  });
});

describe('anthropicSupportsThinking', () => {
  it('recognises Claude 3.7 and Claude 4 or later by name', () => {
    const supports = (id: string) => anthropicSupportsThinking({ id });
    for (const id of ['claude-3-7-sonnet-20250219', 'claude-sonnet-4-20250514', 'claude-opus-4-1-20250805', 'claude-haiku-4-5', 'claude-sonnet-4-5-20250929', 'claude-opus-5', 'claude-4-opus-20250514']) expect(supports(id), id).toBe(true);
    for (const id of ['claude-3-5-sonnet-20241022', 'claude-3-5-haiku-20241022', 'claude-3-opus-20240229', 'claude-3-haiku-20240307', 'claude-2.1']) expect(supports(id), id).toBe(false);
  });

  it('prefers what the listing says about thinking', () => {
    expect(anthropicSupportsThinking({ id: 'claude-3-5-haiku-20241022', capabilities: { thinking: { supported: true } } })).toBe(true);
  });
});

describe('AnthropicAdapter.generate', () => {
  it('sends the Messages body: system joined, roles kept, max_tokens, stream, extra body and headers', async () => {
    let body: unknown;
    let headers: Headers | undefined;
    server.use(http.post(MESSAGES_URL, async ({ request }) => {
      body = await request.json();
      headers = request.headers;
      return new HttpResponse(fixture('stream-thinking.sse'), { headers: SSE_HEADERS });
    }));
    await adapter({ extraBody: { thinking: { type: 'enabled', budget_tokens: 1024 } }, generationHeaders: { 'cf-aig-skip-cache': 'true' } }).generate('claude-sonnet-4-5-20250929', REQUEST);
    expect(body).toEqual({
      model: 'claude-sonnet-4-5-20250929',
      max_tokens: 2048,
      temperature: 0.2,
      stream: true,
      system: 'You are an expert engineer.\n\nAnswer in one fenced block.',
      messages: [
        { role: 'user', content: 'Write total().' },
        { role: 'assistant', content: 'Which language?' },
        { role: 'user', content: 'Python.' },
      ],
      thinking: { type: 'enabled', budget_tokens: 1024 },
    });
    expect(headers?.get('cf-aig-skip-cache')).toBe('true');
    expect(headers?.get('x-api-key')).toBe('test-key');
    expect(headers?.get('content-type')).toBe('application/json');
  });

  it('leaves out system when there are no system messages', async () => {
    let body: Record<string, unknown> = {};
    server.use(http.post(MESSAGES_URL, async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return new HttpResponse(fixture('stream-thinking.sse'), { headers: SSE_HEADERS });
    }));
    await adapter().generate('claude-haiku-4-5', { messages: [{ role: 'user', content: 'Hi' }], temperature: 0, maxOutputTokens: 16 });
    expect(body).not.toHaveProperty('system');
  });

  it('separates thinking from text, reports deltas in order, and normalises cache usage', async () => {
    serveStream(fixture('stream-thinking.sse'), { 'anthropic-ratelimit-requests-limit': '50', 'anthropic-ratelimit-requests-remaining': '49' });
    const deltas: { text?: string; reasoning?: string }[] = [];
    const response = await adapter().generate('claude-sonnet-4-5-20250929', { ...REQUEST, onDelta: (delta) => deltas.push(delta) });
    expect(deltas).toEqual([
      { reasoning: 'The user wants a sum function. ' },
      { reasoning: 'Reduce over the list.' },
      { text: '```python\n' },
      { text: 'def total(xs):\n    return sum(xs)\n```' },
    ]);
    expect(response).toEqual({
      text: '```python\ndef total(xs):\n    return sum(xs)\n```',
      reasoning: 'The user wants a sum function. Reduce over the list.',
      usage: { inputTokens: 42, cachedInputTokens: 3000, cacheWriteTokens: 1200, outputTokens: 87, reasoningTokens: 0, estimated: false },
      finishReason: 'end_turn',
      httpStatus: 200,
      requestId: 'req_1',
      rateLimit: { requestsLimit: 50, requestsRemaining: 49 },
    });
  });

  it('reads CRLF line ends, comment lines and events split across chunks', async () => {
    const sse = withCrlfAndComments(fixture('stream-thinking.sse').replace('Reduce over the list.', 'Reduce over the list — ✓.'));
    serveStream(chunked(sse, 7));
    const response = await adapter().generate('claude-sonnet-4-5-20250929', REQUEST);
    expect(response.reasoning).toBe('The user wants a sum function. Reduce over the list — ✓.');
    expect(response.text).toBe('```python\ndef total(xs):\n    return sum(xs)\n```');
    expect(response.usage?.outputTokens).toBe(87);
    expect(response.finishReason).toBe('end_turn');
  });

  it('takes input and cache figures repeated in message_delta, and ignores unknown events', async () => {
    serveStream(fixture('stream-delta-usage.sse'));
    const response = await adapter().generate('claude-haiku-4-5', REQUEST);
    expect(response.text).toBe('Done.');
    expect(response.reasoning).toBeUndefined();
    expect(response.usage).toEqual({ inputTokens: 10, cachedInputTokens: 500, cacheWriteTokens: 0, outputTokens: 30, reasoningTokens: 0, estimated: false });
  });

  it('returns usage null when the stream carried none', async () => {
    serveStream(fixture('stream-no-usage.sse'));
    const response = await adapter().generate('claude-haiku-4-5', REQUEST);
    expect(response.usage).toBeNull();
    expect(response.text).toBe('ok');
    expect(response.finishReason).toBe('max_tokens');
  });

  it('fails with stream_cut when the body ends before message_stop', async () => {
    serveStream(fixture('stream-cut.sse'));
    const error = await failure(adapter().generate('claude-haiku-4-5', REQUEST));
    expect(error).toMatchObject({ kind: 'stream_cut', requestId: 'req_1', retryable: true });
    expect(error.message).toContain('message_stop');
  });

  it('fails with stream_cut when the connection breaks while reading', async () => {
    serveStream(chunked(fixture('stream-thinking.sse'), 64, 640));
    const error = await failure(adapter().generate('claude-haiku-4-5', REQUEST));
    expect(error).toMatchObject({ kind: 'stream_cut', requestId: 'req_1' });
  });

  it('classifies an error event after the 200 by its type', async () => {
    serveStream(fixture('stream-overloaded.sse'));
    const deltas: unknown[] = [];
    const error = await failure(adapter().generate('claude-haiku-4-5', { ...REQUEST, onDelta: (delta) => deltas.push(delta) }));
    expect(error).toMatchObject({ kind: 'overloaded', status: 200, requestId: 'req_1', retryable: true });
    expect(error.message).toContain('Overloaded');
    expect(deltas).toEqual([{ text: 'def' }]);
  });

  it.each([
    ['api_error', 'server'],
    ['rate_limit_error', 'rate_limited'],
    ['invalid_request_error', 'bad_request'],
    ['some_new_error', 'bad_request'],
  ])('maps a %s event to %s', async (type, kind) => {
    serveStream(fixture('stream-overloaded.sse').replace('overloaded_error', type));
    expect((await failure(adapter().generate('claude-haiku-4-5', REQUEST))).kind).toBe(kind);
  });

  it('fails with malformed on a data line that is not JSON', async () => {
    serveStream(fixture('stream-malformed.sse'));
    const error = await failure(adapter().generate('claude-haiku-4-5', REQUEST));
    expect(error).toMatchObject({ kind: 'malformed', requestId: 'req_1' });
  });

  it('fails with malformed when a known event lacks its documented fields', async () => {
    serveStream('event: content_block_delta\ndata: {"type":"content_block_delta","index":0}\n\n');
    expect((await failure(adapter().generate('claude-haiku-4-5', REQUEST))).kind).toBe('malformed');
  });

  it('classifies HTTP 529 as overloaded with the retry-after delay', async () => {
    server.use(http.post(MESSAGES_URL, () => new HttpResponse(fixture('error-overloaded.json'), { status: 529, headers: { 'content-type': 'application/json', 'request-id': 'req_529', 'retry-after': '5' } })));
    const error = await failure(adapter().generate('claude-haiku-4-5', REQUEST));
    expect(error).toMatchObject({ kind: 'overloaded', status: 529, retryAfterMs: 5000, requestId: 'req_529' });
  });

  it('classifies HTTP 429 as rate_limited with the retry-after delay', async () => {
    server.use(http.post(MESSAGES_URL, () => new HttpResponse(fixture('error-rate-limit.json'), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '12' } })));
    const error = await failure(adapter().generate('claude-haiku-4-5', REQUEST));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 12000 });
  });

  it('classifies HTTP 401 as auth, which is not retried', async () => {
    server.use(http.post(MESSAGES_URL, () => new HttpResponse(fixture('error-authentication.json'), { status: 401, headers: { 'content-type': 'application/json' } })));
    const error = await failure(adapter().generate('claude-haiku-4-5', REQUEST));
    expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false });
  });
});
