import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../core/index.js';
import { documentationFormat, documentationOf, publicItems, renderDocumented, stripDocumentation } from './index.js';
import type { DocItem, ItemDocs } from './index.js';
import { lex } from './lexer.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../bank/problems');
const FILES: Record<Language, string> = {
  typescript: 'solution.ts', python: 'solution.py', java: 'Solution.java', csharp: 'Solution.cs',
  go: 'solution.go', ruby: 'solution.rb', rust: 'solution.rs',
};
const LANGUAGES = Object.keys(FILES) as Language[];

function references(language: Language): [string, string][] {
  return readdirSync(ROOT).flatMap((difficulty) =>
    readdirSync(join(ROOT, difficulty))
      .map((slug) => join(ROOT, difficulty, slug, 'reference', FILES[language]))
      .filter((file) => existsSync(file))
      .map((file): [string, string] => [file.split('/').slice(-3, -2)[0]!, readFileSync(file, 'utf8')]),
  );
}

/** Text with characters that break naive comments: `<`, `&`, `*\/`, `"""`, backticks, a leading `@`. */
const tricky = (item: DocItem): ItemDocs => ({
  summary: `@see how ${item.name} keeps a < b && c */ "quoted" """ \`code\` # not a heading`,
  params: Object.fromEntries(item.params.map((name) => [name, `the ${name} (<T> & "x") */`])),
  returns: 'the <result> */ """',
  throws: Object.fromEntries(item.throws.map((name) => [name, 'when the input is < 0 */'])),
});

/** The code without comments, docstrings (Python string statements), `pass` and whitespace. */
function codeOnly(language: Language, code: string): string {
  const lexed = lex(language, code);
  let kept = '';
  let at = 0;
  for (const token of lexed.tokens) {
    const line = code.slice(code.lastIndexOf('\n', token.start - 1) + 1, token.start);
    const docstring = language === 'python' && token.kind === 'string' && line.trim() === '';
    if (token.kind === 'comment' || docstring) {
      kept += code.slice(at, token.start);
      at = token.end;
    }
  }
  kept += code.slice(at);
  return kept.replace(/\bpass\b/g, '').replace(/\s+/g, '');
}

const shape = (items: DocItem[]) => items.map(({ name, kind, params, returns, throws }) => ({ name, kind, params, returns, throws }));

describe.each(LANGUAGES)('%s references', (language) => {
  const all = references(language);

  it('finds every reference and describes its format', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(documentationFormat(language)).toMatch(/\w/);
  });

  it.each(all)('round-trips %s', (_slug, code) => {
    const items = publicItems(language, code);
    expect(items.length).toBeGreaterThan(0);
    const stripped = stripDocumentation(language, code);
    expect(documentationOf(language, stripped).filter((item) => item.doc !== null)).toEqual([]);
    expect(shape(publicItems(language, stripped))).toEqual(shape(items));
    expect(codeOnly(language, stripped)).toBe(codeOnly(language, code));
    for (const source of [stripped, code]) {
      const rendered = renderDocumented(language, source, tricky);
      const documented = documentationOf(language, rendered);
      expect(shape(documented)).toEqual(shape(items));
      for (const item of documented) {
        expect(item.doc, `${item.name}\n${rendered}`).not.toBeNull();
        expect(item.doc!.problems, `${item.name}\n${rendered}`).toEqual([]);
        const { valid, summary, params, returns, throws } = item.doc!;
        expect({ valid, summary, params, returns, throws }).toEqual({
          valid: true, summary: true, params: item.params, returns: item.returns, throws: item.throws,
        });
      }
      expect(codeOnly(language, stripDocumentation(language, rendered))).toBe(codeOnly(language, code));
    }
  });
});
