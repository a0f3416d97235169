// Free slots of a day given unsorted, possibly overlapping busy intervals.

export function freeSlots(
  busy: number[][],
  dayStart: number,
  dayEnd: number,
  minLength: number,
): number[][] {
  const ordered = busy
    .map(([start = 0, end = 0]) => [start, end] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const slots: number[][] = [];
  let cursor = dayStart; // everything before cursor is busy or already reported
  for (const [start, end] of ordered) {
    if (start > cursor) {
      slots.push([cursor, Math.min(start, dayEnd)]);
    }
    cursor = Math.max(cursor, end);
    if (cursor >= dayEnd) {
      break;
    }
  }
  if (cursor < dayEnd) {
    slots.push([cursor, dayEnd]);
  }
  return slots.filter(([start = 0, end = 0]) => end - start >= minLength);
}
