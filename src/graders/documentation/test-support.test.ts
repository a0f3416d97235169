import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { Language } from '../../core/index.js';
import { documentationOf } from './index.js';
import type { DocItem, DocumentedItem } from './index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../bank/problems');

/** The reference solution of a bank problem. */
export function reference(slug: string, file: string): string {
  for (const difficulty of ['easy', 'medium', 'hard']) {
    const path = join(ROOT, difficulty, slug, 'reference', file);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  throw new Error(`no reference ${slug}/${file}`);
}

/** Items as compact tuples: [name, kind, line, params, returns, throws]. */
export const tuples = (items: DocItem[]) => items.map((item) => [item.name, item.kind, item.line, item.params, item.returns, item.throws]);

/** The documented item of a given name. */
export function docOf(language: Language, code: string, name: string): NonNullable<DocumentedItem['doc']> | null {
  const item = documentationOf(language, code).find((candidate) => candidate.name === name);
  if (!item) throw new Error(`no item ${name}`);
  return item.doc;
}

/** Asserts a doc comment is valid and describes everything its item needs. */
export function expectComplete(language: Language, code: string, name: string): void {
  const item = documentationOf(language, code).find((candidate) => candidate.name === name)!;
  expect(item.doc, code).not.toBeNull();
  expect(item.doc!.problems, code).toEqual([]);
  expect([item.doc!.valid, item.doc!.summary, item.doc!.params, item.doc!.returns, item.doc!.throws], code).toEqual([
    true, true, item.params, item.returns, item.throws,
  ]);
}

it('reads references', () => {
  expect(reference('chunk-list', 'solution.py')).toContain('def chunk_list');
});
