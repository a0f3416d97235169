// Checks that a text is an identifier: a letter or underscore, then letters, digits or underscores (at most 30).

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,29}$/;

export function isValidIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}
