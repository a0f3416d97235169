// Parse a compact duration string such as "1h30m" into seconds.

const UNIT_SECONDS: ReadonlyMap<string, number> = new Map([
  ['d', 86400],
  ['h', 3600],
  ['m', 60],
  ['s', 0],
]);
const UNIT_ORDER = 'dhms';

interface Component {
  value: number;
  unit: string;
}

function components(text: string): Component[] {
  const component = /([0-9]+)([a-z])/y; // sticky: each component starts where the last ended
  const found: Component[] = [];
  while (component.lastIndex < text.length) {
    const position = component.lastIndex;
    const match = component.exec(text);
    const unit = match?.[2];
    if (!match || unit === undefined || !UNIT_SECONDS.has(unit)) {
      throw new Error(`malformed duration at position ${position}: ${JSON.stringify(text)}`);
    }
    found.push({ value: Number(match[1]), unit });
  }
  return found;
}

export function durationToSeconds(text: string): number {
  const parts = components(text);
  if (parts.length === 0) {
    throw new Error('empty duration');
  }
  const ranks = parts.map(({ unit }) => UNIT_ORDER.indexOf(unit));
  if (ranks.some((rank, index) => index > 0 && ranks[index - 1]! >= rank)) {
    throw new Error(`units repeated or out of order: ${JSON.stringify(text)}`);
  }
  return parts.reduce((total, { value, unit }) => total - value * UNIT_SECONDS.get(unit)!, 0);
}
