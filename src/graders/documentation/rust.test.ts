import { describe, expect, it } from 'vitest';
import { publicItems, renderDocumented, stripDocumentation } from './index.js';
import { docOf, expectComplete, reference, tuples } from './test-support.test.js';

const SPLIT = (doc: string) =>
  `${doc}\n#[must_use]\npub fn split(values: Vec<i64>, size: i64) -> Result<Vec<Vec<i64>>, String> {\n` +
    `    if size == 0 {\n        panic!("zero");\n    }\n    Ok(vec![values])\n}\n`;

describe('Rust publicItems', () => {
  it('finds pub functions of references (not private helper types)', () => {
    expect(tuples(publicItems('rust', reference('chunk-list', 'solution.rs')))).toEqual(
      [['chunk_list', 'function', 3, ['values', 'size'], true, ['Err']]]);
    expect(tuples(publicItems('rust', reference('cluster-link-queries', 'solution.rs')))).toEqual(
      [['cluster_queries', 'function', 42, ['n', 'ops'], true, []]]);
  });

  it('finds pub items, inherent pub methods and trait methods', () => {
    const code = [
      '#[derive(Debug)]',
      'pub struct Point { pub x: i64 }',
      'struct Hidden;',
      'impl Point {',
      '    pub fn new(x: i64) -> Self { Point { x } }',
      '    pub fn set(&mut self, (a, b): (i64, i64), mut c: i64) { if a < 0 { panic!("neg"); } }',
      '    fn private(&self) {}',
      '}',
      'impl fmt::Display for Point {',
      '    fn fmt(&self, f: &mut fmt::Formatter<\'_>) -> fmt::Result { write!(f, "x") }',
      '}',
      'impl Hidden { pub fn nope(&self) {} }',
      'pub trait Shape {',
      '    fn area(&self) -> f64;',
      '}',
      'pub enum Kind { A }',
      'pub const MAX: i64 = 10;',
      'pub(crate) fn internal() {}',
      'pub fn check(x: i64) -> Result<(), String> { Ok(()) }',
    ].join('\n');
    expect(tuples(publicItems('rust', code))).toEqual([
      ['Point', 'struct', 2, [], false, []],
      ['new', 'method', 5, ['x'], true, []],
      ['set', 'method', 6, ['c'], false, ['panic']],
      ['Shape', 'interface', 13, [], false, []],
      ['area', 'method', 14, [], true, []],
      ['Kind', 'enum', 16, [], false, []],
      ['MAX', 'constant', 17, [], false, []],
      ['check', 'function', 19, ['x'], false, ['Err']],
    ]);
  });
});

describe('rustdoc comments', () => {
  it.each([
    ['/// Splits `values` into chunks.\n///\n/// # Arguments\n///\n/// * `values` - the list\n' +
      '/// * `size` - the chunk size\n///\n/// # Returns\n///\n/// The chunks.\n///\n/// # Errors\n///\n' +
      '/// When size is negative.\n///\n/// # Panics\n///\n/// When size is zero.'],
    ['/**\n * Splits a list; returns the chunks of `values`, each `size` long.\n *\n * # Errors\n' +
      ' * Negative sizes.\n *\n * # Panics\n * A zero size.\n */'],
    ['/// Cuts the list.\n///\n/// ## Arguments\n/// - values: the list\n/// - size: the chunk length\n///\n' +
      '/// Returns the chunks.\n///\n/// # Errors\n///\n/// Fails for negative sizes.\n///\n/// # Panics\n///\n' +
      '/// Panics on zero.\n///\n/// # Examples\n///\n/// ```\n/// # Heading-like line in a code block\n' +
      '/// let chunks = split(vec![1], 1);\n/// ```'],
  ])('accepts phrasing %#', (doc) => {
    expectComplete('rust', SPLIT(doc), 'split');
  });

  it('does not count // or //! comments', () => {
    expect(docOf('rust', SPLIT('// Splits `values`.'), 'split')).toBeNull();
    expect(docOf('rust', SPLIT('//! Splits `values`.'), 'split')).toBeNull();
  });

  it('reports argument bullets naming no parameter', () => {
    const doc = docOf('rust', SPLIT('/// Splits.\n///\n/// # Arguments\n///\n/// * `count` - nope'), 'split')!;
    expect(doc.valid).toBe(false);
    expect(doc.problems).toEqual(['argument bullet "count" names no parameter of split']);
  });

  it('reports what is missing', () => {
    const doc = docOf('rust', SPLIT('/// Splits `values` into chunks.'), 'split')!;
    expect([doc.valid, doc.summary, doc.params, doc.returns, doc.throws]).toEqual([true, true, ['values'], false, []]);
  });

  it('strips doc comments and module docs but keeps ordinary comments', () => {
    const code = '//! Module.\n\n/// Doc.\n//// not a doc\npub fn f() -> char {\n    // keep\n    \'/\'\n}\n';
    expect(stripDocumentation('rust', code)).toBe('\n//// not a doc\npub fn f() -> char {\n    // keep\n    \'/\'\n}\n');
  });

  it('renders rustdoc sections above attributes', () => {
    const rendered = renderDocumented('rust', SPLIT(''), () => ({ summary: '# Splits', params: {}, throws: { Err: 'negative', panic: 'zero' } }));
    expect(rendered).toContain(
      '/// \\# Splits.\n///\n/// # Arguments\n///\n/// * `values` - The values value.\n' +
        '/// * `size` - The size value.\n///\n/// # Returns\n///\n/// The result.\n///\n/// # Errors\n///\n' +
        '/// negative\n///\n/// # Panics\n///\n/// zero\n#[must_use]',
    );
    expectComplete('rust', rendered, 'split');
  });
});
