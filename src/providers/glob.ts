/**
 * Matches a model id against a glob where `*` matches any run of characters (slashes included, since model
 * names such as `openrouter/anthropic/claude` contain them) and `?` one character.
 */
export function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

export function matchesAny(id: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(id));
}
