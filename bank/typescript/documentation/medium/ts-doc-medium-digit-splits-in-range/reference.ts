// All ways to split a digit string into numbers that lie within a range.

function isValidPart(part: string, low: number, high: number): boolean {
  if (part.length > 1 && part.startsWith('0')) {
    return false;
  }
  const value = Number(part);
  return low <= value && value <= high;
}

function splits(digits: string, low: number, high: number): string[][] {
  const found: string[][] = [];
  for (let cut = 1; cut <= digits.length; cut++) {
    const head = digits.slice(0, cut);
    const rest = digits.slice(cut);
    if (!isValidPart(head, low, high)) {
      continue;
    }
    if (rest === '') {
      found.push([head]);
    }
    found.push(...splits(rest, low, high).map((tail) => [head, ...tail]));
  }
  return found;
}

/**
 * `digits` is a string of decimal digits (at most 12 of them).
 *
 * @param digits - the digits (string) the description refers to as `digits`
 * @param low - the low (int) the description refers to as `low`
 * @param high - the high (int) the description refers to as `high`
 * @returns the result described above (list of string)
 */
export function splitInRange(digits: string, low: number, high: number): string[] {
  if (digits === '') {
    return [];
  }
  return splits(digits, low, high)
    .map((parts) => parts.join('-'))
    .sort();
}
