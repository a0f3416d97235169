/** `merge_intervals` → `mergeIntervals`. */
export function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** `merge_intervals` → `MergeIntervals`. */
export function pascalCase(snake: string): string {
  const camel = camelCase(snake);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** Words that cannot name a parameter in TypeScript, Java or C# (the problem names that occur in practice). */
const RESERVED = new Set([
  'abstract', 'as', 'base', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'checked', 'class', 'const', 'continue',
  'decimal', 'default', 'delegate', 'delete', 'do', 'double', 'else', 'enum', 'event', 'explicit', 'export', 'extends',
  'extern', 'false', 'final', 'finally', 'fixed', 'float', 'for', 'foreach', 'function', 'goto', 'if', 'implements',
  'implicit', 'import', 'in', 'instanceof', 'int', 'interface', 'internal', 'is', 'let', 'lock', 'long', 'namespace',
  'native', 'new', 'null', 'object', 'operator', 'out', 'override', 'package', 'params', 'private', 'protected',
  'public', 'readonly', 'ref', 'return', 'sbyte', 'sealed', 'short', 'sizeof', 'static', 'string', 'super', 'switch',
  'synchronized', 'this', 'throw', 'throws', 'transient', 'true', 'try', 'typeof', 'uint', 'ulong', 'unchecked',
  'unsafe', 'ushort', 'using', 'var', 'virtual', 'void', 'volatile', 'while', 'with', 'yield',
]);

/** A camelCase parameter name that is not a reserved word of TypeScript, Java or C# (`new` → `newValue`). */
export function parameterName(snake: string): string {
  const name = camelCase(snake);
  return RESERVED.has(name) ? `${name}Value` : name;
}
