import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestPairSum } from './solution.js';

test('case 01', () => {
  assert.deepEqual(closestPairSum([1, 4, 7, 10], 12), [1, 10]);
});

test('case 02', () => {
  assert.deepEqual(closestPairSum([-5, 3, 8, 1], 0), [-5, 3]);
});

test('case 03', () => {
  assert.deepEqual(closestPairSum([5], 3), []);
});

test('case 04', () => {
  assert.deepEqual(closestPairSum([], 0), []);
});

test('case 05', () => {
  assert.deepEqual(closestPairSum([2, 2], 10), [2, 2]);
});

test('case 06', () => {
  assert.deepEqual(closestPairSum([1, 2, 3, 4], 6), [2, 4]);
});

test('case 07', () => {
  assert.deepEqual(closestPairSum([1, 3, 5, 7], 7), [1, 5]);
});

test('case 08', () => {
  assert.deepEqual(closestPairSum([10, 20, 30], 100), [20, 30]);
});

test('case 09', () => {
  assert.deepEqual(closestPairSum([10, 20, 30], -100), [10, 20]);
});

test('case 10', () => {
  assert.deepEqual(closestPairSum([4, 4, 4], 8), [4, 4]);
});

test('case 11', () => {
  assert.deepEqual(closestPairSum([0, -1, 1, 2, -2], 0), [-2, 2]);
});

test('case 12', () => {
  assert.deepEqual(closestPairSum([7, 1], 8), [1, 7]);
});

test('case 13', () => {
  assert.deepEqual(closestPairSum([3, 9, -4, 6, 0], 5), [-4, 9]);
});
