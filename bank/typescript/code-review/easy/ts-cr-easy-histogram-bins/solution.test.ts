import assert from 'node:assert/strict';
import { test } from 'node:test';
import { histogramBins } from './solution.js';

test('case 01', () => {
  assert.deepEqual(histogramBins([1, 2, 11, 25], 10), [2, 1, 1]);
});

test('case 02', () => {
  assert.deepEqual(histogramBins([0, 5, 9], 5), [1, 2]);
});

test('case 03', () => {
  assert.deepEqual(histogramBins([], 3), []);
});

test('case 04', () => {
  assert.deepEqual(histogramBins([0], 1), [1]);
});

test('case 05', () => {
  assert.deepEqual(histogramBins([7], 1), [0, 0, 0, 0, 0, 0, 0, 1]);
});

test('case 06', () => {
  assert.deepEqual(histogramBins([30], 10), [0, 0, 0, 1]);
});

test('case 07', () => {
  assert.deepEqual(histogramBins([9, 9, 9], 10), [3]);
});

test('case 08', () => {
  assert.deepEqual(histogramBins([10], 10), [0, 1]);
});

test('case 09', () => {
  assert.deepEqual(histogramBins([3, 1, 4, 1, 5], 2), [2, 1, 2]);
});

test('case 10', () => {
  assert.deepEqual(histogramBins([0, 100], 50), [1, 0, 1]);
});

test('case 11', () => {
  assert.throws(() => histogramBins([1], 0));
});

test('case 12', () => {
  assert.throws(() => histogramBins([1, -1], 5));
});

test('case 13', () => {
  assert.throws(() => histogramBins([], -1));
});
