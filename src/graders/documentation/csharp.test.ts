import { describe, expect, it } from 'vitest';
import { publicItems, renderDocumented, stripDocumentation } from './index.js';
import { docOf, expectComplete, reference, tuples } from './test-support.test.js';

const ADD = (doc: string) =>
  `public static class Calc\n{\n${doc}\n    [Pure]\n    public static long Add(long a, long count = 1)\n    {\n` +
    `        if (count < 0) throw new ArgumentException("negative");\n        return a + count;\n    }\n}\n`;

describe('C# publicItems', () => {
  it('finds the public class and methods of references', () => {
    expect(tuples(publicItems('csharp', reference('chunk-list', 'Solution.cs')))).toEqual([
      ['Solution', 'class', 6, [], false, []],
      ['ChunkList', 'method', 8, ['values', 'size'], true, ['ArgumentException']],
    ]);
    expect(tuples(publicItems('csharp', reference('percent-change', 'Solution.cs')))).toEqual([
      ['Solution', 'class', 4, [], false, []],
      ['PercentChange', 'method', 6, ['old', 'new'], true, ['ArgumentException']],
    ]);
  });

  it('finds constructors, properties and types inside namespaces', () => {
    const code = [
      'namespace Demo',
      '{',
      '    public class Shape',
      '    {',
      '        public string Name { get; set; }',
      '        public Shape(int sides) { if (sides < 0) throw new ArgumentOutOfRangeException(nameof(sides)); }',
      '        public async Task RunAsync(CancellationToken token = default) { await Task.Delay(1); }',
      '        public static (int, int) MinMax(this IEnumerable<int> values, ref int count, params int[] rest) => (0, 0);',
      '        private void Hidden() { }',
      '        internal void Internal() { }',
      '    }',
      '    public interface IShape',
      '    {',
      '        double Area();',
      '    }',
      '    public struct Point { }',
      '    public enum Kind { A, B }',
      '    internal class Hidden { public void X() { } }',
      '}',
    ].join('\n');
    expect(tuples(publicItems('csharp', code))).toEqual([
      ['Shape', 'class', 3, [], false, []],
      ['Name', 'method', 5, [], true, []],
      ['Shape', 'method', 6, ['sides'], false, ['ArgumentOutOfRangeException']],
      ['RunAsync', 'method', 7, ['token'], false, []],
      ['MinMax', 'method', 8, ['values', 'count', 'rest'], true, []],
      ['IShape', 'interface', 12, [], false, []],
      ['Area', 'method', 14, [], true, []],
      ['Point', 'struct', 16, [], false, []],
      ['Kind', 'enum', 17, [], false, []],
    ]);
  });
});

describe('C# XML doc comments', () => {
  it.each([
    ['    /// <summary>\n    /// Adds <paramref name="count"/> to <c>a</c>.\n    /// </summary>\n' +
      '    /// <param name="a">The base.</param>\n    /// <param name="count">How many.</param>\n' +
      '    /// <returns>The sum.</returns>\n    /// <exception cref="ArgumentException">If count &lt; 0.</exception>'],
    ['    /// <summary>Adds two numbers.</summary>\n' +
      '    /// <remarks><para>See <see cref="Math.Abs(long)"/>.</para></remarks>\n' +
      '    /// <param name=\'count\'>How many.</param>\n    /// <param name="a">The base.</param>\n' +
      '    /// <returns>\n    /// The sum.\n    /// </returns>\n' +
      '    /// <exception cref="System.ArgumentException">Negative count.</exception>'],
    ['    /// <summary>Adds.</summary>\n\n    /// <param name="a">The base.</param>\n' +
      '    /// <param name="count">How many; <![CDATA[a < b]]></param>\n    /// <returns>The sum.</returns>\n' +
      '    /// <exception cref="T:System.ArgumentException">Negative count.</exception>'],
  ])('accepts phrasing %#', (doc) => {
    expectComplete('csharp', ADD(doc.replace('\n\n', '\n')), 'Add');
  });

  it('does not count // lines', () => {
    expect(docOf('csharp', ADD('    // <summary>Adds.</summary>'), 'Add')).toBeNull();
  });

  it('reports malformed XML and params naming no parameter', () => {
    expect(docOf('csharp', ADD('    /// <summary>Adds when a < b.</summary>'), 'Add')!.problems).toEqual(['a bare "<" must be written &lt;']);
    expect(docOf('csharp', ADD('    /// <summary>Adds.'), 'Add')!.problems).toEqual(['<summary> is never closed']);
    expect(docOf('csharp', ADD('    /// <summary>Adds.</sumary>'), 'Add')!.valid).toBe(false);
    expect(docOf('csharp', ADD('    /// <summary>A & B.</summary>'), 'Add')!.problems).toEqual(['a bare "&" must be written &amp;']);
    expect(docOf('csharp', ADD('    /// <summary>Adds.</summary>\n    /// <param name=b>x</param>'), 'Add')!.valid).toBe(false);
    const doc = docOf('csharp', ADD('    /// <summary>Adds.</summary>\n    /// <param name="b">Nope.</param>'), 'Add')!;
    expect(doc.problems).toEqual(['<param name> "b" names no parameter of Add']);
  });

  it('reports what is missing', () => {
    const comment = '    /// <summary></summary>\n    /// <param name="a">The base.</param>\n    /// <param name="count"></param>';
    const doc = docOf('csharp', ADD(comment), 'Add')!;
    expect([doc.valid, doc.summary, doc.params, doc.returns, doc.throws]).toEqual([true, false, ['a'], false, []]);
  });

  it('strips and renders with escaped text', () => {
    expect(stripDocumentation('csharp', ADD('    /// <summary>Adds.</summary>\n    // keep'))).toBe(ADD('    // keep'));
    const rendered = renderDocumented('csharp', ADD(''), () => ({ summary: 'Adds a < b & c', params: {}, throws: { ArgumentException: 'x < 0' } }));
    expect(rendered).toContain('    /// <summary>\n    /// Adds a &lt; b &amp; c.\n    /// </summary>\n    /// <param name="a">');
    expect(rendered).toContain('/// <exception cref="ArgumentException">x &lt; 0</exception>\n    [Pure]');
    expectComplete('csharp', rendered, 'Add');
  });
});
