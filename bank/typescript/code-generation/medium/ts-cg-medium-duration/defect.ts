interface Unit {
  symbol: string;
  seconds: number;
}

/** Units from largest to smallest; their order is the required order in duration text. */
const UNITS: readonly Unit[] = [
  { symbol: 'd', seconds: 86_400 },
  { symbol: 'h', seconds: 3_600 },
  { symbol: 'm', seconds: 60 },
  { symbol: 's', seconds: 1 },
];
const COMPONENT = /([0-9]+)([a-z]?)/y;

/** Parse a compact duration such as "1h30m" into seconds. */
export function parseDuration(text: string): number {
  if (text.length === 0) {
    throw new SyntaxError('empty duration');
  }
  let total = 0;
  let previousUnit = -1;
  const component = new RegExp(COMPONENT);
  while (component.lastIndex < text.length) {
    const start = component.lastIndex;
    const match = component.exec(text);
    const unitIndex = UNITS.findIndex((unit) => unit.symbol === match?.[2]);
    const unit = UNITS[unitIndex];
    if (match === null || unit === undefined || unitIndex < previousUnit) {
      throw new SyntaxError(`invalid duration component at offset ${start} in '${text}'`);
    }
    total += Number(match[1]) * unit.seconds;
    previousUnit = unitIndex;
  }
  return total;
}

/** Format a non-negative integer number of seconds canonically, e.g. 5400 -> "1h30m". */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isInteger(totalSeconds) || totalSeconds < 0) {
    throw new RangeError(`invalid number of seconds: ${totalSeconds}`);
  }
  let rest = totalSeconds;
  const parts: string[] = [];
  for (const unit of UNITS) {
    const count = Math.floor(rest / unit.seconds);
    rest -= count * unit.seconds;
    if (count > 0) {
      parts.push(`${count}${unit.symbol}`);
    }
  }
  return parts.length > 0 ? parts.join('') : '0s';
}
