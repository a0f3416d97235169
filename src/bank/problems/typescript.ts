import type { Problem } from './problem.js';
import { caseLabel, mapEntries, quoted, type LanguageRenderer } from './renderer.js';
import type { ValueType } from './types.js';
import { camelCase, parameterName } from './names.js';

function typeName(type: ValueType): string {
  switch (type.kind) {
    case 'int':
    case 'float':
      return 'number';
    case 'string':
      return 'string';
    case 'bool':
      return 'boolean';
    case 'list': {
      const inner = typeName(type.of);
      return type.of.kind === 'optional' ? `(${inner})[]` : `${inner}[]`;
    }
    case 'map':
      return `Record<string, ${typeName(type.of)}>`;
    case 'optional':
      return `${typeName(type.of)} | null`;
  }
}

function literal(value: unknown, type: ValueType): string {
  if (value === null) return 'null';
  switch (type.kind) {
    case 'string':
      return quoted(value as string);
    case 'list':
      return `[${(value as unknown[]).map((item) => literal(item, type.of)).join(', ')}]`;
    case 'map': {
      const entries = mapEntries(value);
      return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${quoted(key)}: ${literal(item, type.of)}`).join(', ')} }`;
    }
    case 'optional':
      return literal(value, type.of);
    default:
      return String(value);
  }
}

const call = (problem: Problem, args: readonly unknown[]) =>
  `${camelCase(problem.name)}(${args.map((arg, index) => literal(arg, problem.params[index]!.type)).join(', ')})`;

export const typescriptRenderer: LanguageRenderer = {
  language: 'typescript',
  solutionFile: 'solution.ts',
  testFile: 'solution.test.ts',
  comment: '//',
  functionName: (problem) => camelCase(problem.name),
  signature: (problem) =>
    `export function ${camelCase(problem.name)}(${problem.params.map((param) => `${parameterName(param.name)}: ${typeName(param.type)}`).join(', ')}): ${typeName(problem.returns)}`,
  errorRule: (problem) => (problem.error ? `Throw an Error when ${problem.error}.` : null),
  call,
  literal,
  conventions: 'Write a TypeScript 5 module (strict mode, Node.js 20, no packages) that exports the function.',
  tests(problem, cases) {
    const lines = ["import assert from 'node:assert/strict';", "import { test } from 'node:test';", `import { ${camelCase(problem.name)} } from './solution.js';`, ''];
    for (const entry of cases) {
      lines.push(`test('case ${caseLabel(entry.number)}', () => {`);
      const invocation = call(problem, entry.args);
      if (entry.error) lines.push(`  assert.throws(() => ${invocation});`);
      else if (problem.returns.kind === 'float') {
        lines.push(`  const actual = ${invocation};`, `  const expected = ${literal(entry.expected, problem.returns)};`);
        lines.push('  assert.ok(Math.abs(actual - expected) <= 1e-6, `expected ${expected}, got ${actual}`);');
      } else lines.push(`  assert.deepEqual(${invocation}, ${literal(entry.expected, problem.returns)});`);
      lines.push('});', '');
    }
    return lines.join('\n');
  },
};
