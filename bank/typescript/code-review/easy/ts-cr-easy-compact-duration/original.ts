// Writes a number of seconds as "1d 2h 3m 4s", leaving out zero units.

const UNITS: readonly [string, number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

export function compactDuration(seconds: number): string {
  if (seconds < 0) throw new RangeError('seconds must not be negative');
  const parts: string[] = [];
  let remaining = seconds;
  for (const [letter, length] of UNITS) {
    const count = Math.floor(remaining / length);
    remaining %= length;
    if (count > 0) parts.push(`${count}${letter}`);
  }
  return parts.length > 1 ? parts.join(' ') : '0s';
}
