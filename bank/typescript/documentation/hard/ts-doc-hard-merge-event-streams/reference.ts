// Merge time-ordered event streams with a heap (k-way merge).

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

interface Entry {
  time: number;
  event: string;
}

type Cursor = [time: number, stream: number, position: number];

function earlier(a: Cursor, b: Cursor): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function parse(entry: string): Entry {
  const space = entry.indexOf(' ');
  return { time: Number(entry.slice(0, space)), event: entry.slice(space + 1) };
}

/**
 * Each stream is a list of entries "<time> <event>": a non-negative integer time, one space, then the event text (which may itself contain spaces).
 *
 * @param streams - the streams (list of list of string) the description refers to as `streams`
 * @returns the result described above (list of string)
 */
export function mergeStreams(streams: string[][]): string[] {
  const parsed = streams.map((stream) => stream.map(parse));
  const heap = new MinHeap<Cursor>(earlier);
  parsed.forEach((stream, index) => {
    if (stream.length > 0) {
      heap.push([stream[0]!.time, index, 0]);
    }
  });
  const merged: string[] = [];
  for (let cursor = heap.pop(); cursor !== undefined; cursor = heap.pop()) {
    const [, index, position] = cursor;
    const stream = parsed[index]!;
    merged.push(`${index}:${stream[position]!.event}`);
    const next = stream[position + 1];
    if (next !== undefined) {
      heap.push([next.time, index, position + 1]);
    }
  }
  return merged;
}
