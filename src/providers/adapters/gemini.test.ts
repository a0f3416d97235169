import { readFileSync } from 'node:fs';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProviderCallError } from '../http/provider-error.js';
import type { GenerateRequest } from '../types.js';
import type { HttpAdapterOptions } from './adapter-options.js';
import { GeminiAdapter } from './gemini.js';

const BASE_URL = 'https://generativelanguage.test/v1beta';
const STREAM_URL = `${BASE_URL}/models/gemini-2.5-pro:streamGenerateContent`;
const SSE_HEADERS = { 'content-type': 'text/event-stream' };

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/providers/gemini/${name}`, import.meta.url), 'utf8');

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

/** The same events with CRLF line ends (as Google sends them) and comment lines between them. */
const withCrlfAndComments = (sse: string): string => sse.replace(/\n\n/g, '\n\n: keep-alive\n\n').replace(/\n/g, '\r\n');

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function adapter(extra: Partial<HttpAdapterOptions> = {}): GeminiAdapter {
  return new GeminiAdapter({
    id: 'google',
    displayName: 'Google Gemini',
    http: { provider: 'google', baseUrl: BASE_URL, headers: { 'x-goog-api-key': 'test-key' }, fetch: globalThis.fetch, now: () => Date.now() },
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
  server.use(http.post(STREAM_URL, () => new HttpResponse(body, { headers: { ...SSE_HEADERS, ...headers } })));
}

function serveError(name: string, status: number, headers: Record<string, string> = {}): void {
  server.use(http.post(STREAM_URL, () => new HttpResponse(fixture(name), { status, headers: { 'content-type': 'application/json', ...headers } })));
}

async function failure(promise: Promise<unknown>): Promise<ProviderCallError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ProviderCallError);
  return error as ProviderCallError;
}

describe('GeminiAdapter.listModels', () => {
  it('follows nextPageToken across pages and marks models without generateContent as not chat', async () => {
    const queries: URLSearchParams[] = [];
    server.use(http.get(`${BASE_URL}/models`, ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.searchParams);
      expect(request.headers.get('x-goog-api-key')).toBe('test-key');
      return HttpResponse.json(JSON.parse(fixture(url.searchParams.get('pageToken') ? 'models-page-2.json' : 'models-page-1.json')));
    }));
    const models = await adapter({ declaredModels: ['gemini-2.5-pro', 'gemini-exp-1206'] }).listModels();
    expect(queries.map((query) => [query.get('pageSize'), query.get('pageToken')])).toEqual([['1000', null], ['1000', 'Ch5tb2RlbHMvZ2VtaW5pLTIuMC1mbGFzaA==']]);
    expect(models.map((model) => model.id)).toEqual(['google/gemini-2.5-pro', 'google/gemini-2.0-flash', 'google/gemini-embedding-001', 'google/gemini-2.5-flash', 'google/gemini-exp-1206']);
    expect(models[0]).toMatchObject({
      provider: 'google', name: 'gemini-2.5-pro', displayName: 'Gemini 2.5 Pro', contextWindow: 1048576, maxOutputTokens: 65536, contextSource: 'listing',
      capabilities: { chat: true, code: true, reasoning: true },
    });
    expect(models.map((model) => model.capabilities.chat)).toEqual([true, true, false, true, true]);
    expect(models.map((model) => model.capabilities.reasoning)).toEqual([true, false, false, true, false]);
  });

  it('stops with a malformed error when the server repeats a page token', async () => {
    server.use(http.get(`${BASE_URL}/models`, () => HttpResponse.json(JSON.parse(fixture('models-page-1.json')))));
    expect((await failure(adapter().listModels())).kind).toBe('malformed');
  });

  it('classifies the 400 Gemini sends for a bad key as auth', async () => {
    server.use(http.get(`${BASE_URL}/models`, () => new HttpResponse(fixture('error-invalid-key.json'), { status: 400, headers: { 'content-type': 'application/json' } })));
    expect(await failure(adapter().listModels())).toMatchObject({ kind: 'auth', status: 400, retryable: false });
  });
});

describe('GeminiAdapter.generate', () => {
  it('sends contents with mapped roles, systemInstruction and generationConfig to the SSE endpoint', async () => {
    let body: unknown;
    let url: URL | undefined;
    let headers: Headers | undefined;
    server.use(http.post(STREAM_URL, async ({ request }) => {
      body = await request.json();
      url = new URL(request.url);
      headers = request.headers;
      return new HttpResponse(fixture('stream-thinking.sse'), { headers: SSE_HEADERS });
    }));
    await adapter({ extraBody: { generationConfig: { thinkingConfig: { includeThoughts: true } }, safetySettings: [] }, generationHeaders: { 'cf-aig-skip-cache': 'true' } }).generate('gemini-2.5-pro', REQUEST);
    expect(url?.searchParams.get('alt')).toBe('sse');
    expect(headers?.get('x-goog-api-key')).toBe('test-key');
    expect(headers?.get('cf-aig-skip-cache')).toBe('true');
    expect(body).toEqual({
      contents: [
        { role: 'user', parts: [{ text: 'Write total().' }] },
        { role: 'model', parts: [{ text: 'Which language?' }] },
        { role: 'user', parts: [{ text: 'Python.' }] },
      ],
      systemInstruction: { parts: [{ text: 'You are an expert engineer.\n\nAnswer in one fenced block.' }] },
      generationConfig: { temperature: 0.2, maxOutputTokens: 2048, thinkingConfig: { includeThoughts: true } },
      safetySettings: [],
    });
  });

  it('leaves out systemInstruction when there are no system messages, and accepts a models/ prefix', async () => {
    let body: Record<string, unknown> = {};
    server.use(http.post(STREAM_URL, async ({ request }) => {
      body = (await request.json()) as Record<string, unknown>;
      return new HttpResponse(fixture('stream-thinking.sse'), { headers: SSE_HEADERS });
    }));
    await adapter().generate('models/gemini-2.5-pro', { messages: [{ role: 'user', content: 'Hi' }], temperature: 0, maxOutputTokens: 16 });
    expect(body).not.toHaveProperty('systemInstruction');
  });

  it('separates thought parts from text, reports deltas in order, and normalises cached and thinking usage', async () => {
    serveStream(fixture('stream-thinking.sse'));
    const deltas: { text?: string; reasoning?: string }[] = [];
    const response = await adapter().generate('gemini-2.5-pro', { ...REQUEST, onDelta: (delta) => deltas.push(delta) });
    expect(deltas).toEqual([
      { reasoning: '**Planning the sum**\n\nThe user wants a total. ' },
      { reasoning: 'Summing with reduce.' },
      { text: '```python\ndef total(xs):\n' },
      { text: '    return sum(xs)\n```' },
    ]);
    expect(response).toEqual({
      text: '```python\ndef total(xs):\n    return sum(xs)\n```',
      reasoning: '**Planning the sum**\n\nThe user wants a total. Summing with reduce.',
      // promptTokenCount 5200 includes the 4096 cached; candidatesTokenCount 21 excludes the 180 thinking tokens.
      usage: { inputTokens: 1104, cachedInputTokens: 4096, cacheWriteTokens: 0, outputTokens: 201, reasoningTokens: 180, estimated: false },
      finishReason: 'STOP',
      httpStatus: 200,
      requestId: '8zJ8aK3xAoGk1dkP2cyC8Ag',
      rateLimit: null,
    });
  });

  it('reads CRLF line ends, comment lines and events split across chunks; a header request id wins', async () => {
    const sse = withCrlfAndComments(fixture('stream-thinking.sse').replace('Summing with reduce.', 'Summing — ✓.'));
    serveStream(chunked(sse, 5), { 'x-goog-request-id': 'goog_1' });
    const response = await adapter().generate('gemini-2.5-pro', REQUEST);
    expect(response.reasoning).toBe('**Planning the sum**\n\nThe user wants a total. Summing — ✓.');
    expect(response.text).toBe('```python\ndef total(xs):\n    return sum(xs)\n```');
    expect(response.usage?.outputTokens).toBe(201);
    expect(response.requestId).toBe('goog_1');
  });

  it('returns usage null when no chunk carried usageMetadata', async () => {
    serveStream(fixture('stream-no-usage.sse'));
    const response = await adapter().generate('gemini-2.5-pro', REQUEST);
    expect(response).toMatchObject({ text: 'ok', usage: null, finishReason: 'MAX_TOKENS', requestId: 'noUsage01' });
  });

  it('reports a blocked prompt as a finish reason with empty text, not an error', async () => {
    serveStream(fixture('stream-blocked.sse'));
    const response = await adapter().generate('gemini-2.5-pro', REQUEST);
    expect(response).toMatchObject({ text: '', finishReason: 'blocked:PROHIBITED_CONTENT', usage: { inputTokens: 30, outputTokens: 0 } });
  });

  it('fails with stream_cut when no chunk carried a finishReason', async () => {
    serveStream(fixture('stream-cut.sse'));
    expect(await failure(adapter().generate('gemini-2.5-pro', REQUEST))).toMatchObject({ kind: 'stream_cut', requestId: 'cutResponse01', retryable: true });
  });

  it('fails with stream_cut when the connection breaks while reading', async () => {
    serveStream(chunked(fixture('stream-thinking.sse'), 64, 640));
    expect((await failure(adapter().generate('gemini-2.5-pro', REQUEST))).kind).toBe('stream_cut');
  });

  it('classifies a RESOURCE_EXHAUSTED error chunk after the 200 as rate_limited', async () => {
    serveStream(fixture('stream-resource-exhausted.sse'));
    const error = await failure(adapter().generate('gemini-2.5-pro', REQUEST));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 200, requestId: 'exhausted01', retryable: true });
    expect(error.message).toContain('Resource has been exhausted');
  });

  it.each([
    ['UNAVAILABLE', 503, 'overloaded'],
    ['INTERNAL', 500, 'server'],
    ['INVALID_ARGUMENT', 400, 'bad_request'],
    ['FAILED_PRECONDITION', 500, 'bad_request'],
  ])('maps a %s error chunk (code %i) to %s', async (status, code, kind) => {
    serveStream(fixture('stream-resource-exhausted.sse').replace('RESOURCE_EXHAUSTED', status).replace('"code": 429', `"code": ${code}`));
    expect((await failure(adapter().generate('gemini-2.5-pro', REQUEST))).kind).toBe(kind);
  });

  it('classifies an error chunk without a status by its code', async () => {
    serveStream('data: {"error": {"code": 503, "message": "Service unavailable"}}\n\n');
    expect((await failure(adapter().generate('gemini-2.5-pro', REQUEST))).kind).toBe('server');
  });

  it('fails with malformed on a data line that is not JSON', async () => {
    serveStream(fixture('stream-malformed.sse'));
    expect(await failure(adapter().generate('gemini-2.5-pro', REQUEST))).toMatchObject({ kind: 'malformed', requestId: 'malformed01' });
  });

  it('classifies HTTP 429 as rate_limited with the retry-after delay', async () => {
    serveError('error-rate-limit.json', 429, { 'retry-after': '17' });
    expect(await failure(adapter().generate('gemini-2.5-pro', REQUEST))).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 17000 });
  });

  it('classifies HTTP 503 UNAVAILABLE as overloaded, keeping the retry-after delay', async () => {
    serveError('error-unavailable.json', 503, { 'retry-after': '3' });
    expect(await failure(adapter().generate('gemini-2.5-pro', REQUEST))).toMatchObject({ kind: 'overloaded', status: 503, retryAfterMs: 3000 });
  });

  it.each([
    ['error-invalid-key.json', 400],
    ['error-permission-denied.json', 403],
  ])('classifies %s (HTTP %i) as auth', async (name, status) => {
    serveError(name, status);
    expect(await failure(adapter().generate('gemini-2.5-pro', REQUEST))).toMatchObject({ kind: 'auth', status, retryable: false });
  });

  it('classifies HTTP 401 as auth', async () => {
    server.use(http.post(STREAM_URL, () => HttpResponse.json({ error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } }, { status: 401 })));
    expect(await failure(adapter().generate('gemini-2.5-pro', REQUEST))).toMatchObject({ kind: 'auth', status: 401 });
  });
});
