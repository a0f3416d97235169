import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compressRanges } from './solution.js';

test('case 01', () => {
  assert.deepEqual(compressRanges([1, 2, 3, 5, 7, 8, 9, 10]), "1..3,5,7..10");
});

test('case 02', () => {
  assert.deepEqual(compressRanges([10, 1, 2, 12, 11]), "1,2,10..12");
});

test('case 03', () => {
  assert.deepEqual(compressRanges([]), "");
});

test('case 04', () => {
  assert.deepEqual(compressRanges([4]), "4");
});

test('case 05', () => {
  assert.deepEqual(compressRanges([5, 4]), "4,5");
});

test('case 06', () => {
  assert.deepEqual(compressRanges([3, 3, 3]), "3");
});

test('case 07', () => {
  assert.deepEqual(compressRanges([1, 2, 3]), "1..3");
});

test('case 08', () => {
  assert.deepEqual(compressRanges([-2, -1, 0, 1]), "-2..1");
});

test('case 09', () => {
  assert.deepEqual(compressRanges([0, 2, 4, 6]), "0,2,4,6");
});

test('case 10', () => {
  assert.deepEqual(compressRanges([7, 6, 5, 5, 6, 7, 9]), "5..7,9");
});

test('case 11', () => {
  assert.deepEqual(compressRanges([-5, -3, -4, 100, 101]), "-5..-3,100,101");
});

test('case 12', () => {
  assert.deepEqual(compressRanges([1, 3, 2, 4, 3, 1]), "1..4");
});
