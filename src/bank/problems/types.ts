/** The value types of a language-neutral problem (docs/problems.md). */
export type ValueType =
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'list'; of: ValueType }
  | { kind: 'map'; of: ValueType }
  | { kind: 'optional'; of: ValueType };

/** Parses `list<map<string,int>>` and friends; throws an Error naming what is wrong. */
export function parseType(text: string): ValueType {
  const source = text.replace(/\s+/g, '');
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`type "${text}": ${message}`);
  };
  const expect = (token: string) => {
    if (!source.startsWith(token, at)) fail(`expected "${token}" at position ${at}`);
    at += token.length;
  };
  const parse = (): ValueType => {
    const name = /^[a-z]+/.exec(source.slice(at))?.[0] ?? fail(`expected a type name at position ${at}`);
    at += name.length;
    switch (name) {
      case 'int':
      case 'float':
      case 'string':
      case 'bool':
        return { kind: name };
      case 'list':
      case 'optional': {
        expect('<');
        const of = parse();
        expect('>');
        if (name === 'optional' && of.kind === 'optional') fail('optional<optional<...>> is not allowed');
        return { kind: name, of };
      }
      case 'map': {
        expect('<string,');
        const of = parse();
        expect('>');
        return { kind: 'map', of };
      }
      default:
        return fail(`unknown type "${name}" (use int, float, string, bool, list<T>, map<string,T>, optional<T>)`);
    }
  };
  const type = parse();
  if (at !== source.length) fail(`unexpected "${source.slice(at)}"`);
  return type;
}

export function formatType(type: ValueType): string {
  switch (type.kind) {
    case 'list':
    case 'optional':
      return `${type.kind}<${formatType(type.of)}>`;
    case 'map':
      return `map<string,${formatType(type.of)}>`;
    default:
      return type.kind;
  }
}

/** Whether `type` contains a float anywhere. */
export function containsFloat(type: ValueType): boolean {
  return type.kind === 'float' || ('of' in type && containsFloat(type.of));
}

/** Checks that a YAML value is of `type`; returns a message for the first mismatch, or null. */
export function checkValue(value: unknown, type: ValueType, where: string): string | null {
  switch (type.kind) {
    case 'int':
      return Number.isSafeInteger(value) ? null : `${where} must be an integer (within 2^53), got ${JSON.stringify(value)}`;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : `${where} must be a finite number, got ${JSON.stringify(value)}`;
    case 'string':
      if (typeof value !== 'string') return `${where} must be a string, got ${JSON.stringify(value)}`;
      return /^[\x20-\x7e\n\t]*$/.test(value) ? null : `${where} must hold printable ASCII only`;
    case 'bool':
      return typeof value === 'boolean' ? null : `${where} must be true or false, got ${JSON.stringify(value)}`;
    case 'optional':
      return value === null ? null : checkValue(value, type.of, where);
    case 'list': {
      if (!Array.isArray(value)) return `${where} must be a list, got ${JSON.stringify(value)}`;
      for (const [index, item] of value.entries()) {
        const problem = checkValue(item, type.of, `${where}[${index}]`);
        if (problem) return problem;
      }
      return null;
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where} must be a map, got ${JSON.stringify(value)}`;
      for (const [key, item] of Object.entries(value)) {
        const problem = checkValue(item, type.of, `${where}.${key}`);
        if (problem) return problem;
      }
      return null;
    }
  }
}
