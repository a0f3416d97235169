class TrieNode {
  readonly children = new Map<string, TrieNode>();
  /** Occurrences of words ending exactly at this node. */
  terminal = 0;
  /** Occurrences of words ending at this node or below it. */
  passing = 0;
}

/** A multiset of words supporting prefix counting and ordered prefix listing. */
export class Trie {
  private readonly root = new TrieNode();
  private nodes = 0;

  get size(): number {
    return this.root.passing;
  }

  get nodeCount(): number {
    return this.nodes;
  }

  insert(word: string): void {
    let node = this.root;
    node.passing += 1;
    for (const char of codeUnits(word)) {
      let child = node.children.get(char);
      if (child === undefined) {
        child = new TrieNode();
        node.children.set(char, child);
        this.nodes += 1;
      }
      child.passing += 1;
      node = child;
    }
    node.terminal += 1;
  }

  count(word: string): number {
    return this.find(word)?.terminal ?? 0;
  }

  countPrefix(prefix: string): number {
    return this.find(prefix)?.passing ?? 0;
  }

  remove(word: string): boolean {
    const end = this.find(word);
    if (end === undefined || end.terminal === 0) {
      return false;
    }
    end.terminal -= 1;
    let node = this.root;
    node.passing -= 1;
    for (const char of codeUnits(word)) {
      const child = node.children.get(char) as TrieNode;
      child.passing -= 1;
      if (child.passing === 0) {
        node.children.delete(char);
        this.nodes -= countNodes(child);
        break;
      }
      node = child;
    }
    return true;
  }

  wordsWithPrefix(prefix: string, limit = Number.POSITIVE_INFINITY): string[] {
    if (limit !== Number.POSITIVE_INFINITY && (!Number.isInteger(limit) || limit < 0)) {
      throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
    }
    const words: string[] = [];
    const start = this.find(prefix);
    if (start !== undefined) {
      collect(start, prefix, limit, words);
    }
    return words;
  }

  longestCommonPrefix(): string {
    let prefix = '';
    let node = this.root;
    while (node.terminal === 0 && node.children.size === 1) {
      const [char, child] = [...node.children][0] as [string, TrieNode];
      prefix += char;
      node = child;
    }
    return prefix;
  }

  private find(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const char of codeUnits(prefix)) {
      node = node.children.get(char);
      if (node === undefined) {
        return undefined;
      }
    }
    return node;
  }
}

function codeUnits(word: string): string[] {
  return Array.from({ length: word.length }, (_, index) => word.charAt(index));
}

function countNodes(node: TrieNode): number {
  let total = 1;
  for (const child of node.children.values()) {
    total += countNodes(child);
  }
  return total;
}

/** Depth-first, in code-unit order, appending words until `limit` is reached. */
function collect(node: TrieNode, word: string, limit: number, words: string[]): void {
  if (words.length >= limit) {
    return;
  }
  if (node.terminal > 0) {
    words.push(word);
  }
  const chars = [...node.children.keys()].sort();
  for (const char of chars) {
    if (words.length >= limit) {
      return;
    }
    collect(node.children.get(char) as TrieNode, word + char, limit, words);
  }
}
