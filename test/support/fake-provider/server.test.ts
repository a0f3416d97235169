import { createParser } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGenerateRequest, type FakeProvider, startFakeProvider } from './server.js';

type Family = 'openai' | 'anthropic' | 'gemini';

const SYSTEM = 'You write production code.';
const USER = 'Write a function that adds two numbers, in Python.';
const INPUT_TOKENS = Math.ceil((SYSTEM.length + USER.length) / 4);
const TEXT = 'Here it is:\n\n```python\ndef add(a, b):\n    return a + b\n```\n';
const REASONING = 'The user wants addition. A two-argument function returning the sum is enough.';

const respond = (request: FakeGenerateRequest) => (/reason|think/.test(request.model) ? { text: TEXT, reasoning: REASONING } : { text: TEXT });

interface Call {
  family: Family;
  model: string;
  stream: boolean;
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Gemini streams: leave out alt=sse. */
  noAlt?: boolean;
  signal?: AbortSignal;
}

function bodyOf(call: Call): Record<string, unknown> {
  if (call.family === 'openai') {
    return { model: call.model, messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: USER }], temperature: 0, max_tokens: 4096, stream: call.stream, ...(call.stream ? { stream_options: { include_usage: true } } : {}), ...call.extra };
  }
  if (call.family === 'anthropic') {
    return { model: call.model, max_tokens: 4096, system: SYSTEM, messages: [{ role: 'user', content: [{ type: 'text', text: USER }] }], stream: call.stream, ...call.extra };
  }
  return { systemInstruction: { parts: [{ text: SYSTEM }] }, contents: [{ role: 'user', parts: [{ text: USER }] }], generationConfig: { temperature: 0, maxOutputTokens: 4096 }, ...call.extra };
}

function send(fake: FakeProvider, call: Call): Promise<Response> {
  const body = JSON.stringify(bodyOf(call));
  const init = { method: 'POST', body, ...(call.signal ? { signal: call.signal } : {}) };
  if (call.family === 'openai') return fetch(`${fake.openaiBaseUrl}/chat/completions`, { ...init, headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json', ...call.headers } });
  if (call.family === 'anthropic') return fetch(`${fake.anthropicBaseUrl}/v1/messages`, { ...init, headers: { 'x-api-key': 'sk-ant-test', 'anthropic-version': '2023-06-01', 'content-type': 'application/json', ...call.headers } });
  const action = call.stream ? (call.noAlt ? 'streamGenerateContent' : 'streamGenerateContent?alt=sse') : 'generateContent';
  return fetch(`${fake.geminiBaseUrl}/models/${encodeURIComponent(call.model)}:${action}`, { ...init, headers: { 'x-goog-api-key': 'gm-test', 'content-type': 'application/json', ...call.headers } });
}

/** The raw body, and the error that ended it early (a destroyed socket) if any. */
async function raw(response: Response): Promise<{ text: string; error?: unknown }> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return { text, error };
  }
  return { text };
}

function sse(text: string): { event?: string; data: string }[] {
  const events: { event?: string; data: string }[] = [];
  const parser = createParser({ onEvent: (event) => events.push({ data: event.data, ...(event.event ? { event: event.event } : {}) }) });
  parser.feed(text);
  return events;
}

interface Assembled {
  text: string;
  reasoning: string;
  usage: Record<string, unknown> | null;
  finish: string | null;
  deltas: number;
}

