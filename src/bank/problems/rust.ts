import type { Problem } from './problem.js';
import { caseLabel, floatLiteral, mapEntries, quoted, type LanguageRenderer } from './renderer.js';
import type { ValueType } from './types.js';

/** `param`: a direct string parameter is `&str`. */
function typeName(type: ValueType, param = false): string {
  switch (type.kind) {
    case 'int':
      return 'i64';
    case 'float':
      return 'f64';
    case 'string':
      return param ? '&str' : 'String';
    case 'bool':
      return 'bool';
    case 'list':
      return `Vec<${typeName(type.of)}>`;
    case 'map':
      return `HashMap<String, ${typeName(type.of)}>`;
    case 'optional':
      return `Option<${typeName(type.of)}>`;
  }
}

function literal(value: unknown, type: ValueType, param = false): string {
  switch (type.kind) {
    case 'float':
      return floatLiteral(value as number);
    case 'string':
      return param ? quoted(value as string) : `${quoted(value as string)}.to_string()`;
    case 'list':
      return `vec![${(value as unknown[]).map((item) => literal(item, type.of)).join(', ')}]`;
    case 'map': {
      const entries = mapEntries(value);
      return entries.length === 0 ? 'HashMap::new()' : `HashMap::from([${entries.map(([key, item]) => `(${quoted(key)}.to_string(), ${literal(item, type.of)})`).join(', ')}])`;
    }
    case 'optional':
      return value === null ? 'None' : `Some(${literal(value, type.of)})`;
    default:
      return String(value);
  }
}

const args = (problem: Problem, values: readonly unknown[]) => values.map((arg, index) => literal(arg, problem.params[index]!.type, true)).join(', ');
const returns = (problem: Problem) => (problem.error ? `Result<${typeName(problem.returns)}, String>` : typeName(problem.returns));

export const rustRenderer: LanguageRenderer = {
  language: 'rust',
  solutionFile: 'solution.rs',
  testFile: 'tests.rs',
  comment: '//',
  functionName: (problem) => problem.name,
  signature: (problem) =>
    `pub fn ${problem.name}(${problem.params.map((param) => `${param.name}: ${typeName(param.type, true)}`).join(', ')}) -> ${returns(problem)}`,
  errorRule: (problem) => (problem.error ? `Return Err(message) when ${problem.error}.` : null),
  call: (problem, values) => `${problem.name}(${args(problem, values)})`,
  literal: (value, type) => literal(value, type),
  conventions: 'Write Rust (edition 2021, std only, no crates): a file solution.rs with the `pub fn` (add `use std::collections::HashMap;` if you use maps).',
  tests(problem, cases) {
    const lines = ['#[cfg(test)]', 'mod tests {', '    use super::*;', '    #[allow(unused_imports)]', '    use std::collections::HashMap;', ''];
    for (const entry of cases) {
      lines.push('    #[test]', `    fn case_${caseLabel(entry.number)}() {`);
      const invocation = `${problem.name}(${args(problem, entry.args)})`;
      if (entry.error) lines.push(`        assert!(${invocation}.is_err());`);
      else {
        const expected = literal(entry.expected, problem.returns);
        const actual = problem.error ? `${invocation}.expect("unexpected Err")` : invocation;
        if (problem.returns.kind === 'float') {
          lines.push(`        let actual: f64 = ${actual};`, `        let expected: f64 = ${expected};`, '        assert!((actual - expected).abs() <= 1e-6, "expected {}, got {}", expected, actual);');
        } else {
          lines.push(`        let expected: ${typeName(problem.returns)} = ${expected};`, `        assert_eq!(${actual}, expected);`);
        }
      }
      lines.push('    }', '');
    }
    lines.pop();
    lines.push('}', '');
    return lines.join('\n');
  },
};
