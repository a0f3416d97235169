import { describe, expect, it } from 'vitest';
import { progressTowards } from '../core/index.js';
import { changedLines } from './debugging.js';
import { countAntiIdioms } from './idioms.js';
import { mutants, shuffled } from './mutation.js';
import { measureQuality } from './quality.js';
import { qualityGain } from './refactoring.js';

describe('changedLines', () => {
  it('names the lines of the first text that the second replaces or removes', () => {
    expect([...changedLines('a\nb\nc\nd\n', 'a\nB\nc\nd\n')]).toEqual([2]);
    expect([...changedLines('a\nb\nc\n', 'a\nc\n')]).toEqual([2]);
    expect([...changedLines('a\nb\n', 'a\nb\n')]).toEqual([]);
  });

  it('ignores trailing whitespace and CRLF, and counts an insertion at the lines around it', () => {
    expect([...changedLines('a\r\nb  \r\n', 'a\nb\n')]).toEqual([]);
    expect([...changedLines('a\nb\n', 'a\nx\nb\n')]).toContain(1);
  });
});

describe('mutants', () => {
  it('changes one spaced operator, boolean or 0/1 literal at a time, never inside strings or comments', () => {
    const code = "def f(a, b):\n    # a < b\n    if a < b and flag == True:\n        return 'x < y' + 1\n    return 0\n";
    const found = mutants(code, 'python');
    const lines = found.map((mutant) => mutant.code.split('\n')[mutant.line - 1]);
    expect(lines).toContain("    if a <= b and flag == True:");
    expect(lines).toContain("    if a < b or flag == True:");
    expect(lines).toContain("    if a < b and flag != True:");
    expect(lines).toContain("    if a < b and flag == False:");
    expect(lines).toContain("        return 'x < y' - 1");
    expect(lines).toContain('    return 1');
    expect(found.every((mutant) => mutant.line !== 2)).toBe(true);
    expect(lines.some((line) => line?.includes("'x <= y'"))).toBe(false);
  });

  it('makes `+ 1` an off-by-one `+ 2`, never a telltale `+ 0`', () => {
    const lines = mutants('x = a[i + 1]\n', 'python').map((mutant) => mutant.code.trim());
    expect(lines).toContain('x = a[i + 2]');
    expect(lines).toContain('x = a[i - 1]');
    expect(lines).not.toContain('x = a[i + 0]');
  });

  it('swaps any/all and prefix/suffix checks', () => {
    const lines = mutants('ok = any(s.startswith(p) for p in ps)\n', 'python').map((mutant) => mutant.code.trim());
    expect(lines).toEqual(expect.arrayContaining(['ok = all(s.startswith(p) for p in ps)', 'ok = any(s.endswith(p) for p in ps)']));
  });

  it('searches from the other end', () => {
    const lines = mutants("let (k, v) = s.split_once('=')?;\n", 'rust').map((mutant) => mutant.code.trim());
    expect(lines).toContain("let (k, v) = s.rsplit_once('=')?;");
  });

  it('leaves generics and arrows alone', () => {
    expect(mutants('fn f(v: Vec<i64>) -> Option<i64> {\n    v.first().copied()\n}\n', 'rust')).toEqual([]);
  });

  it('shuffles deterministically by seed', () => {
    expect(shuffled([1, 2, 3, 4, 5, 6], 7)).toEqual(shuffled([1, 2, 3, 4, 5, 6], 7));
    expect(shuffled([1, 2, 3, 4, 5, 6], 7).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('refactoring measures', () => {
  it('progressTowards: 1 at the target, 0 when no better, partial in between', () => {
    expect(progressTowards(10, 2, 2)).toBe(1);
    expect(progressTowards(10, 10, 2)).toBe(0);
    expect(progressTowards(10, 6, 2)).toBe(0.5);
    expect(progressTowards(2, 3, 2)).toBe(0);
    expect(progressTowards(2, 2, 2)).toBe(1);
  });

  it('counts anti-idioms per language, not in strings', () => {
    expect(countAntiIdioms('for i in range(len(xs)):\n    if x == None:\n        s = "range(len(a))"\n', 'python').total).toBe(2);
    expect(countAntiIdioms('var x = 1;\nif (x == 2) {}\n', 'typescript').total).toBe(2);
    expect(countAntiIdioms('for (int i = 0; i < xs.size(); i++) {}\n', 'java').total).toBe(1);
    expect(countAntiIdioms('for i := 0; i < len(xs); i++ {\n}\n', 'go').total).toBe(1);
    expect(countAntiIdioms('for x in xs\nend\nreturn 1 if a == nil\n', 'ruby').total).toBe(2);
    expect(countAntiIdioms('for i in 0..v.len() {\n}\nif v.len() == 0 {}\n', 'rust').total).toBe(2);
    expect(countAntiIdioms('xs.forEach((x) => x);\n', 'typescript').total).toBe(0);
  });

  it('qualityGain: the reference scores 1, the untouched original 0', () => {
    const poor = `def f(xs):\n${'    if xs:\n'.repeat(1)}${Array.from({ length: 14 }, (_, i) => `        if xs[${i}] == ${i} and xs[0] > 1:\n            return ${i}\n`).join('')}    return -1\n`;
    const good = 'def f(xs):\n    return next((i for i, x in enumerate(xs) if x == i), -1)\n';
    const [original, reference] = [measureQuality(poor, 'python'), measureQuality(good, 'python')];
    expect(qualityGain(original, reference, reference)).toBe(1);
    expect(qualityGain(original, original, reference)).toBe(0);
  });
});