/** Reassembles a stream the way a careful client does (and fails on anything that is not JSON). */
function assemble(family: Family, events: { event?: string; data: string }[]): Assembled {
  const out: Assembled = { text: '', reasoning: '', usage: null, finish: null, deltas: 0 };
  for (const event of events) {
    if (family === 'openai' && event.data === '[DONE]') continue;
    const json = JSON.parse(event.data) as Record<string, unknown> & { choices?: { delta?: { content?: string | null; reasoning_content?: string }; finish_reason?: string | null }[] };
    if (family === 'openai') {
      for (const choice of json.choices ?? []) {
        if (choice.delta?.content) {
          out.text += choice.delta.content;
          out.deltas += 1;
        }
        if (choice.delta?.reasoning_content) {
          out.reasoning += choice.delta.reasoning_content;
          out.deltas += 1;
        }
        if (choice.finish_reason) out.finish = choice.finish_reason;
      }
      if (json.usage) out.usage = json.usage as Record<string, unknown>;
    } else if (family === 'anthropic') {
      const data = json as { type: string; delta?: { type?: string; text?: string; thinking?: string; stop_reason?: string }; message?: { usage?: Record<string, unknown> }; usage?: Record<string, unknown> };
      expect(data.type).toBe(event.event);
      if (data.type === 'message_start' && data.message?.usage) out.usage = { ...data.message.usage };
      if (data.type === 'content_block_delta' && data.delta?.type === 'text_delta') {
        out.text += data.delta.text;
        out.deltas += 1;
      }
      if (data.type === 'content_block_delta' && data.delta?.type === 'thinking_delta') {
        out.reasoning += data.delta.thinking;
        out.deltas += 1;
      }
      if (data.type === 'message_delta') {
        out.finish = data.delta?.stop_reason ?? null;
        if (data.usage) out.usage = { ...out.usage, ...data.usage };
      }
    } else {
      const data = json as { candidates?: { content?: { parts?: { text?: string; thought?: boolean }[] }; finishReason?: string }[]; usageMetadata?: Record<string, unknown> };
      for (const part of data.candidates?.[0]?.content?.parts ?? []) {
        if (!part.text) continue;
        if (part.thought) out.reasoning += part.text;
        else out.text += part.text;
        out.deltas += 1;
      }
      if (data.candidates?.[0]?.finishReason) out.finish = data.candidates[0].finishReason;
      if (data.usageMetadata) out.usage = data.usageMetadata;
    }
  }
  return out;
}

/** The text and reasoning of a non-stream answer. */
function messageText(family: Family, json: Record<string, unknown>): { text: string; reasoning: string; usage: unknown } {
  if (family === 'openai') {
    const message = (json as { choices: { message: { content: string; reasoning_content?: string } }[] }).choices[0]?.message;
    return { text: message?.content ?? '', reasoning: message?.reasoning_content ?? '', usage: json.usage };
  }
  if (family === 'anthropic') {
    const content = (json as { content: { type: string; text?: string; thinking?: string }[] }).content;
    return { text: content.filter((block) => block.type === 'text').map((block) => block.text).join(''), reasoning: content.filter((block) => block.type === 'thinking').map((block) => block.thinking).join(''), usage: json.usage };
  }
  const parts = (json as { candidates: { content: { parts: { text: string; thought?: boolean }[] } }[] }).candidates[0]?.content.parts ?? [];
  return { text: parts.filter((part) => !part.thought).map((part) => part.text).join(''), reasoning: parts.filter((part) => part.thought).map((part) => part.text).join(''), usage: json.usageMetadata };
}

const THINKING = { anthropic: { thinking: { type: 'enabled', budget_tokens: 2048 } }, gemini: { generationConfig: { maxOutputTokens: 4096, thinkingConfig: { includeThoughts: true } } }, openai: {} };
const MODELS: Record<Family, { plain: string; think: string; cache: string }> = {
  openai: { plain: 'gpt-fake-mini', think: 'deepseek-fake-reasoner', cache: 'gpt-fake-cache' },
  anthropic: { plain: 'claude-fake-haiku', think: 'claude-fake-sonnet-think', cache: 'claude-fake-cache' },
  gemini: { plain: 'gemini-fake-flash', think: 'gemini-fake-pro-think', cache: 'gemini-fake-flash-cache' },
};
const FAMILIES: Family[] = ['openai', 'anthropic', 'gemini'];

let fake: FakeProvider;
beforeAll(async () => {
  fake = await startFakeProvider({ respond, chunkSize: 8 });
});
afterAll(async () => {
  await fake.close();
});

