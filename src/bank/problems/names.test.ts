import { describe, expect, it } from 'vitest';
import { parameterName, pascalCase } from './names.js';
import { RENDERERS } from './renderers.js';
import { toProblem } from './problem.js';

describe('names', () => {
  it('renames parameters that are reserved words in TypeScript, Java or C#', () => {
    expect(parameterName('new')).toBe('newValue');
    expect(parameterName('max_length')).toBe('maxLength');
    expect(pascalCase('merge_intervals')).toBe('MergeIntervals');
    const problem = toProblem({
      slug: 'p', title: 'P', statement: 'Return the change from old to new in percent of the old value, which is never zero here.',
      function: { name: 'percent_change', params: [{ name: 'old', type: 'float' }, { name: 'new', type: 'float' }], returns: 'float' },
      cases: [0, 1, 2, 3].map((i) => ({ args: [1 + i, 2], expected: 0 })),
    }, 'easy', 'p');
    expect(RENDERERS.typescript.signature(problem)).toBe('export function percentChange(old: number, newValue: number): number');
    expect(RENDERERS.java.signature(problem)).toContain('double newValue)');
    expect(RENDERERS.csharp.signature(problem)).toContain('double newValue)');
    expect(RENDERERS.python.signature(problem)).toContain('new: float');
  });
});
