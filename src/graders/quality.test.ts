import { describe, expect, it } from 'vitest';
import { measureQuality } from './quality.js';

describe('measureQuality', () => {
  it('gives clean, small functions full marks', () => {
    const code = 'def add(a: int, b: int) -> int:\n    return a + b\n\n\ndef sign(x: int) -> int:\n    if x < 0:\n        return -1\n    return 1 if x else 0\n';
    const report = measureQuality(code, 'python');
    expect(report.findings).toEqual([]);
    expect(report.score).toBe(1);
    expect(report.maxComplexity).toBe(3);
  });

  it('counts decision points per function and penalises a complex one', () => {
    const branches = Array.from({ length: 14 }, (_, i) => `    if x == ${i}:\n        return ${i}`).join('\n');
    const report = measureQuality(`def pick(x: int) -> int:\n${branches}\n    return -1\n`, 'python');
    expect(report.maxComplexity).toBe(15);
    expect(report.findings.map((f) => f.rule)).toContain('complexity');
    expect(report.score).toBeLessThan(1);
  });

  it('penalises long lines, debug output and unfinished-work markers in TypeScript', () => {
    const code = `export function f(): number {\n  console.log('debug');\n  // TODO: finish\n  return ${'1 + '.repeat(40)}1;\n}\n`;
    const rules = measureQuality(code, 'typescript').findings.map((f) => f.rule).sort();
    expect(rules).toEqual(['debug-output', 'line-length', 'todo']);
  });

  it('ignores keywords inside strings and comments', () => {
    const code = "export function f(): string {\n  // if for while && ||\n  return 'if for while && ||';\n}\n";
    expect(measureQuality(code, 'typescript').maxComplexity).toBe(1);
  });

  it('measures TypeScript methods and arrow functions separately', () => {
    const code = 'export class A {\n  m(x: number): number {\n    if (x > 1 && x < 5) {\n      return 1;\n    }\n    return 0;\n  }\n}\nexport const g = (y: number): number => (y > 0 ? y : -y);\n';
    const report = measureQuality(code, 'typescript');
    expect(report.maxComplexity).toBe(3);
  });
});

describe('measureQuality for Ruby', () => {
  it('starts a new method at every def, with or without parentheses', () => {
    const methods = Array.from({ length: 8 }, (_, i) => `  def m${i}\n    return 1 if a && b\n    2\n  end\n`).join('\n');
    const report = measureQuality(`class A\n${methods}end\n`, 'ruby');
    expect(report.maxComplexity).toBe(3);
    expect(report.findings).toEqual([]);
  });
});


describe('measureQuality for Java and C#', () => {
  it('starts a new method at package-private and generic methods, not at statements or calls', () => {
    const methods = Array.from({ length: 8 }, (_, i) => `    long m${i}(int a) {\n        if (a > 0 && a < 9) {\n            return f(a);\n        }\n        return 0;\n    }\n`).join('\n');
    const report = measureQuality(`class A {\n${methods}}\n`, 'java');
    expect(report.maxComplexity).toBe(3);
    expect(report.findings).toEqual([]);
    const csharp = measureQuality(`static class A\n{\n    public static List<T> Pick<T>(List<T> items)\n    {\n        var x = Call(items);\n        return x;\n    }\n}\n`, 'csharp');
    expect(csharp.maxFunctionLines).toBe(6);
  });
});
