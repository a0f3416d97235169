import { describe, expect, it } from 'vitest';
import { createCustomAdapter, createPresetAdapter, PROVIDER_PRESETS, presetEnabled, presetEnvironment, type ProviderPreset } from './presets.js';

const preset = (id: string) => PROVIDER_PRESETS.find((entry) => entry.id === id) as ProviderPreset;

/** Captures the URL and headers of the first request an adapter makes, answering an empty listing. */
function recorder() {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers).entries()) });
    return new Response(JSON.stringify({ data: [], models: [], result: [] }), { headers: { 'content-type': 'application/json' } });
  };
  return { calls, io: { fetch, now: () => 0 } };
}

describe('provider presets', () => {
  it('maps every conventional environment variable to a provider setting', () => {
    const variables = new Map(presetEnvironment().map((entry) => [`${entry.variable}→${entry.provider}.${entry.field}`, entry]));
    for (const expected of [
      'OPENAI_API_KEY→openai.apiKey', 'OPENAI_BASE_URL→openai.baseUrl', 'ANTHROPIC_API_KEY→anthropic.apiKey', 'ANTHROPIC_BASE_URL→anthropic.baseUrl',
      'GEMINI_API_KEY→google.apiKey', 'GOOGLE_API_KEY→google.apiKey', 'GEMINI_BASE_URL→google.baseUrl', 'OPENROUTER_API_KEY→openrouter.apiKey',
      'GROQ_API_KEY→groq.apiKey', 'MISTRAL_BASE_URL→mistral.baseUrl', 'DEEPSEEK_API_KEY→deepseek.apiKey', 'TOGETHER_API_KEY→together.apiKey',
      'FIREWORKS_API_KEY→fireworks.apiKey', 'XAI_API_KEY→xai.apiKey', 'OLLAMA_HOST→ollama.baseUrl', 'CLOUDFLARE_API_TOKEN→cloudflare.apiKey',
      'CLOUDFLARE_ACCOUNT_ID→cloudflare.accountId', 'CLOUDFLARE_ACCOUNT_ID→cloudflare-gateway.accountId', 'CLOUDFLARE_GATEWAY_ID→cloudflare-gateway.gatewayId',
    ]) expect(variables.has(expected), expected).toBe(true);
    // GEMINI_API_KEY is preferred: it comes after GOOGLE_API_KEY, so the loader lets it win.
    const google = presetEnvironment().filter((entry) => entry.provider === 'google' && entry.field === 'apiKey').map((entry) => entry.variable);
    expect(google).toEqual(['GOOGLE_API_KEY', 'GEMINI_API_KEY']);
  });

  it('is enabled by a key or a base URL, never by nothing, and enabled: false wins', () => {
    expect(presetEnabled(preset('openai'), undefined)).toBe(false);
    expect(presetEnabled(preset('openai'), { apiKey: 'k' })).toBe(true);
    expect(presetEnabled(preset('openai'), { baseUrl: 'http://127.0.0.1:8000/v1' })).toBe(true);
    expect(presetEnabled(preset('openai'), { apiKey: 'k', enabled: false })).toBe(false);
    expect(presetEnabled(preset('cloudflare'), { apiKey: 't' })).toBe(false);
    expect(presetEnabled(preset('cloudflare'), { apiKey: 't', accountId: 'a' })).toBe(true);
    expect(presetEnabled(preset('cloudflare-gateway'), { apiKey: 't', accountId: 'a' })).toBe(false);
    expect(presetEnabled(preset('cloudflare-gateway'), { apiKey: 't', accountId: 'a', gatewayId: 'g' })).toBe(true);
  });

  it('authenticates each wire family its own way', async () => {
    const { calls, io } = recorder();
    await createPresetAdapter(preset('openai'), { apiKey: 'sk-o' }, io).listModels();
    await createPresetAdapter(preset('anthropic'), { apiKey: 'sk-a' }, io).listModels();
    await createPresetAdapter(preset('google'), { apiKey: 'g-k' }, io).listModels();
    expect(calls[0]).toMatchObject({ url: 'https://api.openai.com/v1/models', headers: { authorization: 'Bearer sk-o' } });
    expect(calls[1]?.url).toMatch(/^https:\/\/api\.anthropic\.com\/v1\/models/);
    expect(calls[1]?.headers).toMatchObject({ 'x-api-key': 'sk-a', 'anthropic-version': '2023-06-01' });
    expect(calls[1]?.headers).not.toHaveProperty('authorization');
    expect(calls[2]?.url).toMatch(/^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/models/);
    expect(calls[2]?.headers).toMatchObject({ 'x-goog-api-key': 'g-k' });
  });

  it('uses an overriding base URL, with no key needed, and Ollama hosts without a scheme', async () => {
    const { calls, io } = recorder();
    await createPresetAdapter(preset('openai'), { baseUrl: 'http://127.0.0.1:8000/v1/' }, io).listModels();
    await createPresetAdapter(preset('ollama'), { baseUrl: '127.0.0.1:11434' }, io).listModels();
    expect(calls[0]).toMatchObject({ url: 'http://127.0.0.1:8000/v1/models' });
    expect(calls[0]?.headers).not.toHaveProperty('authorization');
    expect(calls[1]?.url).toBe('http://127.0.0.1:11434/api/tags');
  });

  it('reaches Workers AI through the account, and the AI Gateway compat endpoint with its own auth and no cache', async () => {
    const { calls, io } = recorder();
    await createPresetAdapter(preset('cloudflare'), { apiKey: 'cf', accountId: 'acc' }, io).listModels();
    expect(calls[0]?.url).toMatch(/^https:\/\/api\.cloudflare\.com\/client\/v4\/accounts\/acc\/ai\/models\/search\?/);
    expect(calls[0]?.headers.authorization).toBe('Bearer cf');
    await createPresetAdapter(preset('cloudflare-gateway'), { apiKey: 'cf', accountId: 'acc', gatewayId: 'gw', models: ['openai/gpt-4.1-mini'] }, io).listModels();
    expect(calls[1]).toMatchObject({ url: 'https://gateway.ai.cloudflare.com/v1/acc/gw/compat/models', headers: { 'cf-aig-authorization': 'Bearer cf' } });
  });

  it("routes a provider through the gateway's native proxy when viaGateway is set, bypassing its cache", async () => {
    const calls: { url: string; headers: Headers }[] = [];
    const io = {
      now: () => 0,
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        calls.push({ url: String(input), headers: new Headers(init?.headers) });
        return new Response('data: {"choices":[{"delta":{"content":"hi"},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n', { headers: { 'content-type': 'text/event-stream' } });
      }) as typeof fetch,
    };
    const adapter = createPresetAdapter(preset('openai'), { apiKey: 'sk-o', viaGateway: true }, io, { accountId: 'acc', gatewayId: 'gw', apiKey: 'cf' });
    await adapter.generate('gpt-4.1', { messages: [{ role: 'user', content: 'hi' }], temperature: 0, maxOutputTokens: 10 });
    expect(calls[0]?.url).toBe('https://gateway.ai.cloudflare.com/v1/acc/gw/openai/chat/completions');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer sk-o');
    expect(calls[0]?.headers.get('cf-aig-authorization')).toBe('Bearer cf');
    expect(calls[0]?.headers.get('cf-aig-skip-cache')).toBe('true');
  });

  it('names the missing setting and the fix when an enabled provider lacks it', () => {
    const { io } = recorder();
    expect(() => createPresetAdapter(preset('openai'), { enabled: true }, io)).toThrow(/OPENAI_API_KEY/);
    expect(() => createPresetAdapter(preset('cloudflare'), { enabled: true, apiKey: 't' }, io)).toThrow(/CLOUDFLARE_ACCOUNT_ID/);
    expect(() => createPresetAdapter(preset('groq'), { apiKey: 'k', viaGateway: true }, io)).toThrow(/CLOUDFLARE_GATEWAY_ID/);
    expect(() => createPresetAdapter(preset('together'), { apiKey: 'k', viaGateway: true }, io, { accountId: 'a', gatewayId: 'g' })).toThrow(/native proxy/);
  });

  it('builds custom OpenAI-compatible endpoints with their key and headers', async () => {
    const { calls, io } = recorder();
    await createCustomAdapter({ id: 'lab-vllm', baseUrl: 'http://10.0.0.5:8000/v1', apiKey: 'k', listing: 'openai', headers: { 'x-team': 'ml' } }, io).listModels();
    expect(calls[0]).toMatchObject({ url: 'http://10.0.0.5:8000/v1/models', headers: { authorization: 'Bearer k', 'x-team': 'ml' } });
    const none = createCustomAdapter({ id: 'lm', baseUrl: 'http://127.0.0.1:1234/v1', listing: 'none', models: ['qwen-coder'] }, io);
    expect((await none.listModels()).map((model) => model.id)).toEqual(['lm/qwen-coder']);
  });
});
