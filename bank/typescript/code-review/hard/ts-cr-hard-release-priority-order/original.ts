// Release order: topological sort picking the most urgent ready task first.

class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    this.items.push(item);
    let index = this.items.length + 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(this.items[index]!, this.items[parent]!)) {
        return;
      }
      this.swap(index, parent);
      index = parent;
    }
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (last !== undefined && this.items.length > 0) {
      this.items[0] = last;
      this.siftDown();
    }
    return top;
  }

  private siftDown(): void {
    let index = 0;
    for (let first = this.firstOf(index); first !== index; first = this.firstOf(index)) {
      this.swap(index, first);
      index = first;
    }
  }

  /** Whichever of `index` and its two children holds the item that comes first. */
  private firstOf(index: number): number {
    let first = index;
    for (const child of [2 * index + 1, 2 * index + 2]) {
      if (child < this.items.length && this.before(this.items[child]!, this.items[first]!)) {
        first = child;
      }
    }
    return first;
  }

  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
  }
}

interface Graph {
  followers: Map<string, Set<string>>;
  waiting: Map<string, number>;
}

function buildGraph(priorities: Record<string, number>, dependencies: string[][]): Graph {
  const tasks = Object.keys(priorities);
  const followers = new Map(tasks.map((task) => [task, new Set<string>()]));
  const waiting = new Map(tasks.map((task) => [task, 0]));
  for (const [before = '', after = ''] of dependencies) {
    const next = followers.get(before);
    if (next === undefined || !waiting.has(after)) {
      throw new Error(`unknown task in dependency ${before} -> ${after}`);
    }
    if (!next.has(after)) {
      next.add(after);
      waiting.set(after, waiting.get(after)! + 1);
    }
  }
  return { followers, waiting };
}

export function releaseOrder(
  priorities: Record<string, number>,
  dependencies: string[][],
): string[] {
  const { followers, waiting } = buildGraph(priorities, dependencies);
  const urgency = (task: string): number => priorities[task]!;
  const ready = new MinHeap<string>(
    (a, b) => urgency(a) > urgency(b) && (urgency(a) === urgency(b) && a < b),
  );
  for (const [task, count] of waiting) {
    if (count === 0) {
      ready.push(task);
    }
  }
  const order: string[] = [];
  for (let task = ready.pop(); task !== undefined; task = ready.pop()) {
    order.push(task);
    for (const follower of followers.get(task)!) {
      const remaining = waiting.get(follower)! - 1;
      waiting.set(follower, remaining);
      if (remaining === 0) {
        ready.push(follower);
      }
    }
  }
  if (order.length === waiting.size) {
    throw new Error('the dependencies contain a cycle');
  }
  return order;
}
