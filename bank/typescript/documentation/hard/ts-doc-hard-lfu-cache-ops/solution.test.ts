import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lfuSimulate } from './solution.js';

test('case 01', () => {
  assert.deepEqual(lfuSimulate(2, ["put a 1", "put b 2", "get a", "put c 3", "get b", "get a", "get c"]), [1, null, 1, 3]);
});

test('case 02', () => {
  assert.deepEqual(lfuSimulate(2, ["put a 1", "put b 2", "put c 3", "get a", "get b", "get c"]), [null, 2, 3]);
});

test('case 03', () => {
  assert.deepEqual(lfuSimulate(0, ["put a 1", "get a"]), [null]);
});

test('case 04', () => {
  assert.deepEqual(lfuSimulate(2, ["put a 1", "put a 2", "put b 3", "put c 4", "get a", "get b", "get c"]), [2, null, 4]);
});

test('case 05', () => {
  assert.deepEqual(lfuSimulate(2, ["put a 1", "get a", "get a", "put b 2", "put c 3", "get b", "get c", "get a"]), [1, 1, null, 3, 1]);
});

test('case 06', () => {
  assert.deepEqual(lfuSimulate(3, ["put a 1", "put b 2", "put c 3", "get a", "get b", "get c", "get a", "get b", "put d 4", "get c", "get d"]), [1, 2, 3, 1, 2, null, 4]);
});

test('case 07', () => {
  assert.deepEqual(lfuSimulate(2, ["put x 1", "put y 2", "get x", "get y", "put z 3", "get x", "get y", "get z"]), [1, 2, null, 2, 3]);
});

test('case 08', () => {
  assert.deepEqual(lfuSimulate(1, ["put a 1", "get a", "put b 2", "get a", "get b"]), [1, null, 2]);
});

test('case 09', () => {
  assert.deepEqual(lfuSimulate(2, ["put a 1", "get a", "get a", "put b 2", "put c 3", "put b 4", "get b", "get c", "get a"]), [1, 1, 4, null, 1]);
});

test('case 10', () => {
  assert.deepEqual(lfuSimulate(3, []), []);
});

test('case 11', () => {
  assert.deepEqual(lfuSimulate(3, ["get b 27", "get c 7", "get c 28", "get b 34", "get c 14", "get b 35", "put c 18", "get d 40", "get d 1", "get c 43", "get c 6", "get d 43", "get e 33", "put d 22", "get c 3", "get b 0", "get e 44", "get b 21", "get e 26", "get d 21", "put a 48", "put a 42", "get c 1", "put d 32", "get e 40", "get a 35", "get b 34", "put a 9", "get b 29", "put e 43", "put c 5", "get d 45", "get e 35", "put a 1", "get d 2", "put e 46", "get b 30", "get c 21", "get c 38", "get c 31"]), [null, null, null, null, null, null, null, null, 18, 18, null, null, 18, null, null, null, null, 22, 18, null, 42, null, null, null, 43, null, null, 5, 5, 5]);
});
