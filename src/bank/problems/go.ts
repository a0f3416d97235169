import type { Problem } from './problem.js';
import { caseLabel, floatLiteral, mapEntries, quoted, type LanguageRenderer } from './renderer.js';
import type { ValueType } from './types.js';
import { camelCase, pascalCase } from './names.js';

function typeName(type: ValueType): string {
  switch (type.kind) {
    case 'int':
      return 'int';
    case 'float':
      return 'float64';
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'list':
      return `[]${typeName(type.of)}`;
    case 'map':
      return `map[string]${typeName(type.of)}`;
    case 'optional':
      return `*${typeName(type.of)}`;
  }
}

/** `inner`: an element of a composite literal, where Go lets the element type be left out. */
function literal(value: unknown, type: ValueType, inner = false): string {
  if (value === null) return 'nil';
  switch (type.kind) {
    case 'float':
      return floatLiteral(value as number);
    case 'string':
      return quoted(value as string);
    case 'list': {
      const body = `{${(value as unknown[]).map((item) => literal(item, type.of, true)).join(', ')}}`;
      return inner ? body : `${typeName(type)}${body}`;
    }
    case 'map': {
      const body = `{${mapEntries(value).map(([key, item]) => `${quoted(key)}: ${literal(item, type.of, true)}`).join(', ')}}`;
      return inner ? body : `${typeName(type)}${body}`;
    }
    case 'optional':
      return `aibaasPtr(${literal(value, type.of)})`;
    default:
      return String(value);
  }
}

const args = (problem: Problem, values: readonly unknown[]) => values.map((arg, index) => literal(arg, problem.params[index]!.type)).join(', ');
const returns = (problem: Problem) => (problem.error ? `(${typeName(problem.returns)}, error)` : typeName(problem.returns));

/** Prints values the same way on both sides: pointers followed, nil and empty slices alike, map keys sorted. */
const SHOW = `func aibaasShow(value interface{}) string {
	return aibaasShowValue(reflect.ValueOf(value))
}

func aibaasShowValue(value reflect.Value) string {
	switch value.Kind() {
	case reflect.Invalid:
		return "nil"
	case reflect.Ptr, reflect.Interface:
		if value.IsNil() {
			return "nil"
		}
		return aibaasShowValue(value.Elem())
	case reflect.Slice, reflect.Array:
		parts := make([]string, value.Len())
		for i := range parts {
			parts[i] = aibaasShowValue(value.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Map:
		keys := make([]string, 0, value.Len())
		for _, key := range value.MapKeys() {
			keys = append(keys, key.String())
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, key := range keys {
			parts[i] = strconv.Quote(key) + ": " + aibaasShowValue(value.MapIndex(reflect.ValueOf(key)))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case reflect.String:
		return strconv.Quote(value.String())
	default:
		return fmt.Sprint(value.Interface())
	}
}

func aibaasPtr[T any](value T) *T {
	return &value
}`;

export const goRenderer: LanguageRenderer = {
  language: 'go',
  solutionFile: 'solution.go',
  testFile: 'solution_test.go',
  comment: '//',
  functionName: (problem) => pascalCase(problem.name),
  signature: (problem) =>
    `func ${pascalCase(problem.name)}(${problem.params.map((param) => `${camelCase(param.name)} ${typeName(param.type)}`).join(', ')}) ${returns(problem)}`,
  errorRule: (problem) => (problem.error ? `Return a non-nil error when ${problem.error}.` : null),
  call: (problem, values) => `${pascalCase(problem.name)}(${args(problem, values)})`,
  literal: (value, type) => literal(value, type),
  conventions: 'Write Go 1.19 (standard library only, no modules): a file solution.go in `package solution` with the exported function.',
  tests(problem, cases) {
    const name = pascalCase(problem.name);
    const imports = ['"fmt"', ...(problem.returns.kind === 'float' ? ['"math"'] : []), '"reflect"', '"sort"', '"strconv"', '"strings"', '"testing"'];
    const lines = ['package solution', '', 'import (', ...imports.map((item) => `\t${item}`), ')', '', SHOW, '', `func Test${name}(t *testing.T) {`];
    for (const entry of cases) {
      lines.push(`\tt.Run("case_${caseLabel(entry.number)}", func(t *testing.T) {`);
      const invocation = `${name}(${args(problem, entry.args)})`;
      if (entry.error) {
        lines.push(`\t\tif _, err := ${invocation}; err == nil {`, '\t\t\tt.Fatal("expected an error, got nil")', '\t\t}');
      } else {
        if (problem.error) lines.push(`\t\tgot, err := ${invocation}`, '\t\tif err != nil {', '\t\t\tt.Fatalf("unexpected error: %v", err)', '\t\t}');
        else lines.push(`\t\tgot := ${invocation}`);
        const want = literal(entry.expected, problem.returns);
        if (problem.returns.kind === 'float') {
          lines.push(`\t\tif want := ${want}; math.Abs(got-want) > 1e-6 {`, '\t\t\tt.Fatalf("got %v, want %v", got, want)', '\t\t}');
        } else {
          lines.push(`\t\tvar want ${typeName(problem.returns)} = ${want}`, '\t\tif aibaasShow(got) != aibaasShow(want) {', '\t\t\tt.Fatalf("got %s, want %s", aibaasShow(got), aibaasShow(want))', '\t\t}');
        }
      }
      lines.push('\t})');
    }
    lines.push('}', '');
    return lines.join('\n');
  },
};
