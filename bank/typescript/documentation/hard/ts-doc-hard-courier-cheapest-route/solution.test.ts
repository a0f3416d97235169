import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cheapestRoute } from './solution.js';

test('case 01', () => {
  assert.deepEqual(cheapestRoute(5, [[0, 1, 2], [1, 4, 5], [0, 2, 4], [2, 4, 2], [0, 3, 1], [3, 4, 7]], 0, 4), [0, 2, 4]);
});

test('case 02', () => {
  assert.deepEqual(cheapestRoute(4, [[0, 2, 1], [2, 3, 1], [0, 1, 1], [1, 3, 1]], 0, 3), [0, 1, 3]);
});

test('case 03', () => {
  assert.deepEqual(cheapestRoute(3, [[0, 1, 1], [2, 1, 1]], 0, 2), []);
});

test('case 04', () => {
  assert.deepEqual(cheapestRoute(3, [[0, 1, 1]], 1, 1), [1]);
});

test('case 05', () => {
  assert.deepEqual(cheapestRoute(2, [[1, 0, 3]], 0, 1), []);
});

test('case 06', () => {
  assert.deepEqual(cheapestRoute(2, [[0, 1, 9], [0, 1, 4], [0, 1, 6]], 0, 1), [0, 1]);
});

test('case 07', () => {
  assert.deepEqual(cheapestRoute(5, [[0, 4, 6], [0, 1, 2], [1, 2, 2], [2, 4, 2], [0, 3, 5], [3, 4, 1]], 0, 4), [0, 1, 2, 4]);
});

test('case 08', () => {
  assert.deepEqual(cheapestRoute(6, [[0, 1, 1], [0, 2, 1], [1, 5, 3], [1, 3, 1], [3, 5, 2], [2, 4, 1], [4, 5, 2]], 0, 5), [0, 1, 3, 5]);
});

test('case 09', () => {
  assert.deepEqual(cheapestRoute(4, [[0, 1, 5], [1, 3, 5], [0, 2, 1], [2, 3, 1]], 0, 3), [0, 2, 3]);
});

test('case 10', () => {
  assert.deepEqual(cheapestRoute(4, [[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 2, 2], [2, 1, 1], [2, 3, 1]], 0, 3), [0, 1, 2, 3]);
});

test('case 11', () => {
  assert.deepEqual(cheapestRoute(1, [], 0, 0), [0]);
});

test('case 12', () => {
  assert.deepEqual(cheapestRoute(7, [[0, 1, 2], [0, 2, 1], [1, 3, 1], [2, 3, 2], [3, 6, 4], [1, 4, 3], [4, 6, 2], [2, 5, 3], [5, 6, 3], [0, 6, 9]], 0, 6), [0, 1, 3, 6]);
});

test('case 13', () => {
  assert.deepEqual(cheapestRoute(8, [[1, 5, 3], [1, 3, 3], [6, 7, 3], [7, 3, 1], [1, 1, 2], [1, 7, 1], [7, 5, 1], [6, 4, 2], [5, 6, 3], [1, 5, 1], [4, 4, 2], [2, 4, 1], [5, 5, 2], [6, 1, 2], [7, 1, 2], [7, 6, 3], [4, 6, 3], [7, 0, 3], [3, 2, 1], [1, 6, 2], [2, 7, 1], [1, 7, 3], [7, 4, 3], [6, 4, 3]], 0, 6), []);
});

test('case 14', () => {
  assert.throws(() => cheapestRoute(2, [[0, 1, 0]], 0, 1));
});

test('case 15', () => {
  assert.throws(() => cheapestRoute(2, [[0, 2, 1]], 0, 1));
});

test('case 16', () => {
  assert.throws(() => cheapestRoute(2, [], 0, 5));
});
