import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compressRanges } from './solution.js';

test('mixed runs and single values', () => {
  assert.equal(compressRanges([0, 1, 2, 4, 6, 7, 8, 9, 11, 12]), '0-2,4,6-9,11,12');
});

test('empty input gives empty string', () => {
  assert.equal(compressRanges([]), '');
});

test('single value', () => {
  assert.equal(compressRanges([5]), '5');
});

test('two consecutive values are listed separately', () => {
  assert.equal(compressRanges([9, 10]), '9,10');
  assert.equal(compressRanges([1, 2, 5, 6]), '1,2,5,6');
});

test('three consecutive values form a range', () => {
  assert.equal(compressRanges([7, 8, 9]), '7-9');
});

test('no consecutive values', () => {
  assert.equal(compressRanges([1, 3, 5, 7]), '1,3,5,7');
});

test('large safe integers', () => {
  const max = Number.MAX_SAFE_INTEGER;
  assert.equal(compressRanges([0, max - 2, max - 1, max]), `0,${max - 2}-${max}`);
});

test('throws RangeError for decreasing or duplicate values', () => {
  assert.throws(() => compressRanges([3, 2]), RangeError);
  assert.throws(() => compressRanges([1, 2, 2, 3]), RangeError);
});

test('throws RangeError for negative, fractional or unsafe values', () => {
  assert.throws(() => compressRanges([-1, 0]), RangeError);
  assert.throws(() => compressRanges([1, 1.5]), RangeError);
  assert.throws(() => compressRanges([Number.NaN]), RangeError);
  assert.throws(() => compressRanges([2 ** 53]), RangeError);
});
