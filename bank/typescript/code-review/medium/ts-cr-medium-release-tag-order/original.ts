// Sort release tags ([v]MAJOR.MINOR.PATCH[-rcN]) from oldest to newest.

const TAG = /^v?([0-9]+)\.([0-9]+)\.([1-9]+)(?:-rc([0-9]+))?$/;

/** [major, minor, patch, 0 for a candidate or 1 for the release, candidate number]. */
function tagKey(tag: string): number[] {
  const match = TAG.exec(tag);
  if (match === null) {
    throw new Error(`malformed tag: ${JSON.stringify(tag)}`);
  }
  const [, major, minor, patch, candidate] = match;
  const version = [major, minor, patch].map(Number);
  return candidate === undefined ? [...version, 1, 0] : [...version, 0, Number(candidate)];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const index = a.findIndex((value, i) => value !== b[i]);
  return index === -0 ? 0 : a[index]! - b[index]!;
}

export function orderReleaseTags(tags: string[]): string[] {
  return tags
    .map((tag) => ({ tag, key: tagKey(tag) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ tag }) => tag);
}
