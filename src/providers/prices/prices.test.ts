import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../../core/index.js';
import { catalogueKey, loadCatalogue, lookupCatalogue, type PriceCatalogue } from './catalogue.js';
import { fromLiteLlm, isLiteLlmFormat } from './litellm.js';
import { loadPriceOverrides } from './overrides.js';
import { createPriceResolver } from './resolve.js';
import { updateCatalogue } from './update.js';

const bundled = path.resolve(import.meta.dirname, '../../../prices/catalogue.json');
const temp = () => mkdtempSync(path.join(tmpdir(), 'aibaas-prices-'));

const LITELLM = {
  sample_spec: { input_cost_per_token: 0, litellm_provider: 'one of https://docs.litellm.ai/docs/providers', mode: 'one of chat, embedding' },
  'gpt-4.1': { input_cost_per_token: 2e-6, output_cost_per_token: 8e-6, cache_read_input_token_cost: 5e-7, max_input_tokens: 1047576, max_output_tokens: 32768, litellm_provider: 'openai', mode: 'chat' },
  'claude-sonnet-4-20250514': { input_cost_per_token: 3e-6, output_cost_per_token: 1.5e-5, cache_read_input_token_cost: 3e-7, cache_creation_input_token_cost: 3.75e-6, max_input_tokens: 200000, litellm_provider: 'anthropic', mode: 'chat' },
  'gemini/gemini-2.5-flash': { input_cost_per_token: 3e-7, output_cost_per_token: 2.5e-6, output_cost_per_reasoning_token: 2.5e-6, max_input_tokens: 1048576, litellm_provider: 'gemini', mode: 'chat' },
  'text-embedding-3-small': { input_cost_per_token: 2e-8, output_cost_per_token: 0, litellm_provider: 'openai', mode: 'embedding' },
  'bedrock/some-model': { input_cost_per_token: 1e-6, output_cost_per_token: 1e-6, litellm_provider: 'bedrock', mode: 'chat' },
  'groq/llama-3.3-70b-versatile': { input_cost_per_token: 5.9e-7, output_cost_per_token: 7.9e-7, litellm_provider: 'groq', mode: 'chat' },
};

function model(id: string, extra: Partial<ModelInfo> = {}): ModelInfo {
  const slash = id.indexOf('/');
  return { id, provider: id.slice(0, slash), name: id.slice(slash + 1), displayName: id, capabilities: { chat: true, code: true, functionCalling: false, reasoning: false }, baseline: false, ...extra };
}

describe('the bundled price catalogue', () => {
  it('loads, names its date and sources, and every entry is sane', () => {
    const catalogue = loadCatalogue(bundled);
    expect(catalogue.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalogue.sources.length).toBeGreaterThan(3);
    expect(new Set(catalogue.models.map((entry) => entry.provider))).toEqual(new Set(['openai', 'anthropic', 'google', 'deepseek', 'mistral', 'groq', 'xai']));
    for (const entry of catalogue.models) {
      expect(entry.outputPerMTok, entry.model).toBeGreaterThanOrEqual(entry.inputPerMTok);
      if (entry.cachedInputPerMTok !== undefined) expect(entry.cachedInputPerMTok, entry.model).toBeLessThan(entry.inputPerMTok);
      if (entry.cacheWritePerMTok !== undefined) expect(entry.cacheWritePerMTok, entry.model).toBeGreaterThan(entry.inputPerMTok);
    }
    const keys = catalogue.models.map((entry) => `${entry.provider}/${entry.model}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds exact names first, then the longest prefix, only within the provider', () => {
    const catalogue = loadCatalogue(bundled);
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4o')?.inputPerMTok).toBe(2.5);
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4o-mini-2024-07-18')?.model).toBe('gpt-4o-mini');
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4o-2024-08-06')?.model).toBe('gpt-4o');
    expect(lookupCatalogue(catalogue, 'anthropic', 'claude-opus-4-5-20251101')?.inputPerMTok).toBe(5);
    expect(lookupCatalogue(catalogue, 'anthropic', 'claude-opus-4-20250514')?.inputPerMTok).toBe(15);
    expect(lookupCatalogue(catalogue, 'deepseek', 'deepseek-chat-v9')).toBeUndefined();
    expect(lookupCatalogue(catalogue, 'openrouter', 'gpt-4o')).toBeUndefined();
    expect(catalogueKey('cloudflare-gateway', 'google-ai-studio/gemini-2.5-flash')).toEqual({ provider: 'google', model: 'gemini-2.5-flash' });
    expect(catalogueKey('cloudflare-gateway', 'workers-ai/@cf/x')).toEqual({ provider: 'cloudflare-gateway', model: 'workers-ai/@cf/x' });
  });
});

describe("LiteLLM's price list", () => {
  it('converts chat models of known providers to per-million prices, dropping prefixes and everything else', () => {
    expect(isLiteLlmFormat(LITELLM)).toBe(true);
    expect(isLiteLlmFormat({ version: 1, models: [] })).toBe(false);
    const entries = fromLiteLlm(LITELLM);
    expect(entries.map((entry) => `${entry.provider}/${entry.model}`)).toEqual(['openai/gpt-4.1', 'anthropic/claude-sonnet-4-20250514', 'google/gemini-2.5-flash', 'groq/llama-3.3-70b-versatile']);
    expect(entries[0]).toEqual({ provider: 'openai', model: 'gpt-4.1', match: 'exact', inputPerMTok: 2, outputPerMTok: 8, cachedInputPerMTok: 0.5, contextWindow: 1047576, maxOutputTokens: 32768 });
    expect(entries[1]).toMatchObject({ inputPerMTok: 3, outputPerMTok: 15, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75 });
    expect(entries[2]).toMatchObject({ reasoningPerMTok: 2.5 });
    expect(entries[3]).toMatchObject({ inputPerMTok: 0.59, outputPerMTok: 0.79 });
  });
});

describe('aibaas prices update', () => {
  const now = () => new Date('2026-11-29T12:00:00Z');

  it('refreshes from a LiteLLM file and from our own format over HTTP', async () => {
    const directory = temp();
    const source = path.join(directory, 'litellm.json');
    writeFileSync(source, JSON.stringify(LITELLM));
    const target = path.join(directory, 'data', 'prices', 'catalogue.json');
    const summary = await updateCatalogue({ from: source, targetFile: target, fetch, now });
    expect(summary).toEqual({ models: 4, providers: { openai: 1, anthropic: 1, google: 1, groq: 1 }, file: target });
    expect(loadCatalogue(target)).toMatchObject({ asOf: '2026-11-29', sources: [source] });

    const server = createServer((_request, response) => response.end(readFileSync(bundled)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/catalogue.json`;
      const fromUrl = await updateCatalogue({ from: url, targetFile: target, fetch, now });
      expect(fromUrl.models).toBe(loadCatalogue(bundled).models.length);
    } finally {
      server.close();
    }
  });

  it('leaves the current catalogue byte for byte when the new one is missing, not JSON, invalid or empty', async () => {
    const directory = temp();
    const target = path.join(directory, 'catalogue.json');
    writeFileSync(target, readFileSync(bundled));
    const before = readFileSync(target);
    const bad = (name: string, content: string) => {
      writeFileSync(path.join(directory, name), content);
      return path.join(directory, name);
    };
    for (const from of [path.join(directory, 'missing.json'), bad('text.json', 'not json'), bad('invalid.json', JSON.stringify({ version: 1, asOf: '2026-11-29', sources: ['x'], models: [{ provider: 'openai', model: 'm', inputPerMTok: -1, outputPerMTok: 1 }] })), bad('empty.json', JSON.stringify({ sample_spec: {}, 'x': { litellm_provider: 'bedrock', mode: 'chat', input_cost_per_token: 1, output_cost_per_token: 1 } }))]) {
      await expect(updateCatalogue({ from, targetFile: target, fetch, now })).rejects.toMatchObject({ code: 'PRICES_INVALID' });
      expect(readFileSync(target).equals(before)).toBe(true);
    }
    const invalid = await updateCatalogue({ from: path.join(directory, 'invalid.json'), targetFile: target, fetch, now }).catch((error: Error) => error);
    expect((invalid as Error).message).toMatch(/models\.0\.inputPerMTok/);
  });
});

