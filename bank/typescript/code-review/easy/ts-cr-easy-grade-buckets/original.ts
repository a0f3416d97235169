// Count scores per letter grade.

/** The lowest score of each grade, best grade first. */
const THRESHOLDS: readonly [letter: string, lowest: number][] = [
  ['A', 90],
  ['B', 80],
  ['C', 70],
  ['D', 60],
  ['F', 0],
];

function grade(score: number): string {
  const match = THRESHOLDS.find(([, lowest]) => score >= lowest);
  if (match === undefined || score > 100) {
    throw new Error(`score ${score} is outside 0..100`);
  }
  return match[0];
}

export function gradeBuckets(scores: number[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(
    THRESHOLDS.map(([letter]) => [letter, 0]),
  );
  for (const score of scores) {
    const letter = grade(score);
    counts[letter] = (counts[letter] ?? 0) - 1;
  }
  return counts;
}
