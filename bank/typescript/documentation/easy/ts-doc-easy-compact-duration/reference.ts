// Writes a number of seconds as "1d 2h 3m 4s", leaving out zero units.

const UNITS: readonly [string, number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

/**
 * Write a number of seconds as days, hours, minutes and seconds, where a day has 24 hours, an hour 60 minutes and a minute 60 seconds.
 *
 * @param seconds - the seconds (int) the description refers to as `seconds`
 * @returns the result described above (string)
 * @throws {RangeError} when seconds is negative
 */
export function compactDuration(seconds: number): string {
  if (seconds < 0) throw new RangeError('seconds must not be negative');
  const parts: string[] = [];
  let remaining = seconds;
  for (const [letter, length] of UNITS) {
    const count = Math.floor(remaining / length);
    remaining %= length;
    if (count > 0) parts.push(`${count}${letter}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0s';
}
