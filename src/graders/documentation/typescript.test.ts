import { describe, expect, it } from 'vitest';
import { documentationOf, publicItems, renderDocumented, stripDocumentation } from './index.js';
import { docOf, expectComplete, reference, tuples } from './test-support.test.js';

const ADD = (doc: string) => `${doc}\nexport function add(a: number, count = 1): number {\n` +
  `  if (count < 0) throw new RangeError('negative');\n  return a + count;\n}\n`;

describe('TypeScript publicItems', () => {
  it('finds the exported functions of references', () => {
    expect(tuples(publicItems('typescript', reference('chunk-list', 'solution.ts')))).toEqual(
      [['chunkList', 'function', 3, ['values', 'size'], true, ['Error']]]);
    expect(tuples(publicItems('typescript', reference('compact-duration', 'solution.ts')))).toEqual(
      [['compactDuration', 'function', 10, ['seconds'], true, ['RangeError']]]);
    expect(tuples(publicItems('typescript', reference('lfu-cache-ops', 'solution.ts')))).toEqual(
      [['lfuSimulate', 'function', 70, ['capacity', 'ops'], true, []]]);
  });

  it('finds exported classes, their public members and other exported declarations', () => {
    const code = [
      '@sealed',
      'export class Stack<T> {',
      '  #hidden = 1;',
      '  constructor(private readonly capacity: number) {}',
      '  get size(): number { return 0; }',
      '  push(item: T): void {',
      "    if (item === undefined) throw new TypeError('x');",
      '  }',
      '  static from<U>(values: U[], { strict }: { strict: boolean }): Stack<U> { return new Stack<U>(values.length); }',
      '  private secret(): number { return 1; }',
      '  protected guarded(): void {}',
      '}',
      'export interface Options { a: number }',
      'export type Pair = [number, number];',
      'export enum Color { Red }',
      'export const LIMIT = 10;',
      'export const twice = (x: number) => x * 2;',
      'function local(): void {}',
      'function shared(): void {}',
      'export { shared };',
    ].join('\n');
    expect(tuples(publicItems('typescript', code))).toEqual([
      ['Stack', 'class', 2, [], false, []],
      ['constructor', 'method', 4, ['capacity'], false, []],
      ['size', 'method', 5, [], true, []],
      ['push', 'method', 6, ['item'], false, ['TypeError']],
      ['from', 'method', 9, ['values', 'options'], true, []],
      ['Options', 'interface', 13, [], false, []],
      ['Pair', 'type', 14, [], false, []],
      ['Color', 'enum', 15, [], false, []],
      ['LIMIT', 'constant', 16, [], false, []],
      ['twice', 'function', 17, ['x'], true, []],
      ['shared', 'function', 19, [], false, []],
    ]);
  });
});

describe('TypeScript doc comments', () => {
  it.each([
    ['/**\n * Adds.\n * @param a - the base\n * @param count - how many\n * @returns the sum\n * @throws {RangeError} when count is negative\n */'],
    ['/** Adds count to a.\n * @param {number} a The base.\n * @param {number} [count=1] How many.\n' +
      ' * @return {number} The sum.\n * @throws RangeError if count < 0 */'],
    ['/**\n * @description Adds two numbers.\n * @arg a base\n * @argument count amount\n * @returns The sum.\n' +
      ' * @throws When count is negative.\n */'],
  ])('accepts phrasing %#', (doc) => {
    expectComplete('typescript', ADD(doc), 'add');
  });

  it('does not count line or plain block comments', () => {
    expect(docOf('typescript', ADD('// Adds.\n// @param a - the base'), 'add')).toBeNull();
    expect(docOf('typescript', ADD('/* Adds. @param a - the base */'), 'add')).toBeNull();
  });

  it('reports a @param naming no parameter and unknown tags', () => {
    const doc = docOf('typescript', ADD('/**\n * Adds.\n * @param b - nope\n * @parm a - typo\n */'), 'add')!;
    expect(doc.valid).toBe(false);
    expect(doc.problems).toEqual(['unknown tag @parm', '@param "b" names no parameter of add']);
  });

  it('reports what is missing', () => {
    const doc = docOf('typescript', ADD('/**\n * Adds.\n * @param a\n */'), 'add')!;
    expect([doc.valid, doc.summary, doc.params, doc.returns, doc.throws]).toEqual([true, true, [], false, []]);
    expect(docOf('typescript', ADD('/** @returns the sum */'), 'add')!.summary).toBe(false);
  });

  it('strips doc comments but keeps ordinary ones and strings', () => {
    const code = "// keep\n/** doc */\nexport const s = '/** not a comment */'; /* keep */\n";
    expect(stripDocumentation('typescript', code)).toBe("// keep\nexport const s = '/** not a comment */'; /* keep */\n");
  });

  it('renders the canonical TSDoc style', () => {
    const rendered = renderDocumented('typescript', ADD(''), () => ({ summary: 'Adds */ numbers', params: { a: 'the base' }, returns: 'the sum' }));
    expect(rendered).toContain('/**\n * Adds *\\/ numbers.\n *\n * @param a - the base\n * @param count - The count value.\n' +
      ' * @returns the sum\n * @throws {RangeError}');
    expect(documentationOf('typescript', rendered)[0]!.doc!.valid).toBe(true);
  });
});
