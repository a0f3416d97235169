// Check a MAJOR.MINOR.PATCH version against constraints like ">=1.2.0 <2.0.0 || =3.0.0".

type Version = number[];

/** Negative, zero or positive as a is older than, equal to or newer than b. */
function compareVersions(a: Version, b: Version): number {
  const index = a.findIndex((part, i) => part !== b[i]);
  return index === -1 ? 0 : a[index]! - b[index]!;
}

// Two-character operators first, so ">=" is not read as ">" followed by "=1.2.3".
const OPERATORS: readonly [symbol: string, test: (order: number) => boolean][] = [
  ['>=', (order) => order >= 0],
  ['<=', (order) => order <= 0],
  ['>', (order) => order > 0],
  ['<', (order) => order < 0],
  ['=', (order) => order === 0],
];

const parseVersion = (text: string): Version => text.split('.').map(Number);

function check(version: Version, comparison: string): boolean {
  const entry = OPERATORS.find(([symbol]) => comparison.startsWith(symbol));
  if (entry === undefined) {
    throw new Error(`unknown comparison: ${JSON.stringify(comparison)}`);
  }
  const [symbol, test] = entry;
  return test(compareVersions(version, parseVersion(comparison.slice(symbol.length))));
}

export function satisfies(version: string, constraint: string): boolean {
  const parsed = parseVersion(version);
  return constraint.split('||').some((alternative) =>
    alternative
      .split(/\s+/)
      .filter((comparison) => comparison !== '')
      .every((comparison) => check(parsed, comparison)),
  );
}
