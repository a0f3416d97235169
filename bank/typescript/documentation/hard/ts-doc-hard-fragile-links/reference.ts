// Fragile links: bridges of an undirected graph (Tarjan low-link, iterative DFS).

type Neighbours = [other: number, linkId: number][][];

interface Frame {
  node: number;
  via: number;
  next: number;
}

interface Search {
  neighbours: Neighbours;
  order: number[]; // discovery number, 0 = not yet visited
  low: number[];
  bridges: [number, number][];
  counter: number;
}

function adjacency(n: number, links: number[][]): Neighbours {
  const neighbours: Neighbours = Array.from({ length: n }, () => []);
  links.forEach(([a = 0, b = 0], linkId) => {
    neighbours[a]!.push([b, linkId]);
    neighbours[b]!.push([a, linkId]);
  });
  return neighbours;
}

function discover(search: Search, stack: Frame[], node: number, via: number): void {
  search.counter += 1;
  search.order[node] = search.counter;
  search.low[node] = search.counter;
  stack.push({ node, via, next: 0 });
}

function retreat(search: Search, stack: Frame[]): void {
  const { node } = stack.pop()!;
  const parentFrame = stack.at(-1);
  if (parentFrame === undefined) {
    return;
  }
  const parent = parentFrame.node;
  const { low, order } = search;
  low[parent] = Math.min(low[parent]!, low[node]!);
  if (low[node]! > order[parent]!) {
    search.bridges.push(parent < node ? [parent, node] : [node, parent]);
  }
}

function explore(search: Search, root: number): void {
  const stack: Frame[] = [];
  discover(search, stack, root, -1);
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const step = search.neighbours[frame.node]![frame.next];
    frame.next += 1;
    if (step === undefined) {
      retreat(search, stack);
      continue;
    }
    const [other, linkId] = step;
    if (linkId === frame.via) {
      continue;
    }
    if (search.order[other] === 0) {
      discover(search, stack, other, linkId);
    } else {
      search.low[frame.node] = Math.min(search.low[frame.node]!, search.order[other]!);
    }
  }
}

/**
 * A network has n nodes numbered 0 to n-1 (n >= 0) and undirected links [a, b] between nodes in that range; links may repeat and may join a node to itself.
 *
 * @param n - the n (int) the description refers to as `n`
 * @param links - the links (list of list of int) the description refers to as `links`
 * @returns the result described above (list of list of int)
 */
export function fragileLinks(n: number, links: number[][]): number[][] {
  const search: Search = {
    neighbours: adjacency(n, links),
    order: new Array<number>(n).fill(0),
    low: new Array<number>(n).fill(0),
    bridges: [],
    counter: 0,
  };
  for (let node = 0; node < n; node++) {
    if (search.order[node] === 0) {
      explore(search, node);
    }
  }
  return search.bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
