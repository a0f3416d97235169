import type { Problem } from './problem.js';
import { caseLabel, floatLiteral, mapEntries, type LanguageRenderer } from './renderer.js';
import type { ValueType } from './types.js';
import { pascalCase } from './names.js';

/** A double-quoted Ruby string: JSON escapes, plus `#` so `#{...}` never interpolates. */
function quoted(text: string): string {
  return JSON.stringify(text).replace(/#/g, '\\#');
}

function describeType(type: ValueType): string {
  switch (type.kind) {
    case 'int':
      return 'Integer';
    case 'float':
      return 'Float';
    case 'string':
      return 'String';
    case 'bool':
      return 'true or false';
    case 'list':
      return `Array of ${describeType(type.of)}`;
    case 'map':
      return `Hash of String => ${describeType(type.of)}`;
    case 'optional':
      return `${describeType(type.of)} or nil`;
  }
}

function literal(value: unknown, type: ValueType): string {
  if (value === null) return 'nil';
  switch (type.kind) {
    case 'float':
      return floatLiteral(value as number);
    case 'string':
      return quoted(value as string);
    case 'list':
      return `[${(value as unknown[]).map((item) => literal(item, type.of)).join(', ')}]`;
    case 'map': {
      const entries = mapEntries(value);
      return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${quoted(key)} => ${literal(item, type.of)}`).join(', ')} }`;
    }
    case 'optional':
      return literal(value, type.of);
    default:
      return String(value);
  }
}

const call = (problem: Problem, args: readonly unknown[]) =>
  `${problem.name}(${args.map((arg, index) => literal(arg, problem.params[index]!.type)).join(', ')})`;

export const rubyRenderer: LanguageRenderer = {
  language: 'ruby',
  solutionFile: 'solution.rb',
  testFile: 'test_solution.rb',
  comment: '#',
  functionName: (problem) => problem.name,
  signature: (problem) => {
    const params = problem.params.map((param) => `#   ${param.name}: ${describeType(param.type)}`);
    return [...params, `#   returns: ${describeType(problem.returns)}`, `def ${problem.name}(${problem.params.map((param) => param.name).join(', ')})`].join('\n');
  },
  errorRule: (problem) => (problem.error ? `Raise ArgumentError when ${problem.error}.` : null),
  call,
  literal,
  conventions: 'Write Ruby 3.1 (standard library only): a file solution.rb defining the method at top level (no class or module).',
  tests(problem, cases) {
    const lines = ["require 'minitest/autorun'", "require_relative 'solution'", '', `class ${pascalCase(problem.name)}Test < Minitest::Test`];
    for (const entry of cases) {
      lines.push(`  def test_case_${caseLabel(entry.number)}`);
      const invocation = call(problem, entry.args);
      if (entry.error) lines.push(`    assert_raises(ArgumentError) { ${invocation} }`);
      else if (problem.returns.kind === 'float') lines.push(`    assert_in_delta(${literal(entry.expected, problem.returns)}, ${invocation}, 1e-6)`);
      else if (entry.expected === null) lines.push(`    assert_nil(${invocation})`);
      else lines.push(`    assert_equal(${literal(entry.expected, problem.returns)}, ${invocation})`);
      lines.push('  end', '');
    }
    lines.pop();
    lines.push('end', '');
    return lines.join('\n');
  },
};
