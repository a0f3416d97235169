import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lruSimulate } from './solution.js';

test('case 01', () => {
  assert.deepEqual(lruSimulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]), [1, null, 1, 3]);
});

test('case 02', () => {
  assert.deepEqual(lruSimulate(0, ["put a 1", "get a"]), [null]);
});

test('case 03', () => {
  assert.deepEqual(lruSimulate(1, ["put a 1", "put a 5", "get a", "put b 2", "get a", "get b"]), [5, null, 2]);
});

test('case 04', () => {
  assert.deepEqual(lruSimulate(2, ["put a 1", "put b 2", "put a 3", "put c 4", "get a", "get b", "get c"]), [3, null, 4]);
});

test('case 05', () => {
  assert.deepEqual(lruSimulate(2, ["get x", "put x -7", "get x"]), [null, -7]);
});

test('case 06', () => {
  assert.deepEqual(lruSimulate(3, []), []);
});

test('case 07', () => {
  assert.deepEqual(lruSimulate(2, ["put a 1", "put b 2", "put c 3", "get a", "put a 9", "get b", "get a", "get c"]), [null, null, 9, 3]);
});

test('case 08', () => {
  assert.deepEqual(lruSimulate(2, ["put a 1", "put b 2", "get zz", "put c 3", "get a", "get b"]), [null, null, 2]);
});

test('case 09', () => {
  assert.deepEqual(lruSimulate(3, ["put k1 10", "put k2 20", "put k3 30", "get k1", "put k4 40", "get k2", "get k3", "put k5 50", "get k1", "get k4", "get k5"]), [10, null, 30, null, 40, 50]);
});

test('case 10', () => {
  assert.deepEqual(lruSimulate(3, ["get e 13", "get b 19", "put a 49", "get d 17", "put e -4", "put c 29", "put b -4", "put e 37", "put c -1", "get c 8", "put e 34", "put b 1", "get d 1", "put d 11", "get a 17", "get d 2", "put c 38", "get e 17", "put a 44", "put d 44", "get c 43", "put b 15", "get e 30", "get c 41", "get d 15", "put b 46", "get b 50", "get c 21", "get b 4", "get e 37"]), [null, null, null, -1, null, null, 11, null, 38, null, 38, 44, 46, 38, 46, null]);
});
