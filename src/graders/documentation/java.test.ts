import { describe, expect, it } from 'vitest';
import { publicItems, renderDocumented, stripDocumentation } from './index.js';
import { docOf, expectComplete, reference, tuples } from './test-support.test.js';

const ADD = (doc: string) =>
  `public class Calc {\n${doc}\n    @Deprecated\n` +
    `    public static long add(long a, long count) throws ArithmeticException {\n` +
    `        if (count < 0) throw new IllegalArgumentException("negative");\n        return a + count;\n    }\n}\n`;

describe('Java publicItems', () => {
  it('finds the public class and methods of references', () => {
    expect(tuples(publicItems('java', reference('chunk-list', 'Solution.java')))).toEqual([
      ['Solution', 'class', 4, [], false, []],
      ['chunkList', 'method', 5, ['values', 'size'], true, ['IllegalArgumentException']],
    ]);
    expect(tuples(publicItems('java', reference('closest-pair-sum', 'Solution.java')))).toEqual([
      ['Solution', 'class', 5, [], false, []],
      ['closestPairSum', 'method', 6, ['values', 'target'], true, []],
    ]);
  });

  it('finds constructors, nested public types and interface methods', () => {
    const code = [
      'public class Shape {',
      '    public Shape(int sides) { }',
      '    private void hidden() { }',
      '    public static <T extends Comparable<T>> List<T> sorted(Collection<? extends T> items, final boolean reverse, int... extra) {',
      '        return null;',
      '    }',
      '    public interface Visitor {',
      '        void visit(Shape shape);',
      '    }',
      '    public record Point(int x, int y) { }',
      '    static class Hidden { public void x() { } }',
      '}',
    ].join('\n');
    expect(tuples(publicItems('java', code))).toEqual([
      ['Shape', 'class', 1, [], false, []],
      ['Shape', 'method', 2, ['sides'], false, []],
      ['sorted', 'method', 4, ['items', 'reverse', 'extra'], true, []],
      ['Visitor', 'interface', 7, [], false, []],
      ['visit', 'method', 8, ['shape'], false, []],
      ['Point', 'class', 10, ['x', 'y'], false, []],
    ]);
  });
});

describe('Javadoc', () => {
  it.each([
    ['    /**\n     * Adds count to a.\n     *\n     * @param a the base\n     * @param count how many\n' +
      '     * @return the sum\n     * @throws ArithmeticException on overflow\n' +
      '     * @throws IllegalArgumentException if count is negative\n     */'],
    ['    /** Adds {@code count} to <i>a</i>.\n     * @param a The base.\n     * @param count How many.\n' +
      '     * @return The sum.\n     * @exception java.lang.ArithmeticException overflow\n' +
      '     * @exception IllegalArgumentException negative count */'],
    ['    /**\n     * <p>Adds.</p>\n     * @param count how many\n     * @param a the base\n     * @since 1.2\n' +
      '     * @see Math#addExact(long, long)\n     * @return the sum\n     * @throws ArithmeticException,\n' +
      '     *     when it overflows\n     * @throws IllegalArgumentException when negative\n     */'],
  ])('accepts phrasing %#', (doc) => {
    expectComplete('java', ADD(doc), 'add');
  });

  it('does not count line comments or plain block comments', () => {
    expect(docOf('java', ADD('    // Adds.'), 'add')).toBeNull();
    expect(docOf('java', ADD('    /* Adds. @param a the base */'), 'add')).toBeNull();
  });

  it('reports @param of a non-parameter and @returns', () => {
    const doc = docOf('java', ADD('    /**\n     * Adds.\n     * @param b nope\n     * @returns the sum\n     */'), 'add')!;
    expect(doc.valid).toBe(false);
    expect(doc.returns).toBe(true);
    expect(doc.problems).toEqual(['@returns is not a tag of this format: write @return', '@param "b" names no parameter of add']);
  });

  it('reports what is missing', () => {
    const doc = docOf('java', ADD('    /** Adds. @param a the base */'), 'add')!;
    expect([doc.valid, doc.summary, doc.params, doc.returns, doc.throws]).toEqual([true, true, [], false, []]);
  });

  it('strips and renders', () => {
    const code = ADD('    /** Adds. */');
    expect(stripDocumentation('java', code)).toBe(ADD('').replace('{\n\n', '{\n'));
    const rendered = renderDocumented('java', code, () => ({ summary: 'Adds a < b', params: {} }));
    expect(rendered).toContain('    /**\n     * Adds a &lt; b.\n     *\n     * @param a The a value.');
    expectComplete('java', rendered, 'add');
  });
});
