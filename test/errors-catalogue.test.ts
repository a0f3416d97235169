import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDER_ERROR_CODES } from '../src/providers/index.js';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
  });
}

function codesInSource(): Set<string> {
  const codes = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/new AibaasError\(\s*'([A-Z0-9_]+)'/g)) codes.add(match[1] as string);
  }
  // Provider call failures take their code from their kind (src/providers/http/provider-error.ts).
  for (const code of PROVIDER_ERROR_CODES) codes.add(code);
  return codes;
}

function codesInCatalogue(): Set<string> {
  const text = readFileSync(path.join(root, 'docs', 'errors.md'), 'utf8');
  return new Set([...text.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1] as string));
}

describe('docs/errors.md', () => {
  it('lists every error code the source can raise, and no code that no longer exists', () => {
    const inSource = [...codesInSource()].sort();
    const inCatalogue = [...codesInCatalogue()].sort();
    expect(inSource.length).toBeGreaterThan(10);
    expect(inCatalogue).toEqual(inSource);
  });
});
