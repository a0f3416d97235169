import { describe, expect, it } from 'vitest';
import { publicItems, renderDocumented, stripDocumentation } from './index.js';
import { docOf, expectComplete, reference, tuples } from './test-support.test.js';

const SPLIT = (doc: string) =>
  `package solution\n\n${doc}\nfunc Split(values []int, size int) ([][]int, error) {\n\tif size < 1 {\n` +
    `\t\treturn nil, errors.New("size")\n\t}\n\treturn nil, nil\n}\n`;

describe('Go publicItems', () => {
  it('finds the package and exported functions of references', () => {
    expect(tuples(publicItems('go', reference('chunk-list', 'solution.go')))).toEqual([
      ['solution', 'module', 2, [], false, []],
      ['ChunkList', 'function', 7, ['values', 'size'], true, ['error']],
    ]);
    expect(tuples(publicItems('go', reference('grade-buckets', 'solution.go')))).toEqual([
      ['solution', 'module', 2, [], false, []],
      ['GradeBuckets', 'function', 26, ['scores'], true, ['error']],
    ]);
  });

  it('finds exported types, methods, constants and panics', () => {
    const code = [
      'package geo',
      '',
      'type Point struct{ X, Y int }',
      'type hidden int',
      'type Shape interface {',
      '\tArea() float64',
      '}',
      'const (',
      '\tMaxSides = 10',
      '\tminSides = 3',
      ')',
      'var ErrBad = errors.New("bad")',
      'func (p *Point) Move(dx, dy int) { p.X += dx }',
      'func (h hidden) Exported() {}',
      'func Must(p Point, err error) Point { if err != nil { panic(err) }; return p }',
      'func Validate(p Point) error { return nil }',
      'func apply(f func(int) int) int { return f(1) }',
    ].join('\n');
    expect(tuples(publicItems('go', code))).toEqual([
      ['geo', 'module', 1, [], false, []],
      ['Point', 'struct', 3, [], false, []],
      ['Shape', 'interface', 5, [], false, []],
      ['MaxSides', 'constant', 9, [], false, []],
      ['ErrBad', 'constant', 12, [], false, []],
      ['Move', 'method', 13, ['dx', 'dy'], false, []],
      ['Must', 'function', 15, ['p', 'err'], true, ['panic']],
      ['Validate', 'function', 16, ['p'], false, ['error']],
    ]);
  });
});

describe('Go doc comments', () => {
  it.each([
    ['// Split returns the consecutive chunks of size elements of values.\n// It returns an error when size is below 1.'],
    ['// Split cuts values into chunks of the given size and gives back the chunks;\n// it fails when size < 1.'],
    ['// A Split reports the chunks of values, each of length size\n// (the last may be shorter).\n//\n// Errors: size must be positive.'],
  ])('accepts phrasing %#', (doc) => {
    expectComplete('go', SPLIT(doc), 'Split');
  });

  it('does not count comments separated by a blank line or block comments of other kinds', () => {
    expect(docOf('go', SPLIT('// Split returns chunks.\n'), 'Split')).toBeNull();
  });

  it('reports a comment that does not start with the name', () => {
    const doc = docOf('go', SPLIT('// Returns the chunks of values of size size, or an error.'), 'Split')!;
    expect(doc.valid).toBe(false);
    expect(doc.problems).toEqual(['the comment should start with "Split" (Go doc convention)']);
    expect(docOf('go', `// Geometry helpers.\n${SPLIT('')}`, 'solution')!.valid).toBe(false);
  });

  it('reports what is missing', () => {
    const doc = docOf('go', SPLIT('// Split cuts values into chunks.'), 'Split')!;
    expect([doc.valid, doc.summary, doc.params, doc.returns, doc.throws]).toEqual([true, true, ['values'], false, []]);
  });

  it('strips doc comments but keeps directives and other comments', () => {
    const code = '// Package solution splits.\npackage solution\n\n// helper doc\n//go:noinline\nfunc helper() {\n\t// keep\n}\n';
    expect(stripDocumentation('go', code)).toBe('package solution\n\n//go:noinline\nfunc helper() {\n\t// keep\n}\n');
  });

  it('renders comments starting with the name', () => {
    const rendered = renderDocumented('go', SPLIT(''), (item) => ({
      summary: item.kind === 'module' ? 'Splits lists.' : 'Splits values.',
      params: {},
      throws: { error: 'when size < 1' },
    }));
    expect(rendered).toContain('// Package solution splits lists.\npackage solution');
    expect(rendered).toContain(
      '// Split splits values.\n//\n// Parameters:\n//   - values: The values value.\n//   - size: The size value.\n' +
        '//\n// It returns the result.\n// It returns an error when size < 1.\nfunc Split',
    );
    expectComplete('go', rendered, 'Split');
  });
});
