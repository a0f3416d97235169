// Cheapest courier route: Dijkstra with a lexicographic tie-break.

type Adjacency = [node: number, minutes: number][][];
type Reach = [cost: number, node: number];

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
    let index = this.items.length - 1;
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

function validate(n: number, edges: number[][], source: number, target: number): void {
  const inRange = (node: number) => node >= 0 && node < n;
  if (n < 1) {
    throw new Error('there must be at least one depot');
  }
  if (!inRange(source) || !inRange(target)) {
    throw new Error('source or target out of range');
  }
  for (const edge of edges) {
    if (edge.length !== 3) {
      throw new Error(`malformed edge ${JSON.stringify(edge)}`);
    }
    const [start = 0, end = 0, minutes = 0] = edge;
    if (!inRange(start) || !inRange(end)) {
      throw new Error(`edge ${JSON.stringify(edge)} uses an unknown depot`);
    }
    if (minutes < 1) {
      throw new Error(`edge ${JSON.stringify(edge)} has a non-positive travel time`);
    }
  }
}

function relax(dist: (number | null)[], heap: MinHeap<Reach>, node: number, cost: number): void {
  const known = dist[node];
  if (known === null || known === undefined || cost < known) {
    dist[node] = cost;
    heap.push([cost, node]);
  }
}

function distancesTo(target: number, incoming: Adjacency): (number | null)[] {
  const dist: (number | null)[] = incoming.map(() => null);
  dist[target] = 0;
  const heap = new MinHeap<Reach>((a, b) => a[0] < b[0]);
  heap.push([0, target]);
  for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
    const [cost, node] = entry;
    if (cost !== dist[node]) {
      continue;
    }
    for (const [previous, minutes] of incoming[node]!) {
      relax(dist, heap, previous, cost + minutes);
    }
  }
  return dist;
}

function nextStep(node: number, outgoing: Adjacency, dist: readonly (number | null)[]): number {
  const here = dist[node]!;
  const steps = outgoing[node]!
    .filter(([next, minutes]) => dist[next] !== null && dist[next]! + minutes === here)
    .map(([next]) => next);
  return Math.min(...steps);
}

export function cheapestRoute(
  n: number,
  edges: number[][],
  source: number,
  target: number,
): number[] {
  validate(n, edges, source, target);
  const outgoing: Adjacency = Array.from({ length: n }, () => []);
  const incoming: Adjacency = Array.from({ length: n }, () => []);
  for (const [start = 0, end = 0, minutes = 0] of edges) {
    outgoing[start]!.push([end, minutes]);
    incoming[end]!.push([start, minutes]);
  }
  const dist = distancesTo(target, incoming);
  if (dist[source] === null) {
    return [];
  }
  const route = [source];
  for (let node = source; node !== target; ) {
    node = nextStep(node, outgoing, dist);
    route.push(node);
  }
  return route;
}
