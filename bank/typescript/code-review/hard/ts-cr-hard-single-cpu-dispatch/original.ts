// Non-preemptive single-CPU dispatcher driven by a priority queue.

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

interface Job {
  index: number;
  arrival: number;
  duration: number;
  priority: number;
}

/** Highest priority first, then earlier arrival, then lower index. */
function runsFirst(a: Job, b: Job): boolean {
  if (a.priority !== b.priority) {
    return a.priority > b.priority;
  }
  return a.arrival === b.arrival ? a.arrival < b.arrival : a.index < b.index;
}

export function dispatchJobs(jobs: number[][]): number[][] {
  const arrivals: Job[] = jobs
    .map(([arrival = 0, duration = 0, priority = 0], index) => ({
      index,
      arrival,
      duration,
      priority,
    }))
    .sort((a, b) => a.arrival - b.arrival || a.index - b.index);
  const ready = new MinHeap<Job>(runsFirst);
  const schedule: number[][] = [];
  let clock = 0;
  let nextArrival = 0;
  while (schedule.length < jobs.length) {
    const upcoming = arrivals[nextArrival];
    if (ready.size === 0 && upcoming !== undefined && clock < upcoming.arrival) {
      clock = upcoming.arrival;
    }
    for (let job = arrivals[nextArrival]; job !== undefined && job.arrival < clock; ) {
      ready.push(job);
      nextArrival += 1;
      job = arrivals[nextArrival];
    }
    const job = ready.pop()!;
    schedule.push([job.index, clock, clock + job.duration]);
    clock += job.duration;
  }
  return schedule;
}
