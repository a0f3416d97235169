import type { Problem } from './problem.js';
import { caseLabel, floatLiteral, mapEntries, quoted, type LanguageRenderer } from './renderer.js';
import type { ValueType } from './types.js';
import { camelCase, parameterName } from './names.js';

/** `boxed`: inside generics or as an optional (a reference type that may be null). */
function typeName(type: ValueType, boxed = false): string {
  switch (type.kind) {
    case 'int':
      return boxed ? 'Long' : 'long';
    case 'float':
      return boxed ? 'Double' : 'double';
    case 'string':
      return 'String';
    case 'bool':
      return boxed ? 'Boolean' : 'boolean';
    case 'list':
      return `List<${typeName(type.of, true)}>`;
    case 'map':
      return `Map<String, ${typeName(type.of, true)}>`;
    case 'optional':
      return typeName(type.of, true);
  }
}

function literal(value: unknown, type: ValueType): string {
  // Typed, so a lone null argument of the test's varargs `list(...)` is an element, not the array.
  if (value === null) return type.kind === 'optional' ? `(${typeName(type.of, true)}) null` : 'null';
  switch (type.kind) {
    case 'int':
      return `${String(value)}L`;
    case 'float':
      return floatLiteral(value as number);
    case 'string':
      return quoted(value as string);
    case 'bool':
      return String(value);
    case 'list':
      return `list(${(value as unknown[]).map((item) => literal(item, type.of)).join(', ')})`;
    case 'map':
      return `map(${mapEntries(value).map(([key, item]) => `${quoted(key)}, ${literal(item, type.of)}`).join(', ')})`;
    case 'optional':
      // Boxed, so `assertEquals(Object, Object)` compares it with the method's boxed result (a cast `(Long) -1L`
      // would parse as a subtraction).
      return ['int', 'float', 'bool'].includes(type.of.kind) ? `${typeName(type.of, true)}.valueOf(${literal(value, type.of)})` : literal(value, type.of);
  }
}

/** A prompt-friendly literal: List.of / Map.of instead of the test file's helpers. */
function shownLiteral(value: unknown, type: ValueType): string {
  if (value === null) return 'null';
  switch (type.kind) {
    case 'list':
      return `List.of(${(value as unknown[]).map((item) => shownLiteral(item, type.of)).join(', ')})`;
    case 'map':
      return `Map.of(${mapEntries(value).map(([key, item]) => `${quoted(key)}, ${shownLiteral(item, type.of)}`).join(', ')})`;
    case 'optional':
      return shownLiteral(value, type.of);
    default:
      return literal(value, type);
  }
}

const args = (problem: Problem, values: readonly unknown[], render: (value: unknown, type: ValueType) => string) =>
  values.map((arg, index) => render(arg, problem.params[index]!.type)).join(', ');

const HELPERS = [
  '    @SafeVarargs',
  '    private static <T> List<T> list(T... items) {',
  '        return new ArrayList<>(Arrays.asList(items));',
  '    }',
  '',
  '    @SuppressWarnings("unchecked")',
  '    private static <V> Map<String, V> map(Object... keysAndValues) {',
  '        Map<String, V> map = new HashMap<>();',
  '        for (int i = 0; i < keysAndValues.length; i += 2) {',
  '            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);',
  '        }',
  '        return map;',
  '    }',
];

export const javaRenderer: LanguageRenderer = {
  language: 'java',
  solutionFile: 'Solution.java',
  testFile: 'SolutionTest.java',
  comment: '//',
  functionName: (problem) => camelCase(problem.name),
  signature: (problem) =>
    `public static ${typeName(problem.returns)} ${camelCase(problem.name)}(${problem.params.map((param) => `${typeName(param.type)} ${parameterName(param.name)}`).join(', ')})`,
  errorRule: (problem) => (problem.error ? `Throw IllegalArgumentException when ${problem.error}.` : null),
  call: (problem, values) => `Solution.${camelCase(problem.name)}(${args(problem, values, shownLiteral)})`,
  literal: shownLiteral,
  conventions: 'Write Java 17 (JDK only): a file Solution.java holding `public class Solution` (default package, imports allowed) with the method as `public static`.',
  tests(problem, cases) {
    const name = camelCase(problem.name);
    const lines = ['import java.util.ArrayList;', 'import java.util.Arrays;', 'import java.util.HashMap;', 'import java.util.List;', 'import java.util.Map;', '', 'public class SolutionTest {'];
    lines.push(...HELPERS, '');
    for (const entry of cases) {
      lines.push('    @Test', `    public void case${caseLabel(entry.number)}() {`);
      const invocation = `Solution.${name}(${args(problem, entry.args, literal)})`;
      if (entry.error) lines.push(`        Assert.assertThrows(IllegalArgumentException.class, () -> ${invocation});`);
      else if (problem.returns.kind === 'float') lines.push(`        Assert.assertEquals(${literal(entry.expected, problem.returns)}, ${invocation}, 1e-6);`);
      else lines.push(`        Assert.assertEquals(${literal(entry.expected, problem.returns)}, ${invocation});`);
      lines.push('    }', '');
    }
    lines.pop();
    lines.push('}', '');
    return lines.join('\n');
  },
};
