import { describe, expect, it } from 'vitest';
import { documentationOf, publicItems, renderDocumented, stripDocumentation } from './index.js';
import { docOf, expectComplete, reference, tuples } from './test-support.test.js';

const ADD = (doc: string) => `def add(a: int, count: int = 1) -> int:\n${doc}\n    if count < 0:\n        raise ValueError("negative")\n` +
  `    return a + count\n`;

describe('Python publicItems', () => {
  it('finds the public functions of references', () => {
    expect(tuples(publicItems('python', reference('chunk-list', 'solution.py')))).toEqual(
      [['chunk_list', 'function', 4, ['values', 'size'], true, ['ValueError']]]);
    expect(tuples(publicItems('python', reference('boolean-filter-eval', 'solution.py')))).toEqual(
      [
      ['evaluate_filter', 'function', 72, ['expression', 'variables'], true, ['ValueError']],
    ]);
    expect(publicItems('python', reference('closest-pair-sum', 'solution.py')).map((item) => item.name)).toEqual(['closest_pair_sum']);
  });

  it('finds public classes and their public methods', () => {
    const code = [
      'class Stack:',
      '    def __init__(self, capacity: int) -> None:',
      '        self.items = []',
      '',
      '    @property',
      '    def size(self):',
      '        return len(self.items)',
      '',
      '    def push(self, item, *rest, key=None, **options) -> None:',
      '        if item is None:',
      '            raise TypeError("none")',
      '',
      '    @staticmethod',
      '    def of(values):',
      '        return Stack(len(values))',
      '',
      '    def _hidden(self):',
      '        pass',
      '',
      '',
      'class _Private:',
      '    def visible(self):',
      '        pass',
      '',
      '',
      'def one_liner(x): return x * 2',
    ].join('\n');
    expect(tuples(publicItems('python', code))).toEqual([
      ['Stack', 'class', 1, [], false, []],
      ['size', 'method', 6, [], true, []],
      ['push', 'method', 9, ['item', 'rest', 'key', 'options'], false, ['TypeError']],
      ['of', 'method', 14, ['values'], true, []],
      ['one_liner', 'function', 26, ['x'], true, []],
    ]);
  });
});

describe('Python docstrings', () => {
  it.each([
    ['    """Add count to a.\n\n    Args:\n        a: The base.\n        count (int): How many.\n\n    Returns:\n' +
      '        int: The sum.\n\n    Raises:\n        ValueError: If count is negative.\n    """'],
    ['    """Add count to a.\n\n    Parameters\n    ----------\n    a : int\n        The base.\n    count : int\n' +
      '        How many.\n\n    Returns\n    -------\n    int\n        The sum.\n\n    Raises\n    ------\n' +
      '    ValueError\n        If count is negative.\n    """'],
    ["    r'''Add count to a.\n\n    :param a: The base.\n    :param int count: How many.\n    :returns: The sum.\n" +
      "    :rtype: int\n    :raises ValueError: If count is negative.\n    '''"],
  ])('accepts style %#', (doc) => {
    expectComplete('python', ADD(doc), 'add');
  });

  it('does not count a comment above the def', () => {
    expect(docOf('python', `# Add count to a.\n${ADD('    pass')}`, 'add')).toBeNull();
  });

  it('reports entries naming no parameter and malformed entries', () => {
    const doc = docOf('python', ADD('    """Add.\n\n    Args:\n        b: Nope.\n        a - the base\n    """'), 'add')!;
    expect(doc.valid).toBe(false);
    expect(doc.problems).toEqual(['malformed Args entry "a - the base"', 'parameter entry "b" names no parameter of add']);
    expect(docOf('python', ADD('    """Add.\n\n    :parm a: typo\n    """'), 'add')!.problems).toEqual(['unknown field :parm:']);
  });

  it('reports what is missing', () => {
    const doc = docOf('python', ADD('    """Add.\n\n    Args:\n        a: The base.\n    """'), 'add')!;
    expect([doc.valid, doc.summary, doc.params, doc.returns, doc.throws]).toEqual([true, true, ['a'], false, []]);
  });

  it('strips docstrings, adding pass where a body would be empty', () => {
    const code = '"""Module."""\n\n\nclass Empty(Exception):\n    """Nothing else."""\n\n\ndef f():\n    """Doc."""\n    # keep\n    return "x"\n';
    expect(stripDocumentation('python', code)).toBe('\n\nclass Empty(Exception):\n    pass\n\n\ndef f():\n    # keep\n    return "x"\n');
  });

  it('renders Google style into bodies, also one-line ones', () => {
    const code = 'def twice(x): return x * 2\n';
    const rendered = renderDocumented('python', code, () => ({ summary: 'Doubles """x"""', params: { x: 'a number' }, returns: 'twice x' }));
    expect(rendered).toBe(
      'def twice(x):\n    """Doubles \\"\\"\\"x\\"\\"\\".\n\n    Args:\n        x: a number\n\n    Returns:\n' +
        '        twice x\n    """\n    return x * 2\n',
    );
    expectComplete('python', rendered, 'twice');
    expect(documentationOf('python', rendered)).toHaveLength(1);
  });
});