describe('model listings', () => {
  it('lists OpenAI-family models at once, with OpenRouter-style fields', async () => {
    const response = await fetch(`${fake.openaiBaseUrl}/models`, { headers: { authorization: 'Bearer sk-test' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { object: string; data: Record<string, unknown>[]; has_more?: boolean };
    expect(body.object).toBe('list');
    expect(body.has_more).toBeUndefined();
    expect(body.data.map((model) => model.id)).toEqual(['gpt-fake-mini', 'gpt-fake-cache', 'deepseek-fake-reasoner', 'text-embedding-fake']);
    expect(body.data[0]).toMatchObject({ object: 'model', owned_by: 'fake-provider', name: 'GPT Fake Mini', context_length: 128000, pricing: { prompt: '0.00000015', completion: '0.0000006' } });
    expect(typeof body.data[0]?.created).toBe('number');
    expect(body.data[3]).not.toHaveProperty('pricing');
  });

  it('pages the Anthropic listing with after_id (and before_id)', async () => {
    const headers = { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };
    const ids: string[] = [];
    let after: string | null = null;
    const pages: { has_more: boolean; first_id: string | null; last_id: string | null }[] = [];
    do {
      const query: string = after ? `?limit=20&after_id=${after}` : '?limit=20';
      const page = (await (await fetch(`${fake.anthropicBaseUrl}/v1/models${query}`, { headers })).json()) as { data: { type: string; id: string; display_name: string; created_at: string }[]; has_more: boolean; first_id: string | null; last_id: string | null };
      pages.push(page);
      for (const model of page.data) {
        expect(model.type).toBe('model');
        expect(model.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        ids.push(model.id);
      }
      after = page.has_more ? page.last_id : null;
    } while (after);
    expect(ids).toEqual(['claude-fake-haiku', 'claude-fake-sonnet-think', 'claude-fake-cache']);
    expect(pages.map((page) => page.has_more)).toEqual([true, false]);
    expect(pages[0]).toMatchObject({ first_id: 'claude-fake-haiku', last_id: 'claude-fake-sonnet-think' });
    const before = (await (await fetch(`${fake.anthropicBaseUrl}/v1/models?before_id=claude-fake-cache&limit=1`, { headers })).json()) as { data: { id: string }[]; has_more: boolean };
    expect(before.data.map((model) => model.id)).toEqual(['claude-fake-sonnet-think']);
    expect(before.has_more).toBe(true);
    const noVersion = await fetch(`${fake.anthropicBaseUrl}/v1/models`, { headers: { 'x-api-key': 'k' } });
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
  });

  it('pages the Gemini listing with pageToken', async () => {
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const query = token ? `?pageSize=50&pageToken=${token}&key=gm` : '?pageSize=50&key=gm';
      const page = (await (await fetch(`${fake.geminiBaseUrl}/models${query}`)).json()) as { models: Record<string, unknown>[]; nextPageToken?: string };
      pages += 1;
      expect(page.models.length).toBeLessThanOrEqual(2);
      for (const model of page.models) names.push(model.name as string);
      token = page.nextPageToken;
    } while (token);
    expect(pages).toBe(2);
    expect(names).toEqual(['models/gemini-fake-flash', 'models/gemini-fake-pro-think', 'models/gemini-fake-flash-cache', 'models/gemini-embedding-fake']);
    const one = (await (await fetch(`${fake.geminiBaseUrl}/models/gemini-fake-pro-think`)).json()) as Record<string, unknown>;
    expect(one).toMatchObject({ name: 'models/gemini-fake-pro-think', inputTokenLimit: 1048576, outputTokenLimit: 65536, supportedGenerationMethods: ['generateContent', 'countTokens'], thinking: true });
    const bad = await fetch(`${fake.geminiBaseUrl}/models?pageToken=nonsense`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
  });
});

describe('answers', () => {
  for (const family of FAMILIES) {
    it(`${family}: a stream reassembles to the non-stream answer, with reasoning for thinking models`, async () => {
      for (const model of [MODELS[family].plain, MODELS[family].think]) {
        const extra = model === MODELS[family].think ? THINKING[family] : {};
        const whole = await send(fake, { family, model, stream: false, extra });
        expect(whole.status).toBe(200);
        expect(whole.headers.get('content-type')).toMatch(/^application\/json/);
        const message = messageText(family, (await whole.json()) as Record<string, unknown>);
        const streamed = await send(fake, { family, model, stream: true, extra });
        expect(streamed.status).toBe(200);
        expect(streamed.headers.get('content-type')).toMatch(/^text\/event-stream/);
        const { text, error } = await raw(streamed);
        expect(error).toBeUndefined();
        const assembled = assemble(family, sse(text));
        expect(assembled.text).toBe(TEXT);
        expect(message.text).toBe(TEXT);
        const reasoning = model === MODELS[family].think ? REASONING : '';
        expect(assembled.reasoning).toBe(reasoning);
        expect(message.reasoning).toBe(reasoning);
        expect(assembled.deltas).toBe(Math.ceil(TEXT.length / 8) + Math.ceil(reasoning.length / 8));
        expect(assembled.finish).toBe({ openai: 'stop', anthropic: 'end_turn', gemini: 'STOP' }[family]);
        if (family === 'openai') expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
        if (family === 'anthropic') expect(text).toMatch(/event: message_stop\ndata: \{"type":"message_stop"\}\n\n$/);
        if (family === 'gemini') expect(text).toMatch(/^data: \{.*\}\r\n\r\n/);
      }
    });
  }

  it('sends request ids: x-request-id (OpenAI), request-id (Anthropic), responseId (Gemini)', async () => {
    expect((await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: false })).headers.get('x-request-id')).toMatch(/^req_\d+$/);
    expect((await send(fake, { family: 'anthropic', model: 'claude-fake-haiku', stream: false })).headers.get('request-id')).toMatch(/^req_\d+$/);
    const gemini = (await (await send(fake, { family: 'gemini', model: 'gemini-fake-flash', stream: false })).json()) as { responseId: string; modelVersion: string };
    expect(gemini.responseId).toMatch(/^fake-response-\d+$/);
  });

  it('follows the OpenAI stream shape: role chunk first, usage chunk only with include_usage', async () => {
    const events = sse((await raw(await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: true }))).text);
    const first = JSON.parse(events[0]?.data ?? '{}') as { object: string; choices: { delta: unknown }[]; usage: unknown };
    expect(first.object).toBe('chat.completion.chunk');
    expect(first.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(first.usage).toBeNull();
    const beforeDone = JSON.parse(events[events.length - 2]?.data ?? '{}') as { choices: unknown[]; usage: Record<string, unknown> };
    expect(beforeDone.choices).toEqual([]);
    expect(beforeDone.usage).toHaveProperty('prompt_tokens');
    const withoutUsage = sse((await raw(await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: true, extra: { stream_options: undefined } }))).text);
    expect(withoutUsage.some((event) => event.data.includes('"usage"'))).toBe(false);
    const rejected = await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: false, extra: { stream_options: { include_usage: true } } });
    expect(rejected.status).toBe(400);
  });

  it('streams a JSON array from Gemini streamGenerateContent without alt=sse', async () => {
    const response = await send(fake, { family: 'gemini', model: 'gemini-fake-flash', stream: true, noAlt: true });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const chunks = JSON.parse((await raw(response)).text) as { candidates: { content: { parts: { text: string }[] } }[] }[];
    expect(chunks.map((chunk) => chunk.candidates[0]?.content.parts[0]?.text).join('')).toBe(TEXT);
  });

  it('stops at max tokens with each family\'s finish reason', async () => {
    const openai = (await (await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: false, extra: { max_tokens: 3 } })).json()) as { choices: { message: { content: string }; finish_reason: string }[]; usage: { completion_tokens: number } };
    expect(openai.choices[0]?.finish_reason).toBe('length');
    expect(openai.choices[0]?.message.content).toBe(TEXT.slice(0, 12));
    expect(openai.usage.completion_tokens).toBe(3);
    const anthropic = assemble('anthropic', sse((await raw(await send(fake, { family: 'anthropic', model: 'claude-fake-haiku', stream: true, extra: { max_tokens: 2 } }))).text));
    expect(anthropic).toMatchObject({ text: TEXT.slice(0, 8), finish: 'max_tokens' });
    const gemini = assemble('gemini', sse((await raw(await send(fake, { family: 'gemini', model: 'gemini-fake-flash', stream: true, extra: { generationConfig: { maxOutputTokens: 1 } } }))).text));
    expect(gemini).toMatchObject({ text: TEXT.slice(0, 4), finish: 'MAX_TOKENS' });
  });

  it('checks request shapes as the real APIs do', async () => {
    expect((await send(fake, { family: 'anthropic', model: 'claude-fake-haiku', stream: false, extra: { max_tokens: undefined } })).status).toBe(400);
    expect((await send(fake, { family: 'anthropic', model: 'claude-fake-haiku', stream: false, extra: { messages: [{ role: 'system', content: 'x' }] } })).status).toBe(400);
    expect((await send(fake, { family: 'anthropic', model: 'claude-fake-sonnet-think', stream: false, extra: { ...THINKING.anthropic, temperature: 0 } })).status).toBe(400);
    expect((await send(fake, { family: 'gemini', model: 'gemini-fake-flash', stream: false, extra: { contents: [{ role: 'assistant', parts: [{ text: 'x' }] }] } })).status).toBe(400);
    expect((await send(fake, { family: 'openai', model: 'text-embedding-fake', stream: false })).status).toBe(404);
    expect((await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: false, extra: { messages: [] } })).status).toBe(400);
  });
});

