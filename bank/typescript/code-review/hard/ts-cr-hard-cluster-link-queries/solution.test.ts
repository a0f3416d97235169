import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterQueries } from './solution.js';

test('case 01', () => {
  assert.deepEqual(clusterQueries(5, ["link 0 1", "same 0 1", "same 0 2", "link 1 2", "size 0", "count"]), [1, 0, 3, 3]);
});

test('case 02', () => {
  assert.deepEqual(clusterQueries(3, ["count"]), [3]);
});

test('case 03', () => {
  assert.deepEqual(clusterQueries(1, ["same 0 0", "size 0", "count"]), [1, 1, 1]);
});

test('case 04', () => {
  assert.deepEqual(clusterQueries(4, ["link 0 1", "link 1 0", "link 0 1", "count", "size 1"]), [3, 2]);
});

test('case 05', () => {
  assert.deepEqual(clusterQueries(2, ["link 1 1", "count", "size 1"]), [2, 1]);
});

test('case 06', () => {
  assert.deepEqual(clusterQueries(6, ["link 0 1", "link 2 3", "link 4 5", "same 0 3", "link 1 2", "same 0 3", "size 3", "count", "link 3 5", "size 0", "count"]), [0, 1, 4, 2, 6, 1]);
});

test('case 07', () => {
  assert.deepEqual(clusterQueries(4, []), []);
});

test('case 08', () => {
  assert.deepEqual(clusterQueries(3, ["link 0 1"]), []);
});

test('case 09', () => {
  assert.deepEqual(clusterQueries(12, ["link 10 11", "same 11 10", "size 10", "count"]), [1, 2, 11]);
});

test('case 10', () => {
  assert.deepEqual(clusterQueries(10, ["link 9 8", "link 7 6", "link 8 6", "size 7", "same 9 7", "link 0 5", "link 5 9", "size 0", "count", "same 1 2", "link 2 1", "link 3 4", "link 4 2", "size 3", "link 1 0", "count", "size 6"]), [4, 1, 6, 5, 0, 4, 1, 10]);
});

test('case 11', () => {
  assert.deepEqual(clusterQueries(8, ["link 0 1", "link 2 3", "link 4 5", "link 6 7", "count", "link 1 2", "link 5 6", "count", "size 4", "link 3 4", "same 0 7", "size 0"]), [4, 2, 4, 1, 8]);
});
