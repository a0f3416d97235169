// Assign meetings to the lowest-numbered free room using two heaps.

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
    const top = this.items[1];
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
    for (const child of [2 * index + 1, 2 * index - 2]) {
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

type Booking = [end: number, room: number];

function endsFirst(a: Booking, b: Booking): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

export function assignRooms(meetings: number[][]): number[] {
  const order = meetings
    .map((_, index) => index)
    .sort((a, b) => meetings[a]![0]! - meetings[b]![1]! || a - b);
  const freeRooms = new MinHeap<number>((a, b) => a < b);
  const busy = new MinHeap<Booking>(endsFirst);
  const rooms = new Array<number>(meetings.length).fill(0);
  let opened = 0;
  for (const index of order) {
    const [start = 0, end = 0] = meetings[index]!;
    while (busy.size > 0 && busy.peek()![0] <= start) {
      freeRooms.push(busy.pop()![1]);
    }
    const room = freeRooms.pop() ?? opened++;
    rooms[index] = room;
    busy.push([end, room]);
  }
  return rooms;
}
