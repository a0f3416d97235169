import type { Problem } from './problem.js';
import { caseLabel, floatLiteral, mapEntries, quoted, type LanguageRenderer } from './renderer.js';
import type { ValueType } from './types.js';
import { parameterName, pascalCase } from './names.js';

function typeName(type: ValueType): string {
  switch (type.kind) {
    case 'int':
      return 'long';
    case 'float':
      return 'double';
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'list':
      return `List<${typeName(type.of)}>`;
    case 'map':
      return `Dictionary<string, ${typeName(type.of)}>`;
    case 'optional':
      // Reference types are nullable already (C# 7 has no nullable reference annotations).
      return type.of.kind === 'int' || type.of.kind === 'float' || type.of.kind === 'bool' ? `${typeName(type.of)}?` : typeName(type.of);
  }
}

function literal(value: unknown, type: ValueType): string {
  if (value === null) return type.kind === 'optional' ? `(${typeName(type)})null` : 'null';
  switch (type.kind) {
    case 'int':
      return `${String(value)}L`;
    case 'float':
      return floatLiteral(value as number);
    case 'string':
      return quoted(value as string);
    case 'bool':
      return String(value);
    case 'list': {
      const items = (value as unknown[]).map((item) => literal(item, type.of));
      return items.length === 0 ? `new ${typeName(type)}()` : `new ${typeName(type)} { ${items.join(', ')} }`;
    }
    case 'map': {
      const entries = mapEntries(value).map(([key, item]) => `[${quoted(key)}] = ${literal(item, type.of)}`);
      return entries.length === 0 ? `new ${typeName(type)}()` : `new ${typeName(type)} { ${entries.join(', ')} }`;
    }
    case 'optional':
      return `(${typeName(type)})${literal(value, type.of)}`;
  }
}

const args = (problem: Problem, values: readonly unknown[]) => values.map((arg, index) => literal(arg, problem.params[index]!.type)).join(', ');

/** Renders any value the way both sides compare: lists and dictionaries by content, dictionaries by sorted key. */
const SHOW = `    private static string Show(object value)
    {
        if (value == null) return "null";
        if (value is string text) return "\\"" + text + "\\"";
        if (value is bool flag) return flag ? "true" : "false";
        if (value is double number) return number.ToString("R", CultureInfo.InvariantCulture);
        if (value is IDictionary dictionary)
        {
            var keys = dictionary.Keys.Cast<object>().Select(key => key.ToString()).OrderBy(key => key, StringComparer.Ordinal);
            return "{" + string.Join(", ", keys.Select(key => "\\"" + key + "\\": " + Show(dictionary[key]))) + "}";
        }
        if (value is IEnumerable items) return "[" + string.Join(", ", items.Cast<object>().Select(Show)) + "]";
        return Convert.ToString(value, CultureInfo.InvariantCulture);
    }`;

export const csharpRenderer: LanguageRenderer = {
  language: 'csharp',
  solutionFile: 'Solution.cs',
  testFile: 'SolutionTests.cs',
  comment: '//',
  functionName: (problem) => pascalCase(problem.name),
  signature: (problem) =>
    `public static ${typeName(problem.returns)} ${pascalCase(problem.name)}(${problem.params.map((param) => `${typeName(param.type)} ${parameterName(param.name)}`).join(', ')})`,
  errorRule: (problem) => (problem.error ? `Throw ArgumentException (exactly that type) when ${problem.error}.` : null),
  call: (problem, values) => `Solution.${pascalCase(problem.name)}(${args(problem, values)})`,
  literal,
  conventions: 'Write C# 7 for Mono (no NuGet packages): a file Solution.cs holding `public static class Solution` with the method as `public static`.',
  tests(problem, cases) {
    const name = pascalCase(problem.name);
    const lines = ['using System;', 'using System.Collections;', 'using System.Collections.Generic;', 'using System.Globalization;', 'using System.Linq;', 'using Xunit;', '', 'public class SolutionTests', '{', SHOW, ''];
    for (const entry of cases) {
      lines.push('    [Fact]', `    public void Case${caseLabel(entry.number)}()`, '    {');
      const invocation = `Solution.${name}(${args(problem, entry.args)})`;
      if (entry.error) lines.push(`        Assert.Throws<ArgumentException>(() => { ${invocation}; });`);
      else if (problem.returns.kind === 'float') lines.push(`        Assert.Equal(${literal(entry.expected, problem.returns)}, ${invocation}, 6);`);
      else lines.push(`        Assert.Equal(Show(${literal(entry.expected, problem.returns)}), Show(${invocation}));`);
      lines.push('    }', '');
    }
    lines.pop();
    lines.push('}', '');
    return lines.join('\n');
  },
};
