// Prefix tallies over a multiset of words, kept in a trie.

class TrieNode {
  readonly children = new Map<string, TrieNode>();
  words = 0;
  distinct = 0;
  ends = 0;
}

class Trie {
  private readonly root = new TrieNode();

  path(text: string, create = false): TrieNode[] | null {
    let node = this.root;
    const nodes = [node];
    for (const char of text) {
      const child = Trie.child(node, char, create);
      if (child === undefined) {
        return null;
      }
      node = child;
      nodes.push(node);
    }
    return nodes;
  }

  private static child(node: TrieNode, char: string, create: boolean): TrieNode | undefined {
    const existing = node.children.get(char);
    if (existing !== undefined || !create) {
      return existing;
    }
    const created = new TrieNode();
    node.children.set(char, created);
    return created;
  }

  add(word: string): void {
    const nodes = this.path(word, true)!;
    const last = nodes.at(-1)!;
    const isNew = last.ends === 0;
    for (const node of nodes) {
      node.words += 1;
      node.distinct += isNew ? 1 : 0;
    }
    last.ends += 1;
  }

  remove(word: string): void {
    const nodes = this.path(word);
    const last = nodes?.at(-1);
    if (!nodes || !last || last.ends === 0) {
      return;
    }
    last.ends -= 1;
    const gone = last.ends === 0;
    for (const node of nodes) {
      node.words -= 1;
      node.distinct -= gone ? 1 : 0;
    }
  }

  find(prefix: string): TrieNode | undefined {
    return this.path(prefix)?.at(-1);
  }
}

export function prefixTally(ops: string[]): number[] {
  const trie = new Trie();
  const answers: number[] = [];
  for (const op of ops) {
    const [command, text = ''] = op.split(' ');
    if (command === 'add') {
      trie.add(text);
    } else if (command === 'del') {
      trie.remove(text);
    } else {
      const node = trie.find(text);
      const tally = command === 'count' ? node?.words : node?.distinct;
      answers.push(tally ?? 0);
    }
  }
  return answers;
}
