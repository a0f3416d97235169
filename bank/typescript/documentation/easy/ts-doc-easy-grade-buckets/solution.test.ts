import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gradeBuckets } from './solution.js';

test('case 01', () => {
  assert.deepEqual(gradeBuckets([95, 82, 71, 64, 12]), { "A": 1, "B": 1, "C": 1, "D": 1, "F": 1 });
});

test('case 02', () => {
  assert.deepEqual(gradeBuckets([]), { "A": 0, "B": 0, "C": 0, "D": 0, "F": 0 });
});

test('case 03', () => {
  assert.deepEqual(gradeBuckets([100, 90, 89, 80]), { "A": 2, "B": 2, "C": 0, "D": 0, "F": 0 });
});

test('case 04', () => {
  assert.deepEqual(gradeBuckets([79, 70, 69, 60, 59, 0]), { "A": 0, "B": 0, "C": 2, "D": 2, "F": 2 });
});

test('case 05', () => {
  assert.deepEqual(gradeBuckets([50, 50, 50]), { "A": 0, "B": 0, "C": 0, "D": 0, "F": 3 });
});

test('case 06', () => {
  assert.deepEqual(gradeBuckets([0]), { "A": 0, "B": 0, "C": 0, "D": 0, "F": 1 });
});

test('case 07', () => {
  assert.deepEqual(gradeBuckets([100]), { "A": 1, "B": 0, "C": 0, "D": 0, "F": 0 });
});

test('case 08', () => {
  assert.deepEqual(gradeBuckets([88, 91, 77, 77, 61, 99, 35]), { "A": 2, "B": 1, "C": 2, "D": 1, "F": 1 });
});

test('case 09', () => {
  assert.throws(() => gradeBuckets([101]));
});

test('case 10', () => {
  assert.throws(() => gradeBuckets([90, -1]));
});
