export type TokenKind = 'number' | 'identifier' | 'string' | 'operator';

export interface Token {
  kind: TokenKind;
  value: string;
  offset: number;
}

export function tokenize(source: string): Token[] {
  throw new Error('not implemented');
}
