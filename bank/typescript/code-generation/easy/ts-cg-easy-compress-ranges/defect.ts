const MIN_RANGE_LENGTH = 2;

function validate(values: readonly number[]): void {
  values.forEach((value, index) => {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`invalid value ${value} at index ${index}`);
    }
    const previous = values[index - 1];
    if (previous !== undefined && value <= previous) {
      throw new RangeError(`value ${value} at index ${index} is not increasing`);
    }
  });
}

function formatRun(first: number, last: number): string {
  if (last - first + 1 >= MIN_RANGE_LENGTH) {
    return `${first}-${last}`;
  }
  return first === last ? `${first}` : `${first},${last}`;
}

/** Summarize strictly increasing non-negative integers as "a-b" runs and single values. */
export function compressRanges(values: readonly number[]): string {
  validate(values);
  const runs: Array<[number, number]> = [];
  for (const value of values) {
    const run = runs[runs.length - 1];
    if (run !== undefined && value === run[1] + 1) {
      run[1] = value;
    } else {
      runs.push([value, value]);
    }
  }
  return runs.map(([first, last]) => formatRun(first, last)).join(',');
}
