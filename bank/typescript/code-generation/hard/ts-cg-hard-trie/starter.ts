export class Trie {
  get size(): number {
    throw new Error('not implemented');
  }

  get nodeCount(): number {
    throw new Error('not implemented');
  }

  insert(word: string): void {
    throw new Error('not implemented');
  }

  count(word: string): number {
    throw new Error('not implemented');
  }

  countPrefix(prefix: string): number {
    throw new Error('not implemented');
  }

  remove(word: string): boolean {
    throw new Error('not implemented');
  }

  wordsWithPrefix(prefix: string, limit?: number): string[] {
    throw new Error('not implemented');
  }

  longestCommonPrefix(): string {
    throw new Error('not implemented');
  }
}
