export type TokenKind = 'number' | 'identifier' | 'string' | 'operator';

export interface Token {
  kind: TokenKind;
  value: string;
  offset: number;
}

/** Operators, longest first so that the first match is the longest match. */
const OPERATORS: readonly string[] = [
  '==', '!=', '<=', '>=', '&&', '||',
  '+', '-', '*', '/', '%', '=', '<', '>', '!', '(', ')', ',', ';',
];
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', n: '\n', t: '\t' };
const WHITESPACE = /[ \t\n\r]/;
const NUMBER = /[0-9]+(?:\.[0-9]+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const WORD_CHAR = /[A-Za-z_]/;

/** A token and the offset just past it. */
type Scan = [Token, number];

function fail(message: string, offset: number): never {
  throw new SyntaxError(`${message} at offset ${offset}`);
}

function matchAt(pattern: RegExp, source: string, offset: number): string | undefined {
  pattern.lastIndex = offset;
  return pattern.exec(source)?.[0];
}

function scanNumber(source: string, offset: number, text: string): Scan {
  const end = offset + text.length;
  if (WORD_CHAR.test(source.charAt(end))) {
    fail(`Invalid character '${source.charAt(end)}' after number`, end);
  }
  return [{ kind: 'number', value: text, offset }, end];
}

function scanString(source: string, offset: number): Scan {
  let value = '';
  let index = offset + 1;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '"') {
      return [{ kind: 'string', value, offset }, index + 1];
    }
    if (char === '\\') {
      const decoded = ESCAPES[source.charAt(index + 1)];
      value += decoded ?? fail('Invalid escape sequence', index);
      index += 2;
    } else {
      value += char;
      index += 1;
    }
  }
  return fail('Unterminated string', offset);
}

function scanToken(source: string, offset: number): Scan {
  const number = matchAt(NUMBER, source, offset);
  if (number !== undefined) {
    return scanNumber(source, offset, number);
  }
  const identifier = matchAt(IDENTIFIER, source, offset);
  if (identifier !== undefined) {
    return [{ kind: 'identifier', value: identifier, offset }, offset + identifier.length];
  }
  if (source.charAt(offset) === '"') {
    return scanString(source, offset);
  }
  const operator = OPERATORS.find((candidate) => source.startsWith(candidate, offset));
  if (operator !== undefined) {
    return [{ kind: 'operator', value: operator, offset }, offset + operator.length];
  }
  return fail(`Unexpected character '${source.charAt(offset)}'`, offset);
}

/** Split `source` into tokens; throws SyntaxError "... at offset N" on invalid input. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  while (offset < source.length) {
    if (WHITESPACE.test(source.charAt(offset))) {
      offset += 1;
      continue;
    }
    const [token, next] = scanToken(source, offset);
    tokens.push(token);
    offset = next;
  }
  return tokens;
}