describe('usage', () => {
  for (const family of FAMILIES) {
    it(`${family}: reports the deterministic usage in the provider's own accounting`, async () => {
      const textTokens = Math.ceil(TEXT.length / 4);
      const reasoningTokens = Math.ceil(REASONING.length / 4);
      for (const kind of ['plain', 'think', 'cache'] as const) {
        const model = MODELS[family][kind];
        const extra = kind === 'think' ? THINKING[family] : {};
        const cached = kind === 'cache' ? Math.floor(INPUT_TOKENS / 2) : 0;
        const reasoning = kind === 'think' ? reasoningTokens : 0;
        const whole = messageText(family, (await (await send(fake, { family, model, stream: false, extra })).json()) as Record<string, unknown>).usage;
        const streamed = assemble(family, sse((await raw(await send(fake, { family, model, stream: true, extra }))).text)).usage;
        for (const usage of [whole, streamed]) {
          if (family === 'openai') {
            expect(usage).toMatchObject({ prompt_tokens: INPUT_TOKENS, completion_tokens: textTokens + reasoning, total_tokens: INPUT_TOKENS + textTokens + reasoning, prompt_tokens_details: { cached_tokens: cached }, completion_tokens_details: { reasoning_tokens: reasoning } });
          } else if (family === 'anthropic') {
            expect(usage).toMatchObject({ input_tokens: INPUT_TOKENS - cached, cache_read_input_tokens: cached, cache_creation_input_tokens: 0, output_tokens: textTokens + reasoning });
          } else {
            const metadata = usage as Record<string, unknown>;
            expect(metadata).toMatchObject({ promptTokenCount: INPUT_TOKENS, candidatesTokenCount: textTokens, totalTokenCount: INPUT_TOKENS + textTokens + reasoning });
            expect(metadata.thoughtsTokenCount).toBe(reasoning || undefined);
            expect(metadata.cachedContentTokenCount).toBe(cached || undefined);
          }
        }
        const request = fake.requests.at(-1)?.generate as FakeGenerateRequest;
        expect(fake.usageFor(request, TEXT, kind === 'think' ? REASONING : undefined)).toEqual({ input: INPUT_TOKENS - cached, cachedInput: cached, cacheWrite: 0, output: textTokens + reasoning, reasoning });
      }
    });
  }

  it('Gemini counts hidden thoughts; Anthropic thinks only when asked', async () => {
    const hidden = assemble('gemini', sse((await raw(await send(fake, { family: 'gemini', model: 'gemini-fake-pro-think', stream: true }))).text));
    expect(hidden.reasoning).toBe('');
    expect(hidden.usage).toMatchObject({ thoughtsTokenCount: Math.ceil(REASONING.length / 4) });
    const plain = assemble('anthropic', sse((await raw(await send(fake, { family: 'anthropic', model: 'claude-fake-sonnet-think', stream: true }))).text));
    expect(plain.reasoning).toBe('');
    expect(plain.usage).toMatchObject({ output_tokens: Math.ceil(TEXT.length / 4) });
    const request = fake.requests.at(-1)?.generate as FakeGenerateRequest;
    expect(fake.usageFor(request, TEXT, REASONING).reasoning).toBe(0);
  });
});

