export type QueryValue = string | string[];
export type Query = Record<string, QueryValue>;

function decode(component: string): string {
  return decodeURIComponent(component.replace(/\+/g, ' '));
}

function encode(component: string): string {
  return encodeURIComponent(component).replace(/%20/g, '+');
}

/** Split a segment at its first "=" into raw key and raw value. */
function splitPair(segment: string): [string, string] {
  const equals = segment.indexOf('=');
  if (equals < 0) {
    return [segment, ''];
  }
  return [segment.slice(0, equals), segment.slice(equals + 1)];
}

function append(query: Query, key: string, value: string): void {
  const existing = Object.hasOwn(query, key) ? query[key] : undefined;
  if (existing === undefined) {
    query[key] = value;
  } else if (Array.isArray(existing)) {
    existing.push(value);
  } else {
    query[key] = [existing, value];
  }
}

/** Parse a URL query string; repeated keys collect their values into arrays. */
export function parseQuery(text: string): Query {
  const query: Query = {};
  const body = text.startsWith('?') ? text.slice(1) : text;
  for (const segment of body.split('&')) {
    if (segment === '') {
      continue;
    }
    const [rawKey, rawValue] = splitPair(segment);
    const key = decode(rawKey);
    if (key !== '') {
      append(query, key, decode(rawValue));
    }
  }
  return query;
}

/** Serialize `params` as a query string (without "?"), arrays as repeated keys. */
export function stringifyQuery(params: Readonly<Query>): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      pairs.push(`${encode(key)}=${encode(item)}`);
    }
  }
  return pairs.join('&');
}
