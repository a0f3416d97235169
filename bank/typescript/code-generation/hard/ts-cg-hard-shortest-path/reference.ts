export interface Edge {
  from: string;
  to: string;
  weight: number;
}

export interface PathResult {
  cost: number;
  path: string[];
}

/** Best known way to reach a node: total cost, predecessor and the layer it was found in. */
interface Reach {
  cost: number;
  previous: string | null;
  layer: number;
}

/** Layer k maps each node to its cheapest path using at most k edges. */
type Layer = ReadonlyMap<string, Reach>;

function validate(edges: readonly Edge[], maxEdges: number | undefined): void {
  const bad = edges.find((edge) => !Number.isFinite(edge.weight) || edge.weight < 0);
  if (bad !== undefined) {
    throw new RangeError(`invalid weight ${bad.weight} on edge ${bad.from} -> ${bad.to}`);
  }
  if (maxEdges !== undefined && (!Number.isInteger(maxEdges) || maxEdges < 0)) {
    throw new RangeError(`maxEdges must be a non-negative integer, got ${maxEdges}`);
  }
}

/** Extend every path of `previous` by one edge; keep strictly cheaper results only. */
function relax(edges: readonly Edge[], previous: Layer, layer: number): Map<string, Reach> {
  const next = new Map(previous);
  for (const edge of edges) {
    const start = previous.get(edge.from);
    if (start === undefined) {
      continue;
    }
    const cost = start.cost + edge.weight;
    const known = next.get(edge.to);
    if (known === undefined || cost < known.cost) {
      next.set(edge.to, { cost, previous: edge.from, layer });
    }
  }
  return next;
}

function changed(before: Layer, after: Layer): boolean {
  return [...after].some(([node, reach]) => before.get(node)?.cost !== reach.cost);
}

/** Walk predecessors back from `target`, each step one layer below the last. */
function reconstruct(layers: readonly Layer[], target: string, reach: Reach): string[] {
  const path = [target];
  let current = reach;
  while (current.previous !== null) {
    path.push(current.previous);
    const before = layers[current.layer - 1]?.get(current.previous);
    if (before === undefined) {
      throw new Error('inconsistent path layers');
    }
    current = before;
  }
  return path.reverse();
}

/** Cheapest path from `source` to `target` with at most `maxEdges` edges (fewest on ties). */
export function cheapestPath(
  edges: readonly Edge[],
  source: string,
  target: string,
  maxEdges?: number,
): PathResult | null {
  validate(edges, maxEdges);
  const nodeCount = new Set(edges.flatMap((edge) => [edge.from, edge.to])).size;
  const limit = Math.min(maxEdges ?? nodeCount, nodeCount);
  const layers: Layer[] = [new Map([[source, { cost: 0, previous: null, layer: 0 }]])];
  for (let layer = 1; layer <= limit; layer += 1) {
    const previous = layers[layer - 1] ?? new Map<string, Reach>();
    const next = relax(edges, previous, layer);
    if (!changed(previous, next)) {
      break;
    }
    layers.push(next);
  }
  const reach = layers[layers.length - 1]?.get(target);
  if (reach === undefined) {
    return null;
  }
  return { cost: reach.cost, path: reconstruct(layers, target, reach) };
}
