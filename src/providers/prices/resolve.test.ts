import { describe, expect, it } from 'vitest';
import { callCost, type ModelInfo } from '../../core/index.js';
import type { PriceCatalogue } from './catalogue.js';
import { parsePriceOverrides } from './overrides.js';
import { createPriceResolver } from './resolve.js';

const catalogue: PriceCatalogue = {
  version: 1,
  asOf: '2025-11-24',
  sources: ['test'],
  models: [
    { provider: 'openai', model: 'gpt-4o', match: 'prefix', inputPerMTok: 2.5, outputPerMTok: 10, cachedInputPerMTok: 1.25, contextWindow: 128000, maxOutputTokens: 16384 },
    { provider: 'google', model: 'gemini-2.5-flash', match: 'prefix', inputPerMTok: 0.3, outputPerMTok: 2.5 },
  ],
};
const overrides = parsePriceOverrides({
  'local/*': { input: 0.5, output: 1, contextWindow: 32768 },
  'openai/*': { input: 9, output: 9, contextWindow: 1000 },
  'google/*': { input: 7, output: 7, contextWindow: 5000 },
}, 'prices.yaml');
const resolve = createPriceResolver({ catalogue, catalogueSource: 'catalogue:2025-11-24', overrides });

function model(id: string, extra: Partial<ModelInfo> = {}): ModelInfo {
  const slash = id.indexOf('/');
  return { id, provider: id.slice(0, slash), name: id.slice(slash + 1), displayName: id, capabilities: { chat: true, code: true, functionCalling: false, reasoning: false }, baseline: false, ...extra };
}

describe('createPriceResolver', () => {
  it("keeps the listing's price and context with their sources", () => {
    const listed = resolve(model('openai/gpt-4o-2024-08-06', { price: { inputPerMTok: 1, outputPerMTok: 2, source: 'listing' }, contextWindow: 64000, maxOutputTokens: 4096, contextSource: 'listing' }));
    expect(listed).toMatchObject({ price: { inputPerMTok: 1, outputPerMTok: 2, source: 'listing' }, contextWindow: 64000, maxOutputTokens: 4096, contextSource: 'listing' });
  });

  it('takes the catalogue next, with catalogue:<asOf> as the source', () => {
    const priced = resolve(model('openai/gpt-4o-2024-08-06'));
    expect(priced.price).toEqual({ inputPerMTok: 2.5, outputPerMTok: 10, cachedInputPerMTok: 1.25, source: 'catalogue:2025-11-24' });
    expect(priced).toMatchObject({ contextWindow: 128000, maxOutputTokens: 16384, contextSource: 'catalogue:2025-11-24' });
  });

  it('fills only what the listing lacks and never overwrites its contextSource', () => {
    const partial = resolve(model('openai/gpt-4o', { contextWindow: 64000, contextSource: 'listing' }));
    expect(partial).toMatchObject({ contextWindow: 64000, maxOutputTokens: 16384, contextSource: 'listing', price: { source: 'catalogue:2025-11-24' } });
    const pricedOnly = resolve(model('openai/gpt-4o', { price: { inputPerMTok: 1, outputPerMTok: 2, source: 'listing' } }));
    expect(pricedOnly).toMatchObject({ price: { source: 'listing' }, contextWindow: 128000, contextSource: 'catalogue:2025-11-24' });
  });

  it('takes the override last, with override as the source', () => {
    expect(resolve(model('openai/unknown-model'))).toMatchObject({ price: { inputPerMTok: 9, outputPerMTok: 9, source: 'override' }, contextWindow: 1000, contextSource: 'override' });
    expect(resolve(model('local/qwen'))).toMatchObject({ price: { inputPerMTok: 0.5, outputPerMTok: 1, source: 'override' }, contextWindow: 32768, contextSource: 'override' });
    // A catalogue price without a catalogue context window: the price is the catalogue's, the window the override's.
    expect(resolve(model('google/gemini-2.5-flash'))).toMatchObject({ price: { inputPerMTok: 0.3, source: 'catalogue:2025-11-24' }, contextWindow: 5000, contextSource: 'override' });
  });

  it('prices Cloudflare AI Gateway models as their upstream provider', () => {
    const gateway = resolve(model('cloudflare-gateway/google-ai-studio/gemini-2.5-flash'));
    expect(gateway.price).toEqual({ inputPerMTok: 0.3, outputPerMTok: 2.5, source: 'catalogue:2025-11-24' });
    expect(resolve(model('openrouter/openai/gpt-4o')).price).toBeUndefined();
  });

  it('leaves an unknown price unknown, so its cost is null rather than 0', () => {
    const unknown = resolve(model('other/thing'));
    expect(unknown.price).toBeUndefined();
    expect(unknown.contextWindow).toBeUndefined();
    expect(callCost({ inputTokens: 10, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 10, reasoningTokens: 0, estimated: false }, unknown.price)).toBeNull();
    expect(createPriceResolver({ catalogue, catalogueSource: 'catalogue:2025-11-24' })(model('local/qwen')).price).toBeUndefined();
  });

  it('returns baselines unchanged', () => {
    const baseline = model('baseline/oracle', { baseline: true, price: { inputPerMTok: 0, outputPerMTok: 0, source: 'baseline' } });
    expect(resolve(baseline)).toBe(baseline);
  });
});
