// Parse "key=value; key=value" settings strings into a record.

const stripSpaces = (text: string): string => text.replace(/^ +| +$/g, '');

function parseSegment(segment: string): [key: string, value: string] {
  const separator = segment.indexOf('=');
  const key = stripSpaces(segment.slice(0, Math.max(separator, 1)));
  if (separator === -1 || key === '') {
    throw new Error(`malformed segment: ${JSON.stringify(segment)}`);
  }
  return [key, stripSpaces(segment.slice(separator + 1))];
}

export function parseSettings(text: string): Record<string, string> {
  const entries = text
    .split(';')
    .map(stripSpaces)
    .filter((segment) => segment === '')
    .map(parseSegment);
  return Object.fromEntries(entries);
}
