import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LRUCache } from './solution.js';

function recordingCache<V>(capacity: number): { cache: LRUCache<string, V>; evicted: string[] } {
  const evicted: string[] = [];
  const cache = new LRUCache<string, V>(capacity, (key, value) => {
    evicted.push(`${key}=${String(value)}`);
  });
  return { cache, evicted };
}

test('example: get refreshes recency and set evicts the least recent', () => {
  const { cache, evicted } = recordingCache<number>(2);
  cache.set('a', 1).set('b', 2);
  assert.equal(cache.get('a'), 1);
  cache.set('c', 3);
  assert.deepEqual(cache.keys(), ['c', 'a']);
  assert.deepEqual(evicted, ['b=2']);
  assert.equal(cache.has('b'), false);
});

test('set returns the cache for chaining and counts size', () => {
  const cache = new LRUCache<number, string>(3);
  assert.equal(cache.set(1, 'x'), cache);
  cache.set(2, 'y').set(3, 'z').set(4, 'w');
  assert.equal(cache.size, 3);
  assert.equal(cache.capacity, 3);
  assert.deepEqual(cache.keys(), [4, 3, 2]);
});

test('updating an existing key refreshes it without eviction', () => {
  const { cache, evicted } = recordingCache<number>(2);
  cache.set('a', 1).set('b', 2).set('a', 10);
  assert.deepEqual(cache.keys(), ['a', 'b']);
  assert.deepEqual(evicted, []);
  cache.set('c', 3);
  assert.deepEqual(evicted, ['b=2']);
  assert.equal(cache.get('a'), 10);
});

test('peek and has do not change recency', () => {
  const { cache, evicted } = recordingCache<number>(2);
  cache.set('a', 1).set('b', 2);
  assert.equal(cache.peek('a'), 1);
  assert.equal(cache.has('a'), true);
  assert.equal(cache.peek('zz'), undefined);
  cache.set('c', 3);
  assert.deepEqual(evicted, ['a=1']);
});

test('get of a missing key returns undefined and changes nothing', () => {
  const cache = new LRUCache<string, number>(2);
  cache.set('a', 1);
  assert.equal(cache.get('missing'), undefined);
  assert.equal(cache.size, 1);
  assert.deepEqual(cache.keys(), ['a']);
});

test('undefined values are stored and count as present', () => {
  const cache = new LRUCache<string, number | undefined>(2);
  cache.set('u', undefined).set('v', 1);
  assert.equal(cache.has('u'), true);
  assert.equal(cache.get('u'), undefined);
  cache.set('w', 2);
  assert.deepEqual(cache.keys(), ['w', 'u']);
});

test('delete removes entries without calling onEvict', () => {
  const { cache, evicted } = recordingCache<number>(2);
  cache.set('a', 1).set('b', 2);
  assert.equal(cache.delete('a'), true);
  assert.equal(cache.delete('a'), false);
  cache.set('c', 3);
  assert.deepEqual(evicted, []);
  assert.deepEqual(cache.keys(), ['c', 'b']);
});

test('getOrCompute computes once on miss and reuses on hit', () => {
  const { cache, evicted } = recordingCache<number>(2);
  const calls: string[] = [];
  const compute = (key: string): number => {
    calls.push(key);
    return key.length;
  };
  assert.equal(cache.getOrCompute('abc', compute), 3);
  cache.set('x', 9);
  assert.equal(cache.getOrCompute('abc', compute), 3);
  assert.deepEqual(calls, ['abc']);
  cache.getOrCompute('hello', compute);
  assert.deepEqual(evicted, ['x=9']);
  assert.deepEqual(cache.keys(), ['hello', 'abc']);
});

test('getOrCompute stores computed undefined without recomputing', () => {
  const cache = new LRUCache<string, string | undefined>(2);
  let calls = 0;
  const compute = (): string | undefined => {
    calls += 1;
    return undefined;
  };
  cache.getOrCompute('k', compute);
  cache.getOrCompute('k', compute);
  assert.equal(calls, 1);
});

test('resize evicts least recent entries in order', () => {
  const { cache, evicted } = recordingCache<number>(4);
  cache.set('a', 1).set('b', 2).set('c', 3).set('d', 4);
  cache.get('a');
  cache.resize(2);
  assert.deepEqual(evicted, ['b=2', 'c=3']);
  assert.deepEqual(cache.keys(), ['a', 'd']);
  cache.resize(5);
  cache.set('e', 5).set('f', 6);
  assert.equal(cache.size, 4);
  assert.equal(cache.capacity, 5);
});

test('onEvict runs after the entry is removed', () => {
  const seen: boolean[] = [];
  const cache: LRUCache<string, number> = new LRUCache<string, number>(1, (key) => {
    seen.push(cache.has(key));
  });
  cache.set('a', 1).set('b', 2);
  assert.deepEqual(seen, [false]);
});

test('object keys use identity', () => {
  const first = { id: 1 };
  const cache = new LRUCache<object, string>(2);
  cache.set(first, 'one');
  assert.equal(cache.get({ id: 1 }), undefined);
  assert.equal(cache.get(first), 'one');
});

test('invalid capacities throw RangeError', () => {
  assert.throws(() => new LRUCache(0), RangeError);
  assert.throws(() => new LRUCache(-1), RangeError);
  assert.throws(() => new LRUCache(2.5), RangeError);
  assert.throws(() => new LRUCache(Number.NaN), RangeError);
  const cache = new LRUCache<string, number>(2);
  assert.throws(() => cache.resize(0), RangeError);
  assert.equal(cache.capacity, 2);
});

test('large workload keeps exactly the most recent keys', () => {
  const cache = new LRUCache<number, number>(1000);
  for (let key = 0; key < 50_000; key += 1) {
    cache.set(key, key);
    cache.get(key - 500);
  }
  assert.equal(cache.size, 1000);
  assert.equal(cache.has(49_999), true);
  assert.equal(cache.has(49_499), true);
  assert.equal(cache.has(48_000), false);
});
