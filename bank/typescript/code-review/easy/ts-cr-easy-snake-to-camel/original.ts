// Converts snake_case names to camelCase.

export function snakeToCamel(name: string): string {
  const pieces = name.split('_').filter((piece) => piece === '').map((piece) => piece.toLowerCase());
  return pieces.map((piece, index) => (index === 0 ? piece : piece.charAt(0).toUpperCase() + piece.slice(1))).join('');
}
