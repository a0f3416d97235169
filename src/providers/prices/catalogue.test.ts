import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewayCatalogueKey, loadCatalogue, lookupCatalogue, parseCatalogue, type PriceCatalogue } from './catalogue.js';

const bundledFile = path.resolve(import.meta.dirname, '../../../prices/catalogue.json');
const KNOWN_PROVIDERS = ['openai', 'anthropic', 'google', 'deepseek', 'mistral', 'groq', 'xai', 'together', 'fireworks'];

function catalogueOf(models: PriceCatalogue['models']): PriceCatalogue {
  return { version: 1, asOf: '2025-01-01', sources: ['test'], models };
}

describe('the bundled price catalogue', () => {
  const catalogue = loadCatalogue(bundledFile);

  it('loads with its date, https sources and notes', () => {
    expect(catalogue.asOf).toMatch(/^20\d{2}-\d{2}-\d{2}$/);
    expect(catalogue.sources.length).toBeGreaterThanOrEqual(5);
    for (const source of catalogue.sources) expect(source).toMatch(/^https:\/\//);
    expect(catalogue.notes).toMatch(/aibaas prices update/);
    expect(new Set(catalogue.models.map((entry) => entry.provider))).toEqual(new Set(['openai', 'anthropic', 'google', 'deepseek', 'mistral', 'groq', 'xai']));
  });

  it('holds only sane entries', () => {
    for (const entry of catalogue.models) {
      const name = `${entry.provider}/${entry.model}`;
      expect(KNOWN_PROVIDERS, name).toContain(entry.provider);
      expect(entry.inputPerMTok, name).toBeGreaterThan(0);
      expect(entry.outputPerMTok, name).toBeGreaterThanOrEqual(entry.inputPerMTok);
      if (entry.cachedInputPerMTok !== undefined) expect(entry.cachedInputPerMTok, name).toBeLessThan(entry.inputPerMTok);
      if (entry.cacheWritePerMTok !== undefined) expect(entry.cacheWritePerMTok, name).toBeGreaterThanOrEqual(entry.inputPerMTok);
      if (entry.contextWindow !== undefined) expect(entry.contextWindow, name).toBeGreaterThanOrEqual(8_000);
      if (entry.contextWindow !== undefined && entry.maxOutputTokens !== undefined) expect(entry.maxOutputTokens, name).toBeLessThanOrEqual(entry.contextWindow);
      expect(entry.model, name).toBe(entry.model.trim());
    }
  });

  it('prices Anthropic cache writes at 1.25x input (5-minute TTL) and cache reads at 0.1x input', () => {
    const anthropic = catalogue.models.filter((entry) => entry.provider === 'anthropic');
    expect(anthropic.length).toBeGreaterThan(5);
    for (const entry of anthropic) {
      // Claude 3 Haiku's published cache prices are rounded: $0.30 to write and $0.03 to read at $0.25 input.
      const [write, read] = entry.model === 'claude-3-haiku' ? [0.3, 0.03] : [entry.inputPerMTok * 1.25, entry.inputPerMTok * 0.1];
      expect(entry.cacheWritePerMTok, entry.model).toBeCloseTo(write, 10);
      expect(entry.cachedInputPerMTok, entry.model).toBeCloseTo(read, 10);
    }
  });

  it('prices the dated snapshots of current models', () => {
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4o')).toMatchObject({ inputPerMTok: 2.5, outputPerMTok: 10, cachedInputPerMTok: 1.25 });
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4o-2024-08-06')?.model).toBe('gpt-4o');
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4o-2024-05-13')).toMatchObject({ inputPerMTok: 5, outputPerMTok: 15 });
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4o-mini-2024-07-18')?.model).toBe('gpt-4o-mini');
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-4.1-nano-2025-04-14')?.model).toBe('gpt-4.1-nano');
    expect(lookupCatalogue(catalogue, 'openai', 'o3-mini-2025-01-31')?.model).toBe('o3-mini');
    expect(lookupCatalogue(catalogue, 'openai', 'gpt-5-2025-08-07')?.model).toBe('gpt-5');
    expect(lookupCatalogue(catalogue, 'anthropic', 'claude-sonnet-4-20250514')?.model).toBe('claude-sonnet-4');
    expect(lookupCatalogue(catalogue, 'anthropic', 'claude-opus-4-5-20251101')).toMatchObject({ inputPerMTok: 5, outputPerMTok: 25 });
    expect(lookupCatalogue(catalogue, 'anthropic', 'claude-opus-4-1-20250805')).toMatchObject({ inputPerMTok: 15, outputPerMTok: 75 });
    expect(lookupCatalogue(catalogue, 'anthropic', 'claude-3-5-sonnet-latest')?.model).toBe('claude-3-5-sonnet');
    expect(lookupCatalogue(catalogue, 'google', 'gemini-2.0-flash-001')?.model).toBe('gemini-2.0-flash');
    expect(lookupCatalogue(catalogue, 'google', 'models/gemini-2.5-flash-lite')?.model).toBe('gemini-2.5-flash-lite');
    expect(lookupCatalogue(catalogue, 'xai', 'grok-4-0709')?.model).toBe('grok-4');
    expect(lookupCatalogue(catalogue, 'deepseek', 'deepseek-reasoner')).toMatchObject({ cachedInputPerMTok: 0.028 });
  });

  it('does not stretch a prefix entry over a different model', () => {
    for (const [provider, model] of [
      ['openai', 'gpt-4o-realtime-preview'],
      ['openai', 'gpt-5-pro'],
      ['anthropic', 'claude-opus-4-6'],
      ['google', 'gemini-2.5-flash-preview-04-17'],
      ['xai', 'grok-4-fast-reasoning'],
      ['deepseek', 'deepseek-chat-v9'],
    ] as const) {
      expect(lookupCatalogue(catalogue, provider, model), `${provider}/${model}`).toBeUndefined();
    }
  });
});

describe('lookupCatalogue', () => {
  const catalogue = catalogueOf([
    { provider: 'lab', model: 'coder', match: 'prefix', inputPerMTok: 1, outputPerMTok: 2 },
    { provider: 'lab', model: 'coder-0709', match: 'prefix', inputPerMTok: 3, outputPerMTok: 4 },
    { provider: 'lab', model: 'coder-2024-05-13', match: 'exact', inputPerMTok: 5, outputPerMTok: 6 },
    { provider: 'lab', model: 'writer', match: 'exact', inputPerMTok: 7, outputPerMTok: 8 },
    { provider: 'other', model: 'coder', match: 'exact', inputPerMTok: 9, outputPerMTok: 9 },
  ]);

  it('finds an exact name first, case-insensitively', () => {
    expect(lookupCatalogue(catalogue, 'lab', 'coder')?.inputPerMTok).toBe(1);
    expect(lookupCatalogue(catalogue, 'lab', 'Coder-2024-05-13')?.inputPerMTok).toBe(5);
    expect(lookupCatalogue(catalogue, 'lab', 'writer')?.inputPerMTok).toBe(7);
  });

  it('then the longest prefix entry the name extends with snapshot suffixes', () => {
    expect(lookupCatalogue(catalogue, 'lab', 'coder-2024-08-06')?.inputPerMTok).toBe(1);
    expect(lookupCatalogue(catalogue, 'lab', 'coder-20250514')?.inputPerMTok).toBe(1);
    expect(lookupCatalogue(catalogue, 'lab', 'coder-latest')?.inputPerMTok).toBe(1);
    expect(lookupCatalogue(catalogue, 'lab', 'coder-0709')?.inputPerMTok).toBe(3);
    expect(lookupCatalogue(catalogue, 'lab', 'coder-0709-2025-01-01')?.inputPerMTok).toBe(3);
  });

  it('never matches an exact entry by prefix, another model, or another provider', () => {
    expect(lookupCatalogue(catalogue, 'lab', 'writer-2025-01-01')).toBeUndefined();
    expect(lookupCatalogue(catalogue, 'lab', 'coder-mini')).toBeUndefined();
    expect(lookupCatalogue(catalogue, 'lab', 'coderx')).toBeUndefined();
    expect(lookupCatalogue(catalogue, 'openrouter', 'lab/coder')).toBeUndefined();
    expect(lookupCatalogue(catalogue, 'unknown', 'coder')).toBeUndefined();
  });

  it('retries a name without its leading path, within the same provider', () => {
    expect(lookupCatalogue(catalogue, 'lab', 'models/coder')?.inputPerMTok).toBe(1);
    expect(lookupCatalogue(catalogue, 'lab', 'accounts/lab/models/writer')?.inputPerMTok).toBe(7);
    expect(lookupCatalogue(catalogue, 'lab', 'models/')).toBeUndefined();
  });
});

describe('gatewayCatalogueKey', () => {
  it("maps Cloudflare AI Gateway's provider paths to catalogue providers", () => {
    expect(gatewayCatalogueKey('cloudflare-gateway', 'openai/gpt-4o')).toEqual({ provider: 'openai', model: 'gpt-4o' });
    expect(gatewayCatalogueKey('cloudflare-gateway', 'google-ai-studio/gemini-2.5-flash')).toEqual({ provider: 'google', model: 'gemini-2.5-flash' });
    expect(gatewayCatalogueKey('cloudflare-gateway', 'grok/grok-3')).toEqual({ provider: 'xai', model: 'grok-3' });
    expect(gatewayCatalogueKey('cloudflare-gateway', 'workers-ai/@cf/meta/llama')).toEqual({ provider: 'cloudflare-gateway', model: 'workers-ai/@cf/meta/llama' });
    expect(gatewayCatalogueKey('cloudflare-gateway', 'openai/')).toEqual({ provider: 'cloudflare-gateway', model: 'openai/' });
  });

  it('leaves every other provider alone, OpenRouter included', () => {
    expect(gatewayCatalogueKey('openrouter', 'openai/gpt-4o')).toEqual({ provider: 'openrouter', model: 'openai/gpt-4o' });
    expect(gatewayCatalogueKey('openai', 'gpt-4o')).toEqual({ provider: 'openai', model: 'gpt-4o' });
  });
});

describe('catalogue errors', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'aibaas-catalogue-'));
  const write = (name: string, content: string) => {
    const file = path.join(directory, name);
    writeFileSync(file, content);
    return file;
  };
  const valid = { version: 1, asOf: '2025-01-01', sources: ['https://example.com/pricing'], models: [{ provider: 'lab', model: 'coder', match: 'exact', inputPerMTok: 1, outputPerMTok: 2 }] };

  it('name the file, the entry index and model, and the field, with a fix', () => {
    const bad = { ...valid, models: [...valid.models, { provider: 'lab', model: 'writer', inputPerMTok: -1, outputPerMTok: 2 }] };
    const file = write('bad.json', JSON.stringify(bad));
    expect(() => loadCatalogue(file)).toThrow(expect.objectContaining({
      code: 'PRICES_INVALID',
      message: expect.stringMatching(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*entry 1 \\(lab/writer\\), field inputPerMTok`)),
      fix: expect.stringMatching(/docs\/prices\.md/),
    }));
    expect(() => parseCatalogue({ ...valid, models: [{ ...valid.models[0], outputPerMTk: 2 }] }, 'x.json')).toThrow(/entry 0 \(lab\/coder\)/);
    expect(() => parseCatalogue({ ...valid, asOf: 'June' }, 'x.json')).toThrow(/field asOf: must be a yyyy-mm-dd date/);
    expect(() => parseCatalogue({ ...valid, models: [...valid.models, ...valid.models] }, 'x.json')).toThrow(/entry 1 \(lab\/coder\), field model: repeats entry 0/);
  });

  it('say when the file is missing or not JSON', () => {
    expect(() => loadCatalogue(path.join(directory, 'missing.json'))).toThrow(/missing\.json cannot be read \(ENOENT\)/);
    expect(() => loadCatalogue(write('text.json', '{ nope'))).toThrow(/text\.json is not valid JSON/);
    expect(loadCatalogue(write('good.json', JSON.stringify(valid))).models).toHaveLength(1);
  });
});
