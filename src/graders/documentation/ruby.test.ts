import { describe, expect, it } from 'vitest';
import { publicItems, renderDocumented, stripDocumentation } from './index.js';
import { docOf, expectComplete, reference, tuples } from './test-support.test.js';

const ADD = (doc: string) => `${doc}\ndef add(a, count = 1)\n  raise ArgumentError, 'negative' if count.negative?\n\n  a + count\nend\n`;

describe('Ruby publicItems', () => {
  it('finds top-level methods, classes and their public methods in references', () => {
    expect(tuples(publicItems('ruby', reference('chunk-list', 'solution.rb')))).toEqual(
      [['chunk_list', 'function', 3, ['values', 'size'], true, ['ArgumentError']]]);
    expect(tuples(publicItems('ruby', reference('fragile-links', 'solution.rb'))).map((item) => item.slice(0, 2))).toEqual([
      ['link_adjacency', 'function'],
      ['BridgeSearch', 'class'],
      ['visited?', 'method'],
      ['explore', 'method'],
      ['fragile_links', 'function'],
    ]);
    expect(tuples(publicItems('ruby', reference('integer-expression-eval', 'solution.rb')))[0]).toEqual(
      ['tokenize', 'function', 6, ['text'], true, ['ArgumentError']]);
  });

  it('handles modules, class methods, private sections and one-liners', () => {
    const code = [
      '# frozen_string_literal: true',
      '',
      'module Geo',
      '  class Point',
      '    def initialize(x)',
      '      @x = x',
      '    end',
      '',
      '    def self.origin = new(0)',
      '',
      '    def ==(other) = x == other.x',
      '',
      '    def empty?; true; end',
      '',
      '    def build(*args, key:, **opts, &block)',
      '      raise "bad" unless key',
      '    end',
      '',
      '    private',
      '',
      '    def secret; end',
      '  end',
      '',
      '  private_class_method def self.hidden; end',
      'end',
    ].join('\n');
    expect(tuples(publicItems('ruby', code))).toEqual([
      ['Geo', 'module', 3, [], false, []],
      ['Point', 'class', 4, [], false, []],
      ['origin', 'method', 9, [], true, []],
      ['==', 'method', 11, ['other'], true, []],
      ['empty?', 'method', 13, [], true, []],
      ['build', 'method', 15, ['args', 'key', 'opts', 'block'], true, ['RuntimeError']],
    ]);
  });
});

describe('Ruby doc comments', () => {
  it.each([
    ['# Adds count to a.\n#\n# @param a [Integer] the base\n# @param count [Integer] how many\n' +
      '# @return [Integer] the sum\n# @raise [ArgumentError] if count is negative'],
    ['# Adds two numbers.\n# @param [Integer] a The base.\n# @param [Integer] count\n#   How many.\n# @return [Integer]\n# @raise [ArgumentError]'],
    ['# Returns the sum of +a+ and +count+.\n# Raises ArgumentError when count is negative.'],
  ])('accepts phrasing %#', (doc) => {
    expectComplete('ruby', ADD(doc), 'add');
  });

  it('does not count comments separated by a blank line or =begin blocks', () => {
    expect(docOf('ruby', ADD('# Adds.\n'), 'add')).toBeNull();
    expect(docOf('ruby', ADD('=begin\nAdds.\n=end'), 'add')).toBeNull();
  });

  it('reports @param of a non-parameter, malformed types and unknown tags', () => {
    const doc = docOf('ruby', ADD('# Adds.\n# @param b [Integer] nope\n# @params a [Integer the base\n# @returns [Integer] sum'), 'add')!;
    expect(doc.valid).toBe(false);
    expect(doc.problems).toEqual([
      'unknown tag @params',
      '@params has a malformed [Type]',
      'unknown tag @returns',
      '@param "b" names no parameter of add',
    ]);
  });

  it('reports what is missing', () => {
    const doc = docOf('ruby', ADD('# Adds.\n# @param a [Integer] the base'), 'add')!;
    expect([doc.valid, doc.summary, doc.params, doc.returns, doc.throws]).toEqual([true, true, ['a'], false, []]);
  });

  it('strips doc comments and the file header but keeps magic comments', () => {
    const code = '# frozen_string_literal: true\n# Adding things.\n\n# Adds.\ndef add(a)\n  # keep\n  a\nend\n';
    expect(stripDocumentation('ruby', code)).toBe('# frozen_string_literal: true\n\ndef add(a)\n  # keep\n  a\nend\n');
  });

  it('renders YARD', () => {
    const rendered = renderDocumented('ruby', ADD(''), () => ({ summary: 'Adds', params: { a: 'the base' }, returns: 'the sum' }));
    expect(rendered).toContain('# Adds.\n#\n# @param a [Object] the base\n# @param count [Object] The count value.\n' +
      '# @return [Object] the sum\n# @raise [ArgumentError]');
    expectComplete('ruby', rendered, 'add');
  });
});
