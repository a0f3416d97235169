import type { Problem } from './problem.js';
import { caseLabel, floatLiteral, mapEntries, quoted, type LanguageRenderer } from './renderer.js';
import type { ValueType } from './types.js';
import { pascalCase } from './names.js';

function typeName(type: ValueType): string {
  switch (type.kind) {
    case 'int':
      return 'int';
    case 'float':
      return 'float';
    case 'string':
      return 'str';
    case 'bool':
      return 'bool';
    case 'list':
      return `list[${typeName(type.of)}]`;
    case 'map':
      return `dict[str, ${typeName(type.of)}]`;
    case 'optional':
      return `${typeName(type.of)} | None`;
  }
}

function literal(value: unknown, type: ValueType): string {
  if (value === null) return 'None';
  switch (type.kind) {
    case 'bool':
      return value ? 'True' : 'False';
    case 'float':
      return floatLiteral(value as number);
    case 'string':
      return quoted(value as string);
    case 'list':
      return `[${(value as unknown[]).map((item) => literal(item, type.of)).join(', ')}]`;
    case 'map':
      return `{${mapEntries(value).map(([key, item]) => `${quoted(key)}: ${literal(item, type.of)}`).join(', ')}}`;
    case 'optional':
      return literal(value, type.of);
    default:
      return String(value);
  }
}

const call = (problem: Problem, args: readonly unknown[]) =>
  `${problem.name}(${args.map((arg, index) => literal(arg, problem.params[index]!.type)).join(', ')})`;

export const pythonRenderer: LanguageRenderer = {
  language: 'python',
  solutionFile: 'solution.py',
  testFile: 'test_solution.py',
  comment: '#',
  functionName: (problem) => problem.name,
  signature: (problem) =>
    `def ${problem.name}(${problem.params.map((param) => `${param.name}: ${typeName(param.type)}`).join(', ')}) -> ${typeName(problem.returns)}`,
  errorRule: (problem) => (problem.error ? `Raise ValueError when ${problem.error}.` : null),
  call,
  literal,
  conventions: 'Write a Python 3.11 module (standard library only) that defines the function at top level.',
  tests(problem, cases) {
    const lines = ['import unittest', '', `from solution import ${problem.name}`, '', '', `class ${pascalCase(problem.name)}Test(unittest.TestCase):`];
    for (const entry of cases) {
      lines.push(`    def test_case_${caseLabel(entry.number)}(self):`);
      const invocation = call(problem, entry.args);
      if (entry.error) {
        lines.push('        with self.assertRaises(ValueError):', `            ${invocation}`);
      } else if (problem.returns.kind === 'float') {
        lines.push(`        self.assertAlmostEqual(${invocation}, ${literal(entry.expected, problem.returns)}, delta=1e-6)`);
      } else if (entry.expected === null) {
        lines.push(`        self.assertIsNone(${invocation})`);
      } else {
        lines.push(`        self.assertEqual(${invocation}, ${literal(entry.expected, problem.returns)})`);
      }
      lines.push('');
    }
    lines.push('', "if __name__ == '__main__':", '    unittest.main()', '');
    return lines.join('\n');
  },
};
