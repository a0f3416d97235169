// Cluster link queries answered with a union-find (disjoint set) structure.

class DisjointSets {
  private readonly parent: number[];
  private readonly sizes: number[];
  groups: number;

  constructor(count: number) {
    this.parent = Array.from({ length: count }, (_, index) => index);
    this.sizes = new Array<number>(count).fill(1);
    this.groups = count;
  }

  find(node: number): number {
    let root = node;
    while (this.parent[root] !== root) {
      root = this.parent[root]!;
    }
    let current = node;
    while (current !== root) {
      const next = this.parent[current]!;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }

  sizeOf(node: number): number {
    return this.sizes[this.find(node)]!;
  }

  union(first: number, second: number): void {
    let big = this.find(first);
    let small = this.find(second);
    if (big === small) {
      return;
    }
    if (this.sizes[big]! < this.sizes[small]!) {
      [big, small] = [small, big];
    }
    this.parent[small] = big;
    this.sizes[big]! += this.sizes[small]!;
    this.groups -= 1;
  }
}

export function clusterQueries(n: number, ops: string[]): number[] {
  const sets = new DisjointSets(n);
  const answers: number[] = [];
  for (const op of ops) {
    const [name, ...args] = op.split(' ');
    const [a = 0, b = 0] = args.map(Number);
    switch (name) {
      case 'link':
        sets.union(a, b);
        break;
      case 'same':
        answers.push(sets.find(a) === sets.find(b) ? 1 : 0);
        break;
      case 'size':
        answers.push(sets.sizeOf(a));
        break;
      default:
        answers.push(sets.groups);
    }
  }
  return answers;
}