describe('faults', () => {
  it('status faults: 429 with retry-after, 529 overloaded, Gemini RetryInfo, insufficient quota', async () => {
    fake.inject({ type: 'status', status: 429, retryAfterSeconds: 2 }, { family: 'openai' });
    const limited = await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: true });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(await limited.json()).toEqual({ error: { message: expect.any(String), type: 'requests', param: null, code: 'rate_limit_exceeded' } });
    fake.inject({ type: 'status', status: 529 }, { model: 'claude-fake-haiku' });
    const overloaded = await send(fake, { family: 'anthropic', model: 'claude-fake-haiku', stream: true });
    expect(overloaded.status).toBe(529);
    expect(await overloaded.json()).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    fake.inject({ type: 'status', status: 429, retryAfterMs: 1500 }, { family: 'gemini' });
    const gemini = await send(fake, { family: 'gemini', model: 'gemini-fake-flash', stream: false });
    expect(gemini.status).toBe(429);
    expect(gemini.headers.get('retry-after')).toBeNull();
    expect(await gemini.json()).toMatchObject({ error: { code: 429, status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.5s' }] } });
    const quota = await send(fake, { family: 'openai', model: 'gpt-fake-mini@fault=quota', stream: false });
    expect(quota.status).toBe(429);
    expect(await quota.json()).toMatchObject({ error: { type: 'insufficient_quota', code: 'insufficient_quota' } });
    // The queued faults are used up: the next requests answer.
    expect((await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: false })).status).toBe(200);
  });

  it('injected faults are taken FIFO by matching requests only', async () => {
    fake.inject({ type: 'status', status: 500 }, { model: 'gpt-fake-cache', times: 2 });
    fake.inject({ type: 'status', status: 401 }, { family: 'openai' });
    expect((await send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: false })).status).toBe(401);
    expect((await send(fake, { family: 'anthropic', model: 'claude-fake-haiku', stream: false })).status).toBe(200);
    expect((await send(fake, { family: 'openai', model: 'gpt-fake-cache', stream: false })).status).toBe(500);
    expect((await send(fake, { family: 'openai', model: 'gpt-fake-cache', stream: false })).status).toBe(500);
    expect((await send(fake, { family: 'openai', model: 'gpt-fake-cache', stream: false })).status).toBe(200);
  });

  for (const family of FAMILIES) {
    it(`${family}: a cut stream ends after N content chunks with no terminal event`, async () => {
      fake.inject({ type: 'cut-stream', afterChunks: 2 }, { family });
      const response = await send(fake, { family, model: MODELS[family].plain, stream: true });
      expect(response.status).toBe(200);
      const { text, error } = await raw(response);
      expect(error).toBeDefined();
      const assembled = assemble(family, sse(text));
      expect(assembled.deltas).toBe(2);
      expect(assembled.text).toBe(TEXT.slice(0, 16));
      expect(assembled.finish).toBeNull();
      expect(text).not.toContain('[DONE]');
      expect(text).not.toContain('message_stop');
    });

    it(`${family}: an error event arrives in the stream after N chunks`, async () => {
      fake.inject({ type: 'error-event', afterChunks: 1 }, { family });
      const { text, error } = await raw(await send(fake, { family, model: MODELS[family].plain, stream: true }));
      expect(error).toBeUndefined();
      const events = sse(text);
      const last = events[events.length - 1] as { event?: string; data: string };
      if (family === 'anthropic') {
        expect(last.event).toBe('error');
        expect(JSON.parse(last.data)).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
      } else if (family === 'openai') {
        expect(JSON.parse(last.data)).toMatchObject({ error: { type: 'server_error', message: expect.any(String) } });
      } else {
        expect(JSON.parse(last.data)).toMatchObject({ error: { code: 500, status: 'INTERNAL' } });
      }
      expect(assemble(family, events.slice(0, -1)).deltas).toBe(1);
      expect(text).not.toContain('[DONE]');
      expect(text).not.toContain('message_stop');
    });

    it(`${family}: a malformed data line breaks the JSON of one event`, async () => {
      fake.inject({ type: 'malformed-json', afterChunks: 1 }, { family });
      const { text } = await raw(await send(fake, { family, model: MODELS[family].plain, stream: true }));
      const broken = sse(text).filter((event) => {
        if (event.data === '[DONE]') return false;
        try {
          JSON.parse(event.data);
          return false;
        } catch {
          return true;
        }
      });
      expect(broken).toHaveLength(1);
      expect(() => assemble(family, sse(text))).toThrow(SyntaxError);
      fake.inject({ type: 'malformed-json', afterChunks: 0 }, { family });
      const whole = await send(fake, { family, model: MODELS[family].plain, stream: false });
      expect(whole.status).toBe(200);
      await expect(whole.json()).rejects.toThrow();
    });

    it(`${family}: missing-usage leaves usage out everywhere`, async () => {
      fake.inject({ type: 'missing-usage' }, { family, times: 2 });
      const streamed = assemble(family, sse((await raw(await send(fake, { family, model: MODELS[family].plain, stream: true }))).text));
      expect(streamed.text).toBe(TEXT);
      expect(streamed.usage).toBeNull();
      const whole = messageText(family, (await (await send(fake, { family, model: MODELS[family].plain, stream: false })).json()) as Record<string, unknown>);
      expect(whole.text).toBe(TEXT);
      expect(whole.usage).toBeUndefined();
    });

    it(`${family}: CRLF line ends and keep-alive comments still make a valid answer`, async () => {
      fake.inject({ type: 'crlf-and-comments' }, { family });
      const { text } = await raw(await send(fake, { family, model: MODELS[family].plain, stream: true }));
      expect(text).toContain(': keep-alive\r\n\r\n');
      expect(text).toContain('\r\n\r\n');
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      expect(assemble(family, sse(text)).text).toBe(TEXT);
    });
  }

  it('slow-first-token: headers at once, the first content chunk after the delay', async () => {
    fake.inject({ type: 'slow-first-token', delayMs: 250 }, { family: 'anthropic' });
    const started = performance.now();
    const response = await send(fake, { family: 'anthropic', model: 'claude-fake-haiku', stream: true });
    const headersAt = performance.now() - started;
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let seen = '';
    while (!seen.includes('text_delta')) {
      const { done, value } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
    const firstTokenAt = performance.now() - started;
    await reader.cancel();
    expect(firstTokenAt).toBeGreaterThanOrEqual(240);
    expect(firstTokenAt - headersAt).toBeGreaterThanOrEqual(200);
  });

  it('hang: nothing is sent, so a client timeout fires', async () => {
    fake.inject({ type: 'hang', ms: 3_000 }, { family: 'openai' });
    const started = performance.now();
    await expect(send(fake, { family: 'openai', model: 'gpt-fake-mini', stream: true, signal: AbortSignal.timeout(150) })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2_500);
  });

  it('fault directives in model names are counted per model name', async () => {
    const model = 'gpt-fake-mini@fault=429x2+cutx1';
    const first = await send(fake, { family: 'openai', model, stream: true });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('0');
    expect((await send(fake, { family: 'openai', model, stream: true })).status).toBe(429);
    const cut = await raw(await send(fake, { family: 'openai', model, stream: true }));
    expect(cut.error).toBeDefined();
    expect(assemble('openai', sse((await raw(await send(fake, { family: 'openai', model, stream: true }))).text)).text).toBe(TEXT);
    // Another name has its own count; the Gemini model name travels in the path.
    expect((await send(fake, { family: 'gemini', model: 'gemini-fake-flash@fault=529', stream: true })).status).toBe(529);
    expect((await send(fake, { family: 'gemini', model: 'gemini-fake-flash@fault=529', stream: true })).status).toBe(200);
    const modifiers = await raw(await send(fake, { family: 'anthropic', model: 'claude-fake-haiku@fault=crlf+nousage+errorx1', stream: true }));
    expect(modifiers.text).toContain(': keep-alive\r\n');
    expect(modifiers.text).toContain('event: error');
    const again = await raw(await send(fake, { family: 'anthropic', model: 'claude-fake-haiku@fault=crlf+nousage+errorx1', stream: true }));
    expect(assemble('anthropic', sse(again.text))).toMatchObject({ text: TEXT, usage: null });
    const bad = await send(fake, { family: 'openai', model: 'gpt-fake-mini@fault=explode', stream: false });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('Unknown fault directive');
  });
});