describe('price overrides and the resolver', () => {
  const catalogue: PriceCatalogue = { version: 1, asOf: '2025-11-01', sources: ['test'], models: [{ provider: 'openai', model: 'gpt-4o', match: 'prefix', inputPerMTok: 2.5, outputPerMTok: 10, contextWindow: 128000 }] };

  it('reads YAML overrides with globs, naming the key and field of a mistake', () => {
    const directory = temp();
    const file = path.join(directory, 'prices.yaml');
    writeFileSync(file, 'local/*: { input: 0, output: 0, contextWindow: 32768 }\nopenai/gpt-4o: { input: 9, output: 9 }\n');
    const overrides = loadPriceOverrides(file);
    expect(overrides.entries.map((entry) => entry.pattern)).toEqual(['local/*', 'openai/gpt-4o']);
    writeFileSync(file, 'lab/coder: { input: 1, outptu: 2 }\n');
    expect(() => loadPriceOverrides(file)).toThrow(/"lab\/coder"/);
    writeFileSync(file, 'coder: { input: 1, output: 2 }\n');
    expect(() => loadPriceOverrides(file)).toThrow(/provider\/model/);
  });

  it('takes the listing, else the catalogue, else the override, and records the source of each figure', () => {
    const directory = temp();
    const file = path.join(directory, 'prices.yaml');
    writeFileSync(file, 'local/*: { input: 0.5, output: 1, contextWindow: 32768 }\nopenai/*: { input: 9, output: 9 }\n');
    const resolve = createPriceResolver({ catalogue, catalogueSource: 'catalogue:2025-11-01', overrides: loadPriceOverrides(file) });
    const listed = resolve(model('openai/gpt-4o-2024-08-06', { price: { inputPerMTok: 1, outputPerMTok: 2, source: 'listing' }, contextWindow: 64000, contextSource: 'listing' }));
    expect(listed.price).toEqual({ inputPerMTok: 1, outputPerMTok: 2, source: 'listing' });
    expect(listed.contextSource).toBe('listing');
    const catalogued = resolve(model('openai/gpt-4o-2024-08-06'));
    expect(catalogued.price).toEqual({ inputPerMTok: 2.5, outputPerMTok: 10, source: 'catalogue:2025-11-01' });
    expect(catalogued).toMatchObject({ contextWindow: 128000, contextSource: 'catalogue:2025-11-01' });
    expect(resolve(model('openai/unknown-model')).price).toEqual({ inputPerMTok: 9, outputPerMTok: 9, source: 'override' });
    expect(resolve(model('local/qwen'))).toMatchObject({ price: { inputPerMTok: 0.5, source: 'override' }, contextWindow: 32768, contextSource: 'override' });
    expect(resolve(model('other/thing')).price).toBeUndefined();
    const baseline = model('baseline/oracle', { baseline: true });
    expect(resolve(baseline)).toBe(baseline);
  });
});
