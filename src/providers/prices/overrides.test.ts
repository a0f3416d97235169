import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPriceOverrides, lookupOverride } from './overrides.js';

const directory = mkdtempSync(path.join(tmpdir(), 'aibaas-price-overrides-'));
function write(name: string, content: string): string {
  const file = path.join(directory, name);
  writeFileSync(file, content);
  return file;
}

describe('the price override file', () => {
  it('reads YAML with globs and optional fields', () => {
    const overrides = loadPriceOverrides(write('prices.yaml', [
      'local/*: { input: 0, output: 0, contextWindow: 32768 }',
      'openrouter/meta-llama/*: { input: 0.1, output: 0.2 }',
      'lab/coder:',
      '  input: 1',
      '  output: 4',
      '  cachedInput: 0.1',
      '  cacheWrite: 1.25',
      '  reasoning: 4',
      '',
    ].join('\n')));
    expect(overrides.entries.map((entry) => entry.pattern)).toEqual(['local/*', 'openrouter/meta-llama/*', 'lab/coder']);
    expect(lookupOverride(overrides, 'local/qwen2.5-coder:7b')).toEqual({ input: 0, output: 0, contextWindow: 32768 });
    expect(lookupOverride(overrides, 'openrouter/meta-llama/llama-3.3-70b')).toEqual({ input: 0.1, output: 0.2 });
    expect(lookupOverride(overrides, 'lab/coder')).toEqual({ input: 1, output: 4, cachedInput: 0.1, cacheWrite: 1.25, reasoning: 4 });
    expect(lookupOverride(overrides, 'lab/other')).toBeUndefined();
    expect(lookupOverride(undefined, 'lab/coder')).toBeUndefined();
  });

  it('reads JSON, and an exact key wins over an earlier glob', () => {
    const overrides = loadPriceOverrides(write('prices.json', JSON.stringify({ 'lab/*': { input: 1, output: 1 }, 'lab/coder': { input: 2, output: 2 } })));
    expect(lookupOverride(overrides, 'lab/coder')?.input).toBe(2);
    expect(lookupOverride(overrides, 'lab/writer')?.input).toBe(1);
  });

  it('treats an empty file as no overrides', () => {
    expect(loadPriceOverrides(write('empty.yaml', '')).entries).toEqual([]);
  });

  it('names the file, the key and the field of every mistake', () => {
    const cases: [string, RegExp][] = [
      ['lab/coder: { input: 1, outptu: 2 }\n', /key "lab\/coder", field output: .*expected number/],
      ['lab/coder: { input: 1, output: 2, outptu: 2 }\n', /key "lab\/coder", field outptu/],
      ['lab/coder: { input: -1, output: 2 }\n', /key "lab\/coder", field input: .*>=0/],
      ['lab/coder: { input: "1", output: 2 }\n', /key "lab\/coder", field input/],
      ['lab/coder: { input: 1, output: 2, contextWindow: 1.5 }\n', /key "lab\/coder", field contextWindow/],
      ['lab/coder: 3\n', /key "lab\/coder", field \(the value\)/],
      ['coder: { input: 1, output: 2 }\n', /key "coder" is not a provider\/model id/],
      ['- lab/coder\n', /it must be a mapping/],
      ['lab/coder: { input: 1\n', /it is not valid YAML or JSON/],
    ];
    for (const [content, message] of cases) {
      const file = write('bad.yaml', content);
      expect(() => loadPriceOverrides(file), content).toThrow(expect.objectContaining({
        code: 'PRICES_INVALID',
        message: expect.stringMatching(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is invalid: ${message.source}`)),
        fix: expect.stringMatching(/input: <USD per 1M>/),
      }));
    }
  });

  it('says when the file cannot be read', () => {
    expect(() => loadPriceOverrides(path.join(directory, 'missing.yaml'))).toThrow(/missing\.yaml cannot be read \(ENOENT\)/);
  });
});
