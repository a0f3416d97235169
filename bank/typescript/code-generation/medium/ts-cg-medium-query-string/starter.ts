export type QueryValue = string | string[];
export type Query = Record<string, QueryValue>;

export function parseQuery(text: string): Query {
  throw new Error('not implemented');
}

export function stringifyQuery(params: Readonly<Query>): string {
  throw new Error('not implemented');
}