describe('rate limit and keys', () => {
  it('answers 429 only above the configured rate, with rate-limit headers throughout', async () => {
    const limited = await startFakeProvider({ requestsPerMinute: 3, respond });
    try {
      const statuses: number[] = [];
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await send(limited, { family: 'openai', model: 'gpt-fake-mini', stream: false });
        statuses.push(response.status);
        remaining.push(response.headers.get('x-ratelimit-remaining-requests'));
        expect(response.headers.get('x-ratelimit-limit-requests')).toBe('3');
        expect(response.headers.get('x-ratelimit-reset-requests')).toMatch(/^(\d+ms|[\d.]+s|\d+m[\d.]+s)$/);
        if (response.status === 429) {
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(50);
          expect(await response.json()).toMatchObject({ error: { type: 'requests', code: 'rate_limit_exceeded' } });
        } else await response.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(remaining).toEqual(['2', '1', '0', '0', '0']);
      // Each family has its own window.
      const anthropic = await send(limited, { family: 'anthropic', model: 'claude-fake-haiku', stream: true });
      expect(anthropic.status).toBe(200);
      expect(anthropic.headers.get('anthropic-ratelimit-requests-remaining')).toBe('2');
      expect(Date.parse(anthropic.headers.get('anthropic-ratelimit-requests-reset') ?? '')).toBeGreaterThan(Date.now());
      await raw(anthropic);
      expect(limited.stats()).toMatchObject({ generations: 6, status429: 2 });
    } finally {
      await limited.close();
    }
  });

  it('checks keys per family when asked to', async () => {
    const strict = await startFakeProvider({ apiKey: 'right', respond });
    try {
      expect((await send(strict, { family: 'openai', model: 'gpt-fake-mini', stream: false, headers: { authorization: '' } })).status).toBe(401);
      expect((await send(strict, { family: 'openai', model: 'gpt-fake-mini', stream: false, headers: { authorization: 'Bearer right' } })).status).toBe(200);
      const anthropic = await send(strict, { family: 'anthropic', model: 'claude-fake-haiku', stream: false });
      expect(anthropic.status).toBe(401);
      expect(await anthropic.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
      expect((await send(strict, { family: 'gemini', model: 'gemini-fake-flash', stream: false, headers: { 'x-goog-api-key': '' } })).status).toBe(403);
      expect((await send(strict, { family: 'gemini', model: 'gemini-fake-flash', stream: false })).status).toBe(400);
      expect((await fetch(`${strict.geminiBaseUrl}/models?key=right`)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('records requests and the highest concurrency, with latency and keep-alive', async () => {
    const slow = await startFakeProvider({ latencyMs: 100, respond });
    try {
      const responses = await Promise.all(Array.from({ length: 4 }, () => send(slow, { family: 'openai', model: 'gpt-fake-mini', stream: true })));
      await Promise.all(responses.map((response) => raw(response)));
      expect(slow.stats()).toEqual({ generations: 4, status429: 0, maxConcurrent: 4 });
      expect(slow.requests).toHaveLength(4);
      expect(slow.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', status: 200, headers: { authorization: 'Bearer sk-test' } });
      expect(responses[0]?.headers.get('connection')).toBe('keep-alive');
    } finally {
      await slow.close();
    }
  });
});
