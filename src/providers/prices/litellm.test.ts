import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromLiteLlm, isLiteLlmFormat, perMillionTokens } from './litellm.js';

/** A small hand-written file in LiteLLM's format (made-up model names, realistic shapes). */
const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'litellm-sample.json'), 'utf8')) as Record<string, unknown>;

describe("LiteLLM's price list", () => {
  it('is told apart from our catalogue format', () => {
    expect(isLiteLlmFormat(fixture)).toBe(true);
    expect(isLiteLlmFormat({ version: 1, asOf: '2025-01-01', sources: ['x'], models: [] })).toBe(false);
    expect(isLiteLlmFormat([])).toBe(false);
    expect(isLiteLlmFormat({ 'some-model': { input: 1 } })).toBe(false);
  });

  it('converts chat models of known providers to per-million prices without their key prefixes', () => {
    const entries = fromLiteLlm(fixture);
    expect(entries.map((entry) => `${entry.provider}/${entry.model}`)).toEqual([
      'openai/sample-gpt',
      'anthropic/sample-claude-20250101',
      'google/sample-gemini-pro',
      'groq/sample-llama-70b',
      'together/sample-org/Sample-Model-Turbo',
      'openrouter/sample-vendor/sample-model',
    ]);
    expect(entries[0]).toEqual({ provider: 'openai', model: 'sample-gpt', match: 'exact', inputPerMTok: 2.5, outputPerMTok: 10, cachedInputPerMTok: 1.25, contextWindow: 128000, maxOutputTokens: 16384 });
    // The first key wins when a prefixed and a bare key name the same model.
    expect(entries[1]).toEqual({ provider: 'anthropic', model: 'sample-claude-20250101', match: 'exact', inputPerMTok: 3, outputPerMTok: 15, cachedInputPerMTok: 0.3, cacheWritePerMTok: 3.75, contextWindow: 200000, maxOutputTokens: 64000 });
    // The base tier only; the above-200k price is not read.
    expect(entries[2]).toEqual({ provider: 'google', model: 'sample-gemini-pro', match: 'exact', inputPerMTok: 1.25, outputPerMTok: 10, reasoningPerMTok: 10, contextWindow: 1048576, maxOutputTokens: 65535 });
    expect(entries[3]).toMatchObject({ inputPerMTok: 0.59, outputPerMTok: 0.79, contextWindow: 128000, maxOutputTokens: 8192 });
    expect(entries[4]).toMatchObject({ inputPerMTok: 0.88, outputPerMTok: 0.88 });
    expect(entries[5]).toMatchObject({ inputPerMTok: 0.3, outputPerMTok: 0.6 });
  });

  it('rounds away binary noise', () => {
    expect(perMillionTokens(2.5e-6)).toBe(2.5);
    expect(perMillionTokens(5.9e-7)).toBe(0.59);
    expect(perMillionTokens(7.5e-8)).toBe(0.075);
    expect(perMillionTokens(1.1e-6)).toBe(1.1);
    expect(perMillionTokens(0)).toBe(0);
  });
});
