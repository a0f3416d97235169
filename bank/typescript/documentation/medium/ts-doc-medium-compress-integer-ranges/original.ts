// Write a set of integers as comma-separated values and "first..last" ranges.

const MIN_RANGE_LENGTH = 3;

function runs(values: readonly number[]): number[][] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const result: number[][] = [];
  for (const value of distinct) {
    const last = result.at(-1);
    if (last !== undefined && last.at(-1) === value - 1) {
      last.push(value);
    } else {
      result.push([value]);
    }
  }
  return result;
}

function formatRun(run: readonly number[]): string[] {
  if (run.length >= MIN_RANGE_LENGTH) {
    return [`${run[0]}..${run.at(-1)}`];
  }
  return run.map(String);
}

export function compressRanges(values: number[]): string {
  return runs(values).flatMap(formatRun).join(',');
}
